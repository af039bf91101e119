// Whether a new password is too easy to guess, by zxcvbn-ts (MIT) with its common-language data:
// the ~30,000 most common passwords of breach corpora, diceware words and keyboard layouts, plus the
// patterns attackers try first (l33t spellings, repeats, sequences, dates, a word plus digits).
// Server-side only in practice: the data is ~2 MB, so no browser module imports this.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

/** zxcvbn's scale 0–4; 3 is "safely unguessable: moderate protection from an offline attack" (≥ 10^8 guesses). */
export const MIN_PASSWORD_SCORE = 3;

let factory: ZxcvbnFactory | undefined;

/** Built on first use: loading the dictionaries takes a moment that pages without a password form should not pay. */
function zxcvbn(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  return factory;
}

/** True when the password is common, breached or a common pattern; `userInputs` (email, name) count as known words. */
export function isGuessablePassword(password: string, userInputs: string[] = []): boolean {
  return zxcvbn().check(password, userInputs).score < MIN_PASSWORD_SCORE;
}
