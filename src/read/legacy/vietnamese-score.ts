/**
 * How Vietnamese a decoded text looks: of its words that hold a non-ASCII character (the only
 * ones a wrong encoding changes), the share that are well-formed syllables. Words of ASCII
 * letters alone read the same in every candidate encoding and are not counted.
 */
import { isVietnameseSyllable } from './syllable.js';

export interface Score {
  /** non-ASCII words that are Vietnamese syllables */
  valid: number;
  /** non-ASCII words that are not */
  invalid: number;
}

// words end at white space, ASCII punctuation and digits, and the typographic punctuation of U+2010–U+206F
const WORD = /[^\s\x21-\x40\x5b-\x60\x7b-\x7e\u00a0\u00ab\u00bb\u2010-\u206f]+/gu;
const NON_ASCII = /[^\x00-\x7f]/u;
const LETTER = /\p{L}/u;

export function scoreText(text: string): Score {
  let valid = 0;
  let invalid = 0;
  for (const [word] of text.matchAll(WORD)) {
    // a symbol ("×", "©") alone is no word: a wrong decoding must not win by turning it into a letter
    if (!NON_ASCII.test(word) || !LETTER.test(word)) continue;
    if (isVietnameseSyllable(word)) valid++;
    else invalid++;
  }
  return { valid, invalid };
}

/** -1 … 1: the balance of valid over invalid words (0 when there are none). */
export function ratio(score: Score): number {
  const total = score.valid + score.invalid;
  return total === 0 ? 0 : (score.valid - score.invalid) / total;
}
