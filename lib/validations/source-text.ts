// What a source's text may be: limits and messages shared by the form (checked before sending)
// and the server (checked again, as anything can be sent).
import { z } from 'zod';
import { partialDateString } from '../case-document/schema';

/** The largest file a source's text is read from. */
export const SOURCE_UPLOAD_MAX_BYTES = 20 * 1024 * 1024;
/** Longer than any judgment: a text past this is not one source. */
export const SOURCE_TEXT_MAX_CHARACTERS = 5_000_000;

export const SOURCE_FILE_ACCEPT = '.pdf,.html,.htm,.docx,.txt,application/pdf,text/html,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

// Rounded up: a file a byte over the limit reads "20.1 MB", never "20 MB; at most 20 MB".
const megabytes = (bytes: number) => `${(Math.ceil(bytes / 1024 / 1024 * 10) / 10).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;

export const SOURCE_TEXT_MESSAGES = {
  emptyText: 'Paste the text of the article or judgment first.',
  emptyFile: 'This file is empty: choose the file the text is in.',
  tooLarge: (bytes: number) => `This file is ${megabytes(bytes)}; at most ${megabytes(SOURCE_UPLOAD_MAX_BYTES)} are accepted.`,
  tooLong: `The text is longer than ${SOURCE_TEXT_MAX_CHARACTERS.toLocaleString('en')} characters: add each report or judgment as a source of its own.`,
  binary: 'This file is not text: choose a PDF, HTML, Word (DOCX) or plain-text (TXT) file.',
  scanned: 'This PDF has no text layer (it is a scan or an image): run text recognition (OCR) on it first, or paste its text.',
  unreadable: (kind: string) => `This ${kind} file could not be read; it may be damaged. Open it and paste its text instead.`,
  noText: (kind: string) => `No text was found in this ${kind} file.`,
} as const;

/** What goes with a text to analyse: the article's date (relative dates are read from it) and language. */
export const analyseSourceQuerySchema = z.object({
  fileName: z.string().trim().max(500).optional().transform((v) => v || null),
  published: partialDateString.optional().transform((v) => v || null),
  language: z
    .string()
    .trim()
    .regex(/^([a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*)?$/, 'A language tag such as "en" or "zh-Hans".')
    .optional()
    .transform((v) => v || null),
});
export type AnalyseSourceQuery = z.output<typeof analyseSourceQuerySchema>;
