import { describe, expect, it } from 'vitest';
import {
  canonicalAmount,
  currencyCodes,
  formatMoney,
  isAmountless,
  MONEY_QUALIFIERS,
  parseAmount,
  parseCurrency,
  sumMoney,
  totalQualifierWords,
  UNKNOWN_MONEY,
  type Money,
} from './money';

describe('parseAmount', () => {
  it.each([
    ['5,000,000', '5000000'],
    ['5000000.00', '5000000.00'],
    ['5 000 000', '5000000'],
    ['5\u00a0000\u00a0000', '5000000'], // no-break space
    ['5\u202f000\u202f000', '5000000'], // narrow no-break space (French grouping)
    ['  1,234.5  ', '1234.5'],
    ['0005', '5'],
    ['0', '0'],
    ['0.25', '0.25'],
  ])('reads %j as %s', (input, value) => {
    expect(parseAmount(input)).toEqual({ ok: true, value });
  });

  it('keeps every digit of a 20-digit amount with 4 decimals (no float on the way)', () => {
    expect(parseAmount('12,345,678,901,234,567,890.1234')).toEqual({ ok: true, value: '12345678901234567890.1234' });
  });

  it('refuses a negative amount and says why', () => {
    expect(parseAmount('-5')).toEqual({ ok: false, message: 'An amount cannot be negative.' });
    expect(parseAmount(' -5,000 ')).toEqual({ ok: false, message: 'An amount cannot be negative.' });
  });

  it.each([
    ['5.000.000'], // European grouping: ambiguous, never read as five million or five
    ['12,34'], // decimal comma: must not become 1234
    ['1,0000'],
    ['1e6'],
    ['abc'],
    ['5.'],
    ['.5'],
    ['+5'],
    ['5 CNY'],
    ['１２３'], // full-width digits
  ])('refuses %j with an example of what to write', (input) => {
    expect(parseAmount(input)).toEqual({ ok: false, message: 'Write the amount with digits only, e.g. 5,000,000 or 5000000.00.' });
  });

  it('asks for an amount when there is none', () => {
    expect(parseAmount('')).toEqual({ ok: false, message: 'Enter an amount.' });
    expect(parseAmount(' \u00a0 ')).toEqual({ ok: false, message: 'Enter an amount.' });
  });

  it('refuses more than 20 integer digits (what the database column holds)', () => {
    expect(parseAmount('9'.repeat(20))).toEqual({ ok: true, value: '9'.repeat(20) });
    expect(parseAmount('9'.repeat(21))).toEqual({ ok: false, message: 'That amount is too large.' });
    expect(parseAmount('1'.repeat(1_000_000))).toEqual({ ok: false, message: 'That amount is too large.' });
    // leading zeros do not count
    expect(parseAmount(`000${'9'.repeat(20)}`)).toEqual({ ok: true, value: '9'.repeat(20) });
  });

  it('refuses more than 4 decimal places', () => {
    expect(parseAmount('1.2345')).toEqual({ ok: true, value: '1.2345' });
    expect(parseAmount('1.23456')).toEqual({ ok: false, message: 'Use at most 4 decimal places.' });
  });
});

describe('canonicalAmount', () => {
  it.each([
    ['5000000', 'CNY', '5000000.00'],
    ['5000000.00', 'CNY', '5000000.00'],
    ['1.2500', 'USD', '1.25'],
    ['0.10', 'USD', '0.10'],
    ['1.2345', 'USD', '1.2345'], // extra digits kept when they are not zero
    ['007', 'EUR', '7.00'],
    ['5000', 'JPY', '5000'], // JPY has no minor units
    ['5000.00', 'JPY', '5000'],
    ['5000.5', 'JPY', '5000.5'],
    ['1.5', 'KWD', '1.500'], // KWD has 3
    ['2', 'KWD', '2.000'],
    ['1.2340', 'KWD', '1.234'],
  ])('%s %s → %s', (value, currency, expected) => {
    expect(canonicalAmount(value, currency)).toBe(expected);
  });
});

describe('formatMoney', () => {
  const money = (qualifier: Money['qualifier'], value: string | null = null, currency: string | null = null): Money => ({ qualifier, value, currency });

  it.each([
    [money('MORE_THAN', '5000000.00', 'CNY'), 'more than 5,000,000 CNY'],
    [money('MORE_THAN', '5000000', 'CNY'), 'more than 5,000,000 CNY'],
    [money('APPROXIMATELY', '1800000000.00', 'USD'), 'about 1,800,000,000 USD'],
    [money('EXACT', '312500', 'USD'), '312,500 USD'],
    [money('AT_LEAST', '8000', 'CNY'), 'at least 8,000 CNY'],
    // a fraction shows the currency's minor units in full
    [money('EXACT', '2500000.50', 'USD'), '2,500,000.50 USD'],
    [money('EXACT', '2500000.5', 'USD'), '2,500,000.50 USD'],
    [money('AT_MOST', '999.5', 'EUR'), 'at most 999.50 EUR'],
    [money('EXACT', '0.05', 'USD'), '0.05 USD'],
    [money('APPROXIMATELY', '750000', 'USD'), 'about 750,000 USD'],
    [money('EXACT', '1234567', 'JPY'), '1,234,567 JPY'],
    [money('EXACT', '1000.5', 'KWD'), '1,000.500 KWD'],
    [money('EXACT', '1000.000', 'KWD'), '1,000 KWD'],
    [money('EXACT', '0', 'USD'), '0 USD'],
    [money('EXACT', '100.0000', 'USD'), '100 USD'],
    [money('EXACT', '12345678901234567890.1234', 'USD'), '12,345,678,901,234,567,890.1234 USD'],
  ])('%j → %s', (input, expected) => {
    expect(formatMoney(input)).toBe(expected);
  });

  it('says "unknown" and "not monetary" for amountless money', () => {
    expect(formatMoney(UNKNOWN_MONEY)).toBe('unknown');
    expect(formatMoney(money('UNKNOWN'))).toBe('unknown');
    expect(formatMoney(money('NOT_MONETARY'))).toBe('not monetary');
  });

  it('says "unknown" rather than inventing a figure when the value or currency is missing', () => {
    expect(formatMoney(money('EXACT', null, 'USD'))).toBe('unknown');
    expect(formatMoney(money('MORE_THAN', '5000000', null))).toBe('unknown');
  });
});

describe('parseCurrency', () => {
  it('accepts ISO 4217 codes in any case and with spaces', () => {
    expect(parseCurrency('cny')).toEqual({ ok: true, code: 'CNY' });
    expect(parseCurrency(' usd ')).toEqual({ ok: true, code: 'USD' });
    expect(parseCurrency('EUR')).toEqual({ ok: true, code: 'EUR' });
    expect(parseCurrency('KWD')).toEqual({ ok: true, code: 'KWD' });
  });

  it('refuses RMB and points to CNY', () => {
    const parsed = parseCurrency('RMB');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toContain('CNY');
    expect(parseCurrency('rmb')).toEqual(parsed);
  });

  it.each([
    ['YUAN', 'CNY'],
    ['NTD', 'TWD'],
    ['US$', 'USD'],
    ['Euro', 'EUR'],
  ])('refuses the common name %s and points to %s', (input, code) => {
    const parsed = parseCurrency(input);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toContain(code);
  });

  it.each([['XYZ'], ['ABCD'], ['US'], ['€'], ['123']])('refuses %j, naming what was typed', (input) => {
    const parsed = parseCurrency(input);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toContain(input.toUpperCase());
  });

  it('asks for a currency when there is none', () => {
    expect(parseCurrency('  ')).toEqual({ ok: false, message: 'Choose a currency.' });
  });
});

describe('currencyCodes', () => {
  it('lists the ISO codes, sorted, and every one parses', () => {
    const codes = currencyCodes();
    expect(codes).toEqual(expect.arrayContaining(['CNY', 'EUR', 'JPY', 'KWD', 'USD']));
    expect(codes).toEqual([...codes].sort());
    expect(codes).not.toContain('RMB');
    for (const code of codes) expect(parseCurrency(code)).toEqual({ ok: true, code });
  });
});

describe('isAmountless', () => {
  it('is true only for UNKNOWN and NOT_MONETARY', () => {
    expect(MONEY_QUALIFIERS.filter(isAmountless)).toEqual(['UNKNOWN', 'NOT_MONETARY']);
  });
});

describe('sumMoney', () => {
  const cny = (qualifier: Money['qualifier'], value: string): Money => ({ qualifier, value, currency: 'CNY' });
  const NOT_MONETARY: Money = { qualifier: 'NOT_MONETARY', value: null, currency: null };

  it('adds exact amounts exactly, beyond what a float holds', () => {
    expect(sumMoney([cny('EXACT', '12345678901234567.89'), cny('EXACT', '0.11'), NOT_MONETARY])).toEqual({
      qualifier: 'EXACT',
      value: '12345678901234568.00',
      currency: 'CNY',
    });
  });

  it('makes the Lenovo claims "more than 5,000,000 CNY": an unknown amount can only add', () => {
    const total = sumMoney([cny('MORE_THAN', '5000000'), UNKNOWN_MONEY, NOT_MONETARY])!;
    expect(total).toEqual({ qualifier: 'MORE_THAN', value: '5000000.00', currency: 'CNY' });
    expect(totalQualifierWords(total.qualifier)).toBe('more than');
    expect(sumMoney([cny('EXACT', '1'), UNKNOWN_MONEY])!.qualifier).toBe('AT_LEAST');
  });

  it('keeps "at most" and "about" only when every inexact part says the same', () => {
    expect(sumMoney([cny('AT_MOST', '10'), cny('EXACT', '5')])).toEqual({ qualifier: 'AT_MOST', value: '15.00', currency: 'CNY' });
    expect(sumMoney([cny('APPROXIMATELY', '10'), cny('APPROXIMATELY', '5')])!.qualifier).toBe('APPROXIMATELY');
    expect(sumMoney([cny('AT_MOST', '10'), cny('AT_LEAST', '5')])).toBeNull();
    expect(sumMoney([cny('AT_MOST', '10'), UNKNOWN_MONEY])).toBeNull();
    expect(sumMoney([cny('APPROXIMATELY', '10'), cny('MORE_THAN', '5')])).toBeNull();
  });

  it('gives no total across currencies or without any amount', () => {
    expect(sumMoney([cny('EXACT', '1'), { qualifier: 'EXACT', value: '1', currency: 'USD' }])).toBeNull();
    expect(sumMoney([UNKNOWN_MONEY, NOT_MONETARY])).toBeNull();
    expect(sumMoney([])).toBeNull();
  });

  it('refuses an amount that is not canonical rather than adding a wrong figure', () => {
    expect(() => sumMoney([cny('EXACT', '-5')])).toThrow('Not a canonical amount: -5');
    expect(() => sumMoney([cny('EXACT', '1,000')])).toThrow('Not a canonical amount');
    expect(() => sumMoney([cny('EXACT', '1.00001')])).toThrow('Not a canonical amount');
  });
});
