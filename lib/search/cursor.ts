// Keyset cursors: the sort key and id of the row a page starts after (or, for the previous page,
// before), as opaque base64url JSON. A cursor names the sort it was made for, so one made for another
// sort order is refused instead of silently skipping rows.
import { NO_NUL } from '../validations/text';

export type CursorValue = string | number;
export type Cursor = {
  /** The sort it belongs to, e.g. "title", "-year", "amount:CNY", "-relevance". */
  sort: string;
  values: CursorValue[];
  id: string;
  /** "after": the next page; "before": the previous one. */
  direction: 'after' | 'before';
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const CURSOR_MAX_LENGTH = 1000;

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export function encodeCursor(cursor: Cursor): string {
  return toBase64Url(JSON.stringify([cursor.sort, cursor.values, cursor.id, cursor.direction === 'before' ? 1 : 0]));
}

/** The cursor, or null when the text is not one of ours. */
export function decodeCursor(text: string): Cursor | null {
  if (text.length > CURSOR_MAX_LENGTH || !/^[A-Za-z0-9_-]+$/.test(text)) return null;
  try {
    const value: unknown = JSON.parse(fromBase64Url(text));
    if (!Array.isArray(value) || value.length !== 4) return null;
    const [sort, values, id, before] = value as unknown[];
    if (typeof sort !== 'string' || typeof id !== 'string' || !UUID.test(id) || (before !== 0 && before !== 1)) return null;
    if (!Array.isArray(values) || values.length === 0 || values.length > 3) return null;
    // NUL: no sort key holds one (PostgreSQL text cannot), and the database would refuse the query.
    if (!values.every((v) => (typeof v === 'string' && v.length <= 600 && NO_NUL.test(v)) || (typeof v === 'number' && Number.isFinite(v)))) return null;
    return { sort, values: values as CursorValue[], id, direction: before ? 'before' : 'after' };
  } catch {
    return null;
  }
}
