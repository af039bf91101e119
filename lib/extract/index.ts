// The extractor: pure functions on strings, importable from the browser, the server and vitest.
export type * from './types';
export { extractSuggestions } from './extract';
export { applySuggestions, matchExisting, locatorOf, withNamedParties } from './apply';
