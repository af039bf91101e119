// A case summary as PDF: A4, a running header with the title, page numbers, numbered sections,
// tables for claims and the timeline, numbered source notes with their excerpts. One embedded
// (subset) font with CJK glyphs, so original names such as 常程 render.
import PDFDocument from 'pdfkit';
import type { CaseDocument } from '../case-document/schema';
import { buildCaseSummary, plain, type Block, type CaseSummary, type Run, type SummaryOptions } from './case-summary';
import { pdfFonts } from './fonts';

const COLORS = { ink: '#1b1f24', muted: '#5b6270', accent: '#1f3a5f', rule: '#c9ced6', headerFill: '#eef1f5', warn: '#8a4b00' };
const SIZES = { title: 20, section: 13, heading: 10.5, body: 9.5, small: 8.5, running: 8 };
const MARGIN = { top: 76, bottom: 68, left: 66, right: 66 };
const LINE_GAP = 1.5;
const FONT = { regular: 'Covenant-Regular', bold: 'Covenant-Bold' };

type Doc = PDFKit.PDFDocument;

export async function renderCasePdf(doc: CaseDocument, options: SummaryOptions): Promise<Buffer> {
  const summary = buildCaseSummary(doc, options);
  const fonts = pdfFonts();
  const pdf = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    lang: 'en',
    displayTitle: true,
    info: { Title: summary.title, Subject: 'Case summary', Creator: 'Covenant', Producer: 'Covenant', CreationDate: options.exportedAt },
  });
  pdf.registerFont(FONT.regular, fonts.regular);
  pdf.registerFont(FONT.bold, fonts.bold);
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  const layout = new Layout(pdf);
  layout.titleBlock(summary);
  summary.sections.forEach((section, index) => {
    layout.sectionHeading(`${index + 1}`, section.title);
    for (const block of section.blocks) layout.block(block);
  });
  layout.closing(summary);
  layout.runningHeadersAndFooters(summary);
  pdf.end();
  return done;
}

class Layout {
  constructor(private readonly pdf: Doc) {}

  private get left() {
    return this.pdf.page.margins.left;
  }
  private get width() {
    return this.pdf.page.width - this.pdf.page.margins.left - this.pdf.page.margins.right;
  }
  private get bottom() {
    return this.pdf.page.height - this.pdf.page.margins.bottom;
  }

  /** Starts a new page unless `height` still fits on this one. */
  private ensureSpace(height: number) {
    if (this.pdf.y + height > this.bottom) this.pdf.addPage();
  }

  private measure(runs: Run[], width: number, size: number): number {
    // Bold is the wider face: measuring with it never underestimates the lines needed.
    return this.pdf.font(FONT.bold).fontSize(size).heightOfString(plain(runs) || ' ', { width, lineGap: LINE_GAP });
  }

  /**
   * Writes runs as flowing text at (x, y) or at the cursor, each line of it ("\n") a paragraph of its
   * own: pdfkit indents a line break inside continued text by where the previous run ended.
   */
  private runs(runs: Run[], options: { x?: number; y?: number; width: number; size: number; color?: string; align?: 'left' | 'right' }) {
    const lines: Run[][] = [[]];
    for (const run of runs) {
      run.text.split('\n').forEach((part, i) => {
        if (i > 0) lines.push([]);
        lines.at(-1)!.push({ ...run, text: part });
      });
    }
    lines.forEach((line, index) => this.line(line, index === 0 ? options : { ...options, y: undefined }));
  }

  private line(runs: Run[], options: { x?: number; y?: number; width: number; size: number; color?: string; align?: 'left' | 'right' }) {
    const visible = runs.filter((r) => r.text.length > 0);
    if (visible.length === 0) return;
    visible.forEach((run, index) => {
      this.pdf
        .font(run.bold ? FONT.bold : FONT.regular)
        .fontSize(options.size)
        .fillColor(run.muted ? COLORS.muted : (options.color ?? COLORS.ink));
      const textOptions = { width: options.width, lineGap: LINE_GAP, continued: index < visible.length - 1, align: options.align };
      if (index === 0 && options.x !== undefined) this.pdf.text(run.text, options.x, options.y ?? this.pdf.y, textOptions);
      else this.pdf.text(run.text, textOptions);
    });
    this.pdf.fillColor(COLORS.ink);
  }

  titleBlock(summary: CaseSummary) {
    const pdf = this.pdf;
    pdf.font(FONT.bold).fontSize(SIZES.small).fillColor(COLORS.accent).text('CASE SUMMARY', this.left, pdf.y, { characterSpacing: 1.6 });
    pdf.moveDown(0.3);
    pdf.font(FONT.bold).fontSize(SIZES.title).fillColor(COLORS.ink).text(summary.title, { width: this.width, lineGap: 2 });
    pdf.moveDown(0.4);
    pdf.fontSize(SIZES.small + 0.5);
    for (const fact of summary.facts) {
      const top = pdf.y;
      pdf.font(FONT.regular).fillColor(COLORS.muted).text(fact.label, this.left, top, { width: 80 });
      pdf.font(fact.label === 'Status' ? FONT.bold : FONT.regular).fillColor(COLORS.ink).text(fact.value, this.left + 80, top, { width: this.width - 80 });
      pdf.moveDown(0.1);
    }
    if (summary.fictional || summary.archived) {
      pdf.moveDown(0.3);
      const notice = [summary.fictional && 'Fictional demo case — not a real dispute.', summary.archived && 'This case is archived.'].filter(Boolean).join(' ');
      pdf.font(FONT.bold).fontSize(SIZES.small + 0.5).fillColor(COLORS.warn).text(notice, this.left, pdf.y, { width: this.width });
      pdf.fillColor(COLORS.ink);
    }
    pdf.moveDown(0.6);
    this.rule(1);
    if (summary.summary) {
      pdf.moveDown(0.6);
      this.runs([{ text: summary.summary }], { x: this.left, width: this.width, size: SIZES.body + 0.5 });
    }
  }

  private rule(weight = 0.5, color = COLORS.rule) {
    const y = this.pdf.y;
    this.pdf.save().moveTo(this.left, y).lineTo(this.left + this.width, y).lineWidth(weight).strokeColor(color).stroke().restore();
  }

  sectionHeading(number: string, title: string) {
    const pdf = this.pdf;
    pdf.moveDown(1.1);
    // Keep a heading with at least a few lines of what follows it.
    this.ensureSpace(70);
    pdf.font(FONT.bold).fontSize(SIZES.section).fillColor(COLORS.accent);
    pdf.text(`${number}   ${title}`, this.left, pdf.y, { width: this.width });
    pdf.moveDown(0.15);
    this.rule(0.75, COLORS.accent);
    pdf.moveDown(0.5);
    pdf.fillColor(COLORS.ink);
  }

  block(block: Block) {
    const pdf = this.pdf;
    switch (block.kind) {
      case 'heading':
        pdf.moveDown(0.5);
        this.ensureSpace(this.measure(block.runs, this.width, SIZES.heading) + 40);
        this.runs(block.runs, { x: this.left, width: this.width, size: SIZES.heading });
        pdf.moveDown(0.2);
        return;
      case 'paragraph': {
        const small = block.runs[0]?.text.startsWith('Certainty');
        const size = small ? SIZES.small : SIZES.body;
        this.ensureSpace(Math.min(this.measure(block.runs, this.width, size), 60));
        this.runs(block.runs, { x: this.left, width: this.width, size });
        pdf.moveDown(small ? 0.35 : 0.3);
        return;
      }
      case 'quote': {
        const indent = 14;
        const width = this.width - indent - 4;
        const height = this.measure(block.runs, width, SIZES.small);
        this.ensureSpace(Math.min(height, 80));
        const top = pdf.y;
        this.runs(block.runs, { x: this.left + indent, width, size: SIZES.small, color: '#30363d' });
        const end = pdf.y;
        if (end > top) {
          pdf.save().moveTo(this.left + 5, top + 1).lineTo(this.left + 5, end - 1).lineWidth(1.5).strokeColor(COLORS.rule).stroke().restore();
        }
        pdf.moveDown(0.35);
        return;
      }
      case 'fields':
        this.fields(block.rows);
        return;
      case 'table':
        this.table(block.columns, block.rows);
        return;
    }
  }

  private fields(rows: { label: string; value: Run[] }[]) {
    const pdf = this.pdf;
    const labelWidth = 118;
    const gap = 10;
    const valueWidth = this.width - labelWidth - gap;
    for (const row of rows) {
      const height = Math.max(
        this.measure(row.value, valueWidth, SIZES.body),
        this.measure([{ text: row.label }], labelWidth, SIZES.body),
      );
      this.ensureSpace(Math.min(height, 120));
      const top = pdf.y;
      pdf.font(FONT.regular).fontSize(SIZES.body).fillColor(COLORS.muted).text(row.label, this.left, top, { width: labelWidth, lineGap: LINE_GAP });
      const labelEnd = pdf.y;
      const page = pdf.page;
      this.runs(row.value, { x: this.left + labelWidth + gap, y: top, width: valueWidth, size: SIZES.body });
      // The value may have flowed onto a new page; the label cannot have.
      pdf.y = pdf.page === page ? Math.max(pdf.y, labelEnd) : pdf.y;
      pdf.x = this.left;
      pdf.moveDown(0.25);
    }
    pdf.moveDown(0.15);
  }

  private table(columns: { header: string; width: number }[], rows: Run[][][]) {
    const pdf = this.pdf;
    const padX = 5;
    const padY = 4;
    const total = columns.reduce((sum, c) => sum + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * this.width);
    const xs = widths.map((_, i) => this.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
    const headerRuns = columns.map((c) => [{ text: c.header, bold: true }]);

    const rowHeight = (cells: Run[][], size: number) =>
      Math.max(...cells.map((cell, i) => this.measure(cell, widths[i]! - 2 * padX, size))) + 2 * padY;

    const drawRow = (cells: Run[][], size: number, header: boolean) => {
      const height = rowHeight(cells, size);
      const top = pdf.y;
      if (header) pdf.save().rect(this.left, top, this.width, height).fill(COLORS.headerFill).restore();
      cells.forEach((cell, i) => {
        this.runs(cell, { x: xs[i]! + padX, y: top + padY, width: widths[i]! - 2 * padX, size, color: header ? COLORS.accent : undefined });
      });
      pdf.y = top + height;
      this.rule(header ? 0.75 : 0.4, header ? COLORS.accent : COLORS.rule);
    };

    const header = () => drawRow(headerRuns, SIZES.small, true);
    this.ensureSpace(rowHeight(headerRuns, SIZES.small) + rowHeight(rows[0] ?? [], SIZES.small) + 4);
    header();
    for (const cells of rows) {
      const height = rowHeight(cells, SIZES.small);
      if (pdf.y + height > this.bottom) {
        pdf.addPage();
        header();
      }
      drawRow(cells, SIZES.small, false);
    }
    pdf.x = this.left;
    pdf.moveDown(0.6);
  }

  closing(summary: CaseSummary) {
    const pdf = this.pdf;
    pdf.moveDown(1.5);
    this.ensureSpace(40);
    this.rule();
    pdf.moveDown(0.4);
    const lines = [
      `Exported from Covenant on ${summary.exportedOn}.`,
      ...(summary.caseUrl ? [`Case page: ${summary.caseUrl}`] : []),
      'Every fact carries its certainty and the numbers of the sources that support it; a fact marked uncited has none.',
    ];
    for (const line of lines) this.runs([{ text: line, muted: true }], { x: this.left, width: this.width, size: SIZES.small });
  }

  /** Title, status and page numbers on every page, drawn once all pages exist. */
  runningHeadersAndFooters(summary: CaseSummary) {
    const pdf = this.pdf;
    const range = pdf.bufferedPageRange();
    const status = summary.facts.find((f) => f.label === 'Status')?.value ?? '';
    for (let i = range.start; i < range.start + range.count; i++) {
      pdf.switchToPage(i);
      const { margins } = pdf.page;
      const savedBottom = margins.bottom;
      margins.bottom = 0; // writing inside the bottom margin must not start a new page
      const width = this.width;
      const headerY = 36;
      pdf.font(FONT.regular).fontSize(SIZES.running).fillColor(COLORS.muted);
      pdf.text(summary.title, this.left, headerY, { width: width * 0.68, height: SIZES.running * 1.6, ellipsis: true, lineBreak: false });
      pdf.text(`Case summary · Status: ${status}`, this.left + width * 0.68, headerY, { width: width * 0.32, align: 'right', lineBreak: false });
      pdf.save().moveTo(this.left, headerY + 13).lineTo(this.left + width, headerY + 13).lineWidth(0.5).strokeColor(COLORS.rule).stroke().restore();

      const footerY = pdf.page.height - 44;
      pdf.save().moveTo(this.left, footerY - 6).lineTo(this.left + width, footerY - 6).lineWidth(0.5).strokeColor(COLORS.rule).stroke().restore();
      pdf.font(FONT.regular).fontSize(SIZES.running).fillColor(COLORS.muted);
      pdf.text(`Exported from Covenant on ${summary.exportedOn}`, this.left, footerY, { width: width / 2, lineBreak: false });
      pdf.text(`Page ${i - range.start + 1} of ${range.count}`, this.left + width / 2, footerY, { width: width / 2, align: 'right', lineBreak: false });
      margins.bottom = savedBottom;
    }
    pdf.fillColor(COLORS.ink);
  }
}
