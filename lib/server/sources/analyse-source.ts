import 'server-only';
// A source's text read from what the researcher gave, and kept as its snapshot before anything is
// suggested from it: the draft then names the snapshot by its hash, and saving the case links it.
import { extractSuggestions, type Extraction } from '../../extract';
import type { Db } from '../../db/client';
import type { AnalyseSourceQuery } from '../../validations/source-text';
import { readPastedText, readSourceFile } from './read-source-text';
import { storeSnapshot, type SnapshotInfo } from './store-snapshot';

export type AnalyseSourceOptions = AnalyseSourceQuery & { bytes: Uint8Array; declaredType: string | null; actorId: string };

export type SourceAnalysis = { text: string; snapshot: SnapshotInfo; extraction: Extraction };

/** Pasted text comes as text/plain with no file name; anything else is a file. */
export async function analyseSource(db: Db, { bytes, declaredType, fileName, published, language, actorId }: AnalyseSourceOptions): Promise<SourceAnalysis> {
  const pasted = fileName === null && (declaredType ?? '').startsWith('text/plain');
  const read = pasted ? readPastedText(new TextDecoder().decode(bytes)) : await readSourceFile(bytes, fileName, declaredType);
  const snapshot = await storeSnapshot(db, { ...read, fileName, byteLength: bytes.byteLength, actorId });
  return { text: read.text, snapshot, extraction: extractSuggestions(read.text, { published, language }) };
}
