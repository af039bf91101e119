// Dates known to a day, a month or a year. Stored as the first day of the period plus its
// precision; always written in that precision ("2020-06", never "2020-06-01").

export const DATE_PRECISIONS = ['DAY', 'MONTH', 'YEAR'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export type PartialDate = { on: Date; precision: DatePrecision };

export type ParsedDate = ({ ok: true } & PartialDate) | { ok: false; message: string };

const MIN_YEAR = 1800;
const MAX_YEAR = 2200;

/** Reads "2020-06-15", "2020-06" or "2020". Rejects dates that do not exist ("2020-02-30"). */
export function parsePartialDate(input: string): ParsedDate {
  const text = input.trim();
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) return { ok: false, message: 'Write the date as YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2020-06).' };
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return { ok: false, message: `The year must be between ${MIN_YEAR} and ${MAX_YEAR}.` };
  }
  if (month !== undefined && (month < 1 || month > 12)) {
    return { ok: false, message: `${text} is not a date: there is no month ${match[2]}.` };
  }
  const on = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  if (day !== undefined && on.getUTCMonth() !== month! - 1) {
    return { ok: false, message: `${text} is not a date: that month has no day ${match[3]}.` };
  }
  const precision: DatePrecision = day !== undefined ? 'DAY' : month !== undefined ? 'MONTH' : 'YEAR';
  return { ok: true, on, precision };
}

/** "2020-06-15", "2020-06" or "2020". */
export function formatPartialDate(on: Date, precision: DatePrecision): string {
  return formatPartialIsoDate(on.toISOString().slice(0, 10), precision);
}

/** The same from an ISO date string (YYYY-MM-DD), as PostgreSQL writes a `date` in JSON. */
export function formatPartialIsoDate(iso: string, precision: DatePrecision): string {
  return precision === 'DAY' ? iso : precision === 'MONTH' ? iso.slice(0, 7) : iso.slice(0, 4);
}

/** "2020 (after June)". */
export function describeDate(value: string | null, qualifier: string | null): string {
  if (!value) return qualifier ?? 'date unknown';
  return qualifier ? `${value} (${qualifier})` : value;
}

/** Today in UTC as YYYY-MM-DD: access dates of citations, dates in export file names. */
export const todayIsoDate = (now = new Date()) => now.toISOString().slice(0, 10);
