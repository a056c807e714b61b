/**
 * TCVN3 has no codes for capital toned vowels: a capital typed in the .VnTimeH font is stored
 * as the lowercase code, so a decoded "ỦY BAN" reads "ủY BAN". Capitals are put back where the
 * context says so (counts from corpus/unlabeled, capital vs lowercase in that context):
 * - in a word whose other letters are capitals ("ủY" → "ỦY"); a word with no such letter
 *   ("Xã", "ở") is in capitals when its line is, or when the words on both sides are;
 * - at the start of a sentence: after ". " or ": " (65 vs 9), after "a) " (80 vs 0), at the
 *   start of a line after a line that closes a sentence or a blank line (152 vs 6) — not at the
 *   start of a line that continues a sentence (133 vs 400);
 * - in "Ủy ban", which administrative texts capitalize (1,386 of 1,394 times).
 * Measured on the TCVN3 round trip of corpus/unlabeled: 98 % of capital toned vowels restored.
 */
import { isVietnameseSyllable } from './syllable.js';

/** Lowercase letters whose capital TCVN3 cannot write. */
const AMBIGUOUS = new Set([...'áàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ']);

const WORD = /\p{L}+/gu;
/** what may stand before the first word of a sentence on its line: list marks, numbers, quotes */
const LINE_OPENING = /^[\s\-–—•*+>\d.,)(“"'‘]*$/u;
const LETTER_ITEM = /^\s*[a-zđ]\)\s*$/u;
const SENTENCE_BREAK = /(?:[.!?…:]["”’)]*\s+|[“"])[-–—“"'‘(]*$/u;
/** a line that ends a sentence (or a heading, a list item) */
const CLOSED = /[.!?:;…]["”’)]*\s*$/u;
const UY_BAN = /(?<!\p{L})ủy(?=\s+ban(?!\p{L}))/gu;

/** Restore the capitals of the whole text, or of the lines numbered in `only`. */
export function restoreCapitals(text: string, only?: ReadonlySet<number>): string {
  const lines = text.split('\n');
  let previous = '';
  return lines
    .map((line, i) => {
      const fixed =
        (!only || only.has(i)) && hasAmbiguous(line) ? restoreLine(line.replace(UY_BAN, 'Ủy'), previous) : line;
      previous = line.trim() === '' ? '' : line;
      return fixed;
    })
    .join('\n');
}

interface Word {
  text: string;
  start: number;
  /** true: written in capitals, false: in lowercase, null: no letter says */
  caps: boolean | null;
}

function restoreLine(line: string, previous: string): string {
  const words: Word[] = [...line.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, caps: capsOf(m[0]) }));
  let caps: boolean | undefined;
  let out = '';
  let at = 0;
  words.forEach((word, k) => {
    out += line.slice(at, word.start);
    at = word.start + word.text.length;
    out += restoreWord(
      word,
      () => (caps ??= lineCaps(words)) || neighboursCaps(words, k),
      () => opensSentence(line.slice(0, word.start), previous),
    );
  });
  return out + line.slice(at);
}

function restoreWord(word: Word, context: () => boolean, opens: () => boolean): string {
  if (!hasAmbiguous(word.text)) return word.text;
  if (word.caps ?? context()) return word.text.toUpperCase();
  const first = word.text[0]!;
  return AMBIGUOUS.has(first) && opens() ? first.toUpperCase() + word.text.slice(1) : word.text;
}

/**
 * Is the word written in capitals, by its letters that TCVN3 can write in both cases? Those
 * after the first say; a first letter says only when it is lowercase (a capital may just open
 * the word).
 */
function capsOf(word: string): boolean | null {
  let upper = 0;
  let lower = 0;
  const chars = [...word];
  for (const ch of chars.slice(1)) {
    if (!says(ch)) continue;
    if (ch === ch.toUpperCase()) upper++;
    else lower++;
  }
  if (upper + lower > 0) return lower === 0;
  return says(chars[0]!) && chars[0] === chars[0]!.toLowerCase() ? false : null;
}

function says(ch: string): boolean {
  return !AMBIGUOUS.has(ch) && ch.toLowerCase() !== ch.toUpperCase();
}

/** Both nearest syllables around the word that say (or the one there is) are in capitals: "MẪU DỰ THẦU". */
function neighboursCaps(words: readonly Word[], k: number): boolean {
  const saying = (w: Word) => w.caps !== null && w.text.length > 1 && isVietnameseSyllable(w.text);
  const before = words.slice(0, k).reverse().find(saying);
  const after = words.slice(k + 1).find(saying);
  if (!before && !after) return false;
  return (before?.caps ?? true) && (after?.caps ?? true);
}

/**
 * Is the line written in capitals? Counted over the syllables of the line that say, so that
 * codes such as "UBND", "TT-BKHĐT" on an ordinary line do not count.
 */
function lineCaps(words: readonly Word[]): boolean {
  let upper = 0;
  let lower = 0;
  for (const word of words) {
    if (word.caps === null || word.text.length < 2 || !isVietnameseSyllable(word.text)) continue;
    if (word.caps) upper++;
    else lower++;
  }
  return upper > 0 && upper >= 4 * lower;
}

function opensSentence(before: string, previous: string): boolean {
  if (LETTER_ITEM.test(before)) return true;
  if (LINE_OPENING.test(before)) return previous === '' || CLOSED.test(previous);
  // only the last few characters matter, and an unanchored test of the whole prefix would cost a pass per word
  return SENTENCE_BREAK.test(before.slice(-8));
}

function hasAmbiguous(text: string): boolean {
  for (const ch of text) if (AMBIGUOUS.has(ch)) return true;
  return false;
}
