// Restoring a backup (docs/backup.md). Three steps, the first two without writing anything:
// 1. parse and check the whole file (backup-file.ts); 2. compare it with the database: each case
// is created, updated (the file's version is newer), unchanged (same version, same content) or a
// conflict (the database's is newer, or the same version differs); 3. unless it is a dry run,
// write everything in ONE transaction. A second import of the same file finds every case
// unchanged and writes nothing.
import 'server-only';
import { Prisma } from '../../generated/prisma/client';
import type { Db, Client, Tx } from '../../db/client';
import { readCaseDocument } from '../cases/read-case-document';
import type { CaseDocument } from '../../case-document/schema';
import { deleteUnusedPartiesAndSources, type SharedRecords } from '../cases/shared-records';
import { finishRefresh, type PendingRefresh } from '../cases/refresh-case-rows';
import type { FieldChange } from '../../history/describe-changes';
import { commitCaseVersion } from '../cases/commit-case-version';
import { parsePartialDate } from '../../dates';
import { factIds, formatPath, parseBackup, stableStringify, type Backup, type ImportProblem, PROBLEMS_SHOWN } from './backup-file';

export type ImportCaseLine = { id: string; title: string; fileVersion: number; databaseVersion: number | null };
export type ImportConflict = ImportCaseLine & { reason: string };

export type ImportReport = {
  /** refused: nothing written (problems or conflicts); ready: a dry run that would succeed; imported: written. */
  status: 'refused' | 'ready' | 'imported';
  dryRun: boolean;
  problems: ImportProblem[];
  cases: { created: ImportCaseLine[]; updated: ImportCaseLine[]; unchanged: ImportCaseLine[]; conflicts: ImportConflict[] };
  tags: { created: number };
  /** deleted: named by an updated case before, by nothing in the file or the database after. */
  sources: { created: number; deleted: number };
  /** Source texts (snapshots): those the database holds already are the same texts, by their hash. */
  snapshots: { created: number; alreadyPresent: number };
  parties: { created: number; deleted: number };
  history: { created: number; alreadyPresent: number };
  /** E-mail addresses the file names (note authors, history) that have no account here: saved unattributed. */
  unknownUsers: string[];
};

export type ImportCollectionOptions = {
  dryRun: boolean;
  /** Who imports: the history entries are theirs, and so are the notes the database does not hold as they are. */
  actorId: string | null;
  /**
   * Trust the file's note authors and history users (matched to accounts by e-mail): a restore by
   * whoever runs the server (`npm run import -- --keep-authors`); the upload page never does.
   */
  keepAuthors?: boolean;
  transactionTimeoutMs?: number;
  /** Called after each case is written (an import of thousands of cases takes minutes). */
  onProgress?: (written: number, total: number) => void;
};

const CHUNK = 1000;

function emptyReport(dryRun: boolean): ImportReport {
  return {
    status: 'refused',
    dryRun,
    problems: [],
    cases: { created: [], updated: [], unchanged: [], conflicts: [] },
    tags: { created: 0 },
    sources: { created: 0, deleted: 0 },
    snapshots: { created: 0, alreadyPresent: 0 },
    parties: { created: 0, deleted: 0 },
    history: { created: 0, alreadyPresent: 0 },
    unknownUsers: [],
  };
}

function chunks<T>(items: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The order readCaseDocument gives the arrays it sorts, so a file in another order compares equal. */
function comparable(doc: CaseDocument): string {
  const iso = (value: string) => new Date(value).toISOString();
  return stableStringify({
    ...doc,
    archivedAt: doc.archivedAt ? iso(doc.archivedAt) : null,
    tags: [...doc.tags].sort(),
    relatedCases: [...doc.relatedCases].sort((a, b) => a.caseId.localeCompare(b.caseId)),
    evidence: doc.evidence.map((e) => ({ ...e, claimIds: [...e.claimIds].sort() })),
    outcomes: doc.outcomes.map((o) => ({ ...o, awards: [...o.awards].sort((a, b) => a.claimId.localeCompare(b.claimId)) })),
    notes: doc.notes
      .map((n) => ({ ...n, createdAt: iso(n.createdAt) }))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)),
  });
}

type Plan = {
  report: ImportReport;
  write: CaseDocument[];
  newTags: Backup['tags'];
  newSnapshots: Backup['snapshots'];
  newSources: Backup['sources'];
  newParties: Backup['parties'];
  /** Shared rows updated cases stop naming and nothing else uses: they go, as in an editor's save. */
  unused: SharedRecords;
  newHistory: Backup['history'];
  /** History rows of the file at exactly the version being imported: folded into the IMPORT row. */
  folded: Map<string, Backup['history'][number]>;
  /** Cases that already have a history row at the version being imported. */
  versionRecorded: Set<string>;
  users: Map<string, string>;
  keepAuthors: boolean;
};


/**
 * Who signs the file's notes: a note the database holds in the same case with the same text keeps
 * its author there; any other is the importer's, so a file cannot sign a note in another account's
 * name (nor in a past version: a snapshot's notes are signed as the case's are). Done before the
 * comparison with the database, so a second import of the file finds it unchanged.
 */
async function signNotes(db: Client, backup: Backup, { actorId, keepAuthors }: Attribution): Promise<Backup> {
  if (keepAuthors) return backup;
  const importer = actorId ? ((await db.user.findUnique({ where: { id: actorId }, select: { email: true } }))?.email ?? null) : null;
  const held = new Map<string, { caseId: string; body: string; author: string | null }>();
  for (const ids of chunks(backup.cases.flatMap((doc) => doc.notes.map((n) => n.id)))) {
    const rows = await db.note.findMany({ where: { id: { in: ids } }, select: { id: true, caseId: true, body: true, author: { select: { email: true } } } });
    for (const row of rows) held.set(row.id, { caseId: row.caseId, body: row.body, author: row.author?.email ?? null });
  }
  const sign = (doc: CaseDocument) => ({
    ...doc,
    notes: doc.notes.map((note) => {
      const stored = held.get(note.id);
      return { ...note, author: stored && stored.caseId === doc.id && stored.body === note.body ? stored.author : importer };
    }),
  });
  const cases = backup.cases.map(sign);
  for (const doc of cases) for (const note of doc.notes) held.set(note.id, { caseId: doc.id, body: note.body, author: note.author });
  return { ...backup, cases, history: backup.history.map((row) => ({ ...row, snapshot: row.snapshot && sign(row.snapshot) })) };
}

type Attribution = Pick<ImportCollectionOptions, 'actorId' | 'keepAuthors'>;

async function plan(db: Client, file: Backup, report: ImportReport, attribution: Attribution): Promise<Plan> {
  const problems = report.problems;
  const backup = await signNotes(db, file, attribution);
  const fileCaseIds = backup.cases.map((c) => c.id);
  const stored = new Map<string, { version: number; title: string }>();
  for (const ids of chunks(fileCaseIds)) {
    for (const row of await db.case.findMany({ where: { id: { in: ids } }, select: { id: true, version: true, title: true } })) stored.set(row.id, row);
  }

  const write: CaseDocument[] = [];
  for (const doc of backup.cases) {
    const existing = stored.get(doc.id);
    const line: ImportCaseLine = { id: doc.id, title: doc.title, fileVersion: doc.version, databaseVersion: existing?.version ?? null };
    if (!existing) {
      report.cases.created.push(line);
      write.push(doc);
    } else if (doc.version > existing.version) {
      report.cases.updated.push(line);
      write.push(doc);
    } else if (doc.version < existing.version) {
      report.cases.conflicts.push({ ...line, reason: `The database has version ${existing.version}, newer than the file's ${doc.version}.` });
    } else {
      const current = await readCaseDocument(db, doc.id);
      if (current && comparable(current) === comparable(doc)) report.cases.unchanged.push(line);
      else report.cases.conflicts.push({ ...line, reason: `Both are version ${doc.version} but their contents differ.` });
    }
  }

  // Related cases must exist in the file or in the database.
  const inFile = new Set(fileCaseIds);
  const missingTargets = [...new Set(backup.cases.flatMap((d) => d.relatedCases.map((r) => r.caseId)).filter((id) => !inFile.has(id)))];
  const presentTargets = new Set<string>();
  for (const ids of chunks(missingTargets)) {
    for (const row of await db.case.findMany({ where: { id: { in: ids } }, select: { id: true } })) presentTargets.add(row.id);
  }
  backup.cases.forEach((doc, c) =>
    doc.relatedCases.forEach((r, j) => {
      if (!inFile.has(r.caseId) && !presentTargets.has(r.caseId) && problems.length < PROBLEMS_SHOWN) {
        problems.push({ path: ['cases', c, 'relatedCases', j, 'caseId'], message: 'Related to a case that is neither in this file nor in the database.' });
      }
    }),
  );

  // An id inside a case being written must not belong to another case in the database.
  const owner = new Map<string, { caseId: string; path: (string | number)[] }>();
  backup.cases.forEach((doc, c) => {
    if (!write.includes(doc)) return;
    for (const fact of factIds(doc)) owner.set(fact.id, { caseId: doc.id, path: ['cases', c, ...fact.path] });
  });
  const ids = [...owner.keys()];
  for (const part of chunks(ids)) {
    const found = await db.$queryRaw<{ id: string; caseId: string }[]>(caseOfRowsSql(part));
    for (const row of found) {
      const mine = owner.get(row.id)!;
      if (row.caseId !== mine.caseId && problems.length < PROBLEMS_SHOWN) {
        problems.push({ path: mine.path, message: `The id ${row.id} already belongs to another case in the database (${row.caseId}).` });
      }
    }
  }

  // Shared rows only the top-level lists carry (a source or party no case cites any more, an unused tag).
  const newTags: Backup['tags'] = [];
  const knownTags = new Set<string>();
  for (const part of chunks(backup.tags)) {
    const rows = await db.tag.findMany({ where: { OR: [{ id: { in: part.map((t) => t.id) } }, { name: { in: part.map((t) => t.name) } }] }, select: { id: true, name: true } });
    for (const row of rows) knownTags.add(row.id).add(`name:${row.name}`);
  }
  for (const tag of backup.tags) if (!knownTags.has(tag.id) && !knownTags.has(`name:${tag.name}`)) newTags.push(tag);

  const missing = async <T extends { id: string }>(rows: T[], find: (ids: string[]) => Promise<{ id: string }[]>) => {
    const present = new Set<string>();
    for (const part of chunks(rows)) for (const row of await find(part.map((r) => r.id))) present.add(row.id);
    return rows.filter((r) => !present.has(r.id));
  };
  const presentSnapshots = new Set<string>();
  for (const part of chunks(backup.snapshots.map((n) => n.sha256))) {
    for (const row of await db.sourceSnapshot.findMany({ where: { sha256: { in: part } }, select: { sha256: true } })) presentSnapshots.add(row.sha256);
  }
  const newSnapshots = backup.snapshots.filter((n) => !presentSnapshots.has(n.sha256));
  const writtenSources = new Set(write.flatMap((d) => d.sources.map((s) => s.id)));
  const writtenParties = new Set(write.flatMap((d) => d.parties.map((p) => p.id)));
  const newSources = (await missing(backup.sources, (ids) => db.source.findMany({ where: { id: { in: ids } }, select: { id: true } }))).filter(
    (s) => !writtenSources.has(s.id),
  );
  const newParties = (await missing(backup.parties, (ids) => db.party.findMany({ where: { id: { in: ids } }, select: { id: true } }))).filter(
    (p) => !writtenParties.has(p.id),
  );

  const unused = await unusedAfterUpdates(db, backup, report.cases.updated.map((line) => line.id));

  // History: rows already here (same id, or same case and version) are left alone.
  const writing = new Map(write.map((d) => [d.id, d.version]));
  const folded = new Map<string, Backup['history'][number]>();
  const newHistory: Backup['history'] = [];
  const presentIds = new Set<string>();
  const presentVersions = new Set<string>();
  for (const part of chunks(backup.history)) {
    const rows = await db.caseChange.findMany({
      where: { OR: [{ id: { in: part.map((h) => h.id) } }, { caseId: { in: [...new Set(part.map((h) => h.caseId))] } }] },
      select: { id: true, caseId: true, version: true },
    });
    for (const row of rows) {
      presentIds.add(row.id);
      presentVersions.add(`${row.caseId} ${row.version}`);
    }
  }
  for (const row of backup.history) {
    if (presentIds.has(row.id) || presentVersions.has(`${row.caseId} ${row.version}`)) report.history.alreadyPresent++;
    else if (writing.get(row.caseId) === row.version) folded.set(row.caseId, row);
    else newHistory.push(row);
  }
  report.history.created = newHistory.length;
  const versionRecorded = new Set<string>();
  for (const part of chunks(write)) {
    const rows = await db.caseChange.findMany({
      where: { OR: part.map((d) => ({ caseId: d.id, version: d.version })) },
      select: { caseId: true },
    });
    for (const row of rows) versionRecorded.add(row.caseId);
  }

  const emails = new Set<string>();
  for (const doc of write) for (const note of doc.notes) if (note.author) emails.add(note.author);
  if (attribution.keepAuthors) for (const row of [...newHistory, ...newSnapshots.map((n) => ({ user: n.createdBy }))]) if (row.user) emails.add(row.user);
  const users = new Map<string, string>();
  for (const part of chunks([...emails])) {
    for (const u of await db.user.findMany({ where: { email: { in: part } }, select: { id: true, email: true } })) users.set(u.email, u.id);
  }
  report.unknownUsers = [...emails].filter((e) => !users.has(e)).sort();

  report.tags.created = newTags.length;
  report.sources.created = newSources.length;
  report.snapshots = { created: newSnapshots.length, alreadyPresent: backup.snapshots.length - newSnapshots.length };
  report.parties.created = newParties.length;
  report.sources.deleted = unused.sourceIds.length;
  report.parties.deleted = unused.partyIds.length;
  return { report, write, newTags, newSnapshots, newSources, newParties, unused, newHistory, folded, versionRecorded, users, keepAuthors: !!attribution.keepAuthors };
}

/**
 * The parties and sources the updated cases name in the database now but the file names nowhere,
 * and that no other case names: after the import nothing uses them.
 */
async function unusedAfterUpdates(db: Client, backup: Backup, updatedIds: string[]): Promise<SharedRecords> {
  const inFile = new Set([...backup.parties.map((p) => p.id), ...backup.sources.map((s) => s.id)]);
  for (const doc of backup.cases) for (const row of [...doc.parties, ...doc.sources]) inFile.add(row.id);
  const updated = new Set(updatedIds);
  const partyIds = new Set<string>();
  const sourceIds = new Set<string>();
  for (const ids of chunks(updatedIds)) {
    for (const row of await db.caseParty.findMany({ where: { caseId: { in: ids } }, select: { partyId: true } })) if (!inFile.has(row.partyId)) partyIds.add(row.partyId);
    for (const row of await db.caseSource.findMany({ where: { caseId: { in: ids } }, select: { sourceId: true } })) if (!inFile.has(row.sourceId)) sourceIds.add(row.sourceId);
  }
  // Every case in the file names only rows in the file after the import: only cases outside it keep these.
  const usedElsewhere = new Set<string>();
  for (const ids of chunks([...partyIds])) {
    for (const row of await db.caseParty.findMany({ where: { partyId: { in: ids } }, select: { partyId: true, caseId: true } })) if (!updated.has(row.caseId)) usedElsewhere.add(row.partyId);
  }
  for (const ids of chunks([...sourceIds])) {
    for (const row of await db.caseSource.findMany({ where: { sourceId: { in: ids } }, select: { sourceId: true, caseId: true } })) if (!updated.has(row.caseId)) usedElsewhere.add(row.sourceId);
  }
  return { partyIds: [...partyIds].filter((id) => !usedElsewhere.has(id)), sourceIds: [...sourceIds].filter((id) => !usedElsewhere.has(id)) };
}

function sourceColumns(s: Backup['sources'][number]) {
  const published = s.published ? parsePartialDate(s.published) : null;
  return {
    id: s.id,
    title: s.title,
    publisher: s.publisher,
    author: s.author,
    url: s.url,
    publishedOn: published?.ok ? published.on : null,
    publishedPrecision: published?.ok ? published.precision : null,
    publishedQualifier: s.publishedQualifier,
    language: s.language,
    languageNote: s.languageNote,
    snapshotSha256: s.snapshotSha256,
  };
}

/** Writes the plan; returns the refreshes owed to other cases naming what it renamed (see finishRefresh). */
async function apply(tx: Tx, p: Plan, actorId: string | null, onProgress?: ImportCollectionOptions['onProgress']): Promise<PendingRefresh[]> {
  if (p.newTags.length) await tx.tag.createMany({ data: p.newTags });
  // The file's entries are the importer's unless its users are trusted: a file names anyone.
  const userId = (email: string | null) => (!p.keepAuthors ? actorId : email ? (p.users.get(email) ?? null) : null);
  // One at a time: a snapshot may be megabytes long.
  for (const n of p.newSnapshots) {
    await tx.sourceSnapshot.create({
      data: { sha256: n.sha256, text: n.textParts.join(''), contentType: n.contentType, fileName: n.fileName, byteLength: n.byteLength, createdAt: new Date(n.createdAt), createdById: userId(n.createdBy) },
    });
  }
  for (const part of chunks(p.newSources)) await tx.source.createMany({ data: part.map(sourceColumns) });
  for (const part of chunks(p.newParties)) await tx.party.createMany({ data: part });

  // Cases first without their relations, so a relation may point at a case later in the file.
  // New cases are inserted outright: nothing of theirs to clear (12 statements a case fewer).
  // The import itself is each case's entry, attributed to whoever ran it. The file's own entry for
  // this version (if it carries history) keeps its id and field changes; its action becomes IMPORT.
  const created = new Set(p.report.cases.created.map((line) => line.id));
  const written = p.write.map((doc) => doc.id);
  const pending: PendingRefresh[] = [];
  for (const [i, document] of p.write.entries()) {
    const original = p.folded.get(document.id);
    const history = p.versionRecorded.has(document.id) ? false : { id: original?.id, changes: (original?.changes ?? []) as FieldChange[] };
    const committed = await commitCaseVersion(tx, { document, action: 'IMPORT', actorId, before: null, isNew: created.has(document.id), history, withoutRelations: true, written });
    if (committed.pending) pending.push(committed.pending);
    onProgress?.(i + 1, p.write.length);
  }
  await deleteUnusedPartiesAndSources(tx, p.unused);
  const relations = p.write.flatMap((doc) => doc.relatedCases.map((r) => ({ fromCaseId: doc.id, toCaseId: r.caseId, kind: r.kind, note: r.note })));
  for (const part of chunks(relations)) await tx.caseRelation.createMany({ data: part });

  for (const part of chunks(p.newHistory)) {
    await tx.caseChange.createMany({
      data: part.map((h) => ({
        id: h.id,
        caseId: h.caseId,
        version: h.version,
        action: h.action,
        userId: userId(h.user),
        at: new Date(h.at),
        changes: h.changes as Prisma.InputJsonValue,
        snapshot: (h.snapshot ?? undefined) as Prisma.InputJsonValue | undefined,
      })),
    });
  }
  return pending;
}

/**
 * Checks `input` (the file's bytes or text) and, unless `dryRun`, imports it in one transaction.
 * Never throws for a bad file: the report says what is wrong, with paths into the file.
 */
export async function importCollection(prisma: Db, input: string | Uint8Array, options: ImportCollectionOptions): Promise<ImportReport> {
  const report = emptyReport(options.dryRun);
  const parsed = parseBackup(input);
  if (!parsed.ok) {
    report.problems = parsed.problems;
    return report;
  }
  const backup = parsed.backup;

  if (options.dryRun) {
    await plan(prisma, backup, report, options);
    report.status = report.problems.length || report.cases.conflicts.length ? 'refused' : 'ready';
    return report;
  }

  // Planned again inside the transaction, so what is written matches what was checked.
  const timeout = options.transactionTimeoutMs ?? 30 * 60_000;
  const { report: result, pending } = await prisma.$transaction(
    async (tx) => {
      const p = await plan(tx, backup, emptyReport(false), options);
      if (p.report.problems.length || p.report.cases.conflicts.length) return { report: p.report, pending: [] };
      const pending = await apply(tx, p, options.actorId, options.onProgress);
      p.report.status = 'imported';
      return { report: p.report, pending };
    },
    { timeout, maxWait: 60_000 },
  );
  for (const refresh of pending) await finishRefresh(prisma, refresh);
  return result;
}

/** The report as lines of text, for the command line. */
export function formatImportReport(report: ImportReport): string {
  const lines: string[] = [];
  if (report.problems.length) {
    lines.push(`Refused: the file has problems (the first ${report.problems.length} shown). Nothing was written.`);
    for (const p of report.problems) lines.push(`  ${formatPath(p.path)}: ${p.message}`);
    return lines.join('\n');
  }
  const { created, updated, unchanged, conflicts } = report.cases;
  const head =
    report.status === 'imported'
      ? 'Imported.'
      : report.status === 'ready'
        ? 'Dry run: nothing was written. Importing this file would do the following.'
        : conflicts.length
          ? 'Refused: some cases conflict with the database. Nothing was written.'
          : 'Refused.';
  lines.push(head);
  lines.push(`cases: ${created.length} created, ${updated.length} updated, ${unchanged.length} unchanged, ${conflicts.length} in conflict`);
  for (const c of created) lines.push(`  + ${c.title} (${c.id}) version ${c.fileVersion}`);
  for (const c of updated) lines.push(`  ~ ${c.title} (${c.id}) version ${c.databaseVersion} → ${c.fileVersion}`);
  for (const c of conflicts) lines.push(`  ! ${c.title} (${c.id}): ${c.reason}`);
  lines.push(`tags: ${report.tags.created} created; sources: ${report.sources.created} created; parties: ${report.parties.created} created (besides those inside cases)`);
  if (report.sources.deleted + report.parties.deleted > 0) {
    lines.push(`sources: ${report.sources.deleted} deleted; parties: ${report.parties.deleted} deleted (no case names them any more and the file does not list them)`);
  }
  lines.push(`source texts: ${report.snapshots.created} created, ${report.snapshots.alreadyPresent} already present`);
  lines.push(`history: ${report.history.created} entries created, ${report.history.alreadyPresent} already present`);
  if (report.unknownUsers.length) lines.push(`no account for ${report.unknownUsers.join(', ')}: their notes and history entries are kept unattributed`);
  return lines.join('\n');
}

/**
 * The case of every row with one of these ids, whatever the table: one query (a UNION over the
 * tables whose rows live inside a case, reaching the case through their parent where they have no
 * caseId), so a backup cannot slip in an id another case's row holds.
 */
function caseOfRowsSql(ids: string[]): Prisma.Sql {
  const any = Prisma.sql`ANY (${ids}::uuid[])`;
  return Prisma.sql`
    SELECT id::text, "caseId"::text AS "caseId" FROM "Proceeding" WHERE id = ${any}
    UNION ALL SELECT id::text, "caseId"::text FROM "CaseParty" WHERE id = ${any}
    UNION ALL SELECT id::text, "caseId"::text FROM "Covenant" WHERE id = ${any}
    UNION ALL SELECT id::text, "caseId"::text FROM "Claim" WHERE id = ${any}
    UNION ALL SELECT id::text, "caseId"::text FROM "Evidence" WHERE id = ${any}
    UNION ALL SELECT id::text, "caseId"::text FROM "TimelineEvent" WHERE id = ${any}
    UNION ALL SELECT id::text, "caseId"::text FROM "Outcome" WHERE id = ${any}
    UNION ALL SELECT id::text, "caseId"::text FROM "Note" WHERE id = ${any}
    UNION ALL SELECT id::text, "caseId"::text FROM "Citation" WHERE id = ${any}
    UNION ALL SELECT t.id::text, c."caseId"::text FROM "CovenantTerm" t JOIN "Covenant" c ON c.id = t."covenantId" WHERE t.id = ${any}
    UNION ALL SELECT t.id::text, c."caseId"::text FROM "ConsiderationItem" t JOIN "Covenant" c ON c.id = t."covenantId" WHERE t.id = ${any}
    UNION ALL SELECT a.id::text, p."caseId"::text FROM "Adjudicator" a JOIN "Proceeding" p ON p.id = a."proceedingId" WHERE a.id = ${any}
    UNION ALL SELECT r.id::text, p."caseId"::text FROM "ProceedingParty" r JOIN "Proceeding" p ON p.id = r."proceedingId" WHERE r.id = ${any}
    UNION ALL SELECT k.id::text, p."caseId"::text FROM "Counsel" k JOIN "ProceedingParty" r ON r.id = k."proceedingPartyId" JOIN "Proceeding" p ON p.id = r."proceedingId" WHERE k.id = ${any}
    UNION ALL SELECT a.id::text, e."caseId"::text FROM "EvidenceAmount" a JOIN "Evidence" e ON e.id = a."evidenceId" WHERE a.id = ${any}
    UNION ALL SELECT a.id::text, o."caseId"::text FROM "OutcomeAward" a JOIN "Outcome" o ON o.id = a."outcomeId" WHERE a.id = ${any}
    UNION ALL SELECT t.id::text, o."caseId"::text FROM "OutcomeTerm" t JOIN "Outcome" o ON o.id = t."outcomeId" WHERE t.id = ${any}`;
}
