// Case documents for tests that write: seed cases under fresh ids, so each test owns its case.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { caseDocumentSchema, type CaseDocument } from '../case-document/schema';
import { readSeedDocuments } from '../seed';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** `doc` with every id replaced by a fresh one (consistently), so it shares no party or source. */
export function withFreshIds(doc: CaseDocument): CaseDocument {
  const ids = new Map<string, string>();
  const json = JSON.stringify(doc).replace(UUID, (id) => {
    if (!ids.has(id)) ids.set(id, randomUUID());
    return ids.get(id)!;
  });
  return JSON.parse(json) as CaseDocument;
}

/** The Lenovo reference case under fresh ids. */
export function freshLenovo(): CaseDocument {
  return withFreshIds(readSeedDocuments().find((d) => d.title.startsWith('Lenovo'))!);
}

/**
 * A fictional case with every field of the model filled (issue #15: two proceedings with reversed
 * roles, judges, counsel, a bond, a settlement in shares, a claim with two respondents, a reported
 * award on a confirmed claim…), under fresh ids.
 */
export function freshEveryFieldCase(): CaseDocument {
  const file = path.join(import.meta.dirname, 'fixtures/every-field.json');
  return withFreshIds(caseDocumentSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8'))));
}
