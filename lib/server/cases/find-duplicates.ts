import 'server-only';
// "Have we recorded this already?" — cases whose title or party names share the distinctive
// words of what is being entered. Words are read by the list's search (lib/search/parse-query,
// PostgreSQL's own stemming) and matched in one query on the summary rows: the search indexes
// find the candidates, the title-and-parties vector and text decide which words each one shares.
import { Prisma } from '../../generated/prisma/client';
import type { Db } from '../../db/client';
import { cjkQueryGrams, cjkRuns, latinText, normalizeSearchText } from '../../search/parse-query';
import { containsPattern, prepareSearch, type PreparedTerm } from './case-list/search-terms';

const sql = Prisma.sql;
const MAX_TOKENS = 12;
/** Words in many company names: sharing them says nothing. */
const STOP_WORDS = new Set(['the', 'and', 'group', 'inc', 'ltd', 'llc', 'gmbh', 'corp', 'company', 'co', 'limited', 'holdings', 'technology', 'technologies']);

/** Latin words of 3+ letters (lower-cased, not stop words) and CJK runs of 2+ characters, at most twelve. */
export function distinctiveTokens(texts: string[]): string[] {
  const tokens = new Set<string>();
  for (const text of texts.map(normalizeSearchText)) {
    for (const word of latinText(text).toLowerCase().match(/[a-z\u00c0-\u024f]{3,}/g) ?? []) if (!STOP_WORDS.has(word)) tokens.add(word);
    for (const run of cjkRuns(text)) if ([...run].length >= 2) tokens.add(run);
  }
  return [...tokens].slice(0, MAX_TOKENS);
}

/** The case could hold the word (answered by the search indexes). */
function candidateSql(term: PreparedTerm): Prisma.Sql {
  const parts = term.runs.map((run) => sql`s."cjkGrams" @> ${cjkQueryGrams(run)}::text[]`);
  if (term.tsquery) parts.push(sql`s."searchVector" @@ ${term.tsquery}::tsquery`);
  return Prisma.join(parts, ' OR ');
}

/** The case's title or a party name holds the word. */
function sharedSql(term: PreparedTerm): Prisma.Sql {
  const parts = term.runs.map((run) => sql`(s."partyText" LIKE ${containsPattern(run)} OR s.title LIKE ${containsPattern(run)})`);
  if (term.tsquery) parts.push(sql`s."rankVector" @@ ${term.tsquery}::tsquery`);
  return sql`(CASE WHEN ${Prisma.join(parts, ' OR ')} THEN 1 ELSE 0 END)`;
}

export async function findPossibleDuplicates(
  prisma: Db,
  { title, names, excludeId }: { title: string; names: string[]; excludeId: string | null },
): Promise<{ id: string; title: string }[]> {
  const tokens = distinctiveTokens([title, ...names]);
  if (tokens.length === 0) return [];
  const { groups } = await prepareSearch(prisma, { groups: tokens.map((text) => [{ text, phrase: false, field: null }]), excluded: [], notices: [] });
  const terms = groups.flat();
  if (terms.length === 0) return [];
  // Most shared words first; at least half of a multi-word entry must match.
  const needed = Math.max(1, Math.ceil(terms.length / 2));
  return prisma.$queryRaw<{ id: string; title: string }[]>`
    SELECT id, title FROM (
      SELECT s."caseId"::text AS id, s.title, (${Prisma.join(terms.map(sharedSql), ' + ')}) AS shared
      FROM "CaseSummary" s
      WHERE (${Prisma.join(terms.map(candidateSql), ' OR ')})
        ${excludeId ? sql`AND s."caseId" <> ${excludeId}::uuid` : Prisma.empty}
    ) m
    WHERE shared >= ${needed}::int
    ORDER BY shared DESC, title, id
    LIMIT 5`;
}
