// Query parameters of the export routes.
import { z } from 'zod';
import { CITATION_FORMATS, CITATION_STYLES } from '../citations/options';

export const CASE_EXPORT_FORMATS = ['pdf', 'docx', 'md', 'json'] as const;
export type CaseExportFormat = (typeof CASE_EXPORT_FORMATS)[number];

export const caseExportQuerySchema = z.object({
  format: z.enum(CASE_EXPORT_FORMATS, { message: `format must be one of ${CASE_EXPORT_FORMATS.join(', ')}.` }),
});

const citationStyle = z.enum(CITATION_STYLES, { message: `style must be one of ${CITATION_STYLES.join(', ')}.` }).default('oscola');

/** A case's citation: the format, and the style of the rendered text (OSCOLA unless asked). */
export const citationQuerySchema = z.object({
  format: z.enum(CITATION_FORMATS, { message: `format must be one of ${CITATION_FORMATS.join(', ')}.` }),
  style: citationStyle,
});

/** A result list as a spreadsheet or as citations of each of its cases. */
export const LIST_EXPORT_FORMATS = ['csv', 'xlsx', ...CITATION_FORMATS] as const;
export type ListExportFormat = (typeof LIST_EXPORT_FORMATS)[number];

export const listExportFormatSchema = z.object({
  format: z.enum(LIST_EXPORT_FORMATS, { message: `format must be one of ${LIST_EXPORT_FORMATS.join(', ')}.` }),
  style: citationStyle,
});

export const backupQuerySchema = z.object({
  history: z.enum(['0', '1', 'true', 'false']).optional().transform((v) => v === '1' || v === 'true'),
});

/** The largest backup the upload accepts (the form says so before sending a larger file). */
export const BACKUP_UPLOAD_MAX_BYTES = 100 * 1024 * 1024;

export const backupImportQuerySchema = z.object({
  mode: z.enum(['dry-run', 'import'], { message: 'mode must be dry-run or import.' }),
});
