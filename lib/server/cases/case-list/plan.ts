import 'server-only';
// Filters → the FROM and WHERE of every list query.
import { Prisma } from '../../../generated/prisma/client';
import { FLAG_PARAMS, type CaseQuery } from '../../../validations/case-query';
import { rankSql, searchSql, type PreparedSearch } from './search-terms';

const sql = Prisma.sql;

export type Plan = {
  currency: string | null;
  from: Prisma.Sql;
  where: Prisma.Sql[];
  search: PreparedSearch | null;
  rank: Prisma.Sql | null;
};

export function buildPlan(query: CaseQuery, search: PreparedSearch | null): Plan {
  const where: Prisma.Sql[] = [sql`NOT s.archived`];
  if (query.currency) {
    // A currency narrows to cases with a claimed amount in it; the range applies to the largest.
    if (query.amountMin !== null) where.push(sql`a.amount >= ${query.amountMin}::numeric`);
    if (query.amountMax !== null) where.push(sql`a.amount <= ${query.amountMax}::numeric`);
  }
  // Facet filters: OR within a facet, AND across facets, all answered by the GIN index on facetKeys.
  const anyOf = (keys: string[]) => where.push(sql`s."facetKeys" && ${keys}::text[]`);
  const keysOf = (facet: string, values: readonly string[]) => values.map((value) => `${facet}:${value}`);
  if (query.jurisdiction.length) {
    const countries = query.jurisdiction.filter((j) => j.length === 2);
    const subdivisions = query.jurisdiction.filter((j) => j.length > 2);
    anyOf([...keysOf('jurisdiction', countries), ...keysOf('subdivision', subdivisions)]);
  }
  if (query.forum.length) anyOf(keysOf('forum', query.forum));
  if (query.claim.length) anyOf(keysOf('claim', query.claim));
  if (query.outcome.length) anyOf(keysOf('outcome', query.outcome));
  if (query.certainty.length) anyOf(keysOf('certainty', query.certainty));
  if (query.status.length) anyOf(keysOf('status', query.status));
  if (query.tag.length) anyOf(keysOf('tag', query.tag));
  for (const flag of FLAG_PARAMS) if (query[flag] !== null) anyOf([`${flag}:${query[flag]}`]);
  // yearSort is 0 when the year is unknown, so any year bound leaves those cases out.
  if (query.yearFrom !== null || query.yearTo !== null) where.push(sql`s."yearSort" >= ${query.yearFrom ?? 1}::int`);
  if (query.yearTo !== null) where.push(sql`s."yearSort" <= ${query.yearTo}::int`);
  if (search) where.push(...searchSql(search));
  return { currency: query.currency, from: fromSql(query.currency, null), where, search, rank: search ? rankSql(search) : null };
}

/** The summaries (a repeatable block sample of them, for estimates), joined to their amounts in the chosen currency. */
export function fromSql(currency: string | null, samplePercent: number | null): Prisma.Sql {
  const summaries = samplePercent === null ? sql`"CaseSummary" s` : sql`"CaseSummary" s TABLESAMPLE SYSTEM (${samplePercent}::float4) REPEATABLE (7)`;
  return currency ? sql`${summaries} JOIN "CaseAmount" a ON a."caseId" = s."caseId" AND a.currency = ${currency}::bpchar` : summaries;
}

export const whereSql = (plan: Plan) => Prisma.join(plan.where, ' AND ');
