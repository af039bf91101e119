// The query parameters of the case list, shared by /cases, GET /api/cases and the list export
// (docs/case-list-api.md). One strict zod schema; `parseCaseQuery` is its forgiving use for pages
// (bad values are dropped and reported), `caseQuerySchema.safeParse` its strict use for the API.
import { z } from 'zod';
import { CaseStatus, Certainty, ClaimKind, ForumKind, OutcomeKind } from '../generated/prisma/enums';
import { parseAmount, parseCurrency } from '../money';
import { decodeCursor, type Cursor } from '../search/cursor';
import { SEARCH_MAX_LENGTH } from '../search/parse-query';
import { NO_NUL } from './text';

export const CASE_SORT_COLUMNS = ['title', 'jurisdiction', 'forum', 'status', 'year', 'latestEvent', 'amount', 'updated'] as const;
export type CaseSortColumn = (typeof CASE_SORT_COLUMNS)[number] | 'relevance';
export const CASE_PAGE_SIZES = [25, 50, 100] as const;
export type CasePageSize = (typeof CASE_PAGE_SIZES)[number];
export const YEAR_MIN = 1800;
export const YEAR_MAX = 2200;
export const TAG_MAX_LENGTH = 100;
export const MAX_VALUES_PER_PARAM = 50;

/** Every parameter, in the order canonical URLs list them. */
export const CASE_QUERY_PARAMS = [
  'q',
  'jurisdiction',
  'forum',
  'claim',
  'outcome',
  'status',
  'certainty',
  'tag',
  'yearFrom',
  'yearTo',
  'amountMin',
  'amountMax',
  'currency',
  'uncited',
  'bond',
  'sort',
  'cursor',
  'limit',
] as const;
export type CaseQueryParam = (typeof CASE_QUERY_PARAMS)[number];
export const REPEATABLE_PARAMS = ['jurisdiction', 'forum', 'claim', 'outcome', 'status', 'certainty', 'tag'] as const;
/** Yes/no facets: 1 keeps the cases that have it, 0 those that do not (each is also a facet of find-cases.ts). */
export const FLAG_PARAMS = ['uncited', 'bond'] as const;
export type FlagParam = (typeof FLAG_PARAMS)[number];

const upper = (value: string) => value.trim().toUpperCase();

function enumList<T extends Record<string, string>>(values: T, what: string) {
  const codes = Object.values(values) as [T[keyof T], ...T[keyof T][]];
  return z
    .array(z.string().transform(upper).pipe(z.enum(codes, { error: (issue) => `“${String(issue.input)}” is not a ${what} (one of ${codes.join(', ')}).` })))
    .max(MAX_VALUES_PER_PARAM)
    .default([]);
}

/** A parameter given once; the raw form holds every parameter as a list. */
function single<T extends z.ZodType<unknown, string>>(name: string, inner: T) {
  return z
    .array(z.string())
    .max(1, { error: `Give ${name} once.` })
    .optional()
    .transform((values) => values?.[0]?.trim() || undefined)
    .pipe(inner.optional());
}

const year = (name: string) =>
  single(
    name,
    z
      .string()
      .regex(/^\d{1,4}$/, { error: `${name} is a year, e.g. 2020.` })
      .transform(Number)
      .pipe(z.number().int().min(YEAR_MIN, { error: `${name} is between ${YEAR_MIN} and ${YEAR_MAX}.` }).max(YEAR_MAX, { error: `${name} is between ${YEAR_MIN} and ${YEAR_MAX}.` })),
  );

const flag = (name: FlagParam, meaning: string) =>
  single(
    name,
    z
      .string()
      .transform((v) => v.toLowerCase())
      .pipe(z.enum(['1', 'true', 'yes', '0', 'false', 'no'], { error: `${name} is ${meaning}.` }))
      .transform((v) => v === '1' || v === 'true' || v === 'yes'),
  );

const amount = (name: string) =>
  single(
    name,
    z.string().transform((text, ctx) => {
      const parsed = parseAmount(text);
      if (!parsed.ok) {
        ctx.addIssue({ code: 'custom', message: `${name}: ${parsed.message}` });
        return z.NEVER;
      }
      return parsed.value;
    }),
  );

/** Compares two non-negative decimal strings exactly. */
export function compareDecimal(a: string, b: string): number {
  const [ai = '0', af = ''] = a.split('.');
  const [bi = '0', bf = ''] = b.split('.');
  const ia = ai.replace(/^0+(?=\d)/, '');
  const ib = bi.replace(/^0+(?=\d)/, '');
  if (ia.length !== ib.length) return ia.length < ib.length ? -1 : 1;
  if (ia !== ib) return ia < ib ? -1 : 1;
  const width = Math.max(af.length, bf.length);
  const fa = af.padEnd(width, '0');
  const fb = bf.padEnd(width, '0');
  return fa === fb ? 0 : fa < fb ? -1 : 1;
}

const SORT_PATTERN = new RegExp(`^-?(${[...CASE_SORT_COLUMNS, 'relevance'].join('|')})$`);

export const caseQuerySchema = z
  .object({
    q: single('q', z.string().max(SEARCH_MAX_LENGTH, { error: `Searches are limited to ${SEARCH_MAX_LENGTH} characters.` }).regex(NO_NUL, { error: 'The search holds an invisible NUL character: remove it.' })),
    jurisdiction: z
      .array(z.string().transform(upper).pipe(z.string().regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, { error: (i) => `“${String(i.input)}” is not a jurisdiction code (e.g. CN or CN-GD).` })))
      .max(MAX_VALUES_PER_PARAM)
      .default([]),
    forum: enumList(ForumKind, 'forum kind'),
    claim: enumList(ClaimKind, 'claim kind'),
    outcome: enumList(OutcomeKind, 'outcome kind'),
    status: enumList(CaseStatus, 'status'),
    certainty: enumList(Certainty, 'certainty'),
    tag: z
      .array(z.string().trim().min(1).max(TAG_MAX_LENGTH).regex(NO_NUL, { error: 'A tag holds an invisible NUL character: remove it.' }))
      .max(MAX_VALUES_PER_PARAM)
      .default([]),
    yearFrom: year('yearFrom'),
    yearTo: year('yearTo'),
    amountMin: amount('amountMin'),
    amountMax: amount('amountMax'),
    currency: single(
      'currency (an amount range is within one currency)',
      z.string().transform((text, ctx) => {
        const parsed = parseCurrency(text);
        if (!parsed.ok) {
          ctx.addIssue({ code: 'custom', message: parsed.message });
          return z.NEVER;
        }
        return parsed.code;
      }),
    ),
    uncited: flag('uncited', '1 (cases with uncited facts) or 0 (fully cited cases)'),
    bond: flag('bond', '1 (cases with an injunction bond) or 0 (cases without one)'),
    sort: single('sort', z.string().regex(SORT_PATTERN, { error: `sort is one of ${CASE_SORT_COLUMNS.join(', ')}, relevance; with - for descending.` })),
    cursor: single(
      'cursor',
      z.string().transform((text, ctx) => {
        const cursor = decodeCursor(text);
        if (!cursor) {
          ctx.addIssue({ code: 'custom', message: 'The page link (cursor) is not valid.' });
          return z.NEVER;
        }
        return cursor;
      }),
    ),
    limit: single(
      'limit',
      z
        .enum(CASE_PAGE_SIZES.map(String) as ['25', '50', '100'], { error: `limit is one of ${CASE_PAGE_SIZES.join(', ')}.` })
        .transform((v) => Number(v) as CasePageSize),
    ),
  })
  .superRefine((query, ctx) => {
    if ((query.amountMin !== undefined || query.amountMax !== undefined) && query.currency === undefined) {
      for (const path of ['amountMin', 'amountMax'] as const) {
        if (query[path] !== undefined) ctx.addIssue({ code: 'custom', path: [path], message: 'An amount range needs a currency (currency=CNY): amounts are never converted.' });
      }
    }
    if (query.amountMin !== undefined && query.amountMax !== undefined && compareDecimal(query.amountMin, query.amountMax) > 0) {
      ctx.addIssue({ code: 'custom', path: ['amountMax'], message: 'amountMax is smaller than amountMin.' });
    }
    if (query.yearFrom !== undefined && query.yearTo !== undefined && query.yearFrom > query.yearTo) {
      ctx.addIssue({ code: 'custom', path: ['yearTo'], message: 'yearTo is before yearFrom.' });
    }
    if (query.cursor) {
      const sort = effectiveSort(query);
      if (query.cursor.sort !== sort.id || !cursorFits(query.cursor, sort)) {
        ctx.addIssue({ code: 'custom', path: ['cursor'], message: 'The page link (cursor) belongs to another sort order or search.' });
      }
    }
  });

type Parsed = z.output<typeof caseQuerySchema>;

export type CaseSort = {
  column: CaseSortColumn;
  descending: boolean;
  /** The currency the amount sort works within, when one is chosen. */
  currency: string | null;
  /** What cursors record: "-year", "amount:CNY". */
  id: string;
};

export type CaseQuery = {
  q: string;
  jurisdiction: string[];
  forum: ForumKind[];
  claim: ClaimKind[];
  outcome: OutcomeKind[];
  status: CaseStatus[];
  certainty: Certainty[];
  tag: string[];
  yearFrom: number | null;
  yearTo: number | null;
  amountMin: string | null;
  amountMax: string | null;
  currency: string | null;
  uncited: boolean | null;
  bond: boolean | null;
  /** As given ("-year"), or null for the default order. */
  sortParam: string | null;
  sort: CaseSort;
  cursor: Cursor | null;
  limit: CasePageSize;
};

/** The order a query asks for: as given, else by relevance when searching, else by title. */
function effectiveSort(query: Pick<Parsed, 'sort' | 'q' | 'currency'>): CaseSort {
  const searching = Boolean(query.q?.trim());
  let param = query.sort ?? (searching ? '-relevance' : 'title');
  if (param.endsWith('relevance') && !searching) param = 'title';
  const descending = param.startsWith('-');
  const column = param.replace(/^-/, '') as CaseSortColumn;
  const currency = column === 'amount' ? (query.currency ?? null) : null;
  return { column, descending, currency, id: `${descending ? '-' : ''}${column}${currency ? `:${currency}` : ''}` };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;
const DECIMAL = /^-?\d{1,20}(\.\d{1,4})?$/;

function isRealDate(iso: string): boolean {
  const time = Date.parse(iso);
  return Number.isFinite(time) && new Date(time).toISOString().slice(0, 10) === iso.slice(0, 10);
}

/** Whether a cursor's values have the types its sort's keys have (see find-cases.ts SORT_KEYS). */
function cursorFits(cursor: Cursor, sort: CaseSort): boolean {
  const v = cursor.values;
  const str = (x: unknown) => typeof x === 'string';
  switch (sort.column) {
    case 'title':
    case 'jurisdiction':
    case 'forum':
      return v.length === 1 && str(v[0]);
    case 'status':
      return v.length === 1 && (Object.values(CaseStatus) as unknown[]).includes(v[0]);
    case 'year':
      return v.length === 1 && Number.isInteger(v[0]) && Math.abs(v[0] as number) <= YEAR_MAX;
    case 'latestEvent':
      return v.length === 1 && str(v[0]) && ISO_DATE.test(v[0] as string) && isRealDate(`${v[0]}T00:00:00.000Z`);
    case 'updated':
      return v.length === 1 && str(v[0]) && ISO_TIMESTAMP.test(v[0] as string) && isRealDate(v[0] as string);
    case 'relevance':
      return v.length === 1 && typeof v[0] === 'number';
    case 'amount':
      return sort.currency
        ? v.length === 1 && str(v[0]) && DECIMAL.test(v[0] as string)
        : v.length === 2 && str(v[0]) && (v[0] as string).length <= 3 && str(v[1]) && DECIMAL.test(v[1] as string);
  }
}

export type RawQuery = Record<string, string[]>;

/** URLSearchParams or Next's searchParams → every known parameter as a list of strings. */
export function rawCaseQuery(input: URLSearchParams | Record<string, string | string[] | undefined>): RawQuery {
  const raw: RawQuery = {};
  const add = (key: string, value: string) => {
    if (!(CASE_QUERY_PARAMS as readonly string[]).includes(key)) return;
    (raw[key] ??= []).push(value);
  };
  if (input instanceof URLSearchParams) input.forEach((value, key) => add(key, value));
  else for (const [key, value] of Object.entries(input)) for (const v of [value ?? []].flat()) add(key, v);
  return raw;
}

function toCaseQuery(parsed: Parsed): CaseQuery {
  return {
    q: parsed.q ?? '',
    jurisdiction: [...new Set(parsed.jurisdiction)],
    forum: [...new Set(parsed.forum)],
    claim: [...new Set(parsed.claim)],
    outcome: [...new Set(parsed.outcome)],
    status: [...new Set(parsed.status)],
    certainty: [...new Set(parsed.certainty)],
    tag: [...new Set(parsed.tag)],
    yearFrom: parsed.yearFrom ?? null,
    yearTo: parsed.yearTo ?? null,
    amountMin: parsed.amountMin ?? null,
    amountMax: parsed.amountMax ?? null,
    currency: parsed.currency ?? null,
    uncited: parsed.uncited ?? null,
    bond: parsed.bond ?? null,
    sortParam: parsed.sort ?? null,
    sort: effectiveSort(parsed),
    cursor: parsed.cursor ?? null,
    limit: parsed.limit ?? CASE_PAGE_SIZES[0],
  };
}

export type QueryIssue = { param: string; message: string };

function issuesOf(error: z.ZodError): QueryIssue[] {
  return error.issues.map((issue) => ({ param: String(issue.path[0] ?? 'query'), message: issue.message }));
}

/** Strict: the query, or every problem with it (the API answers 400 with them). */
export function parseCaseQueryStrict(input: URLSearchParams | Record<string, string | string[] | undefined>): { ok: true; query: CaseQuery } | { ok: false; issues: QueryIssue[] } {
  const result = caseQuerySchema.safeParse(rawCaseQuery(input));
  return result.success ? { ok: true, query: toCaseQuery(result.data) } : { ok: false, issues: issuesOf(result.error) };
}

/**
 * Forgiving, for pages: every bad value is dropped (a search that is too long is shortened) and
 * reported, and the rest of the view still applies.
 */
export function parseCaseQuery(input: URLSearchParams | Record<string, string | string[] | undefined>): { query: CaseQuery; issues: QueryIssue[] } {
  const raw = rawCaseQuery(input);
  const issues: QueryIssue[] = [];
  for (let attempt = 0; attempt < 20; attempt++) {
    const result = caseQuerySchema.safeParse(raw);
    if (result.success) return { query: toCaseQuery(result.data), issues };
    for (const issue of [...result.error.issues].reverse()) {
      const [param, index] = issue.path as [string | undefined, number | undefined];
      if (!param || !raw[param]) continue;
      issues.push({ param, message: issue.message });
      if (param === 'q' && raw.q?.length === 1 && issue.code === 'too_big') raw.q = [raw.q[0]!.slice(0, SEARCH_MAX_LENGTH)];
      else if (typeof index === 'number' && raw[param].length > 1) raw[param].splice(index, 1);
      else delete raw[param];
    }
  }
  return { query: toCaseQuery(caseQuerySchema.parse({})), issues };
}

/**
 * The canonical query string of a view: parameters in a fixed order, defaults left out. `changes`
 * replace parameters (null removes one); any change but a page move starts again at the first page.
 */
export function caseQueryString(query: CaseQuery, changes: Partial<Record<CaseQueryParam, string | string[] | null>> = {}): string {
  const values: Partial<Record<CaseQueryParam, string[]>> = {
    q: query.q ? [query.q] : [],
    jurisdiction: query.jurisdiction,
    forum: query.forum,
    claim: query.claim,
    outcome: query.outcome,
    status: query.status,
    certainty: query.certainty,
    tag: query.tag,
    yearFrom: query.yearFrom === null ? [] : [String(query.yearFrom)],
    yearTo: query.yearTo === null ? [] : [String(query.yearTo)],
    amountMin: query.amountMin === null ? [] : [query.amountMin],
    amountMax: query.amountMax === null ? [] : [query.amountMax],
    currency: query.currency === null ? [] : [query.currency],
    uncited: query.uncited === null ? [] : [query.uncited ? '1' : '0'],
    bond: query.bond === null ? [] : [query.bond ? '1' : '0'],
    sort: query.sortParam ? [query.sortParam] : [],
    cursor: [],
    limit: query.limit === CASE_PAGE_SIZES[0] ? [] : [String(query.limit)],
  };
  for (const [key, value] of Object.entries(changes) as [CaseQueryParam, string | string[] | null][]) {
    values[key] = value === null ? [] : [value].flat();
  }
  if (!('cursor' in changes)) values.cursor = [];
  const params = new URLSearchParams();
  for (const key of CASE_QUERY_PARAMS) for (const v of values[key] ?? []) params.append(key, v);
  return params.toString();
}

/** Whether the view narrows the collection at all (for the empty state's wording). */
export function hasFilters(query: CaseQuery): boolean {
  return Boolean(
    query.q ||
      query.jurisdiction.length ||
      query.forum.length ||
      query.claim.length ||
      query.outcome.length ||
      query.status.length ||
      query.certainty.length ||
      query.tag.length ||
      query.yearFrom !== null ||
      query.yearTo !== null ||
      query.amountMin !== null ||
      query.amountMax !== null ||
      query.currency !== null ||
      query.uncited !== null ||
      query.bond !== null,
  );
}
