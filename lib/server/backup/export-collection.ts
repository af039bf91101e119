// The whole collection as one backup file (docs/backup.md), written as a stream of text chunks:
// rows are read in keyset batches and each is written as soon as it is read, so memory stays
// flat however large the collection. Every list is in id order, so the same data always gives
// the same file (the export time aside).
import 'server-only';
import type { Client } from '../../db/client';
import { caseDocumentInclude, toCaseDocument } from '../cases/read-case-document';
import { CASE_SCHEMA_VERSION } from '../../case-document/schema';
import { formatPartialDate } from '../../dates';
import { BACKUP_FORMAT, textParts, type BackupHistoryRow, type BackupParty, type BackupSnapshot, type BackupSource, type BackupTag } from './backup-file';


export type ExportCollectionOptions = { withHistory: boolean; exportedAt?: Date; batchSize?: number };

const CASE_BATCH = 50;

async function* batches<T extends { id: string }>(read: (after: string | null, take: number) => Promise<T[]>, take: number): AsyncGenerator<T> {
  let after: string | null = null;
  for (;;) {
    const rows = await read(after, take);
    for (const row of rows) yield row;
    if (rows.length < take) return;
    after = rows.at(-1)!.id;
  }
}

const afterId = (after: string | null) => (after ? { id: { gt: after } } : {});

async function* list<T>(name: string, rows: AsyncGenerator<T>, first: boolean): AsyncGenerator<string> {
  yield `${first ? '' : ',\n'}"${name}":[`;
  let n = 0;
  for await (const row of rows) yield `${n++ ? ',' : ''}\n${JSON.stringify(row)}`;
  yield n ? '\n]' : ']';
}

export async function* exportCollection(db: Client, options: ExportCollectionOptions): AsyncGenerator<string> {
  const take = options.batchSize ?? 500;
  const exportedAt = (options.exportedAt ?? new Date()).toISOString();
  yield `{"format":${JSON.stringify(BACKUP_FORMAT)},"schemaVersion":${CASE_SCHEMA_VERSION},\n"exportedAt":${JSON.stringify(exportedAt)},\n"withHistory":${options.withHistory},\n`;

  yield* list<BackupTag>(
    'tags',
    batches((after, n) => db.tag.findMany({ where: afterId(after), orderBy: { id: 'asc' }, take: n, select: { id: true, name: true } }), take),
    true,
  );

  // Every snapshot, those no case names yet too: the collection as it is. One at a time, as texts may be long.
  const snapshots = async function* (): AsyncGenerator<BackupSnapshot> {
    const rows = batches(
      (after, n) =>
        db.sourceSnapshot
          .findMany({ where: after ? { sha256: { gt: after } } : {}, orderBy: { sha256: 'asc' }, take: n, include: { createdBy: { select: { email: true } } } })
          .then((found) => found.map((row) => ({ ...row, id: row.sha256 }))),
      1,
    );
    for await (const n of rows) {
      yield { sha256: n.sha256, contentType: n.contentType, fileName: n.fileName, byteLength: n.byteLength, createdAt: n.createdAt.toISOString(), createdBy: n.createdBy?.email ?? null, textParts: textParts(n.text) };
    }
  };
  yield* list('snapshots', snapshots(), false);

  const sources = async function* (): AsyncGenerator<BackupSource> {
    for await (const s of batches((after, n) => db.source.findMany({ where: afterId(after), orderBy: { id: 'asc' }, take: n }), take)) {
      yield {
        id: s.id,
        title: s.title,
        publisher: s.publisher,
        author: s.author,
        url: s.url,
        published: s.publishedOn && s.publishedPrecision ? formatPartialDate(s.publishedOn, s.publishedPrecision) : null,
        publishedQualifier: s.publishedQualifier,
        language: s.language,
        languageNote: s.languageNote,
        snapshotSha256: s.snapshotSha256,
      };
    }
  };
  yield* list('sources', sources(), false);

  const parties = async function* (): AsyncGenerator<BackupParty> {
    for await (const p of batches((after, n) => db.party.findMany({ where: afterId(after), orderBy: { id: 'asc' }, take: n }), take)) {
      yield {
        id: p.id,
        name: p.name,
        originalName: p.originalName,
        originalNameCertainty: p.originalNameCertainty,
        aliases: p.aliases,
        kind: p.kind,
        description: p.description,
        legalRepresentative: p.legalRepresentative,
      };
    }
  };
  yield* list('parties', parties(), false);

  const cases = async function* () {
    const ids = batches((after, n) => db.case.findMany({ where: afterId(after), orderBy: { id: 'asc' }, take: n, select: { id: true } }), CASE_BATCH);
    let batch: string[] = [];
    const flush = async () => {
      // A query per relation for the whole batch: faster here than one JSON-building join per case (6.2 s → 4.7 s for 8,000 cases).
      const records = await db.case.findMany({ where: { id: { in: batch } }, orderBy: { id: 'asc' }, include: caseDocumentInclude, relationLoadStrategy: 'query' });
      batch = [];
      return records.map(toCaseDocument);
    };
    for await (const { id } of ids) {
      batch.push(id);
      if (batch.length === CASE_BATCH) yield* await flush();
    }
    if (batch.length) yield* await flush();
  };
  yield* list('cases', cases(), false);

  const history = async function* (): AsyncGenerator<BackupHistoryRow> {
    if (!options.withHistory) return;
    const rows = batches(
      (after, n) =>
        db.caseChange.findMany({ where: afterId(after), orderBy: { id: 'asc' }, take: n, include: { user: { select: { email: true } } } }),
      take,
    );
    for await (const row of rows) {
      yield {
        id: row.id,
        caseId: row.caseId,
        version: row.version,
        action: row.action,
        user: row.user?.email ?? null,
        at: row.at.toISOString(),
        changes: row.changes as BackupHistoryRow['changes'],
        snapshot: row.snapshot as BackupHistoryRow['snapshot'],
      };
    }
  };
  yield* list('history', history(), false);
  yield '\n}\n';
}
