// Saved searches: a /cases view kept by name, private to its owner, with the count of matching
// cases saved since the owner last opened it.
import 'server-only';
import { z } from 'zod';
import type { Client, Db } from '../../db/client';
import { AppError } from '../../errors';
import { parseCaseQuery } from '../../validations/case-query';
import { countMatchesSavedSince } from '../cases/find-cases';

export const SAVED_SEARCHES_PER_USER = 100;
/** "New since you last looked" is counted up to this, then shown as "1000+". */
export const NEW_MATCHES_CAP = 1000;

export type SavedSearchSummary = { id: string; name: string; query: string; lastViewedAt: Date; createdAt: Date; newMatches: number };

const duplicateName = (name: string) => new AppError('CONFLICT', `You already have a saved search named “${name}”.`, { name: [`You already have a saved search named “${name}”: choose another name.`] });

/** Saves a view under a name (query: canonical, from savedSearchQuerySchema). Nothing counts as new yet. */
export async function saveSearch(db: Db, userId: string, { name, query }: { name: string; query: string }) {
  return db.$transaction(async (tx) => {
    const count = await tx.savedSearch.count({ where: { userId } });
    if (count >= SAVED_SEARCHES_PER_USER) throw new AppError('CONFLICT', `You have ${SAVED_SEARCHES_PER_USER} saved searches, the most one account keeps: delete one first.`);
    if (await tx.savedSearch.findUnique({ where: { userId_name: { userId, name } }, select: { id: true } })) throw duplicateName(name);
    return tx.savedSearch.create({ data: { userId, name, query }, select: { id: true, name: true, query: true } });
  });
}

const isUuid = (id: string) => z.uuid().safeParse(id).success;

async function ownSearch(db: Client, userId: string, id: string) {
  const search = isUuid(id) && await db.savedSearch.findFirst({ where: { id, userId }, select: { id: true, name: true, query: true, lastViewedAt: true } });
  if (!search) throw new AppError('NOT_FOUND', 'That saved search does not exist (it may have been deleted).');
  return search;
}

export async function renameSavedSearch(db: Db, userId: string, id: string, name: string) {
  await ownSearch(db, userId, id);
  if (await db.savedSearch.findFirst({ where: { userId, name, NOT: { id } }, select: { id: true } })) throw duplicateName(name);
  await db.savedSearch.update({ where: { id }, data: { name } });
}

export async function deleteSavedSearch(db: Db, userId: string, id: string) {
  await ownSearch(db, userId, id);
  await db.savedSearch.delete({ where: { id } });
}

/**
 * Opening a saved search: what it shows from now on is no longer new. Returns it with the count of
 * matches that were new until now.
 */
export async function openSavedSearch(db: Db, userId: string, id: string, readDb: Db = db) {
  const search = await ownSearch(db, userId, id);
  const newMatches = await countMatchesSavedSince({ query: savedQuery(search.query), since: search.lastViewedAt, cap: NEW_MATCHES_CAP, db: readDb });
  await db.savedSearch.update({ where: { id }, data: { lastViewedAt: new Date() } });
  return { name: search.name, query: search.query, lastViewedAt: search.lastViewedAt, newMatches };
}

/** A saved search of `userId`, for its feed. */
export const readSavedSearch = ownSearch;

/** The account's saved searches by name, each with its count of new matches. */
export async function listSavedSearches(db: Db, userId: string, readDb: Db = db): Promise<SavedSearchSummary[]> {
  const searches = await db.savedSearch.findMany({ where: { userId }, orderBy: { name: 'asc' }, select: { id: true, name: true, query: true, lastViewedAt: true, createdAt: true } });
  return Promise.all(
    searches.map(async (search) => ({
      ...search,
      newMatches: await countMatchesSavedSince({ query: savedQuery(search.query), since: search.lastViewedAt, cap: NEW_MATCHES_CAP, db: readDb }),
    })),
  );
}

/** A stored query string as the list reads it (a parameter no longer valid is dropped, as on /cases). */
export const savedQuery = (query: string) => parseCaseQuery(new URLSearchParams(query)).query;
