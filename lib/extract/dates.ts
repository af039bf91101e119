// Dates in English and Chinese wording, each with the precision the words give. A date without a
// year ("On September 17", "9月17日") takes the article's year, or the year before when that would
// put it after the article; 去年 / 今年 / 前年 count from the article's year.
import type { ExtractedDate, Span } from './types';

export type DateMention = Span & { date: ExtractedDate };

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const monthNumber = (name: string) => MONTH_NAMES.indexOf(name.slice(0, 3).toLowerCase()) + 1;

const pad = (n: number) => String(n).padStart(2, '0');
const format = (year: number, month?: number, day?: number) =>
  [String(year), month === undefined ? null : pad(month), day === undefined ? null : pad(day)].filter(Boolean).join('-');

type Reference = { year: number; month: number; day: number } | null;

function reference(published: string | null): Reference {
  const match = published ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(published) : null;
  return match ? { year: Number(match[1]), month: Number(match[2] ?? 12), day: Number(match[3] ?? 31) } : null;
}

/** The year of a month (and day) named without one: the latest such date not after the article. */
function yearOf(ref: Reference, month: number, day = 1): number | null {
  if (!ref) return null;
  return month > ref.month || (month === ref.month && day > ref.day) ? ref.year - 1 : ref.year;
}

type Rule = { pattern: RegExp; read: (m: RegExpExecArray, ref: Reference) => string | null };

const RULES: Rule[] = [
  { pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/g, read: (m) => format(+m[1]!, +m[2]!, +m[3]!) },
  { pattern: new RegExp(`\\b${MONTH} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, 'g'), read: (m) => format(+m[3]!, monthNumber(m[1]!), +m[2]!) },
  { pattern: new RegExp(`\\b(\\d{1,2}) ${MONTH},? (\\d{4})\\b`, 'g'), read: (m) => format(+m[3]!, monthNumber(m[2]!), +m[1]!) },
  { pattern: new RegExp(`\\b${MONTH},? (\\d{4})\\b`, 'g'), read: (m) => format(+m[2]!, monthNumber(m[1]!)) },
  {
    pattern: new RegExp(`\\b${MONTH} (\\d{1,2})(?:st|nd|rd|th)?\\b(?!,? \\d)`, 'g'),
    read: (m, ref) => {
      const month = monthNumber(m[1]!);
      const year = yearOf(ref, month, +m[2]!);
      return year === null ? null : format(year, month, +m[2]!);
    },
  },
  { pattern: /\b[Oo]n the (\d{1,2})(?:st|nd|rd|th)\b/g, read: (m, ref) => (ref && +m[1]! <= ref.day ? format(ref.year, ref.month, +m[1]!) : null) },
  { pattern: new RegExp(`\\b(?:[Ii]n|[Ss]ince|[Bb]y|[Ll]ate|[Ee]arly) ${MONTH}(?!,? \\d)`, 'g'), read: (m, ref) => {
    const month = monthNumber(m[1]!);
    const year = yearOf(ref, month);
    return year === null ? null : format(year, month);
  } },
  { pattern: /\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Oo]f|[Bb]y) (\d{4})\b/g, read: (m) => format(+m[1]!) },
  { pattern: /(\d{4})年(\d{1,2})月(\d{1,2})日/g, read: (m) => format(+m[1]!, +m[2]!, +m[3]!) },
  { pattern: /(\d{4})年(\d{1,2})月(?!\d)/g, read: (m) => format(+m[1]!, +m[2]!) },
  { pattern: /(\d{4})年(?!\d|度)/g, read: (m) => format(+m[1]!) },
  {
    pattern: /(去年|今年|前年)(\d{1,2})月(?:(\d{1,2})日)?/g,
    read: (m, ref) => {
      if (!ref) return null;
      const year = ref.year - { 今年: 0, 去年: 1, 前年: 2 }[m[1] as '今年' | '去年' | '前年'];
      return format(year, +m[2]!, m[3] === undefined ? undefined : +m[3]);
    },
  },
  {
    pattern: /(?<![\d年])(\d{1,2})月(\d{1,2})日/g,
    read: (m, ref) => {
      const year = yearOf(ref, +m[1]!, +m[2]!);
      return year === null ? null : format(year, +m[1]!, +m[2]!);
    },
  },
];

/** Every date in `text`, earliest first; where two readings overlap the longer one wins. */
export function findDates(text: string, published: string | null): DateMention[] {
  const ref = reference(published);
  const found: DateMention[] = [];
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      const value = rule.read(m as RegExpExecArray, ref);
      if (!value || !valid(value)) continue;
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((d) => d.start < end && start < d.end)) continue;
      found.push({ start, end, date: { value, qualifier: null } });
    }
  }
  // 同年8月: the year of the date before it in the same text.
  for (const m of text.matchAll(/同年(\d{1,2})月(?:(\d{1,2})日)?/g)) {
    const before = found.filter((d) => d.end <= m.index).at(-1);
    if (!before) continue;
    const value = format(Number(before.date.value.slice(0, 4)), +m[1]!, m[2] === undefined ? undefined : +m[2]);
    if (valid(value)) found.push({ start: m.index, end: m.index + m[0].length, date: { value, qualifier: null } });
  }
  return found.filter((d) => !isDateline(text, d)).sort((a, b) => a.start - b.start);
}

/** "SAN FRANCISCO, June 2 —", "January 29 (Reporter Wu Tao)", "1月29日电": the article's own date, not an event's. */
function isDateline(text: string, d: Span): boolean {
  return /^\s*(?:[—–]|--|\s-\s|[(（](?:Reporter|Xinhua|记者)|电)/.test(text.slice(d.end, d.end + 12));
}

function valid(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (y! < 1800 || y! > 2200) return false;
  if (m !== undefined && (m < 1 || m > 12)) return false;
  if (d !== undefined && new Date(Date.UTC(y!, m! - 1, d)).getUTCDate() !== d) return false;
  return true;
}
