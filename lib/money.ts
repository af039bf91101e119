// Money is a qualifier plus an exact decimal string and an ISO 4217 code. No floats anywhere:
// amounts are parsed, normalised and formatted as strings of digits.

export const MONEY_QUALIFIERS = [
  'EXACT',
  'MORE_THAN',
  'AT_LEAST',
  'AT_MOST',
  'APPROXIMATELY',
  'UNKNOWN',
  'NOT_MONETARY',
] as const;
export type MoneyQualifier = (typeof MONEY_QUALIFIERS)[number];

export type Money = { qualifier: MoneyQualifier; value: string | null; currency: string | null };

export const UNKNOWN_MONEY: Money = { qualifier: 'UNKNOWN', value: null, currency: null };

/** Qualifiers that carry no amount. */
export function isAmountless(qualifier: MoneyQualifier): boolean {
  return qualifier === 'UNKNOWN' || qualifier === 'NOT_MONETARY';
}

const MAX_INTEGER_DIGITS = 20;
const MAX_FRACTION_DIGITS = 4;

export type ParsedAmount = { ok: true; value: string } | { ok: false; message: string };

/**
 * Reads an amount as people type it: "5,000,000", "5000000.00", "5 000 000".
 * Returns the plain decimal string ("5000000", "5000000.00"); never goes through a float.
 */
export function parseAmount(input: string): ParsedAmount {
  const text = input.trim().replace(/[\s\u00a0\u202f']/g, '');
  if (text === '') return { ok: false, message: 'Enter an amount.' };
  if (text.startsWith('-')) return { ok: false, message: 'An amount cannot be negative.' };
  const match = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) {
    return { ok: false, message: 'Write the amount with digits only, e.g. 5,000,000 or 5000000.00.' };
  }
  const integer = match[1]!.replace(/,/g, '').replace(/^0+(?=\d)/, '');
  const fraction = match[2] ?? '';
  if (integer.length > MAX_INTEGER_DIGITS) return { ok: false, message: 'That amount is too large.' };
  if (fraction.length > MAX_FRACTION_DIGITS) {
    return { ok: false, message: `Use at most ${MAX_FRACTION_DIGITS} decimal places.` };
  }
  return { ok: true, value: fraction ? `${integer}.${fraction}` : integer };
}

const CURRENCY_ALIASES: Record<string, string> = {
  RMB: 'CNY',
  YUAN: 'CNY',
  NTD: 'TWD',
  US$: 'USD',
  EURO: 'EUR',
};

let currencies: Set<string> | undefined;
function knownCurrencies(): Set<string> {
  currencies ??= new Set(Intl.supportedValuesOf('currency'));
  return currencies;
}

export type ParsedCurrency = { ok: true; code: string } | { ok: false; message: string };

/** ISO 4217 codes, from the ICU data that ships with Node and every browser. */
export function parseCurrency(input: string): ParsedCurrency {
  const code = input.trim().toUpperCase();
  if (code === '') return { ok: false, message: 'Choose a currency.' };
  const alias = CURRENCY_ALIASES[code];
  if (alias) return { ok: false, message: `${code} is not an ISO 4217 code: use ${alias}.` };
  if (!/^[A-Z]{3}$/.test(code) || !knownCurrencies().has(code)) {
    return { ok: false, message: `${code} is not an ISO 4217 currency code (e.g. CNY, USD, EUR).` };
  }
  return { ok: true, code };
}

export function currencyCodes(): string[] {
  return [...knownCurrencies()].sort();
}

// Building an Intl.NumberFormat costs ~25 µs: a 100k-row export formats hundreds of thousands of amounts.
const minorUnitsByCurrency = new Map<string, number>();

function minorUnits(currency: string): number {
  let digits = minorUnitsByCurrency.get(currency);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    minorUnitsByCurrency.set(currency, digits);
  }
  return digits;
}

/**
 * The canonical decimal string of an amount in a currency: the currency's minor units, more only
 * when the extra digits are not zero. "5000000" CNY → "5000000.00"; "1.2500" USD → "1.25".
 */
export function canonicalAmount(value: string, currency: string): string {
  const [integer = '0', fraction = ''] = value.split('.');
  const trimmed = fraction.replace(/0+$/, '');
  const digits = Math.max(minorUnits(currency), trimmed.length);
  const normalisedInteger = integer.replace(/^0+(?=\d)/, '');
  return digits === 0 ? normalisedInteger : `${normalisedInteger}.${trimmed.padEnd(digits, '0')}`;
}

/** "1800000000.5" → "1,800,000,000.5": commas between thousands of the integer part. */
export function groupThousands(value: string): string {
  const [integer = '0', fraction] = value.split('.');
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

const QUALIFIER_WORDS: Record<MoneyQualifier, string> = {
  EXACT: '',
  MORE_THAN: 'more than ',
  AT_LEAST: 'at least ',
  AT_MOST: 'at most ',
  APPROXIMATELY: 'about ',
  UNKNOWN: 'unknown',
  NOT_MONETARY: 'not monetary',
};

/**
 * "more than 5,000,000 CNY", "2,500,000.50 USD", "unknown", "not monetary". The currency's minor
 * units show only when the amount has a fraction: a whole sum reads without ".00" (the canonical
 * value, "5000000.00", keeps them).
 */
export function formatMoney(money: Money): string {
  if (isAmountless(money.qualifier) || money.value === null || money.currency === null) {
    return QUALIFIER_WORDS[money.qualifier === 'NOT_MONETARY' ? 'NOT_MONETARY' : 'UNKNOWN'];
  }
  const amount = groupThousands(canonicalAmount(money.value, money.currency).replace(/\.0+$/, ''));
  return `${QUALIFIER_WORDS[money.qualifier]}${amount} ${money.currency}`;
}

/** A total's qualifier as a spreadsheet column says it: "exact", "more than", "at least", "at most", "about". */
export function totalQualifierWords(qualifier: MoneyQualifier): string {
  return qualifier === 'EXACT' ? 'exact' : QUALIFIER_WORDS[qualifier].trim();
}

export type KnownMoney = { qualifier: MoneyQualifier; value: string; currency: string };

const SCALE = 10_000n; // amounts are stored with at most 4 decimals

/**
 * The sum of amounts in their one currency, qualified as its parts allow: exact only when every
 * part is exact; a lower bound when the parts are exact, lower bounds or of unknown amount (an
 * unknown amount can only add); "at most" or "about" when every inexact part says so. No total
 * (null) when no part has an amount, currencies differ, or parts bound the sum in different ways.
 * Parts that are not monetary do not count.
 */
export function sumMoney(amounts: Money[]): KnownMoney | null {
  let currency: string | null = null;
  let total = 0n;
  let moreThan = false;
  let lower = false;
  let atMost = false;
  let about = false;
  for (const money of amounts) {
    if (money.qualifier === 'NOT_MONETARY') continue;
    if (money.value === null || money.currency === null) {
      lower = true;
      continue;
    }
    if (currency !== null && money.currency !== currency) return null;
    if (!/^\d+(\.\d{1,4})?$/.test(money.value)) throw new Error(`Not a canonical amount: ${money.value}`);
    currency = money.currency;
    const [integer = '0', fraction = ''] = money.value.split('.');
    total += BigInt(integer) * SCALE + BigInt(fraction.padEnd(4, '0').slice(0, 4));
    moreThan ||= money.qualifier === 'MORE_THAN';
    lower ||= money.qualifier === 'MORE_THAN' || money.qualifier === 'AT_LEAST';
    atMost ||= money.qualifier === 'AT_MOST';
    about ||= money.qualifier === 'APPROXIMATELY';
  }
  if (currency === null || Number(lower) + Number(atMost) + Number(about) > 1) return null;
  const qualifier: MoneyQualifier = moreThan ? 'MORE_THAN' : lower ? 'AT_LEAST' : atMost ? 'AT_MOST' : about ? 'APPROXIMATELY' : 'EXACT';
  const value = `${total / SCALE}.${(total % SCALE).toString().padStart(4, '0')}`;
  return { qualifier, value: canonicalAmount(value, currency), currency };
}
