import { createHash } from 'node:crypto';

/** The SHA-256 of a text in UTF-8, lowercase hex: the name of its snapshot. */
export function textSha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
