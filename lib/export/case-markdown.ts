// A case summary as Markdown (CommonMark with GFM tables), from the same model as the PDF and DOCX.
import type { CaseDocument } from '../case-document/schema';
import { buildCaseSummary, type Block, type Run, type SummaryOptions } from './case-summary';

/** Escapes the characters Markdown would read as markup, so a title or excerpt stays literal. */
export function escapeMarkdown(value: string): string {
  return value
    .replace(/[\\`*_{}[\]<>#|~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([-+]|\d+[.)])(\s)/gm, (_m, space: string, marker: string, after: string) => `${space}${marker.replace(/([-+.)])$/, '\\$1')}${after}`);
}

function inline(runs: Run[], options: { cell?: boolean } = {}): string {
  return runs
    .map((run) => {
      const parts = run.text.split('\n').map((line) => {
        const escaped = escapeMarkdown(line);
        if (!escaped.trim()) return escaped;
        // Emphasis markers must touch the text: keep surrounding spaces outside them.
        const [, lead = '', body = '', trail = ''] = /^(\s*)(.*?)(\s*)$/s.exec(escaped) ?? [];
        const marked = run.bold ? `**${body}**` : run.italic ? `*${body}*` : body;
        return `${lead}${marked}${trail}`;
      });
      return parts.join(options.cell ? '<br>' : '  \n');
    })
    .join('');
}

function block(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `### ${inline(b.runs.map((r) => ({ ...r, bold: false })))}`;
    case 'paragraph':
      return inline(b.runs);
    case 'quote':
      return `> ${inline(b.runs)}`;
    case 'fields':
      return b.rows.map((row) => `- **${escapeMarkdown(row.label)}:** ${inline(row.value)}`).join('\n');
    case 'table': {
      const header = `| ${b.columns.map((c) => escapeMarkdown(c.header)).join(' | ')} |`;
      const rule = `| ${b.columns.map(() => '---').join(' | ')} |`;
      const rows = b.rows.map((cells) => `| ${cells.map((cell) => inline(cell, { cell: true })).join(' | ')} |`);
      return [header, rule, ...rows].join('\n');
    }
  }
}

export function renderCaseMarkdown(doc: CaseDocument, options: SummaryOptions): string {
  const summary = buildCaseSummary(doc, options);
  const out: string[] = [`# ${escapeMarkdown(summary.title)}`];
  out.push(summary.facts.map((f) => `- **${f.label}:** ${escapeMarkdown(f.value)}`).join('\n'));
  if (summary.fictional) out.push('> **Fictional demo case** — not a real dispute.');
  if (summary.archived) out.push('> **Archived.**');
  if (summary.summary) out.push(escapeMarkdown(summary.summary));
  summary.sections.forEach((section, index) => {
    out.push(`## ${index + 1}. ${escapeMarkdown(section.title)}`);
    for (const b of section.blocks) out.push(block(b));
  });
  out.push('---');
  out.push(
    `*Case summary exported from Covenant on ${summary.exportedOn}.*` + (summary.caseUrl ? ` Case page: <${summary.caseUrl}>` : ''),
  );
  return `${out.join('\n\n')}\n`;
}
