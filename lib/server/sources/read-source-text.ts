import 'server-only';
// The text of a pasted or uploaded source: a PDF's text layer, an HTML page's readable text, a
// Word document's paragraphs, or plain text. Anything else is refused with a message to show at
// the field, before anything is stored.
import { AppError } from '../../errors';
import { SOURCE_TEXT_MAX_CHARACTERS, SOURCE_TEXT_MESSAGES as M, SOURCE_UPLOAD_MAX_BYTES } from '../../validations/source-text';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export type SourceKind = 'application/pdf' | 'text/html' | typeof DOCX_TYPE | 'text/plain';
export type SourceText = { text: string; contentType: SourceKind };

const refuse = (message: string) => new AppError('INVALID_REQUEST', message);

const startsWith = (bytes: Uint8Array, signature: string) => [...signature].every((char, i) => bytes[i] === char.charCodeAt(0));

/** The kind of file by its first bytes (a name or a browser's type can be wrong), HTML also by its name or declared type. */
export function sniffKind(bytes: Uint8Array, fileName: string | null, declaredType: string | null): SourceKind | 'binary' {
  if (startsWith(bytes, '%PDF-')) return 'application/pdf';
  if (startsWith(bytes, 'PK\u0003\u0004')) return /\.docx$/i.test(fileName ?? '') || declaredType === DOCX_TYPE ? DOCX_TYPE : 'binary';
  const text = decodeUtf8(bytes);
  if (text === null || /[\u0000-\u0008\u000e-\u001a]/.test(text.slice(0, 65_536))) return 'binary';
  if (/\.x?html?$/i.test(fileName ?? '') || declaredType?.startsWith('text/html') || /^\s*(<!doctype html|<html[\s>])/i.test(text.slice(0, 1000))) return 'text/html';
  return 'text/plain';
}

function decodeUtf8(bytes: Uint8Array): string | null {
  // A UTF-16 file (from Windows' Notepad) begins with its byte-order mark.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Line ends made \n, runs of blank lines made one, spaces at line ends dropped: offsets into it stay meaningful. */
export function tidyText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { extractText, getDocumentProxy } = await import('unpdf');
  let pages: string[];
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    ({ text: pages } = await extractText(pdf, { mergePages: false }));
  } catch {
    throw refuse(M.unreadable('PDF'));
  }
  const text = pages.join('\n\n');
  if (text.replace(/\s/g, '') === '') throw refuse(M.scanned);
  return text;
}

const BLOCKS = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL']);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME']);

type DomNode = { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<DomNode> };

/** An element's text with a paragraph break after each block, so sentences of two paragraphs do not run together. */
function blockText(root: DomNode): string {
  const out: string[] = [];
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) return void out.push((node.textContent ?? '').replace(/\s+/g, ' '));
    if (node.nodeType !== 1 || SKIPPED.has(node.nodeName)) return;
    for (const child of Array.from(node.childNodes)) walk(child);
    if (BLOCKS.has(node.nodeName)) out.push('\n\n');
  };
  walk(root);
  return out.join('').replace(/ *\n */g, '\n');
}

/** The article of a page (Readability, as Firefox's reader view), else the whole body, as text with paragraphs. */
async function htmlText(html: string): Promise<string> {
  const [{ parseHTML }, { Readability }] = await Promise.all([import('linkedom'), import('@mozilla/readability')]);
  const { document } = parseHTML(html);
  const title = document.querySelector('title')?.textContent?.trim() ?? '';
  const body = blockText(document.body as unknown as DomNode);
  const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  if (!article?.content) return body;
  const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  const text = blockText(content.body as unknown as DomNode);
  const heading = article.title?.trim() || title;
  return heading && !text.trimStart().startsWith(heading) ? `${heading}\n\n${text}` : text;
}

async function docxText(bytes: Uint8Array): Promise<string> {
  const mammoth = (await import('mammoth')).default;
  try {
    return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
  } catch {
    throw refuse(M.unreadable('Word'));
  }
}

const KIND_NAMES: Record<SourceKind, string> = { 'application/pdf': 'PDF', 'text/html': 'HTML', [DOCX_TYPE]: 'Word', 'text/plain': 'text' };

/** The text of an uploaded file, tidied; refuses an empty, oversized, binary or text-less one. */
export async function readSourceFile(bytes: Uint8Array, fileName: string | null, declaredType: string | null): Promise<SourceText> {
  if (bytes.byteLength === 0) throw refuse(M.emptyFile);
  if (bytes.byteLength > SOURCE_UPLOAD_MAX_BYTES) throw refuse(M.tooLarge(bytes.byteLength));
  const kind = sniffKind(bytes, fileName, declaredType);
  if (kind === 'binary') throw refuse(M.binary);
  const raw =
    kind === 'application/pdf' ? await pdfText(bytes) : kind === DOCX_TYPE ? await docxText(bytes) : kind === 'text/html' ? await htmlText(decodeUtf8(bytes)!) : decodeUtf8(bytes)!;
  const text = tidyText(raw.replace(/^\uFEFF/, ''));
  if (text === '') throw refuse(kind === 'text/plain' ? M.emptyFile : M.noText(KIND_NAMES[kind]));
  return { text: checkLength(text), contentType: kind };
}

/** Pasted text, tidied; refuses an empty one. */
export function readPastedText(pasted: string): SourceText {
  if (/\u0000/.test(pasted)) throw refuse(M.binary);
  const text = tidyText(pasted.replace(/^\uFEFF/, ''));
  if (text === '') throw refuse(M.emptyText);
  return { text: checkLength(text), contentType: 'text/plain' };
}

function checkLength(text: string): string {
  if (text.length > SOURCE_TEXT_MAX_CHARACTERS) throw refuse(M.tooLong);
  return text;
}
