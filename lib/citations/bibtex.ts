// BibTeX and BibLaTeX in one entry: `@jurisdiction` (biblatex's type for a case, as Zotero's Better
// BibTeX writes it: institution = the court, number = the docket number, date, url, urldate) with the
// fields classic BibTeX reads of an entry type it does not know, which it formats as @misc (year, month,
// howpublished, note). Written here because citation-js's BibTeX output drops the court and the number.
import type { CslDate, CslItem } from './csl-item';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '#': '\\#',
  $: '\\$',
  '%': '\\%',
  '&': '\\&',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  // Not special to BibTeX, but TeX's default font encoding sets < > as ¡ ¿ and ` as an opening quote.
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '`': '\\textasciigrave{}',
};

/**
 * Text as a BibTeX value that TeX prints as written: its special characters escaped, and the ligatures
 * "--" (an en dash) and "''" (a closing quote) broken with an empty group; everything else (UTF-8) as it is.
 */
export function escapeBibtex(text: string): string {
  return text
    .replace(/[\\{}#$%&_~^<>`]/g, (c) => SPECIAL[c]!)
    .replace(/-(?=-)/g, '-{}')
    .replace(/'(?=')/g, "'{}")
    .replace(/\s+/g, ' ');
}

function isoDate({ 'date-parts': [parts] }: CslDate): string {
  return parts.map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0'))).join('-');
}

/** "quillfern2023": the title's first ASCII word and the year; `taken` keeps the keys of one file unique. */
export function citationKey(item: CslItem, taken: Set<string>): string {
  const word = /[A-Za-z][A-Za-z0-9]*/.exec(item.title.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))?.[0]?.toLowerCase() ?? 'case';
  const year = (item.issued ?? item.submitted)?.['date-parts'][0][0] ?? '';
  const base = `${word}${year}`;
  let key = base;
  for (let n = 0; taken.has(key); n++) key = `${base}${suffix(n)}`;
  taken.add(key);
  return key;
}

/** a, b, …, z, aa, ab, … */
function suffix(n: number): string {
  return n < 26 ? String.fromCharCode(97 + n) : suffix(Math.floor(n / 26) - 1) + suffix(n % 26);
}

export function toBibtexEntry(item: CslItem, key: string): string {
  const date = item.issued ?? item.submitted;
  const forum = item.authority ?? item.genre;
  const fields: [string, string][] = [['title', `{${escapeBibtex(item.title)}}`]];
  // institution is a list ("A and B"): braced whole, a court named "… Labor and Personnel …" stays one.
  fields.push(['institution', `{${escapeBibtex(forum)}}`]);
  if (item.number) fields.push(['number', escapeBibtex(item.number)]);
  if (item['container-title']) fields.push(['journaltitle', escapeBibtex(item['container-title'])]);
  if (date) fields.push(['date', isoDate(date)], ['year', String(date['date-parts'][0][0])]);
  const month = date?.['date-parts'][0][1];
  const howpublished = [forum, item.number && `No. ${item.number}`, item['container-title']].filter(Boolean).join(', ');
  fields.push(['howpublished', escapeBibtex(howpublished)]);
  const note = [!item.issued && item.submitted && `Filed ${isoDate(item.submitted)}; not known to be decided`, item.references].filter(Boolean).join('. ');
  if (note) fields.push(['note', escapeBibtex(note)]);
  // url is read verbatim: only braces (which would end the value) and backslashes need encoding.
  fields.push(['jurisdiction', escapeBibtex(item.jurisdiction)], ['url', item.URL.replace(/[{}\\]/g, encodeURIComponent)], ['urldate', isoDate(item.accessed)]);
  const lines = fields.map(([name, value]) => `  ${name} = {${value}},`);
  // A month is written as BibTeX's macro (jan…dec), which every style knows, not as text.
  if (month) lines.splice(fields.findIndex(([name]) => name === 'year') + 1, 0, `  month = ${MONTHS[month - 1]},`);
  return `@jurisdiction{${key},\n${lines.join('\n')}\n}\n`;
}
