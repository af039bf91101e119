import 'server-only';
// Counting: the total and the facet counts over the matches, exact up to EXACT_COUNT_LIMIT, then
// estimated from a sample; the whole collection's from the counts triggers keep.
import { Prisma } from '../../../generated/prisma/client';
import type { Db } from '../../../db/client';
import { fromSql, whereSql, type Plan } from './plan';
import { CASE_FACETS, type CaseFacet, type CaseFacets } from './types';

const sql = Prisma.sql;

/** Up to this many matches the total is counted exactly; above it, it is estimated ("about"). */
export const EXACT_COUNT_LIMIT = 10_000;
/** Roughly how many summary rows an estimate samples. */
export const SAMPLE_ROWS = 20_000;
const TOP_TAGS = 30;

export type FacetRow = { facet: string; value: string | null; n: number };

/** What facet counting needs of each summary in `from`, and its block in the table (for estimates). */
const facetColumns = sql`(s.ctid::text::point)[0]::int AS block, s."facetKeys", s."yearBegun"`;

/**
 * Counts per facet option over the rows of CTE `m` (a case counts under every option it has), as
 * ("key", "forum:COURT", n) rows: one unnest of one array per case. Years as their range.
 */
const facetCountsOfM = sql`
  SELECT 'key' AS facet, k AS value, count(*)::int AS n FROM (SELECT unnest("facetKeys") AS k FROM m) x GROUP BY 2
  UNION ALL SELECT 'yearMin', min("yearBegun")::text, 0 FROM m
  UNION ALL SELECT 'yearMax', max("yearBegun")::text, 0 FROM m`;

const COUNTED_FACETS: ReadonlySet<string> = new Set(CASE_FACETS);

/** ("key", "forum:COURT", n) rows as (facet, value, n) rows; the most frequent TOP_TAGS tags only. */
function splitKeys(rows: FacetRow[]): FacetRow[] {
  const split = rows.flatMap((row): FacetRow[] => {
    if (row.facet !== 'key') return [row];
    const colon = row.value!.indexOf(':');
    const facet = row.value!.slice(0, colon);
    return COUNTED_FACETS.has(facet) ? [{ facet, value: row.value!.slice(colon + 1), n: row.n }] : [];
  });
  return withTopTags(split);
}

/** The rows without the tags beyond the TOP_TAGS most frequent ones. */
function withTopTags(rows: FacetRow[]): FacetRow[] {
  const tags = rows.filter((r) => r.facet === 'tag').sort((a, b) => b.n - a.n || (a.value ?? '').localeCompare(b.value ?? ''));
  const dropped = new Set(tags.slice(TOP_TAGS));
  return rows.filter((r) => !dropped.has(r));
}

type FirstMatches = {
  /** How many matches were read: all of them when at most EXACT_COUNT_LIMIT. */
  read: number;
  facets: FacetRow[];
  /** The last table block the matches were read from, and how many blocks the table has. */
  lastBlock: number;
  tableBlocks: number;
  tableRows: number;
};

/**
 * One pass over the first EXACT_COUNT_LIMIT + 1 matches: their number and their facet counts.
 * When that is all of them, both are exact, and the matches were read once rather than twice.
 */
export async function countFirstMatches(db: Db, plan: Plan, withFacets: boolean): Promise<FirstMatches> {
  const rows = await db.$queryRaw<FacetRow[]>`
    WITH m AS MATERIALIZED (
      SELECT ${withFacets ? facetColumns : sql`(s.ctid::text::point)[0]::int AS block`} FROM ${plan.from} WHERE ${whereSql(plan)} LIMIT ${EXACT_COUNT_LIMIT + 1}
    )
    SELECT 'read' AS facet, NULL::text AS value, count(*)::int AS n FROM m
    UNION ALL SELECT 'lastBlock', max(block)::text, 0 FROM m
    UNION ALL SELECT 'tableBlocks', (pg_relation_size('"CaseSummary"'::regclass) / current_setting('block_size')::int)::text, 0
    UNION ALL SELECT 'tableRows', greatest(reltuples, 0)::bigint::text, 0 FROM pg_class WHERE oid = '"CaseSummary"'::regclass
    ${withFacets ? sql`UNION ALL ${facetCountsOfM}` : Prisma.empty}`;
  const take = (facet: string) => rows.find((r) => r.facet === facet);
  return {
    read: take('read')!.n,
    facets: splitKeys(rows.filter((r) => !['read', 'lastBlock', 'tableBlocks', 'tableRows'].includes(r.facet))),
    lastBlock: Number(take('lastBlock')?.value ?? 0),
    tableBlocks: Number(take('tableBlocks')?.value ?? 0),
    tableRows: Number(take('tableRows')?.value ?? 0),
  };
}

/** Facet counts over a repeatable block sample of the summaries (for more than EXACT_COUNT_LIMIT matches). */
export async function countSampledFacets(db: Db, plan: Plan, samplePercent: number): Promise<FacetRow[]> {
  const rows = await db.$queryRaw<FacetRow[]>`
    WITH m AS MATERIALIZED (SELECT ${facetColumns} FROM ${fromSql(plan.currency, samplePercent)} WHERE ${whereSql(plan)})
    ${facetCountsOfM}`;
  return splitKeys(rows);
}

export function toFacets(rows: FacetRow[], scale: number, estimated: boolean): CaseFacets {
  const facets = { years: { min: null, max: null }, estimated } as CaseFacets;
  for (const facet of CASE_FACETS) facets[facet] = [];
  for (const row of rows) {
    if (row.facet === 'yearMin' || row.facet === 'yearMax') {
      facets.years[row.facet === 'yearMin' ? 'min' : 'max'] = row.value === null ? null : Number(row.value);
      continue;
    }
    if (row.value === null) continue;
    const option = { value: row.value, count: estimated ? roughly(row.n * scale) : row.n };
    facets[row.facet as CaseFacet].push(option);
  }
  for (const key of CASE_FACETS) {
    facets[key].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  }
  return facets;
}

export function fromStoredCounts(rows: { facet: string; value: string; n: number }[]): CaseFacets {
  const years = rows.filter((r) => r.facet === 'year').map((r) => Number(r.value));
  const facets = toFacets(withTopTags(rows.filter((r) => r.facet !== 'year')), 1, false);
  facets.years = { min: years.length ? Math.min(...years) : null, max: years.length ? Math.max(...years) : null };
  return facets;
}

/** Two significant digits: an estimate should not look more precise than it is. */
export function roughly(n: number): number {
  if (n < 100) return Math.max(1, Math.round(n));
  const magnitude = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / magnitude) * magnitude;
}
