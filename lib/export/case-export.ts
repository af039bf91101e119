// One case in the format asked for: the body, its media type and its file name.
import type { CaseDocument } from '../case-document/schema';
import { caseDocumentSchema } from '../case-document/schema';
import type { CaseExportFormat } from '../validations/export';
import { renderCaseMarkdown } from './case-markdown';
import type { SummaryOptions } from './case-summary';
import { contentDisposition } from './file-name';
import { renderInPool } from './render-pool';

export type ExportFile = { body: Uint8Array | string; contentType: string; disposition: string };

const CONTENT_TYPES: Record<CaseExportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** The canonical document, checked against its schema on the way out (only its fields leave). */
export function renderCaseJson(doc: CaseDocument): string {
  return `${JSON.stringify(caseDocumentSchema.parse(doc), null, 2)}\n`;
}

/** PDF and Word are laid out by a pool worker (render-pool.ts); Markdown and JSON take microseconds here. */
export async function exportCase(doc: CaseDocument, format: CaseExportFormat, options: SummaryOptions): Promise<ExportFile> {
  const body =
    format === 'pdf' || format === 'docx'
      ? await renderInPool({ kind: format, doc, options })
      : format === 'md'
        ? renderCaseMarkdown(doc, options)
        : renderCaseJson(doc);
  return { body, contentType: CONTENT_TYPES[format], disposition: contentDisposition(doc.title, format) };
}
