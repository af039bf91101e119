// The summary exports carry every field of the model (issue #15): the every-field fixture's values
// are found in the summary model that the PDF and Word files render, in the Markdown, and in the
// text of the PDF and the Word file themselves.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { freshEveryFieldCase } from '../testing/documents';
import { docxText } from '../testing/docx-text';
import { EVERY_FIELD_VALUES, normaliseSpace } from '../testing/every-field-values';
import { CASE_SECTIONS } from './case-facts';
import { renderCaseDocx } from './case-docx';
import { renderCaseMarkdown } from './case-markdown';
import { renderCasePdf } from './case-pdf';
import { buildCaseSummary, plain, type Block, type CaseSummary } from './case-summary';

const doc = freshEveryFieldCase();
const options = { exportedAt: new Date('2026-12-03T09:00:00Z') };

function blockText(block: Block): string {
  switch (block.kind) {
    case 'fields':
      return block.rows.map((row) => `${row.label}: ${plain(row.value)}`).join('\n');
    case 'table':
      return block.rows.map((cells) => cells.map(plain).join(' | ')).join('\n');
    default:
      return plain(block.runs);
  }
}
const sectionText = (summary: CaseSummary, id: string) => summary.sections.find((s) => s.id === id)!.blocks.map(blockText).join('\n');

describe('the summary of a case with every field', () => {
  const summary = buildCaseSummary(doc, options);
  const model = summary.sections.map((s) => sectionText(summary, s.id)).join('\n');

  it.each(EVERY_FIELD_VALUES)('the summary model (PDF, Word) and the Markdown carry %j', (value) => {
    expect(model).toContain(value);
    expect(renderCaseMarkdown(doc, options).replaceAll('\\', '').replaceAll('**', '')).toContain(value);
  });

  it('shows whole amounts without minor units, while the document keeps them', () => {
    expect(doc.outcomes[1]!.settlement.value).toBe('1800000000.00');
    expect(model).not.toContain('1,800,000,000.00');
    expect(model).not.toMatch(/\d\.00 USD/);
  });

  it('gives a reported award on a confirmed claim its own certainty and source', () => {
    const claimRow = (summary.sections.find((s) => s.id === 'claims')!.blocks[0] as Extract<Block, { kind: 'table' }>).rows[0]!;
    const [, , , awarded, status] = claimRow.map(plain);
    expect(status).toBe('Settled. Certainty: confirmed. Source [1].');
    expect(awarded).toBe('about 3,000,000 USD. Certainty: reported. Source [2], attributed to unnamed sources.');
    expect(sectionText(summary, 'outcomes')).toContain('Awarded: Misappropriation of trade secrets: about 3,000,000 USD. Certainty: reported. Source [2]');
  });

  it('gives each judge, role in a proceeding, counsel and imposed term its own provenance', () => {
    const proceedings = sectionText(summary, 'proceedings');
    expect(proceedings).toContain('Judge: Maria Delgado, presiding. Certainty: confirmed. Source [1].');
    expect(proceedings).toContain('Judge: Robert Lin (林博), magistrate. Certainty: reported. Source [2].');
    expect(proceedings).toContain('Lumen Systems LLC: Defendant. Certainty: confirmed. Source [1].\nCounsel: Oakridge Legal (for Lumen Systems LLC). Certainty: reported. Source [2].');
    expect(proceedings).toContain('Lumen Systems LLC: Plaintiff. Certainty: reported. Source [2].');
    expect(sectionText(summary, 'outcomes')).toContain('Term imposed: Okafor may start at Lumen on a non-competing team, due 2021-04-01. Certainty: confirmed. Source [1].');
  });

  it('quotes the excerpts of the new facts under their sources', () => {
    const sources = sectionText(summary, 'sources');
    for (const excerpt of ['Hon. Maria Delgado, Judge of the Superior Court', 'Lumen, represented by Oakridge Legal', 'about $3 million, people familiar with the matter said (para. 4)', 'shall certify within 14 days']) {
      expect(sources).toContain(excerpt);
    }
  });

  it('keeps the sections in the order of the case page', () => {
    const order = CASE_SECTIONS.map((s) => s.id);
    const ids = summary.sections.map((s) => s.id);
    expect(ids).toEqual(order.filter((id) => ids.includes(id)));
    expect(ids.at(-1)).toBe('sources');
  });

  it('the PDF and the Word file carry every value', async () => {
    const pdf = normaliseSpace(execFileSync('pdftotext', ['-raw', '-', '-'], { input: await renderCasePdf(doc, options), encoding: 'utf8' }));
    const docx = normaliseSpace(docxText(await renderCaseDocx(doc, options)));
    for (const value of EVERY_FIELD_VALUES) {
      expect(pdf, `PDF: ${value}`).toContain(value);
      expect(docx, `Word: ${value}`).toContain(value);
    }
  }, 60_000);
});
