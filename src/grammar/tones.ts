/**
 * Vietnamese writes the tone mark of "oa", "oe", "uy" in two places: old style on the second
 * vowel (hoà, uỷ, thoả), new style on the first (hòa, ủy, thỏa). Both occur in official texts.
 * Matching runs on a copy of the text with every such pair moved to one placement. Each pair
 * is two code units either way, so the copy has the same length and every offset still holds.
 */

import { memoizeText } from './memo.js';

/** foldWords' answers (the same words are folded again and again: type words, names, keys). */
const FOLDED = memoizeText(foldNow);

// Tone marks: grave, acute, hook above, tilde, dot below.
const TONES = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const PAIRS: Array<[string, string]> = [
  ['o', 'a'],
  ['o', 'e'],
  ['u', 'y'],
  ['O', 'A'],
  ['O', 'E'],
  ['U', 'Y'],
  // a capital opening the word: "Uỷ ban", "Hoà" at a sentence start stays "Ho"; "Oà" is rare but the same pair
  ['O', 'a'],
  ['O', 'e'],
  ['U', 'y'],
];

/** old-style pair ("oà") → new-style pair ("òa") */
const OLD_TO_NEW = new Map<string, string>();
for (const [first, second] of PAIRS) {
  for (const tone of TONES) {
    const oldStyle = (first + (second + tone).normalize('NFC')).normalize('NFC');
    const newStyle = ((first + tone).normalize('NFC') + second).normalize('NFC');
    if (oldStyle.length === 2 && newStyle.length === 2) OLD_TO_NEW.set(oldStyle, newStyle);
  }
}

/** OLD_TO_NEW keyed by the pair's two code units (first × 0x10000 + second): looked up without making the pair. */
const OLD_TO_NEW_BY_CODES = new Map(
  [...OLD_TO_NEW].map(([oldStyle, newStyle]) => [oldStyle.charCodeAt(0) * 0x10000 + oldStyle.charCodeAt(1), newStyle]),
);

/** new-style pair ("òa") → old-style pair ("oà") */
const NEW_TO_OLD = new Map([...OLD_TO_NEW].map(([oldStyle, newStyle]) => [newStyle, oldStyle]));

/** The old-style spelling of a new-style pair ("òa" → "oà"), undefined for any other two characters. */
export function oldStylePair(pair: string): string | undefined {
  return NEW_TO_OLD.get(pair);
}

/**
 * The letters of the Latin blocks Vietnamese is written in (Basic Latin to Latin Extended-B, Latin Extended
 * Additional) as a class body of ranges, read off `\p{L}`: what most often follows a pair in a closed syllable.
 */
function latinLetterRanges(): string {
  const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
  let body = '';
  for (const [from, to] of [
    [0x41, 0x24f],
    [0x1e00, 0x1eff],
  ] as const) {
    for (let code = from; code <= to; code++) {
      if (!/\p{L}/u.test(String.fromCharCode(code))) continue;
      let last = code;
      while (last < to && /\p{L}/u.test(String.fromCharCode(last + 1))) last++;
      body += last > code ? `${hex(code)}-${hex(last)}` : hex(code);
      code = last;
    }
  }
  return body;
}

/**
 * Where an old-style pair may stand: one of the pairs' first letters, then one of their second
 * ones. A class pair the engine finds fast; the pair itself is then looked up. A pair before a Latin letter is
 * passed over by the engine (a closed syllable keeps its spelling, see canonicalTones): most pairs stand in one
 * ("toàn", "hoạt", "khoản"). Any other letter after a pair is told by isLetterCode.
 */
const PAIR_CANDIDATE = new RegExp(
  `[${[...new Set([...OLD_TO_NEW.keys()].map((pair) => pair[0]))].join('')}][${[...new Set([...OLD_TO_NEW.keys()].map((pair) => pair[1]))].join('')}](?![${latinLetterRanges()}])`,
  'g',
);

/**
 * Same-length copy of an NFC string with tone marks moved to the new-style placement,
 * except where a consonant follows the pair ("hoàn", "thuyết" keep their only spelling:
 * the mark sits on the second vowel in both styles when the syllable continues).
 * The text itself when no pair moves.
 */
export function canonicalTones(text: string): string {
  let out = '';
  let copied = 0;
  PAIR_CANDIDATE.lastIndex = 0;
  // test(), not exec(): a document holds tens of thousands of candidates, and no match array or string is made for one
  while (PAIR_CANDIDATE.test(text)) {
    const at = PAIR_CANDIDATE.lastIndex - 2;
    const newStyle = OLD_TO_NEW_BY_CODES.get(text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1));
    // not a pair: its second letter is no first one, so the search goes on after it either way
    if (newStyle === undefined) continue;
    // a following letter means a closed syllable (hoàn, khuyến): both styles agree there
    // (a pair that ends the text is read without a code unit past its end, a slow path of the engine)
    if (at + 2 >= text.length || !isLetterCode(text.charCodeAt(at + 2))) {
      out += text.slice(copied, at) + newStyle;
      copied = at + 2;
    }
  }
  return copied === 0 ? text : out + text.slice(copied);
}

function isLetterCode(code: number): boolean {
  if (Number.isNaN(code)) return false;
  // ASCII: \p{L} is [A-Za-z] there
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return /\p{L}/u.test(String.fromCharCode(code));
}

/**
 * Words folded for comparison and lookup keys: NFC, Vietnamese lower case, one tone placement,
 * single spaces, trimmed ("Quyết  định", "QUYẾT ĐỊNH" and "quyết định" are one).
 *
 * Plain `toLowerCase()` everywhere in vanban: Unicode has no case rule special to Vietnamese (only
 * Turkish, Azeri and Lithuanian have), so `toLocaleLowerCase('vi')` gives the same string for every
 * code point (checked in tests/grammar/tones.test.ts) at ~250× the cost on a short word.
 */
export function foldWords(text: string): string {
  return FOLDED(text);
}

function foldNow(text: string): string {
  return canonicalTones(text.normalize('NFC').toLowerCase()).replace(/\s+/gu, ' ').trim();
}

const MARKS = /\p{M}/gu;
const D_BAR = /[đĐ]/gu;

/**
 * The letters without their marks, as text that lost its diacritics is written (OCR, ASCII,
 * URIs): "Nghị định" → "Nghi dinh"; đ and Đ become `dd` ("d" unless told otherwise).
 */
export function withoutMarks(text: string, dd = 'd'): string {
  return text.normalize('NFD').replace(MARKS, '').replace(D_BAR, dd);
}
