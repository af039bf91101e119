// Amounts with their qualifier: "more than 5 million yuan", "超过500万元", "逾500万元", "500余万元",
// "$2.5M", "EUR 250,000". Values are exact decimal strings with two places, as the draft keeps them.
import type { Money, MoneyQualifier } from '../money';
import type { Span } from './types';

export type MoneyMention = Span & { money: Money };

const EN_QUALIFIERS: [RegExp, MoneyQualifier][] = [
  [/^(?:more than|over|in excess of|exceeding|upwards of)$/i, 'MORE_THAN'],
  [/^(?:at least|no less than|not less than|a minimum of)$/i, 'AT_LEAST'],
  [/^(?:up to|at most|no more than|not more than|a maximum of)$/i, 'AT_MOST'],
  [/^(?:about|approximately|around|roughly|nearly|almost|some|an estimated)$/i, 'APPROXIMATELY'],
];
const ZH_QUALIFIERS: [RegExp, MoneyQualifier][] = [
  [/^(?:超过|超|逾|多于|高于)$/, 'MORE_THAN'],
  [/^(?:至少|不少于|不低于)$/, 'AT_LEAST'],
  [/^(?:不超过|最高|最多|至多)$/, 'AT_MOST'],
  [/^(?:约|大约|近|将近|接近|约合)$/, 'APPROXIMATELY'],
];

const EN_QUALIFIER = '(more than|over|in excess of|exceeding|upwards of|at least|no less than|not less than|a minimum of|up to|at most|no more than|not more than|a maximum of|about|approximately|around|roughly|nearly|almost|some|an estimated)';
const PREFIX_CURRENCY: Record<string, string> = { US$: 'USD', $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'CNY', USD: 'USD', CNY: 'CNY', RMB: 'CNY', EUR: 'EUR', GBP: 'GBP', HKD: 'HKD', HK$: 'HKD' };
const SUFFIX_CURRENCY: Record<string, string> = { yuan: 'CNY', rmb: 'CNY', cny: 'CNY', dollars: 'USD', usd: 'USD', euros: 'EUR', eur: 'EUR', pounds: 'GBP', gbp: 'GBP' };
const SCALES: Record<string, bigint> = { thousand: 10n ** 3n, k: 10n ** 3n, million: 10n ** 6n, m: 10n ** 6n, mn: 10n ** 6n, billion: 10n ** 9n, bn: 10n ** 9n, b: 10n ** 9n, 千: 10n ** 3n, 万: 10n ** 4n, 百万: 10n ** 6n, 千万: 10n ** 7n, 亿: 10n ** 8n };

const EN = new RegExp(
  `(?:\\b${EN_QUALIFIER}\\s+)?(US\\$|HK\\$|\\$|€|£|¥|\\b(?:USD|CNY|RMB|EUR|GBP|HKD)\\s?)?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?:\\s?(thousand|million|billion|mn|bn|[kKmMbB])\\b)?(?:\\s(yuan|RMB|CNY|dollars|USD|euros|EUR|pounds|GBP)\\b)?`,
  'g',
);
const ZH = /(超过|超|逾|多于|高于|至少|不少于|不低于|不超过|最高|最多|至多|约合|约|大约|将近|接近|近)?(?:人民币|RMB)?\s?(\d+(?:,\d{3})*)(\.\d+)?(余|多)?(千万|百万|千|万|亿)?(余|多)?(元|美元|欧元|港元|港币|英镑)/g;
const ZH_CURRENCY: Record<string, string> = { 元: 'CNY', 美元: 'USD', 欧元: 'EUR', 港元: 'HKD', 港币: 'HKD', 英镑: 'GBP' };

/** "5000000.00" from ("5", undefined, 10^6); exact in BigInt, never through a float. */
function amount(integer: string, fraction: string | undefined, scale: bigint): string {
  const digits = fraction ? fraction.slice(1) : '';
  const cents = (BigInt(integer.replace(/,/g, '') + digits) * scale * 100n) / 10n ** BigInt(digits.length);
  const text = cents.toString().padStart(3, '0');
  return `${text.slice(0, -2)}.${text.slice(-2)}`;
}

function qualifierOf(word: string | undefined, table: [RegExp, MoneyQualifier][]): MoneyQualifier {
  if (!word) return 'EXACT';
  return table.find(([pattern]) => pattern.test(word))?.[1] ?? 'EXACT';
}

export function findMoney(text: string): MoneyMention[] {
  const found: MoneyMention[] = [];
  for (const m of text.matchAll(EN)) {
    const [, qualifier, prefix, integer, fraction, scale, suffix] = m;
    const currency = prefix ? PREFIX_CURRENCY[prefix.trim()] : suffix ? SUFFIX_CURRENCY[suffix.toLowerCase()] : undefined;
    if (!currency) continue;
    const factor = scale ? SCALES[scale.toLowerCase()]! : 1n;
    found.push({ start: m.index, end: m.index + m[0].length, money: { qualifier: qualifierOf(qualifier, EN_QUALIFIERS), value: amount(integer!, fraction, factor), currency } });
  }
  for (const m of text.matchAll(ZH)) {
    const [, qualifier, integer, fraction, more1, scale, more2, unit] = m;
    const start = m.index;
    const end = start + m[0].length;
    if (found.some((f) => f.start < end && start < f.end)) continue;
    const q = more1 || more2 ? 'MORE_THAN' : qualifierOf(qualifier, ZH_QUALIFIERS);
    found.push({ start, end, money: { qualifier: q, value: amount(integer!, fraction, scale ? SCALES[scale]! : 1n), currency: ZH_CURRENCY[unit!]! } });
  }
  return found.sort((a, b) => a.start - b.start);
}
