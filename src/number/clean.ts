/**
 * Typing and OCR noise out of a printed số/ký hiệu, keeping an offset map back to the input:
 * spaces inside the number ("203 /KH-UBND", "LĐT BXH", "CT- TTg"), dash look-alikes and "_"
 * between code groups, Đ look-alikes (Ð U+00D0), placeholder dots of a draft ("…/KH-UBND"),
 * and a lost separator after the serial ("1830 QĐ-UBND").
 */
import { compile } from '../grammar/compile.js';

export interface Cleaned {
  /** the number as it should read, before code fixes */
  text: string;
  /** map[i] = offset in the input of text[i] */
  map: number[];
  /** where cleaning stopped in the input (a wide gap or text that is not part of the number) */
  end: number;
  /** what was changed, for diagnostics */
  noise: string[];
  ocr: string[];
}

// Hyphen, non-breaking hyphen, figure dash, en and em dash, minus, underscore: all "-".
const DASHES = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212', '_']);
const D_LOOKALIKES = new Map([
  ['\u00D0', 'Đ'],
  ['\u0189', 'Đ'],
  ['\u00F0', 'đ'],
  ['\u0256', 'đ'],
]);
const PLACEHOLDERS = new Set(['.', '…', '_']);
const UPPER = compile('number/upper', String.raw`^\p{Lu}$`, 'u');
const LOWER = compile('number/lower', String.raw`^\p{Ll}$`, 'u');
const WORD_CHAR = compile('number/word-char', String.raw`^[\p{L}\p{N})]$`, 'u');
const SPACE = compile('number/space', String.raw`^\s$`, 'u');
const LETTER = compile('number/letter', String.raw`^\p{L}$`, 'u');
/**
 * The character tests below see mostly ASCII (digits, "/", "-", Latin capitals): answered from the code unit there,
 * by the pattern above U+007F (same answers, without a pattern run per character).
 */
function isSpace(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return code < 0x80 ? code === 0x20 || (code >= 0x09 && code <= 0x0d) : SPACE.test(ch);
}
function isUpper(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return code < 0x80 ? code >= 0x41 && code <= 0x5a : UPPER.test(ch);
}
function isLower(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return code < 0x80 ? code >= 0x61 && code <= 0x7a : LOWER.test(ch);
}
function isLetter(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return code < 0x80 ? isAsciiLetter(code) : LETTER.test(ch);
}
/** [\p{L}\p{N})]: a letter, a digit or a closing bracket. */
function isWordChar(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return code < 0x80 ? isAsciiLetter(code) || isDigitCode(code) || code === 0x29 : WORD_CHAR.test(ch);
}
/** [0-9.]: a serial's characters. */
function isSerialChar(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return isDigitCode(code) || code === 0x2e;
}
function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}
function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
/** A gap this wide (or any tab or line break) ends the number: a column or another field follows. */
const MAX_JOINED_GAP = 2;

/**
 * Clean the number that starts at `start` in `input`.
 * @example cleanNumber('375/LĐT BXH-TE', 0).text // '375/LĐTBXH-TE'
 */
export function cleanNumber(input: string, start: number): Cleaned {
  const out: Cleaned = { text: '', map: [], end: input.length, noise: [], ocr: [] };
  const chars: string[] = [];
  let i = skipPlaceholders(input, start, out);
  while (i < input.length) {
    const ch = input[i] ?? '';
    if (isSpace(ch)) {
      const gapEnd = spaceRunEnd(input, i);
      if (!joins(input, i, gapEnd, chars)) {
        out.end = i;
        break;
      }
      note(out.noise, 'spaces inside the number');
      i = gapEnd;
      continue;
    }
    chars.push(normalizeChar(ch, out));
    out.map.push(i);
    i += 1;
  }
  restoreSerialSeparator(chars, out);
  out.text = chars.join('');
  return out;
}

/** Leading dots or underscores standing for the number a draft leaves blank. */
function skipPlaceholders(input: string, start: number, out: Cleaned): number {
  let i = start;
  while (i < input.length && PLACEHOLDERS.has(input[i] ?? '')) i += 1;
  if (i > start) note(out.noise, 'placeholder dots');
  while (i < input.length && isSpace(input[i] ?? '')) i += 1;
  return i;
}

function spaceRunEnd(input: string, from: number): number {
  let i = from;
  while (i < input.length && isSpace(input[i] ?? '')) i += 1;
  return i;
}

/**
 * Whether a run of spaces sits inside the number: narrow, on one line, and between a separator
 * and anything, or between a code or digit and a capital that does not start a word ("Hà").
 */
function joins(input: string, from: number, to: number, chars: readonly string[]): boolean {
  const gap = input.slice(from, to);
  if (to >= input.length || gap.length > MAX_JOINED_GAP || gap.includes('\t') || gap.includes('\n')) return false;
  const before = chars[chars.length - 1] ?? '';
  const after = input[to] ?? '';
  if (isSeparator(before) || isSeparator(after)) return before !== '' && after !== '';
  const next = input[to + 1] ?? '';
  return isWordChar(before) && isUpper(after) && !isLower(next);
}

function isSeparator(ch: string): boolean {
  return ch === '/' || DASHES.has(ch);
}

function normalizeChar(ch: string, out: Cleaned): string {
  // ASCII but "_": neither a Đ look-alike nor a dash variant (most of a number: digits, "/", "-", capitals)
  const code = ch.charCodeAt(0);
  if (code < 0x80 && code !== 0x5f) return ch;
  const d = D_LOOKALIKES.get(ch);
  if (d) {
    note(out.noise, 'Đ look-alike (Ð) replaced by Đ');
    return d;
  }
  if (DASHES.has(ch) && ch !== '-') {
    note(out.noise, 'dash variant replaced by "-"');
    return '-';
  }
  return ch;
}

/**
 * "1830QĐ-UBND" (the "/" lost, or a space in its place): put the separator back, "-" when the
 * code is followed by "/" (Party 28-CT/TW), else "/".
 */
function restoreSerialSeparator(chars: string[], out: Cleaned): void {
  let k = 0;
  while (k < chars.length && isSerialChar(chars[k] ?? '')) k += 1;
  if (k === 0 || !isLetter(chars[k] ?? '')) return;
  let j = k;
  while (j < chars.length && (isLetter(chars[j] ?? '') || isSerialChar(chars[j] ?? ''))) j += 1;
  const separator = chars[j] === '/' ? '-' : '/';
  chars.splice(k, 0, separator);
  out.map.splice(k, 0, out.map[k] ?? 0);
  note(out.ocr, `separator "${separator}" restored after the serial`);
}

function note(list: string[], message: string): void {
  if (!list.includes(message)) list.push(message);
}
