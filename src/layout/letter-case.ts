/**
 * Letter case read code unit by code unit, as `\p{Ll}` and `\p{Lu}` read it, without a pattern call per line: every
 * line of a document is asked whether it is in capitals and where its first lower-case letter stands. Each code
 * unit's case is read off the letter table (grammar/letters.ts); a text with a surrogate pair (a letter outside the
 * BMP) is read by the patterns themselves, since a code unit alone cannot say.
 */

import { isSurrogate, letterClasses, LOWER as LOWER_FLAG, UPPER as UPPER_FLAG } from '../grammar/letters.js';

const LOWER = /\p{Ll}/u;
const UPPER_ALL = /\p{Lu}/gu;

const NO_CASE = 0;
const LOWER_CASE = 1;
const UPPER_CASE = 2;
const SURROGATE = 3;

/** A code unit's case, from the letter table ingest reads too. */
function caseOf(code: number): number {
  if (isSurrogate(code)) return SURROGATE;
  const flags = letterClasses()[code]!;
  return flags & LOWER_FLAG ? LOWER_CASE : flags & UPPER_FLAG ? UPPER_CASE : NO_CASE;
}

/** Index of the first lower-case letter of `text` (what `text.search(/\p{Ll}/u)` gives), -1 when none. */
export function firstLowerCase(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const kind = caseOf(text.charCodeAt(i));
    if (kind === LOWER_CASE) return i;
    if (kind === SURROGATE) return text.search(LOWER);
  }
  return -1;
}

/** No lower-case letter and at least two capitals. */
export function isCapitals(text: string): boolean {
  let capitals = 0;
  for (let i = 0; i < text.length; i++) {
    const kind = caseOf(text.charCodeAt(i));
    if (kind === LOWER_CASE) return false;
    if (kind === UPPER_CASE) capitals++;
    else if (kind === SURROGATE) return capitalsByPattern(text);
  }
  return capitals >= 2;
}

function capitalsByPattern(text: string): boolean {
  if (LOWER.test(text)) return false;
  UPPER_ALL.lastIndex = 0;
  return UPPER_ALL.test(text) && UPPER_ALL.test(text);
}
