// File names for downloads: an ASCII name every browser and file system accepts, and the exact
// title for clients that read RFC 6266's filename* (so "常程 v. 联想" keeps its characters).

const MAX_BASE_LENGTH = 80;

/** "Lenovo Group v. Chang Cheng" → "lenovo-group-v-chang-cheng"; "" when nothing ASCII is left. */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_BASE_LENGTH)
    .replace(/-+$/, '');
}

/** The base of the file name: the slug of the title, or `fallback` when the title has no ASCII letters. */
export function exportBaseName(title: string, fallback = 'case'): string {
  return slugify(title) || fallback;
}

// Bidirectional controls (ALM, LRM/RLM, embeddings and overrides, isolates) make a saved file show
// a name other than its own ("report\u202Efdp.exe" shows as "reportexe.pdf"): removed, not replaced.
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The title as a file name outside ASCII: only characters that are unsafe in file names replaced. */
function unicodeName(title: string): string {
  const cleaned = title
    .replace(BIDI_CONTROLS, '')
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // By code point: cutting a surrogate pair in half would leave text encodeURIComponent refuses.
  return Array.from(cleaned).slice(0, MAX_BASE_LENGTH).join('').trim();
}

/** A Content-Disposition header value for `title` with extension `ext` ("pdf"). */
export function contentDisposition(title: string, ext: string, fallback = 'case'): string {
  const ascii = `${exportBaseName(title, fallback)}.${ext}`;
  const full = `${unicodeName(title) || fallback}.${ext}`;
  const encoded = encodeURIComponent(full).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
