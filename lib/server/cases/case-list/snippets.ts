// Snippets: where a search matched, cut from the case's search text with the matches marked.
import type { PreparedSearch } from './search-terms';
import type { Snippet, SnippetPart } from './types';

export function highlighter(search: PreparedSearch): RegExp | null {
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
