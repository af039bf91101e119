import 'server-only';
// Misspellings: search words the collection does not hold, and the closest words it does.
import type { Db } from '../../../db/client';
import type { ParsedSearch, SearchTerm } from '../../../search/parse-query';
import type { PreparedSearch, PreparedTerm } from './search-terms';

/**
 * Search words the collection does not hold at all, mapped to the closest words it does hold. Words
 * are compared as the search vector stores them (stemmed lexemes), so "arbitration" is known.
 */
export async function suggestWords(db: Db, search: PreparedSearch): Promise<Map<string, string[]>> {
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
export function withSuggestions(search: PreparedSearch, suggestions: Map<string, string[]>): ParsedSearch {
  const expand = (term: PreparedTerm): SearchTerm[] => {
    const lexemes = [...(term.tsquery?.matchAll(/'((?:[^']|'')+)'/g) ?? [])].map((m) => m[1]!.replace(/''/g, "'"));
    const alternatives = term.phrase || lexemes.length !== 1 ? [] : (suggestions.get(lexemes[0]!) ?? []);
    const { text, phrase, field } = term;
    return [{ text, phrase, field }, ...alternatives.map((word) => ({ text: word, phrase, field }))];
  };
  const strip = ({ text, phrase, field }: PreparedTerm): SearchTerm => ({ text, phrase, field });
  return { groups: search.groups.map((group) => group.flatMap(expand)), excluded: search.excluded.map(strip), notices: [] };
}
