// The derived list and export rows (refresh_case_summaries) of cases a save did not write but
// changed: those naming a party or source it renamed, and every case on `npm run db:refresh`.
import 'server-only';
import type { Prisma } from '../../generated/prisma/client';
import type { Db, Tx } from '../../db/client';
import type { CaseDocument } from '../../case-document/schema';
import { describeChanges } from '../../history/describe-changes';
import { readCaseDocument } from './read-case-document';
import type { SharedRecords } from './shared-records';

const REFRESH_BATCH = 500;

/** A refresh owed to the cases naming what a save renamed (a PendingRenameRefresh row). */
export type PendingRefresh = { id: string; partyIds: string[]; sourceIds: string[]; exceptIds: string[]; actorId: string | null };

/**
 * In the save's transaction: records that the other cases naming what it renamed (`renamed`) need
 * fresh list and export rows once it commits. Those are refreshed after the commit, so a party
 * named by thousands of cases does not hold the save open; the record makes the refresh survive a
 * process that stops in between (finishPendingRefreshes, at server start). `written`: the cases
 * the save wrote, fresh already.
 */
export async function recordRenames(tx: Tx, renamed: SharedRecords, written: string[], actorId: string | null): Promise<PendingRefresh | null> {
  if (renamed.partyIds.length + renamed.sourceIds.length === 0) return null;
  return tx.pendingRenameRefresh.create({
    data: { partyIds: renamed.partyIds, sourceIds: renamed.sourceIds, exceptIds: written, actorId },
    select: PENDING_COLUMNS,
  });
}

const PENDING_COLUMNS = { id: true, partyIds: true, sourceIds: true, exceptIds: true, actorId: true } as const;

/** After the commit: the refresh recordRenames recorded, then its record goes. */
export async function finishRefresh(db: Db, pending: PendingRefresh | null): Promise<void> {
  if (!pending) return;
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT "caseId"::text AS id FROM "CaseParty" WHERE "partyId" = ANY (${pending.partyIds}::uuid[])
    UNION SELECT "caseId"::text FROM "CaseSource" WHERE "sourceId" = ANY (${pending.sourceIds}::uuid[])
    ORDER BY id`;
  const fresh = new Set(pending.exceptIds);
  await refreshCaseRows(db, rows.map((r) => r.id).filter((id) => !fresh.has(id)), undefined, { actorId: pending.actorId });
  // deleteMany: another process finishing the same record at start may have removed it already.
  await db.pendingRenameRefresh.deleteMany({ where: { id: pending.id } });
}

/** The refreshes a process that stopped after a save's commit left undone, oldest first; how many. */
export async function finishPendingRefreshes(db: Db): Promise<number> {
  const pending = await db.pendingRenameRefresh.findMany({ orderBy: { createdAt: 'asc' }, select: PENDING_COLUMNS });
  for (const p of pending) await finishRefresh(db, p);
  return pending.length;
}

/**
 * Fresh list and export rows for these cases, in batches of 500, each its own transaction that
 * first locks the cases' rows in id order: it waits for any save of them in progress and
 * recomputes from what that save committed (two refreshes lock in the same order, so they cannot
 * deadlock).
 */
export async function refreshCaseRows(
  db: Db,
  ids: string[],
  onBatch?: (done: number, total: number) => void,
  rename?: { actorId: string | null },
): Promise<void> {
  for (let i = 0; i < ids.length; i += REFRESH_BATCH) {
    const batch = ids.slice(i, i + REFRESH_BATCH);
    await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Case" WHERE id = ANY (${batch}::uuid[]) ORDER BY id FOR NO KEY UPDATE`;
      if (rename) for (const id of batch) await recordRenameInHistory(tx, id, rename.actorId);
      await tx.$executeRaw`SELECT refresh_case_summaries(${batch}::uuid[])`;
    });
    onBatch?.(i + batch.length, ids.length);
  }
}

/**
 * A case naming a party or source another case's save renamed has changed with it: a version of
 * its own, described against its last snapshot (the names before the rename), by the same actor.
 */
async function recordRenameInHistory(tx: Tx, caseId: string, actorId: string | null): Promise<void> {
  const last = await tx.caseChange.findFirst({ where: { caseId }, orderBy: { version: 'desc' }, select: { snapshot: true } });
  const { version } = await tx.case.update({ where: { id: caseId }, data: { version: { increment: 1 }, updatedById: actorId }, select: { version: true } });
  const after = (await readCaseDocument(tx, caseId))!;
  const changes = last?.snapshot ? describeChanges(last.snapshot as CaseDocument, after) : [];
  await tx.caseChange.create({ data: { caseId, version, action: 'UPDATE', userId: actorId, changes, snapshot: after as unknown as Prisma.InputJsonValue } });
}

/** Every case's list and export rows computed again (`npm run db:refresh`): the repair for any doubt. */
export async function refreshAllCases(db: Db, onBatch?: (done: number, total: number) => void): Promise<number> {
  // Renames a stopped process left owed are finished first: that records the renamed cases'
  // history entries, which a plain refresh of every row would not.
  await finishPendingRefreshes(db);
  const ids = (await db.case.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map((c) => c.id);
  await refreshCaseRows(db, ids, onBatch);
  return ids.length;
}
