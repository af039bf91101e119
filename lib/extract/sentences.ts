// Splits a snapshot into sentences with UTF-16 offsets. Abbreviations ("No.", "Inc.", "U.S.")
// and decimals do not end a sentence; Chinese 。！？ end one without a following space.
import type { Sentence } from './types';

const ABBREVIATIONS = /(?:\b(?:No|Nos|Inc|Ltd|Co|Corp|Mr|Mrs|Ms|Dr|St|Jr|Sr|v|vs|U\.S|Dist|Cal|App|Supp|Fed|Cir|Wash|Ct|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Oct|Nov|Dec)|\b[A-Z])\.$/;
const END = /[.!?。！？]+["'”’」』)）]*|\n/g;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  const push = (to: number) => {
    let start = from;
    let end = to;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) sentences.push({ index: sentences.length, start, end, text: text.slice(start, end) });
    from = to;
  };
  for (const match of text.matchAll(END)) {
    const stop = match.index + match[0].length;
    const isNewline = match[0] === '\n';
    const latin = /^[.!?]/.test(match[0]);
    if (!isNewline && latin) {
      if (stop < text.length && !/[\s\p{Script=Han}]/u.test(text[stop]!)) continue;
      if (match[0] === '.' && ABBREVIATIONS.test(text.slice(Math.max(from, stop - 6), stop))) continue;
    }
    push(stop);
  }
  push(text.length);
  return sentences;
}
