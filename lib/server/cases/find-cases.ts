import 'server-only';
// The case list: filters, full-text search, facet counts and keyset pages over "CaseSummary", the
// per-case rows PostgreSQL keeps current (migration 20261125020000_case_search). Every query is a
// tagged template or a Prisma.sql fragment: user input only ever travels as a bind parameter.
// The parts live in ./case-list: search terms, filters (plan), keyset pages, facet counts, snippets
// and misspelling suggestions; this module puts them together.
import { getReadPrisma } from '../../db/replicas';
import { AppError } from '../../errors';
import type { Db } from '../../db/client';
import type { Cursor, CursorValue } from '../../search/cursor';
import { parseSearchQuery } from '../../search/parse-query';
import type { CaseQuery } from '../../validations/case-query';
import { countFirstMatches, countSampledFacets, EXACT_COUNT_LIMIT, fromStoredCounts, roughly, SAMPLE_ROWS, toFacets } from './case-list/facets';
import { cursorFor, cursorOf, fetchPage, keySelect, sortKeys, type Row } from './case-list/keyset';
import { buildPlan, whereSql } from './case-list/plan';
import { prepareSearch, type PreparedSearch } from './case-list/search-terms';
import { buildSnippet, highlighter } from './case-list/snippets';
import { suggestWords, withSuggestions } from './case-list/suggestions';
import type { CaseFacets, CaseListItem, FindCasesOptions, FindCasesResult } from './case-list/types';

export * from './case-list/types';
export { EXACT_COUNT_LIMIT, roughly } from './case-list/facets';
export { containsPattern } from './case-list/search-terms';
export { buildSnippet } from './case-list/snippets';

// ---------------------------------------------------------------------------------------------

function toItem(row: Row, pattern: RegExp | null): CaseListItem {
  return {
    id: row.id,
    title: row.title,
    jurisdictionCountry: row.jurisdictionCountry,
    jurisdictionSubdivision: row.jurisdictionSubdivision,
    status: row.status,
    fictional: row.fictional,
    forumKinds: row.forumKinds,
    claimKinds: row.claimKinds,
    outcomeKinds: row.outcomeKinds,
    tags: row.tags,
    yearBegun: row.yearBegun,
    latestEventOn: row.latestEventOn,
    largestClaim:
      row.maxAmount !== null && row.maxAmountCurrency !== null && row.maxAmountQualifier !== null
        ? { qualifier: row.maxAmountQualifier, value: row.maxAmount, currency: row.maxAmountCurrency }
        : null,
    hasUncitedFacts: row.hasUncitedFacts,
    updatedAt: row.updatedAt,
    snippet: row.searchText ? buildSnippet(row.searchText, pattern) : null,
  };
}

/** PostgreSQL refusing a value (a hand-made cursor, say) is the request's fault, not a 500. */
function asRequestError(error: unknown): never {
  const code = (error as { meta?: { code?: string }; code?: string })?.meta?.code ?? '';
  if (/^22/.test(code) || /invalid input (value|syntax)|out of range/i.test(String((error as Error)?.message))) {
    throw new AppError('INVALID_REQUEST', 'The list parameters hold a value the database cannot read (a damaged page link?).');
  }
  throw error;
}

async function run(db: Db, query: CaseQuery, search: PreparedSearch | null, facets: boolean) {
  const plan = buildPlan(query, search);
  const pattern = search ? highlighter(search) : null;
  const unfiltered = plan.where.length === 1 && !plan.currency;
  const [rows, counted] = await Promise.all([
    fetchPage(db, plan, query.sort, query.cursor, query.limit, search ? 'listWithText' : 'list'),
    unfiltered ? null : countFirstMatches(db, plan, facets),
  ]);
  let page = rows;
  let cursor = query.cursor;
  // Back at the start while going backwards: show a full first page instead of a short one.
  if (cursor?.direction === 'before' && rows.length <= query.limit) {
    cursor = null;
    page = await fetchPage(db, plan, query.sort, null, query.limit, search ? 'listWithText' : 'list');
  }
  const more = page.length > query.limit;
  let items = page.slice(0, query.limit);
  let nextCursor: string | null;
  let prevCursor: string | null;
  if (cursor?.direction === 'before') {
    items = items.reverse();
    prevCursor = more && items.length ? cursorOf(items[0]!, query.sort, 'before') : null;
    nextCursor = items.length ? cursorOf(items.at(-1)!, query.sort, 'after') : null;
  } else {
    nextCursor = more ? cursorOf(items.at(-1)!, query.sort, 'after') : null;
    prevCursor = cursor && items.length ? cursorOf(items[0]!, query.sort, 'before') : null;
  }

  let total: number;
  let totalIsEstimate = false;
  let facetCounts: CaseFacets | null = null;
  if (!counted) {
    // The whole collection: counts kept by triggers (migration 20261125021000_case_facet_counts).
    const rows = await db.$queryRaw<{ facet: string; value: string; n: number }[]>`
      SELECT facet, value, count AS n FROM "CaseFacetCount" WHERE count > 0`;
    total = rows.filter((r) => r.facet === 'status').reduce((sum, r) => sum + r.n, 0);
    if (facets) facetCounts = fromStoredCounts(rows);
  } else if (counted.read <= EXACT_COUNT_LIMIT) {
    total = counted.read;
    if (facets) facetCounts = toFacets(counted.facets, 1, false);
  } else if (search) {
    // A search reads its matches through its index in table order, so the first matches are a
    // sample of the blocks up to the last one read; a block sample instead would have to read the
    // search text of every sampled case from TOAST.
    const estimate = (counted.read * Math.max(counted.tableBlocks, counted.lastBlock + 1)) / (counted.lastBlock + 1);
    total = Math.max(EXACT_COUNT_LIMIT + 1, roughly(estimate));
    totalIsEstimate = true;
    if (facets) facetCounts = toFacets(counted.facets, estimate / counted.read, true);
  } else {
    const percent = Math.min(100, Math.max(0.5, (100 * SAMPLE_ROWS) / Math.max(counted.tableRows, 1)));
    const sampled = await countSampledFacets(db, plan, percent);
    const sampledTotal = sampled.filter((r) => r.facet === 'status').reduce((sum, r) => sum + r.n, 0);
    total = Math.max(EXACT_COUNT_LIMIT + 1, roughly((sampledTotal * 100) / percent));
    totalIsEstimate = true;
    if (facets) facetCounts = toFacets(sampled, 100 / percent, true);
  }
  return { items: items.map((row) => toItem(row, pattern)), nextCursor, prevCursor, total, totalIsEstimate, facets: facetCounts };
}

/** The search of `query`, ready to run, and the sort to use with it (relevance needs a search). */
async function prepareQuery(prisma: Db, query: CaseQuery) {
  const parsed = query.q ? parseSearchQuery(query.q) : null;
  const search = parsed ? await prepareSearch(prisma, parsed) : null;
  const active = search && search.groups.length > 0 ? search : null;
  const sort = active || query.sort.column !== 'relevance' ? query.sort : { ...query.sort, column: 'title' as const, descending: false, id: 'title' };
  return { parsed, search, active, sort };
}

/**
 * Every case `query` matches, in the list's own order, as batches of ids: what the list export
 * streams. Keyset batches, so nothing but one batch is held.
 */
export async function* iterateMatchingCaseIds({ query, db, batchSize = 500 }: { query: CaseQuery; db?: Db; batchSize?: number }): AsyncGenerator<string[]> {
  const prisma = db ?? (await getReadPrisma());
  const { active, sort } = await prepareQuery(prisma, query).catch(asRequestError);
  const plan = buildPlan(query, active);
  let cursor: Cursor | null = null;
  for (;;) {
    const rows = await fetchPage(prisma, plan, sort, cursor, batchSize, 'keys').catch(asRequestError);
    const batch = rows.slice(0, batchSize);
    if (batch.length > 0) yield batch.map((row) => row.id);
    if (rows.length <= batchSize) return;
    cursor = cursorFor(batch.at(-1)!, sort, 'after');
  }
}

/** One page of the case list for `query`, with its total and (unless turned off) facet counts. */
export async function findCases({ query, facets = true, db }: FindCasesOptions): Promise<FindCasesResult> {
  const prisma = db ?? (await getReadPrisma());
  try {
    const { parsed, search, active, sort } = await prepareQuery(prisma, query);
    const notices = search?.notices ?? [];
    if (search && !active && parsed!.groups.length + parsed!.excluded.length > 0 && notices.length === 0) {
      notices.push('Nothing in the search could be searched for.');
    }
    const result = await run(prisma, { ...query, sort }, active, facets);

    if (active && result.total === 0 && !query.cursor) {
      const suggestions = await suggestWords(prisma, active);
      if (suggestions.size > 0) {
        const corrected = await prepareSearch(prisma, withSuggestions(active, suggestions));
        const retry = await run(prisma, query, corrected, facets);
        if (retry.total > 0) {
          const said = [...suggestions].map(([word, alternatives]) => `“${word}” → ${alternatives.map((a) => `“${a}”`).join(' or ')}`);
          return { ...retry, notices: [...notices, `No case contains every word as typed; showing near matches (${said.join('; ')}).`] };
        }
      }
    }
    return { ...result, notices };
  } catch (error) {
    asRequestError(error);
  }
}

/** The cases before and after `caseId` in the list `query` describes (for the case page), if it is in it. */
export async function findCaseNeighbours({ query, caseId, db }: { query: CaseQuery; caseId: string; db?: Db }) {
  const prisma = db ?? (await getReadPrisma());
  try {
    const { active: search, sort } = await prepareQuery(prisma, query);
    const plan = buildPlan(query, search);
    const keys = sortKeys(sort, plan);
    const [self] = await prisma.$queryRaw<{ k0: CursorValue; k1?: CursorValue }[]>`
      SELECT ${keySelect(sort, keys)} FROM ${plan.from} WHERE ${whereSql(plan)} AND s."caseId" = ${caseId}::uuid`;
    if (!self) return null;
    const values = self.k1 === undefined ? [self.k0] : [self.k0, self.k1];
    const at = (direction: Cursor['direction']): Cursor => ({ sort: sort.id, values, id: caseId, direction });
    const [next, prev] = await Promise.all([fetchPage(prisma, plan, sort, at('after'), 1, 'list'), fetchPage(prisma, plan, sort, at('before'), 1, 'list')]);
    const link = (row: Row | undefined) => (row ? { id: row.id, title: row.title } : null);
    return { previous: link(prev[0]), next: link(next[0]) };
  } catch (error) {
    asRequestError(error);
  }
}

const NEWEST_FIRST = { column: 'updated', descending: true, currency: null, id: '-updated' } as const;

/** The cases `query` matches that were saved last, newest first: a saved search's feed. */
export async function findLatestMatches({ query, limit, db }: { query: CaseQuery; limit: number; db?: Db }): Promise<CaseListItem[]> {
  const prisma = db ?? (await getReadPrisma());
  try {
    const { active } = await prepareQuery(prisma, query);
    const rows = await fetchPage(prisma, buildPlan(query, active), NEWEST_FIRST, null, limit, 'list');
    return rows.slice(0, limit).map((row) => toItem(row, null));
  } catch (error) {
    asRequestError(error);
  }
}

/** How many cases `query` matches that were saved after `since`, counted up to `cap` (a saved search's "new"). */
export async function countMatchesSavedSince({ query, since, cap, db }: { query: CaseQuery; since: Date; cap: number; db?: Db }): Promise<number> {
  const prisma = db ?? (await getReadPrisma());
  try {
    const { active } = await prepareQuery(prisma, query);
    const plan = buildPlan(query, active);
    const [row] = await prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM (SELECT 1 FROM ${plan.from} WHERE ${whereSql(plan)} AND s."updatedAt" > ${since} LIMIT ${cap}) AS m`;
    return row?.n ?? 0;
  } catch (error) {
    asRequestError(error);
  }
}
