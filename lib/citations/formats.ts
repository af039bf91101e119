// Cases as citations in each format: CSL-JSON, BibTeX/BibLaTeX, RIS and text in a citation style.
// The styles are rendered by citeproc-js (the CSL processor Zotero uses), through citation-js.
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { citationKey, toBibtexEntry } from './bibtex';
import type { CslItem } from './csl-item';
import { toRisRecord } from './ris';
import type { CitationFormat, CitationStyle } from './options';
import { CSL_STYLES } from './styles';

const templates = plugins.config.get('@csl').templates;
for (const [name, xml] of Object.entries(CSL_STYLES)) if (!templates.has(`covenant-${name}`)) templates.add(`covenant-${name}`, xml);

// CSL's rich text reads "<b>…</b>", "<i>…</i>" in a value as markup, and the text output does not
// decode character references: "<" goes through citeproc as a private-use character and comes back.
const LESS_THAN = '\uE000';

function literalItem(item: CslItem): CslItem {
  return Object.fromEntries(Object.entries(item).map(([key, value]) => [key, typeof value === 'string' ? value.replaceAll('<', LESS_THAN) : value])) as CslItem;
}

/** Each item's citation in `style` as text, one line each, in the order given (a list keeps its own order). */
export function renderCitations(items: CslItem[], style: CitationStyle): string {
  if (items.length === 0) return '';
  return new Cite(items.map(literalItem)).format('bibliography', { template: `covenant-${style}`, format: 'text', lang: 'en-US' }).replaceAll(LESS_THAN, '<');
}

/**
 * A writer of one file in `format`, fed batch by batch, so a list of 100,000 cases is never held at
 * once: `start`, then `batch` for each batch of items, then `end`.
 */
export function citationFileWriter(format: CitationFormat, style: CitationStyle) {
  const keys = new Set<string>();
  let first = true;
  return {
    start: () => (format === 'csl-json' ? '[' : ''),
    batch(items: CslItem[]): string {
      if (items.length === 0) return '';
      switch (format) {
        case 'csl-json': {
          const json = items.map((item) => `\n${JSON.stringify(item)}`).join(',');
          const text = first ? json : `,${json}`;
          first = false;
          return text;
        }
        case 'bibtex':
          return items.map((item) => `${toBibtexEntry(item, citationKey(item, keys))}\n`).join('');
        case 'ris':
          return items.map(toRisRecord).join('\r\n');
        case 'text':
          return renderCitations(items, style);
      }
    },
    end: () => (format === 'csl-json' ? '\n]\n' : ''),
  };
}
