// A result list as CSV: UTF-8 with a byte-order mark (so spreadsheet programs read Chinese
// correctly), CRLF between records (RFC 4180), every cell quoted when it must be, and cells that
// a spreadsheet would run as a formula neutralised.
import { totalQualifierWords } from '../money';
import type { CaseRow } from './case-rows';

export const CSV_BOM = '\uFEFF';

export const CASE_LIST_COLUMNS = [
  'Title',
  'Jurisdiction',
  'Status',
  'Fictional',
  'Forums',
  'Case numbers',
  'Year begun',
  'First filed',
  'Last decided',
  'Claim kinds',
  'Claimed (each claim, with qualifier and currency)',
  'Claimed total qualifier',
  'Claimed total',
  'Claimed total currency',
  'Awarded (latest decision on each claim)',
  'Awarded total qualifier',
  'Awarded total',
  'Awarded total currency',
  'Outcomes (certainty, date)',
  'Parties (original name): roles',
  'Judges and arbitrators (original name)',
  'Counsel (lawyer) for party',
  'Tags',
  'Last updated',
  'Case page',
  'Id',
] as const;

/** A cell a spreadsheet would evaluate (=, +, -, @, tab, carriage return first) gets a leading apostrophe. */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Cells needing work: a formula's first character, or a quote, comma or line break anywhere. */
const NEEDS_WORK = /^[=+\-@\t\r]|[",\r\n]/;

export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  if (!NEEDS_WORK.test(value)) return value; // most cells: no copy
  const text = neutraliseFormula(value.replace(/\r\n?/g, '\n'));
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRecord(cells: (string | number | boolean | null)[]): string {
  let record = '';
  for (let i = 0; i < cells.length; i++) record += i === 0 ? csvCell(cells[i]!) : `,${csvCell(cells[i]!)}`;
  return `${record}\r\n`;
}

export function caseRowCells(row: CaseRow): (string | number | boolean | null)[] {
  return [
    row.title,
    row.jurisdiction,
    row.status,
    row.fictional ? 'yes' : 'no',
    row.forums,
    row.caseNumbers,
    row.yearBegun,
    row.filed?.text ?? '',
    row.decided?.text ?? '',
    row.claimKinds,
    row.claimed,
    row.claimedTotal ? totalQualifierWords(row.claimedTotal.qualifier) : '',
    row.claimedTotal?.value ?? '',
    row.claimedTotal?.currency ?? '',
    row.awarded,
    row.awardedTotal ? totalQualifierWords(row.awardedTotal.qualifier) : '',
    row.awardedTotal?.value ?? '',
    row.awardedTotal?.currency ?? '',
    row.outcomes,
    row.parties,
    row.judges,
    row.counsel,
    row.tags,
    row.updatedAt.toISOString(),
    row.url,
    row.id,
  ];
}

/** The whole CSV as a stream of text chunks: BOM and header first, then a chunk per batch of rows. */
export async function* caseListCsv(rows: AsyncIterable<CaseRow>): AsyncGenerator<string> {
  yield CSV_BOM + csvRecord([...CASE_LIST_COLUMNS]);
  let chunk = '';
  let n = 0;
  for await (const row of rows) {
    chunk += csvRecord(caseRowCells(row));
    if (++n % 200 === 0) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}
