import 'server-only';
// Search terms → SQL: each term as PostgreSQL reads it (tsquery, CJK runs), matched against the
// summary's search vector, its per-field texts and the ranking vector.
import { Prisma } from '../../../generated/prisma/client';
import type { Db } from '../../../db/client';
import { cjkQueryGrams, cjkRuns, latinText, type ParsedSearch, type SearchField, type SearchTerm } from '../../../search/parse-query';

const sql = Prisma.sql;

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

export type PreparedTerm = SearchTerm & { tsquery: string | null; runs: string[] };
export type PreparedSearch = { groups: PreparedTerm[][]; excluded: PreparedTerm[]; notices: string[] };

/** Asks PostgreSQL how it reads each term (stemming, stop words), in one round trip. */
export async function prepareSearch(db: Db, parsed: ParsedSearch): Promise<PreparedSearch> {
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

export function termSql(term: PreparedTerm): Prisma.Sql {
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

export function searchSql(search: PreparedSearch): Prisma.Sql[] {
  return [
    ...search.groups.map((group) => sql`(${Prisma.join(group.map(termSql), ' OR ')})`),
    ...search.excluded.map((term) => sql`NOT ${termSql(term)}`),
  ];
}

export function rankSql(search: PreparedSearch): Prisma.Sql {
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
