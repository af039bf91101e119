import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeDate, formatPartialDate, parsePartialDate } from './dates';

const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));
const pad = (n: number) => String(n).padStart(2, '0');
/** The Gregorian calendar, written out independently of Date. */
const daysIn = (year: number, month: number) => {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
};
const existingDates = fc
  .record({ year: fc.integer({ min: 1800, max: 2200 }), month: fc.integer({ min: 1, max: 12 }) })
  .chain(({ year, month }) => fc.record({ year: fc.constant(year), month: fc.constant(month), day: fc.integer({ min: 1, max: daysIn(year, month) }) }));

describe('parsePartialDate', () => {
  it('reads a day, a month or a year, stored as the first day of the period (UTC)', () => {
    expect(parsePartialDate('2020-06-15')).toEqual({ ok: true, on: utc(2020, 6, 15), precision: 'DAY' });
    expect(parsePartialDate('2020-06')).toEqual({ ok: true, on: utc(2020, 6, 1), precision: 'MONTH' });
    expect(parsePartialDate('2020')).toEqual({ ok: true, on: utc(2020, 1, 1), precision: 'YEAR' });
    expect(parsePartialDate(' 2020-06 ')).toEqual({ ok: true, on: utc(2020, 6, 1), precision: 'MONTH' });
  });

  it.each([
    ['2020-02-30', 'that month has no day 30'],
    ['2021-02-29', 'that month has no day 29'], // 2021 is not a leap year
    ['1900-02-29', 'that month has no day 29'], // century, not divisible by 400
    ['2020-06-31', 'that month has no day 31'],
    ['2020-06-00', 'that month has no day 00'],
  ])('refuses the non-existent day %s, saying so', (input, reason) => {
    expect(parsePartialDate(input)).toEqual({ ok: false, message: `${input} is not a date: ${reason}.` });
  });

  it('accepts 29 February in leap years', () => {
    expect(parsePartialDate('2024-02-29')).toEqual({ ok: true, on: utc(2024, 2, 29), precision: 'DAY' });
    expect(parsePartialDate('2000-02-29')).toEqual({ ok: true, on: utc(2000, 2, 29), precision: 'DAY' });
  });

  it.each([['2020-13'], ['2020-00'], ['2020-13-01']])('refuses the month in %s', (input) => {
    const month = input.slice(5, 7);
    expect(parsePartialDate(input)).toEqual({ ok: false, message: `${input} is not a date: there is no month ${month}.` });
  });

  it.each([['20-06'], ['2020/06'], ['2020-6'], ['2020-06-1'], ['06/15/2020'], ['June 2020'], ['2020-06-15T00:00:00Z'], ['+02020'], ['']])(
    'refuses %j and shows the formats it reads',
    (input) => {
      expect(parsePartialDate(input)).toEqual({ ok: false, message: 'Write the date as YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2020-06).' });
    },
  );

  it('refuses years outside 1800–2200', () => {
    expect(parsePartialDate('1799')).toEqual({ ok: false, message: 'The year must be between 1800 and 2200.' });
    expect(parsePartialDate('2201-01-01')).toEqual({ ok: false, message: 'The year must be between 1800 and 2200.' });
    expect(parsePartialDate('1800').ok).toBe(true);
    expect(parsePartialDate('2200-12-31').ok).toBe(true);
  });
});

describe('formatPartialDate', () => {
  it('writes the date in its precision and never pads it', () => {
    expect(formatPartialDate(utc(2020, 6, 1), 'MONTH')).toBe('2020-06');
    expect(formatPartialDate(utc(2020, 1, 1), 'YEAR')).toBe('2020');
    expect(formatPartialDate(utc(2020, 6, 15), 'DAY')).toBe('2020-06-15');
    expect(formatPartialDate(utc(2020, 6, 1), 'DAY')).toBe('2020-06-01');
  });

  it('gives back exactly what parsePartialDate read, for every date that exists', () => {
    fc.assert(
      fc.property(existingDates, ({ year, month, day }) => {
        for (const text of [`${year}`, `${year}-${pad(month)}`, `${year}-${pad(month)}-${pad(day)}`]) {
          const parsed = parsePartialDate(text);
          expect(parsed.ok && formatPartialDate(parsed.on, parsed.precision)).toBe(text);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('parsePartialDate against the calendar', () => {
  it('refuses every day past the end of its month', () => {
    const pastTheEnd = fc
      .record({ year: fc.integer({ min: 1800, max: 2200 }), month: fc.constantFrom(2, 4, 6, 9, 11) })
      .chain(({ year, month }) => fc.record({ year: fc.constant(year), month: fc.constant(month), day: fc.integer({ min: daysIn(year, month) + 1, max: 31 }) }));
    fc.assert(
      fc.property(pastTheEnd, ({ year, month, day }) => {
        expect(parsePartialDate(`${year}-${pad(month)}-${pad(day)}`).ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

describe('describeDate', () => {
  it('adds the qualifier, and says when the date is unknown', () => {
    expect(describeDate('2020', 'after June')).toBe('2020 (after June)');
    expect(describeDate('2020-06', null)).toBe('2020-06');
    expect(describeDate(null, 'before 2019')).toBe('before 2019');
    expect(describeDate(null, null)).toBe('date unknown');
  });
});
