// The search box's syntax, as researchers know it from other search engines:
//   lenovo arbitration      both words (AND)
//   "exact phrase"          the words in this order
//   lenovo OR xiaomi        either (OR binds the terms either side of it)
//   -xiaomi                 not this
//   party:常程  case:6885  judge:delgado  law:delaware  …   only in that part of a case (SEARCH_FIELD_HELP)
// Pure: no database. lib/server/cases/find-cases.ts turns the result into SQL.

export const SEARCH_FIELDS = ['party', 'forum', 'case', 'claim', 'source', 'judge', 'counsel', 'seat', 'law'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** An example of each field prefix and what it searches: the search help on the list page shows these. */
export const SEARCH_FIELD_HELP: Record<SearchField, { example: string; meaning: string }> = {
  party: { example: 'party:常程', meaning: 'in party names only' },
  forum: { example: 'forum:court', meaning: 'in forums only' },
  case: { example: 'case:6885', meaning: 'in case numbers only' },
  claim: { example: 'claim:damages', meaning: 'in claims only' },
  source: { example: 'source:reuters', meaning: 'in sources and citations only' },
  judge: { example: 'judge:delgado', meaning: 'in the names of judges and arbitrators (either script)' },
  counsel: { example: 'counsel:"harlow & finch"', meaning: 'in counsel: law firms and lawyers' },
  seat: { example: 'seat:"san jose"', meaning: "in a forum's seat or division" },
  law: { example: 'law:delaware', meaning: "in a covenant's governing law" },
};

export const SEARCH_MAX_LENGTH = 500;
export const SEARCH_MAX_TERMS = 12;

export type SearchTerm = { text: string; phrase: boolean; field: SearchField | null };

export type ParsedSearch = {
  /** Every group must match; a group matches when one of its terms does. */
  groups: SearchTerm[][];
  excluded: SearchTerm[];
  /** Why parts of the input were not used, for people. */
  notices: string[];
};

/** Kana, hangul and CJK ideographs: the scripts written without spaces between words. */
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]+/gu;
const SEARCHABLE = /[\p{L}\p{N}]/u;
const QUOTES = /[\u201c\u201d\u201e\u00ab\u00bb\u300c\u300d]/g;

/** NFKC (full-width letters and digits become ASCII), curly and CJK quotes become ". */
export function normalizeSearchText(input: string): string {
  return input.normalize('NFKC').replace(QUOTES, '"').replace(/\s+/g, ' ').trim();
}

export function cjkRuns(text: string): string[] {
  return text.match(CJK) ?? [];
}

/** The text outside CJK runs, which the full-text index splits into words. */
export function latinText(text: string): string {
  return text.replace(CJK, ' ').replace(/\s+/g, ' ').trim();
}

export function isSearchable(text: string): boolean {
  return SEARCHABLE.test(text);
}

/** The grams the database stores for CJK text (see cjk_grams() in the case_search migration): one character, or each adjacent pair. */
export function cjkQueryGrams(run: string): string[] {
  const chars = [...run];
  if (chars.length === 1) return chars;
  return [...new Set(chars.slice(1).map((c, i) => chars[i] + c))];
}

const FIELD_PREFIX = new RegExp(`^(${SEARCH_FIELDS.join('|')}):`, 'i');

type Token = { kind: 'term'; term: SearchTerm; negated: boolean } | { kind: 'or' };

function tokenize(input: string, notices: string[]): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    if (input[i] === ' ') {
      i++;
      continue;
    }
    const start = i;
    let negated = false;
    if (input[i] === '-' && i + 1 < input.length && input[i + 1] !== ' ') {
      negated = true;
      i++;
    }
    let field: SearchField | null = null;
    const prefix = FIELD_PREFIX.exec(input.slice(i));
    if (prefix && i + prefix[0].length < input.length && input[i + prefix[0].length] !== ' ') {
      field = prefix[1]!.toLowerCase() as SearchField;
      i += prefix[0].length;
    }
    let text: string;
    let phrase = false;
    if (input[i] === '"') {
      const end = input.indexOf('"', i + 1);
      text = input.slice(i + 1, end === -1 ? input.length : end).trim();
      i = end === -1 ? input.length : end + 1;
      phrase = text.includes(' ');
    } else {
      const end = input.indexOf(' ', i);
      text = input.slice(i, end === -1 ? input.length : end);
      i = end === -1 ? input.length : end;
    }
    if (!negated && !field && !phrase && text === 'OR' && input[start] !== '"') {
      tokens.push({ kind: 'or' });
      continue;
    }
    if (!isSearchable(text)) {
      const raw = input.slice(start, i).trim();
      if (raw) notices.push(`Ignored “${raw}”: a search term needs a letter or a digit.`);
      continue;
    }
    tokens.push({ kind: 'term', term: { text, phrase, field }, negated });
  }
  return tokens;
}

export function parseSearchQuery(input: string): ParsedSearch {
  const notices: string[] = [];
  let text = normalizeSearchText(input);
  if (text.length > SEARCH_MAX_LENGTH) {
    text = text.slice(0, SEARCH_MAX_LENGTH);
    notices.push(`Only the first ${SEARCH_MAX_LENGTH} characters of the search were used.`);
  }
  let tokens = tokenize(text, notices);
  const termCount = tokens.filter((t) => t.kind === 'term').length;
  if (termCount > SEARCH_MAX_TERMS) {
    let kept = 0;
    tokens = tokens.filter((t) => t.kind === 'or' || ++kept <= SEARCH_MAX_TERMS);
    notices.push(`Only the first ${SEARCH_MAX_TERMS} search terms were used.`);
  }

  const groups: SearchTerm[][] = [];
  const excluded: SearchTerm[] = [];
  let joinNext = false;
  for (const token of tokens) {
    if (token.kind === 'or') {
      joinNext = groups.length > 0;
      continue;
    }
    if (token.negated) {
      excluded.push(token.term);
      joinNext = false;
      continue;
    }
    if (joinNext) groups.at(-1)!.push(token.term);
    else groups.push([token.term]);
    joinNext = false;
  }
  if (groups.length === 0 && excluded.length > 0) {
    notices.push('Add a term to search for: excluded terms (-word) only narrow a search.');
    excluded.length = 0;
  }
  return { groups, excluded, notices };
}

/** True when the parse found something to search for. */
export function hasSearchTerms(parsed: ParsedSearch): boolean {
  return parsed.groups.length > 0;
}
