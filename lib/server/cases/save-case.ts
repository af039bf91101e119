// Creating and changing a case: one transaction, a version check against lost updates, and a
// history entry with the field-level changes and the case as it now is.
import 'server-only';
import { findCaseRecord, readCaseDocument, toCaseDocument } from './read-case-document';
import type { CaseDocument } from '../../case-document/schema';
import { deleteUnusedPartiesAndSources } from './shared-records';
import { finishRefresh, type PendingRefresh } from './refresh-case-rows';
import { AppError } from '../../errors';
import type { Db, Tx } from '../../db/client';
import { describeChanges, type FieldChange } from '../../history/describe-changes';
import { commitCaseVersion, recordChange } from './commit-case-version';


export type SaveCaseOptions = {
  doc: CaseDocument;
  /** The version the editor started from; null creates a new case. */
  baseVersion: number | null;
  actorId: string;
  /** New notes are signed with it, and notes it rewrites (see signNotes). */
  actorEmail: string;
};

export type SaveCaseResult = { id: string; version: number; changes: FieldChange[] };

/** Refused because someone saved in between: carries both versions to merge with, and what changed between them. */
export class StaleVersionError extends AppError {
  readonly changesMeanwhile: FieldChange[];

  constructor(
    readonly currentVersion: number,
    /** The version the editor started from and the case as it now is (null: the start is not in the history). */
    readonly versions: { base: CaseDocument; current: CaseDocument } | null,
  ) {
    super('CONFLICT', `Someone else saved this case in the meantime (now version ${currentVersion}). Your changes are not saved yet; they are still in the form.`);
    this.changesMeanwhile = versions ? describeChanges(versions.base, versions.current) : [];
  }
}

async function lockVersion(tx: Tx, id: string): Promise<{ version: number; archivedAt: Date | null } | null> {
  const rows = await tx.$queryRaw<{ version: number; archivedAt: Date | null }[]>`
    SELECT "version", "archivedAt" FROM "Case" WHERE "id" = ${id}::uuid FOR UPDATE`;
  return rows[0] ?? null;
}

async function snapshotAt(tx: Tx, caseId: string, version: number): Promise<CaseDocument | null> {
  const change = await tx.caseChange.findUnique({ where: { caseId_version: { caseId, version } }, select: { snapshot: true } });
  return (change?.snapshot as CaseDocument | null) ?? null;
}

async function checkRelatedCases(tx: Tx, doc: CaseDocument) {
  const ids = doc.relatedCases.map((r) => r.caseId);
  if (ids.includes(doc.id)) throw new AppError('INVALID_REQUEST', 'A case cannot be related to itself.');
  const found = await tx.case.count({ where: { id: { in: ids } } });
  if (found !== new Set(ids).size) throw new AppError('INVALID_REQUEST', 'A related case does not exist (check the links under "Related cases").');
}

/**
 * Notes are signed: a note added in this save is the saver's, and a note keeps its author, since a
 * researcher's note says what they think. So only its author changes its text (anyone may remove
 * it; the history keeps it); an unattributed note (seeded, imported, its account deleted) becomes
 * the saver's when they rewrite it, and the history says so. Whatever the client sends.
 */
function signNotes(doc: CaseDocument, before: CaseDocument | null, email: string): CaseDocument {
  const known = new Map(before?.notes.map((n) => [n.id, n]) ?? []);
  const refused: Record<string, string[]> = {};
  const notes = doc.notes.map((n, i) => {
    const previous = known.get(n.id);
    if (!previous) return { ...n, author: email, createdAt: new Date().toISOString() };
    if (n.body === previous.body) return { ...n, author: previous.author, createdAt: previous.createdAt };
    if (previous.author !== null && previous.author !== email) {
      refused[`notes.${i}.body`] = [`Only ${previous.author} can change this note. Add a note of your own instead.`];
    }
    return { ...n, author: email, createdAt: previous.createdAt };
  });
  if (Object.keys(refused).length > 0) throw new AppError('FORBIDDEN', "Only a note's author can change its text; nothing was saved.", refused);
  return { ...doc, notes };
}

/**
 * A 400-row case takes a few hundred statements: on a busy server that is more than Prisma's
 * default 5 s, and a researcher's save must not fail for it.
 */
const SAVE_TRANSACTION = { timeout: 30_000, maxWait: 10_000 };

export async function saveCase(prisma: Db, options: SaveCaseOptions): Promise<SaveCaseResult> {
  const { result, pending } = await saveInTransaction(prisma, options);
  await finishRefresh(prisma, pending);
  return result;
}

async function saveInTransaction(
  prisma: Db,
  { doc, baseVersion, actorId, actorEmail }: SaveCaseOptions,
): Promise<{ result: SaveCaseResult; pending: PendingRefresh | null }> {
  return prisma.$transaction(async (tx) => {
    await checkRelatedCases(tx, doc);
    if (baseVersion === null) {
      if (await tx.case.findUnique({ where: { id: doc.id }, select: { id: true } })) {
        throw new AppError('CONFLICT', 'This case was saved already: open it from the list to edit it.');
      }
      const document = { ...signNotes(doc, null, actorEmail), version: 1, archivedAt: null };
      const { changes, pending } = await commitCaseVersion(tx, { document, action: 'CREATE', actorId, before: null });
      return { result: { id: doc.id, version: 1, changes }, pending };
    }

    const current = await lockVersion(tx, doc.id);
    if (!current) throw new AppError('NOT_FOUND', 'This case no longer exists (it may have been deleted).');
    if (current.version !== baseVersion) {
      const [base, now] = await Promise.all([snapshotAt(tx, doc.id, baseVersion), readCaseDocument(tx, doc.id)]);
      throw new StaleVersionError(current.version, base && now ? { base, current: now } : null);
    }
    const before = toCaseDocument((await findCaseRecord(tx, doc.id))!);
    const version = baseVersion + 1;
    // Editing never archives or restores: that has its own action.
    const document = { ...signNotes(doc, before, actorEmail), version, archivedAt: before.archivedAt };
    const { changes, pending } = await commitCaseVersion(tx, { document, action: 'UPDATE', actorId, before });
    return { result: { id: doc.id, version, changes }, pending };
  }, SAVE_TRANSACTION);
}

/** Archive (true) or restore (false); a new version like any other change. */
export async function setArchived(prisma: Db, { caseId, archived, actorId }: { caseId: string; archived: boolean; actorId: string }) {
  return prisma.$transaction(async (tx) => {
    const current = await lockVersion(tx, caseId);
    if (!current) throw new AppError('NOT_FOUND', 'This case no longer exists.');
    if ((current.archivedAt !== null) === archived) return { version: current.version };
    const version = current.version + 1;
    await tx.case.update({ where: { id: caseId }, data: { archivedAt: archived ? new Date() : null, version, updatedById: actorId } });
    const after = (await readCaseDocument(tx, caseId))!;
    await recordChange(tx, caseId, version, archived ? 'ARCHIVE' : 'RESTORE', actorId, [{ path: 'archivedAt', text: archived ? 'Case archived' : 'Case restored', before: null, after: null }], after);
    return { version };
  });
}

/**
 * Permanent delete (admins): the case goes with its history (the foreign key cascades), since
 * every past version holds the whole case. Archiving is the way to hide a case and keep it.
 */
export async function deleteCasePermanently(prisma: Db, { caseId, confirmTitle }: { caseId: string; confirmTitle: string }) {
  return prisma.$transaction(async (tx) => {
    const current = await lockVersion(tx, caseId);
    if (!current) throw new AppError('NOT_FOUND', 'This case no longer exists.');
    const before = (await readCaseDocument(tx, caseId))!;
    if (confirmTitle.trim() !== before.title) throw new AppError('INVALID_REQUEST', 'Type the case title exactly to confirm.');
    await tx.case.delete({ where: { id: caseId } });
    await deleteUnusedPartiesAndSources(tx, { partyIds: before.parties.map((p) => p.id), sourceIds: before.sources.map((s) => s.id) });
  });
}
