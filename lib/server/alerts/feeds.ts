// The two feeds an account has: one per saved search, and one of its watched cases.
import 'server-only';
import type { Db } from '../../db/client';
import { findLatestMatches } from '../cases/find-cases';
import { FEED_ENTRIES, savedSearchAtom, watchedCasesAtom } from './atom';
import { readSavedSearch, savedQuery } from './saved-searches';
import { findWatchedChanges } from './watches';

type FeedAddress = { baseUrl: string; selfUrl: string };

export async function savedSearchFeed(db: Db, userId: string, searchId: string, address: FeedAddress): Promise<string> {
  const search = await readSavedSearch(db, userId, searchId);
  const matches = await findLatestMatches({ query: savedQuery(search.query), limit: FEED_ENTRIES, db });
  const extra = new Map(
    (await db.case.findMany({ where: { id: { in: matches.map((m) => m.id) } }, select: { id: true, version: true, summary: true } })).map((c) => [c.id, c]),
  );
  const cases = matches.flatMap((m) => {
    const found = extra.get(m.id);
    return found ? [{ ...m, version: found.version, summary: found.summary }] : []; // deleted in between
  });
  return savedSearchAtom({ ...address, searchId, name: search.name, listUrl: `${address.baseUrl}/cases?${search.query}`, cases, updatedWhenEmpty: search.lastViewedAt });
}

export async function watchedCasesFeed(db: Db, userId: string, address: FeedAddress): Promise<string> {
  const changes = await findWatchedChanges(db, userId, { limit: FEED_ENTRIES });
  return watchedCasesAtom({ ...address, changes, updatedWhenEmpty: new Date(0) });
}

export const ATOM_HEADERS = { 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': 'private, no-cache' };
