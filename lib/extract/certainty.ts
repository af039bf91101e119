// The certainty a sentence's wording gives its facts. First match wins, so the more specific
// wording (a denial, an unnamed source) outranks a plain "said".
import type { Certainty } from '../generated/prisma/enums';

export type CertaintyReading = { certainty: Certainty; note: string | null };

/** The wording table; docs/extraction.md reproduces it. */
export const CERTAINTY_WORDING: { pattern: RegExp; certainty: Certainty; note: string | null; words: string }[] = [
  { pattern: /\b(?:according to (?:people|persons|sources|insiders)|sources (?:said|say|told)|people familiar with|it is understood|reportedly)\b|据悉|据了解|知情人士|消息人士|据传/i, certainty: 'REPORTED', note: 'Attributed to unnamed sources', words: 'according to sources, it is understood, reportedly, 据悉, 据了解, 知情人士' },
  { pattern: /\b(?:denied|denies|deny|rejected the claim)\b|否认/i, certainty: 'DENIED', note: null, words: 'denied, denies, 否认' },
  { pattern: /\b(?:disputed|disputes|contested|contests)\b|异议|争议的是/i, certainty: 'DISPUTED', note: null, words: 'disputed, contested, 异议' },
  { pattern: /\b(?:alleged|allegedly|alleges|alleging|accused|claimed that|claims that)\b|声称|指控|诉称/i, certainty: 'ALLEGED', note: null, words: 'alleged, accused, claimed that, 声称, 指控, 诉称' },
  { pattern: /\b(?:confirmed|confirms|the court found|the tribunal found|held that|ruled that|was ordered)\b|证实|确认|本院认为|本院认定|经审理查明|裁决如下|判决如下/i, certainty: 'CONFIRMED', note: null, words: 'confirmed, the court found, held that, ruled that, 证实, 确认, 本院认为, 经审理查明, 判决如下' },
];

/** Wording that leaves the previous sentence's facts unanswered: noted on them. */
export const NO_RESPONSE = /\bneither\b.*\b(?:responded|commented)\b|\b(?:did not|declined to|could not be reached to) (?:respond|comment)|未(?:予)?回应|未作回应|拒绝置评|不予置评/i;

export function readCertainty(sentence: string): CertaintyReading {
  const hit = CERTAINTY_WORDING.find((w) => w.pattern.test(sentence));
  return hit ? { certainty: hit.certainty, note: hit.note } : { certainty: 'REPORTED', note: null };
}

/** "Neither Lenovo nor Xiaomi responded": the sentence itself, trimmed, is the best note. */
export function noResponseNote(sentence: string): string | null {
  return NO_RESPONSE.test(sentence) ? sentence.replace(/^(?:However|But),?\s*/i, '').replace(/^\w/, (c) => c.toUpperCase()) : null;
}
