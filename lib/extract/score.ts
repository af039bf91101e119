// Scores an extraction against a fixture's expected facts: one suggestion per expected fact, a
// match when the group agrees, every expected field has the expected value, and the cited
// sentence holds the expected words. Used by the fixture tests and `npm run bench:extract`.
import type { Extraction, Suggestion, SuggestionGroup } from './types';

export type ExpectedFact = { group: SuggestionGroup; fact: Record<string, unknown>; sentence?: string };
export type Expected = { title: string; fictional: boolean; published: string | null; language: string | null; facts: ExpectedFact[] };
export type GroupScore = { expected: number; suggested: number; matched: number };
export type Score = { groups: Partial<Record<SuggestionGroup, GroupScore>>; missed: ExpectedFact[]; unexpected: Suggestion[] };

/** `actual` has every field of `expected` with the same value (objects compared field by field). */
export function contains(actual: unknown, expected: unknown): boolean {
  if (expected === null || typeof expected !== 'object') return actual === expected;
  if (Array.isArray(expected)) return Array.isArray(actual) && expected.length === actual.length && expected.every((e, i) => contains(actual[i], e));
  if (actual === null || typeof actual !== 'object') return false;
  return Object.entries(expected).every(([key, value]) => contains((actual as Record<string, unknown>)[key], value));
}

export function score(extraction: Extraction, expected: ExpectedFact[]): Score {
  const groups: Score['groups'] = {};
  const group = (g: SuggestionGroup) => (groups[g] ??= { expected: 0, suggested: 0, matched: 0 });
  const used = new Set<Suggestion>();
  const missed: ExpectedFact[] = [];
  for (const fact of expected) {
    group(fact.group).expected++;
    const hit = extraction.suggestions.find(
      (s) => !used.has(s) && s.group === fact.group && contains(s.fact, fact.fact) && (!fact.sentence || extraction.sentences[s.sentenceIndex]!.text.includes(fact.sentence)),
    );
    if (hit) {
      used.add(hit);
      group(fact.group).matched++;
    } else missed.push(fact);
  }
  for (const s of extraction.suggestions) group(s.group).suggested++;
  return { groups, missed, unexpected: extraction.suggestions.filter((s) => !used.has(s)) };
}
