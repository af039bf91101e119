import 'server-only';
// The case list: filters, full-text search, facet counts and keyset pages over "CaseSummary", the
// per-case rows PostgreSQL keeps current (migration 20261125020000_case_search). Every query is a
// tagged template or a Prisma.sql fragment: user input only ever travels as a bind parameter.
import { getReadPrisma } from '../../db/replicas';
import { AppError } from '../../errors';
import { Prisma, type PrismaClient } from '../../generated/prisma/client';
import type { CaseStatus, ClaimKind, ForumKind, MoneyQualifier, OutcomeKind } from '../../generated/prisma/enums';
import { encodeCursor, type Cursor, type CursorValue } from '../../search/cursor';
import { cjkQueryGrams, cjkRuns, latinText, parseSearchQuery, type ParsedSearch, type SearchField, type SearchTerm } from '../../search/parse-query';
import { FLAG_PARAMS, type CaseQuery, type CaseSort } from '../../validations/case-query';

const sql = Prisma.sql;

/** Up to this many matches the total is counted exactly; above it, it is estimated ("about"). */
export const EXACT_COUNT_LIMIT = 10_000;
/** Roughly how many summary rows an estimate samples. */
const SAMPLE_ROWS = 20_000;
const TOP_TAGS = 30;

export type SnippetPart = { text: string; match: boolean };
export type Snippet = { label: string; parts: SnippetPart[] };

/** What names a case in any list: the list page and the list export. */
export type CaseHeading = {
  id: string;
  title: string;
  jurisdictionCountry: string;
  jurisdictionSubdivision: string | null;
  status: CaseStatus;
  fictional: boolean;
};

/** The summary columns a list row shows as they are stored. */
type CaseListColumns = CaseHeading & {
  forumKinds: ForumKind[];
  claimKinds: ClaimKind[];
  outcomeKinds: OutcomeKind[];
  tags: string[];
  yearBegun: number | null;
  /** YYYY-MM-DD: the first day of the latest event's period. */
  latestEventOn: string | null;
};

export type CaseListItem = CaseListColumns & {
  largestClaim: { qualifier: MoneyQualifier; value: string; currency: string } | null;
  hasUncitedFacts: boolean;
  updatedAt: string;
  /** Where a search matched, when searching and the match is not only in the title. */
  snippet: Snippet | null;
};

export type FacetOption = { value: string; count: number };

/**
 * The facets counted over the matches, as the summary's facet keys name them ("forum:COURT",
 * "bond:true": case_facet_keys() and case_facet_values() in the migrations write them).
 */
export const CASE_FACETS = ['jurisdiction', 'forum', 'claim', 'outcome', 'status', 'certainty', 'tag', 'currency', 'uncited', 'bond'] as const;
export type CaseFacet = (typeof CASE_FACETS)[number];

export type CaseFacets = Record<CaseFacet, FacetOption[]> & {
  years: { min: number | null; max: number | null };
  /** True when the counts come from a sample (more than EXACT_COUNT_LIMIT matches). */
  estimated: boolean;
};

export type FindCasesResult = {
  items: CaseListItem[];
  nextCursor: string | null;
  prevCursor: string | null;
  total: number;
  totalIsEstimate: boolean;
  facets: CaseFacets | null;
  /** For people: parts of the search that were ignored, or a misspelling that was corrected. */
  notices: string[];
};

export type FindCasesOptions = {
  query: CaseQuery;
  /** Facet counts cost a second pass over the matches; the API and exports may skip them. */
  facets?: boolean;
  db?: PrismaClient;
};

// ---------------------------------------------------------------------------------------------
// Search terms → SQL

const FIELD_TEXT: Record<Exclude<SearchField, 'case'>, Prisma.Sql> = {
  party: sql`s."partyText"`,
  forum: sql`s."forumText"`,
  claim: sql`s."claimText"`,
  source: sql`s."sourceText"`,
  judge: sql`s."judgeText"`,
  counsel: sql`s."counselText"`,
  seat: sql`s."seatText"`,
  law: sql`s."lawText"`,
};

/** A LIKE pattern matching `text` anywhere; %, _ and \ in it match only themselves. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

type PreparedTerm = SearchTerm & { tsquery: string | null; runs: string[] };
type PreparedSearch = { groups: PreparedTerm[][]; excluded: PreparedTerm[]; notices: string[] };

/** Asks PostgreSQL how it reads each term (stemming, stop words), in one round trip. */
async function prepareSearch(db: PrismaClient, parsed: ParsedSearch): Promise<PreparedSearch> {
  const all = [...parsed.groups.flat(), ...parsed.excluded];
  const latins = all.map((t) => latinText(t.text));
  const phrases = all.map((t) => t.phrase);
  const rows = all.length
    ? await db.$queryRaw<{ n: bigint; tsquery: string }[]>`
        SELECT t.n, CASE WHEN t.phrase THEN phraseto_tsquery('english', t.latin) ELSE plainto_tsquery('english', t.latin) END::text AS tsquery
        FROM unnest(${latins}::text[], ${phrases}::boolean[]) WITH ORDINALITY AS t(latin, phrase, n)`
    : [];
  const tsqueries = new Map(rows.map((r) => [Number(r.n) - 1, r.tsquery]));
  const notices = [...parsed.notices];
  let index = 0;
  const prepare = (term: SearchTerm): PreparedTerm | null => {
    const tsquery = tsqueries.get(index++) || null;
    const runs = cjkRuns(term.text);
    if (!tsquery && runs.length === 0) {
      notices.push(`Ignored “${term.text}”: it is too common a word to search for.`);
      return null;
    }
    return { ...term, tsquery, runs };
  };
  const groups = parsed.groups.map((g) => g.map(prepare).filter((t): t is PreparedTerm => t !== null)).filter((g) => g.length > 0);
  const excluded = parsed.excluded.map(prepare).filter((t): t is PreparedTerm => t !== null);
  if (groups.length === 0 && excluded.length > 0) excluded.length = 0;
  return { groups, excluded, notices };
}

function termSql(term: PreparedTerm): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (term.field === 'case') {
    // Case numbers mix digits, Latin and CJK ("(2018)粤0307民初6885号"): matched as text, by trigram index.
    parts.push(sql`s."caseNumberText" ILIKE ${containsPattern(term.text)}`);
  } else {
    if (term.tsquery) parts.push(sql`s."searchVector" @@ ${term.tsquery}::tsquery`);
    for (const run of term.runs) {
      parts.push(sql`s."cjkGrams" @> ${cjkQueryGrams(run)}::text[]`);
      if ([...run].length > 2) parts.push(sql`s."searchText" LIKE ${containsPattern(run)}`);
    }
    if (term.phrase && term.runs.length > 0) parts.push(sql`s."searchText" ILIKE ${containsPattern(term.text)}`);
    if (term.field) {
      const text = FIELD_TEXT[term.field];
      if (term.tsquery) parts.push(sql`to_tsvector('english', ${text}) @@ ${term.tsquery}::tsquery`);
      for (const run of term.runs) parts.push(sql`${text} LIKE ${containsPattern(run)}`);
    }
  }
  return sql`(${Prisma.join(parts, ' AND ')})`;
}

function searchSql(search: PreparedSearch): Prisma.Sql[] {
  return [
    ...search.groups.map((group) => sql`(${Prisma.join(group.map(termSql), ' OR ')})`),
    ...search.excluded.map((term) => sql`NOT ${termSql(term)}`),
  ];
}

function rankSql(search: PreparedSearch): Prisma.Sql {
  const positive = search.groups.flat();
  const tsqueries = positive.filter((t) => t.tsquery).map((t) => sql`${t.tsquery}::tsquery`);
  const parts: Prisma.Sql[] = [];
  // Title and parties only (rankVector): ranking by the whole searchVector read it from TOAST for every match.
  if (tsqueries.length) parts.push(sql`ts_rank(s."rankVector", ${Prisma.join(tsqueries, ' || ')})`);
  // CJK text has no words to rank: a name or title that contains the characters counts most.
  for (const run of positive.flatMap((t) => t.runs)) {
    parts.push(sql`(CASE WHEN s."partyText" LIKE ${containsPattern(run)} OR s.title LIKE ${containsPattern(run)} THEN 0.5 ELSE 0.1 END)`);
  }
  return parts.length ? sql`(${Prisma.join(parts, ' + ')})::float8` : sql`0::float8`;
}

// ---------------------------------------------------------------------------------------------
// Filters

type Plan = {
  currency: string | null;
  from: Prisma.Sql;
  where: Prisma.Sql[];
  search: PreparedSearch | null;
  rank: Prisma.Sql | null;
};

function buildPlan(query: CaseQuery, search: PreparedSearch | null): Plan {
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
function fromSql(currency: string | null, samplePercent: number | null): Prisma.Sql {
  const summaries = samplePercent === null ? sql`"CaseSummary" s` : sql`"CaseSummary" s TABLESAMPLE SYSTEM (${samplePercent}::float4) REPEATABLE (7)`;
  return currency ? sql`${summaries} JOIN "CaseAmount" a ON a."caseId" = s."caseId" AND a.currency = ${currency}::bpchar` : summaries;
}

const whereSql = (plan: Plan) => Prisma.join(plan.where, ' AND ');

// ---------------------------------------------------------------------------------------------
// Sorting and keyset pages

type SortKey = { expr: Prisma.Sql; param: (value: CursorValue) => Prisma.Sql };

const text = (expr: Prisma.Sql): SortKey => ({ expr, param: (v) => sql`${v}::text` });

function sortKeys(sort: CaseSort, plan: Plan): SortKey[] {
  switch (sort.column) {
    case 'title':
      return [text(sql`s."titleSort"`)];
    case 'jurisdiction':
      return [{ expr: sql`s."jurisdictionCountry"`, param: (v) => sql`${v}::bpchar` }];
    case 'forum':
      return [text(sql`s."forumSort"`)];
    case 'status':
      return [{ expr: sql`s.status`, param: (v) => sql`${v}::"CaseStatus"` }];
    case 'year':
      return [{ expr: sql`s."yearSort"`, param: (v) => sql`${v}::int` }];
    case 'latestEvent':
      return [{ expr: sql`s."latestEventSort"`, param: (v) => sql`${v}::date` }];
    case 'amount':
      return sort.currency
        ? [{ expr: sql`a.amount`, param: (v) => sql`${v}::numeric` }]
        : [text(sql`s."amountCurrencySort"`), { expr: sql`s."amountSort"`, param: (v) => sql`${v}::numeric` }];
    case 'updated':
      return [{ expr: sql`s."updatedAt"`, param: (v) => sql`${v}::timestamptz` }];
    case 'relevance':
      return [{ expr: plan.rank ?? sql`0::float8`, param: (v) => sql`${v}::float8` }];
  }
}

/** Each key as the cursor stores it: text for dates, amounts and timestamps, so nothing is rounded. */
function keySelect(sort: CaseSort, keys: SortKey[]): Prisma.Sql {
  const columns = keys.map((key, i) => {
    const alias = Prisma.raw(`"k${i}"`);
    if (sort.column === 'updated') return sql`to_char(${key.expr} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS ${alias}`;
    if (sort.column === 'year' || sort.column === 'relevance') return sql`${key.expr} AS ${alias}`;
    return sql`${key.expr}::text AS ${alias}`;
  });
  return Prisma.join(columns, ', ');
}

type Row = CaseListColumns & {
  maxAmount: string | null;
  maxAmountQualifier: MoneyQualifier | null;
  maxAmountCurrency: string | null;
  hasUncitedFacts: boolean;
  updatedAt: string;
  searchText: string | null;
  k0: CursorValue;
  k1?: CursorValue;
};

/** What a page query returns: the list's columns (with the search text for snippets), or only ids and sort keys. */
type PageColumns = 'list' | 'listWithText' | 'keys';

async function fetchPage(db: PrismaClient, plan: Plan, sort: CaseSort, cursor: Cursor | null, limit: number, columns: PageColumns): Promise<Row[]> {
  const keys = sortKeys(sort, plan);
  const backwards = cursor?.direction === 'before';
  const descending = sort.descending !== backwards;
  const where = [...plan.where];
  if (cursor) {
    const left = Prisma.join([...keys.map((k) => k.expr), sql`s."caseId"`]);
    const right = Prisma.join([...keys.map((k, i) => k.param(cursor.values[i]!)), sql`${cursor.id}::uuid`]);
    where.push(descending ? sql`(${left}) < (${right})` : sql`(${left}) > (${right})`);
  }
  const direction = descending ? sql`DESC` : sql`ASC`;
  const order = Prisma.join([...keys.map((k) => sql`${k.expr} ${direction}`), sql`s."caseId" ${direction}`]);
  if (columns === 'keys') {
    return db.$queryRaw<Row[]>`
      SELECT s."caseId"::text AS id, ${keySelect(sort, keys)} FROM ${plan.from}
      WHERE ${Prisma.join(where, ' AND ')} ORDER BY ${order} LIMIT ${limit + 1}`;
  }
  return db.$queryRaw<Row[]>`
    SELECT s."caseId"::text AS id, s.title, s."jurisdictionCountry"::text AS "jurisdictionCountry", s."jurisdictionSubdivision",
           s.status::text AS status, s.fictional, s."forumKinds"::text[] AS "forumKinds", s."claimKinds"::text[] AS "claimKinds",
           s."outcomeKinds"::text[] AS "outcomeKinds", s.tags, s."yearBegun", s."latestEventOn"::text AS "latestEventOn",
           s."maxAmount"::text AS "maxAmount", s."maxAmountQualifier"::text AS "maxAmountQualifier", s."maxAmountCurrency"::text AS "maxAmountCurrency",
           s."hasUncitedFacts", to_char(s."updatedAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "updatedAt",
           ${columns === 'listWithText' ? sql`s."searchText"` : sql`NULL::text`} AS "searchText",
           ${keySelect(sort, keys)}
    FROM ${plan.from}
    WHERE ${Prisma.join(where, ' AND ')}
    ORDER BY ${order}
    LIMIT ${limit + 1}`;
}

function cursorFor(row: Row, sort: CaseSort, direction: Cursor['direction']): Cursor {
  const values = row.k1 === undefined ? [row.k0] : [row.k0, row.k1];
  return { sort: sort.id, values, id: row.id, direction };
}

function cursorOf(row: Row, sort: CaseSort, direction: Cursor['direction']): string {
  return encodeCursor(cursorFor(row, sort, direction));
}

// ---------------------------------------------------------------------------------------------
// Counting

type FacetRow = { facet: string; value: string | null; n: number };

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
async function countFirstMatches(db: PrismaClient, plan: Plan, withFacets: boolean): Promise<FirstMatches> {
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
async function countSampledFacets(db: PrismaClient, plan: Plan, samplePercent: number): Promise<FacetRow[]> {
  const rows = await db.$queryRaw<FacetRow[]>`
    WITH m AS MATERIALIZED (SELECT ${facetColumns} FROM ${fromSql(plan.currency, samplePercent)} WHERE ${whereSql(plan)})
    ${facetCountsOfM}`;
  return splitKeys(rows);
}

function toFacets(rows: FacetRow[], scale: number, estimated: boolean): CaseFacets {
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

function fromStoredCounts(rows: { facet: string; value: string; n: number }[]): CaseFacets {
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

// ---------------------------------------------------------------------------------------------
// Snippets

function highlighter(search: PreparedSearch): RegExp | null {
  const alternatives = new Set<string>();
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const term of search.groups.flat()) {
    for (const run of term.runs) alternatives.add(escape(run));
    // Stems as PostgreSQL made them ("arbitr"), matched as word starts; and the words as typed.
    for (const [, lexeme] of term.tsquery?.matchAll(/'((?:[^']|'')+)'/g) ?? []) {
      alternatives.add(`(?<![\\p{L}\\p{N}])${escape(lexeme!.replace(/''/g, "'"))}[\\p{L}\\p{N}]*`);
    }
    if (term.phrase) alternatives.add(escape(term.text));
  }
  if (alternatives.size === 0) return null;
  return new RegExp([...alternatives].sort((a, b) => b.length - a.length).join('|'), 'giu');
}

const SNIPPET_BEFORE = 60;
const SNIPPET_LENGTH = 220;

export function buildSnippet(searchText: string, pattern: RegExp | null): Snippet | null {
  if (!pattern) return null;
  for (const line of searchText.split('\n')) {
    const colon = line.indexOf(': ');
    const label = line.slice(0, colon);
    if (label === 'Title') continue;
    const body = line.slice(colon + 2);
    pattern.lastIndex = 0;
    const first = pattern.exec(body);
    if (!first) continue;
    const start = Math.max(0, first.index - SNIPPET_BEFORE);
    const end = Math.min(body.length, start + SNIPPET_LENGTH);
    const window = body.slice(start, end);
    const parts: SnippetPart[] = [];
    if (start > 0) parts.push({ text: '…', match: false });
    let at = 0;
    pattern.lastIndex = 0;
    for (const match of window.matchAll(pattern)) {
      if (match[0] === '') continue;
      if (match.index > at) parts.push({ text: window.slice(at, match.index), match: false });
      parts.push({ text: match[0], match: true });
      at = match.index + match[0].length;
    }
    if (at < window.length) parts.push({ text: window.slice(at), match: false });
    if (end < body.length) parts.push({ text: '…', match: false });
    return { label, parts };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Misspellings

/**
 * Search words the collection does not hold at all, mapped to the closest words it does hold. Words
 * are compared as the search vector stores them (stemmed lexemes), so "arbitration" is known.
 */
async function suggestWords(db: PrismaClient, search: PreparedSearch): Promise<Map<string, string[]>> {
  const words = [
    ...new Set(
      search.groups
        .flat()
        .filter((t) => !t.phrase && t.field !== 'case')
        .flatMap((t) => [...(t.tsquery?.matchAll(/'((?:[^']|'')+)'/g) ?? [])].map((m) => m[1]!.replace(/''/g, "'")))
        .filter((w) => w.length >= 3 && w.length <= 40),
    ),
  ];
  if (words.length === 0) return new Map();
  // The closest words only: within 0.05 of the best similarity (lenvo → lenovo, not also lena).
  const rows = await db.$queryRaw<{ query: string; word: string }[]>`
    SELECT q.word AS query, w.word
    FROM unnest(${words}::text[]) AS q(word)
    CROSS JOIN LATERAL (
      SELECT c.word FROM (
        SELECT sw.word, similarity(sw.word, q.word) AS score, max(similarity(sw.word, q.word)) OVER () AS best
        FROM "SearchWord" sw WHERE sw.word % q.word AND sw.word <> q.word ORDER BY sw.word <-> q.word, sw.word LIMIT 3
      ) c WHERE c.score >= c.best - 0.05
    ) w
    WHERE NOT EXISTS (SELECT 1 FROM "SearchWord" known WHERE known.word = q.word)`;
  const suggestions = new Map<string, string[]>();
  for (const row of rows) suggestions.set(row.query, [...(suggestions.get(row.query) ?? []), row.word]);
  return suggestions;
}

/** Each misspelt term gains its suggestions as alternatives (OR). */
function withSuggestions(search: PreparedSearch, suggestions: Map<string, string[]>): ParsedSearch {
  const expand = (term: PreparedTerm): SearchTerm[] => {
    const lexemes = [...(term.tsquery?.matchAll(/'((?:[^']|'')+)'/g) ?? [])].map((m) => m[1]!.replace(/''/g, "'"));
    const alternatives = term.phrase || lexemes.length !== 1 ? [] : (suggestions.get(lexemes[0]!) ?? []);
    const { text, phrase, field } = term;
    return [{ text, phrase, field }, ...alternatives.map((word) => ({ text: word, phrase, field }))];
  };
  const strip = ({ text, phrase, field }: PreparedTerm): SearchTerm => ({ text, phrase, field });
  return { groups: search.groups.map((group) => group.flatMap(expand)), excluded: search.excluded.map(strip), notices: [] };
}

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

async function run(db: PrismaClient, query: CaseQuery, search: PreparedSearch | null, facets: boolean) {
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
async function prepareQuery(prisma: PrismaClient, query: CaseQuery) {
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
export async function* iterateMatchingCaseIds({ query, db, batchSize = 500 }: { query: CaseQuery; db?: PrismaClient; batchSize?: number }): AsyncGenerator<string[]> {
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
export async function findCaseNeighbours({ query, caseId, db }: { query: CaseQuery; caseId: string; db?: PrismaClient }) {
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
