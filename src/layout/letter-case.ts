/**
 * Letter case read code unit by code unit, as `\p{Ll}` and `\p{Lu}` read it, without a pattern call per line: every
 * line of a document is asked whether it is in capitals and where its first lower-case letter stands. Each code
 * unit's case is read off the letter table (grammar/letters.ts); a text with a surrogate pair (a letter outside the
 * BMP) is read by the patterns themselves, since a code unit alone cannot say.
 */

import { isSurrogate, letterClasses, LOWER as LOWER_FLAG, UPPER as UPPER_FLAG } from '../grammar/letters.js';

const LOWER = /\p{Ll}/u;
const UPPER_ALL = /\p{Lu}/gu;

/** Index of the first lower-case letter of `text` (what `text.search(/\p{Ll}/u)` gives), -1 when none. */
export function firstLowerCase(text: string): number {
  // the table read once per text, each code unit's case off it in the loop (a call per code unit cost as much)
  const table = letterClasses();
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSurrogate(code)) return text.search(LOWER);
    if ((table[code]! & LOWER_FLAG) !== 0) return i;
  }
  return -1;
}

/** No lower-case letter and at least two capitals. */
export function isCapitals(text: string): boolean {
  const table = letterClasses();
  let capitals = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSurrogate(code)) return capitalsByPattern(text);
    const flags = table[code]!;
    if ((flags & LOWER_FLAG) !== 0) return false;
    if ((flags & UPPER_FLAG) !== 0) capitals++;
  }
  return capitals >= 2;
}

function capitalsByPattern(text: string): boolean {
  if (LOWER.test(text)) return false;
  UPPER_ALL.lastIndex = 0;
  return UPPER_ALL.test(text) && UPPER_ALL.test(text);
}
