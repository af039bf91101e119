import 'server-only';
// A source's text kept as a snapshot named by its SHA-256. Storing is idempotent: the same text
// (pasted twice, or by two researchers) is one row, the first one's. A snapshot no case names yet
// (analysed, the draft never saved) is harmless: docs/sources.md.
import type { Client } from '../../db/client';
import { AppError } from '../../errors';
import { textSha256 } from './text-sha256';
import type { SourceText } from './read-source-text';


export type SnapshotInfo = { sha256: string; contentType: string; fileName: string | null; byteLength: number; characters: number };

export type StoreSnapshotOptions = SourceText & { fileName: string | null; byteLength: number; actorId: string };

export async function storeSnapshot(db: Client, { text, contentType, fileName, byteLength, actorId }: StoreSnapshotOptions): Promise<SnapshotInfo> {
  const sha256 = textSha256(text);
  const stored = await db.sourceSnapshot.upsert({
    where: { sha256 },
    create: { sha256, text, contentType, fileName, byteLength, createdById: actorId },
    update: {},
    select: { sha256: true, contentType: true, fileName: true, byteLength: true },
  });
  return { ...stored, characters: text.length };
}

/** One snapshot's text, or NOT_FOUND. */
export async function getSnapshotText(db: Client, sha256: string): Promise<{ text: string; contentType: string; fileName: string | null }> {
  const row = await db.sourceSnapshot.findUnique({ where: { sha256 }, select: { text: true, contentType: true, fileName: true } });
  if (!row) throw new AppError('NOT_FOUND', 'No source text with this SHA-256 is stored.');
  return row;
}

/** What the case page shows of each snapshot its sources name: size and kind, not the text. */
export async function findSnapshotInfo(db: Client, sha256s: string[]): Promise<Map<string, SnapshotInfo>> {
  if (sha256s.length === 0) return new Map();
  const rows = await db.$queryRaw<SnapshotInfo[]>`
    SELECT sha256, "contentType", "fileName", "byteLength", char_length(text) AS characters
    FROM "SourceSnapshot" WHERE sha256 = ANY (${sha256s}::text[])`;
  return new Map(rows.map((row) => [row.sha256, { ...row, characters: Number(row.characters) }]));
}
