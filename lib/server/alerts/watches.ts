// "Watch this case": the version each watcher last saw, so later versions show as changes, in
// the app, in the watched-cases feed and in the digest.
import 'server-only';
import type { Client, Db } from '../../db/client';
import { AppError } from '../../errors';
import type { ChangeAction } from '../../generated/prisma/enums';
import { fieldChangesSchema } from '../../history/describe-changes';

export const WATCHES_PER_USER = 500;

export async function watchCase(db: Db, userId: string, caseId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const found = await tx.case.findUnique({ where: { id: caseId }, select: { version: true } });
    if (!found) throw new AppError('NOT_FOUND', 'That case does not exist (it may have been deleted).');
    if ((await tx.caseWatch.count({ where: { userId } })) >= WATCHES_PER_USER) {
      throw new AppError('CONFLICT', `You watch ${WATCHES_PER_USER} cases, the most one account keeps: stop watching one first.`);
    }
    await tx.caseWatch.upsert({ where: { userId_caseId: { userId, caseId } }, create: { userId, caseId, lastSeenVersion: found.version }, update: {} });
  });
}

/** Whether there was a watch to end. */
export async function unwatchCase(db: Db, userId: string, caseId: string): Promise<boolean> {
  return (await db.caseWatch.deleteMany({ where: { userId, caseId } })).count > 0;
}

/** The case page, opened by a watcher: every version up to `version` is seen. Returns whether the user watches it. */
export async function markCaseSeen(db: Client, userId: string, caseId: string, version: number): Promise<boolean> {
  const watch = await db.caseWatch.findUnique({ where: { userId_caseId: { userId, caseId } }, select: { lastSeenVersion: true } });
  if (!watch) return false;
  if (watch.lastSeenVersion < version) await db.caseWatch.updateMany({ where: { userId, caseId, lastSeenVersion: { lt: version } }, data: { lastSeenVersion: version } });
  return true;
}

export type WatchedCase = { caseId: string; title: string; version: number; lastSeenVersion: number; archived: boolean };

/** The cases the account watches: changed ones first, then by title. */
export async function listWatchedCases(db: Client, userId: string): Promise<WatchedCase[]> {
  const rows = await db.caseWatch.findMany({
    where: { userId },
    select: { caseId: true, lastSeenVersion: true, case: { select: { title: true, version: true, archivedAt: true } } },
  });
  return rows
    .map((r) => ({ caseId: r.caseId, title: r.case.title, version: r.case.version, lastSeenVersion: r.lastSeenVersion, archived: r.case.archivedAt !== null }))
    .sort((a, b) => Number(b.version > b.lastSeenVersion) - Number(a.version > a.lastSeenVersion) || a.title.localeCompare(b.title));
}

export type WatchedChange = { caseId: string; title: string; version: number; action: ChangeAction; at: Date; by: string | null; changes: string[] };

/** The latest history entries of the watched cases, newest first (the watched-cases feed, the digest). */
export async function findWatchedChanges(db: Client, userId: string, { since, limit }: { since?: Date; limit: number }): Promise<WatchedChange[]> {
  const rows = await db.caseChange.findMany({
    where: { case: { watchers: { some: { userId } } }, ...(since && { at: { gt: since } }) },
    orderBy: [{ at: 'desc' }, { version: 'desc' }],
    take: limit,
    select: { caseId: true, version: true, action: true, at: true, changes: true, user: { select: { email: true } }, case: { select: { title: true } } },
  });
  return rows.map((r) => {
    const changes = fieldChangesSchema.safeParse(r.changes);
    return {
      caseId: r.caseId,
      title: r.case.title,
      version: r.version,
      action: r.action,
      at: r.at,
      by: r.user?.email ?? null,
      changes: changes.success ? changes.data.map((c) => c.text) : ['(this entry’s changes cannot be read)'],
    };
  });
}
