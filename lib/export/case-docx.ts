// A case summary as Word (.docx): real headings (navigable, restylable), real tables, a running
// header with the title and page numbers in the footer. Text is Unicode in the file; Chinese
// runs name an East Asian font so Word picks a CJK face for them.
import {
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import type { CaseDocument } from '../case-document/schema';
import { buildCaseSummary, type Block, type Run, type SummaryOptions } from './case-summary';

const FONT = { ascii: 'Cambria', hAnsi: 'Cambria', cs: 'Cambria', eastAsia: 'SimSun' };
const COLORS = { muted: '5B6270', accent: '1F3A5F', rule: 'C9CED6', headerFill: 'EEF1F5' };
/** Half-points. */
const SIZE = { body: 20, small: 17, running: 16 };
/** Content width of an A4 page with 2 cm margins, in twentieths of a point. */
const CONTENT_WIDTH = 11906 - 2 * 1134;

function runs(list: Run[], size = SIZE.body): TextRun[] {
  return list.flatMap((run) =>
    run.text.split('\n').map(
      (line, index) =>
        new TextRun({
          text: line,
          break: index > 0 ? 1 : undefined,
          bold: run.bold,
          italics: run.italic,
          color: run.muted ? COLORS.muted : undefined,
          size,
        }),
    ),
  );
}

function isProvenance(list: Run[]): boolean {
  return list[0]?.text.startsWith('Certainty') ?? false;
}

function cell(content: Run[], width: number, header = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: COLORS.headerFill } : undefined,
    margins: { top: 60, bottom: 60, left: 90, right: 90 },
    children: [new Paragraph({ children: runs(header ? content.map((r) => ({ ...r, bold: true })) : content, SIZE.small) })],
  });
}

const thin = { style: BorderStyle.SINGLE, size: 4, color: COLORS.rule };
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

function block(b: Block): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_3, keepNext: true, children: runs(b.runs.map((r) => ({ ...r, bold: undefined }))) })];
    case 'paragraph':
      return [new Paragraph({ spacing: { after: 100 }, children: runs(b.runs, isProvenance(b.runs) ? SIZE.small : SIZE.body) })];
    case 'quote':
      return [
        new Paragraph({
          indent: { left: 360 },
          spacing: { after: 80 },
          border: { left: { style: BorderStyle.SINGLE, size: 12, color: COLORS.rule, space: 8 } },
          children: runs(b.runs, SIZE.small),
        }),
      ];
    case 'fields': {
      const labelWidth = 2300;
      return [
        new Table({
          width: { size: CONTENT_WIDTH, type: WidthType.DXA },
          columnWidths: [labelWidth, CONTENT_WIDTH - labelWidth],
          borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
          rows: b.rows.map(
            (row) =>
              new TableRow({
                children: [cell([{ text: row.label, muted: true }], labelWidth), cell(row.value, CONTENT_WIDTH - labelWidth)],
              }),
          ),
        }),
        new Paragraph({ spacing: { after: 60 }, children: [] }),
      ];
    }
    case 'table': {
      const total = b.columns.reduce((sum, c) => sum + c.width, 0);
      const widths = b.columns.map((c) => Math.round((c.width / total) * CONTENT_WIDTH));
      return [
        new Table({
          width: { size: CONTENT_WIDTH, type: WidthType.DXA },
          columnWidths: widths,
          borders: { top: thin, bottom: thin, left: none, right: none, insideHorizontal: thin, insideVertical: none },
          rows: [
            new TableRow({ tableHeader: true, children: b.columns.map((c, i) => cell([{ text: c.header }], widths[i]!, true)) }),
            ...b.rows.map((cells) => new TableRow({ cantSplit: true, children: cells.map((content, i) => cell(content, widths[i]!)) })),
          ],
        }),
        new Paragraph({ spacing: { after: 120 }, children: [] }),
      ];
    }
  }
}

export async function renderCaseDocx(doc: CaseDocument, options: SummaryOptions): Promise<Buffer> {
  const summary = buildCaseSummary(doc, options);
  const children: (Paragraph | Table)[] = [
    new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: 'CASE SUMMARY', bold: true, color: COLORS.accent, size: SIZE.small, characterSpacing: 30 })] }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(summary.title)] }),
    ...summary.facts.map(
      (fact) =>
        new Paragraph({
          tabStops: [{ type: TabStopType.LEFT, position: 1700 }],
          children: [
            new TextRun({ text: `${fact.label}\t`, color: COLORS.muted, size: SIZE.small }),
            new TextRun({ text: fact.value, bold: fact.label === 'Status', size: SIZE.small }),
          ],
        }),
    ),
  ];
  if (summary.fictional) children.push(new Paragraph({ children: [new TextRun({ text: 'Fictional demo case — not a real dispute.', bold: true, color: '8A4B00' })] }));
  if (summary.archived) children.push(new Paragraph({ children: [new TextRun({ text: 'This case is archived.', bold: true, color: '8A4B00' })] }));
  if (summary.summary) children.push(new Paragraph({ spacing: { before: 240, after: 120 }, children: [new TextRun(summary.summary)] }));
  summary.sections.forEach((section, index) => {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, keepNext: true, children: [new TextRun(`${index + 1}. ${section.title}`)] }));
    for (const b of section.blocks) children.push(...block(b));
  });
  children.push(
    new Paragraph({
      spacing: { before: 360 },
      border: { top: thin },
      children: runs([{ text: `Exported from Covenant on ${summary.exportedOn}.`, muted: true }], SIZE.small),
    }),
  );
  if (summary.caseUrl) children.push(new Paragraph({ children: runs([{ text: `Case page: ${summary.caseUrl}`, muted: true }], SIZE.small) }));

  const status = summary.facts.find((f) => f.label === 'Status')?.value ?? '';
  const document = new Document({
    creator: 'Covenant',
    title: summary.title,
    subject: 'Case summary',
    styles: {
      default: {
        document: { run: { font: FONT, size: SIZE.body }, paragraph: { spacing: { line: 276 } } },
        title: { run: { font: FONT, size: 40, bold: true, color: '1B1F24' }, paragraph: { spacing: { before: 0, after: 160, line: 240 } } },
        heading1: { run: { font: FONT, size: 26, bold: true, color: COLORS.accent }, paragraph: { spacing: { before: 360, after: 120 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: COLORS.accent, space: 2 } } } },
        heading3: { run: { font: FONT, size: 21, bold: true, color: '1B1F24' }, paragraph: { spacing: { before: 200, after: 60 } } },
      },
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134, header: 567, footer: 567 } } },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
                border: { bottom: thin },
                children: [
                  new TextRun({ text: summary.title, color: COLORS.muted, size: SIZE.running }),
                  new TextRun({ text: `\tCase summary · Status: ${status}`, color: COLORS.muted, size: SIZE.running }),
                ],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
                children: [
                  new TextRun({ text: `Exported from Covenant on ${summary.exportedOn}\t`, color: COLORS.muted, size: SIZE.running }),
                  new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], color: COLORS.muted, size: SIZE.running }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
