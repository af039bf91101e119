// The extractor: pure functions on strings, importable from the browser, the server and vitest.
import type { Draft } from '../case-document/draft';
import type { Extraction, ExtractionContext, Sentence, Suggestion } from './types';

export type * from './types';

/** Synchronous and pure: the same text and context give the same suggestions with the same ids. */
export function extractSuggestions(text: string, context: ExtractionContext): Extraction {
  void text;
  void context;
  return { sentences: [], suggestions: [] };
}

/**
 * Adds the accepted suggestions to a copy of the draft, each row cited to `source` with the exact
 * sentence as excerpt and "sentence N, chars A–B" as locator. Never adds a row the draft has.
 */
export function applySuggestions(draft: Draft, accepted: Suggestion[], source: { id: string }, sentences: Sentence[]): Draft {
  void accepted;
  void source;
  void sentences;
  return draft;
}

/** Suggestions matching a row the draft already has, with that row's label ("Party · Lenovo Group"). */
export function matchExisting(draft: Draft, suggestions: Suggestion[]): Map<string, string> {
  void draft;
  void suggestions;
  return new Map();
}
