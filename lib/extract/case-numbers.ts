// Case numbers in the formats courts print them: PRC (2019)京01民终5678号 and arbitration
// 京劳人仲字[2020]第123号, US federal 3:18-cv-04567-XYZ, state "No. 06-2-12345-6 SEA", 21CV123456.
import type { Span } from './types';

export type CaseNumberMention = Span & { caseNumber: string; appeal: boolean };

const PATTERNS: RegExp[] = [
  /[（(]\d{4}[）)][\u4e00-\u9fff]{0,3}\d{0,6}[\u4e00-\u9fff]{1,6}\d+号/g,
  /[\u4e00-\u9fff]{1,10}[[［〔(（]\d{4}[\]］〕)）]第?\d+号/g,
  /\b\d{1,2}:\d{2}-[a-z]{2,3}-\d{3,5}(?:-[A-Z]{2,4})*\b/g,
  /(?<=\bNo\.\s?)\d{2}-\d-\d{5}-\d(?: [A-Z]{3}\b)?/g,
  /(?<=\b(?:Case|Cause|Docket) (?:No\.|Number)\s?)[A-Z0-9][A-Z0-9-]*\d[A-Z0-9-]*/g,
  /\b\d{2}CV\d{6}\b/g,
];

export function findCaseNumbers(text: string): CaseNumberMention[] {
  const found: CaseNumberMention[] = [];
  for (const pattern of PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      found.push({ start, end, caseNumber: m[0], appeal: /民终|刑终|行终|终\d/.test(m[0]) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
