import 'server-only';
// Sorting and keyset pages: the sort keys of each order, one page after or before a cursor.
import { Prisma } from '../../../generated/prisma/client';
import type { Db } from '../../../db/client';
import type { MoneyQualifier } from '../../../generated/prisma/enums';
import { encodeCursor, type Cursor, type CursorValue } from '../../../search/cursor';
import type { CaseSort } from '../../../validations/case-query';
import type { Plan } from './plan';
import type { CaseListColumns } from './types';

const sql = Prisma.sql;

type SortKey = { expr: Prisma.Sql; param: (value: CursorValue) => Prisma.Sql };

const text = (expr: Prisma.Sql): SortKey => ({ expr, param: (v) => sql`${v}::text` });

export function sortKeys(sort: CaseSort, plan: Plan): SortKey[] {
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
export function keySelect(sort: CaseSort, keys: SortKey[]): Prisma.Sql {
  const columns = keys.map((key, i) => {
    const alias = Prisma.raw(`"k${i}"`);
    if (sort.column === 'updated') return sql`to_char(${key.expr} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS ${alias}`;
    if (sort.column === 'year' || sort.column === 'relevance') return sql`${key.expr} AS ${alias}`;
    return sql`${key.expr}::text AS ${alias}`;
  });
  return Prisma.join(columns, ', ');
}

export type Row = CaseListColumns & {
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

export async function fetchPage(db: Db, plan: Plan, sort: CaseSort, cursor: Cursor | null, limit: number, columns: PageColumns): Promise<Row[]> {
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

export function cursorFor(row: Row, sort: CaseSort, direction: Cursor['direction']): Cursor {
  const values = row.k1 === undefined ? [row.k0] : [row.k0, row.k1];
  return { sort: sort.id, values, id: row.id, direction };
}

export function cursorOf(row: Row, sort: CaseSort, direction: Cursor['direction']): string {
  return encodeCursor(cursorFor(row, sort, direction));
}
