/**
 * Lines broken mid-sentence by PDF or DOCX extraction are joined back: a line followed
 * directly by one that starts in lower case (or continues a number or a date) was one line.
 * Outline labels ("a)", "đ.", "2.", "(1)") always start a new line.
 */
import type { Edit } from './offset-map.js';
import { lineRanges, type LineRange } from './line-ranges.js';
import { DANGLING_WORD } from './strip-patterns.js';
import { documentTypeByWord } from '../grammar/document-types.js';
import { isSpaceCode, wordStartBefore } from '../grammar/white-space.js';
import { isSurrogate, letterClasses, LOWER, UPPER, WORD } from '../grammar/letters.js';

const STARTS_LOWER = /^\s*\p{Ll}/u;
const OUTLINE_LABEL = /^\s*(?:\(?\p{L}\)|\p{Ll}\.\s|\(?\d{1,3}(?:\.\d{1,3})*[.)]\s|\(\d{1,3}\)|[-+•*]\s)/u;
const STARTS_DIGIT = /^\s*\d/u;
const OPENS_WORD = /^\s*[\p{L}\p{N}]/u;
const OPENS_NAME = /^\s*\p{Lu}\p{Ll}/u;
const HAS_WORD = /[\p{L}\p{N}]/u;
const HAS_LOWER = /\p{Ll}/u;
/** A wide gap before a capital: the line is a row of two cells, and which one wraps is not known. */
const TWO_CELLS = /\S {3,}\p{Lu}/u;
/** Three spaces in a row, the least a gap between two cells takes: a literal the engine skips ahead to. */
const THREE_SPACES = / {3}/;
/** A hard-wrapped line is long; a short line before a digit is more likely a table cell or a label. */
const WRAPPED_LENGTH = 40;

export function joinEdits(text: string): Edit[] {
  return lineJoinEdits(lineRanges(text));
}

/** joinEdits over the lines of a text (lineRanges), when they are known without the text. */
export function lineJoinEdits(lines: readonly LineRange[]): Edit[] {
  const edits: Edit[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    const glue = joinGlue(line.text, next.text);
    if (glue === null) continue;
    const trimmedEnd = line.start + contentEnd(line.text);
    const nextStart = next.start + contentStart(next.text);
    edits.push({ start: trimmedEnd, end: nextStart, insert: glue });
  }
  return edits;
}

/**
 * A line ending in "-" or "/" (then only spaces) is broken there: " " when a space stands before
 * the mark ("Hà Nội -"), "" when it is glued to the word ("Lao động-"); null for any other end.
 * Read from the end of the line, where a pattern anchored at "$" was tried from every position.
 */
function endingJoiner(line: string): string | null {
  // the line trimmed in place: asked of every line, it makes no copy of one
  const end = contentEnd(line);
  if (end === 0) return null;
  const mark = line.charCodeAt(end - 1);
  if (mark !== 0x2d && mark !== 0x2f) return null;
  return end >= 2 && isSpaceCode(line.charCodeAt(end - 2)) ? ' ' : '';
}

/** Where a line's content ends: its length less the white space `trimEnd()` would take off. */
function contentEnd(line: string): number {
  let end = line.length;
  while (end > 0 && isSpaceCode(line.charCodeAt(end - 1))) end--;
  return end;
}

/** Where a line's content starts (its length for a blank line): what `trimStart()` would take off. */
function contentStart(line: string): number {
  let start = 0;
  while (start < line.length && isSpaceCode(line.charCodeAt(start))) start++;
  return start;
}

function isTypeWord(line: string): boolean {
  return !hasLower(line) && documentTypeByWord(line.trim()) !== undefined;
}

/**
 * HAS_LOWER, read off the letter table (a line in prose shows a lower-case letter at once); the pattern past the BMP.
 */
function hasLower(line: string): boolean {
  const table = letterClasses();
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (isSurrogate(code)) return HAS_LOWER.test(line);
    if ((table[code]! & LOWER) !== 0) return true;
  }
  return false;
}

/**
 * TWO_CELLS in the trimmed line, read in place: a run of three spaces or more after a code unit other than white space
 * and before a capital (from the letter table; a code unit outside the BMP is left to the pattern). A line without
 * three spaces in a row (most lines) is told by THREE_SPACES; in the others the runs are found by reading every third
 * code unit (any three in a row hold one of them), and only around a space found there is the run counted.
 */
export function twoCells(line: string): boolean {
  if (!THREE_SPACES.test(line)) return false;
  const table = letterClasses();
  for (let i = 2; i < line.length; i += 3) {
    if (line.charCodeAt(i) !== 0x20) continue;
    let from = i;
    while (from > 0 && line.charCodeAt(from - 1) === 0x20) from--;
    let to = i + 1;
    while (to < line.length && line.charCodeAt(to) === 0x20) to++;
    if (to - from >= 3 && from > 0 && !isSpaceCode(line.charCodeAt(from - 1))) {
      const after = to < line.length ? line.charCodeAt(to) : -1;
      if (isSurrogate(after)) return TWO_CELLS.test(line.trim());
      if (after >= 0 && (table[after]! & UPPER) !== 0) return true;
    }
    // the next run starts past this one: read on from its end
    i = to;
  }
  return false;
}

/** DANGLING_WORD searched from a given offset on (lastIndex), the text before it still read by its look-behinds. */
const DANGLING_WORD_FROM = new RegExp(DANGLING_WORD.source, `${DANGLING_WORD.flags}g`);

/**
 * DANGLING_WORD in the line without its trailing white space, searched from its last word on: a dangling word holds
 * no white space, so no match starts before it, and the pattern (anchored at the end) is not tried from every
 * position of a long line.
 */
export function endsWithDanglingWord(line: string): boolean {
  const end = contentEnd(line);
  const text = end === line.length ? line : line.slice(0, end);
  DANGLING_WORD_FROM.lastIndex = wordStartBefore(text, end);
  return DANGLING_WORD_FROM.test(text);
}

/** The marks a sentence ends with, then nothing but white space. */
const SENTENCE_END = new Set(['.', ';', ':', '!', '?', '…', '"', '”', ')']);

/**
 * Whether the line's last character other than white space ends a sentence: read from the end (a pattern ending in
 * `$` is tried at every position of the line).
 */
function endsSentence(line: string): boolean {
  const end = contentEnd(line);
  return end > 0 && SENTENCE_END.has(line[end - 1]!);
}

/** What replaces the line break between two lines that are one: " ", "", or null to keep it. */
function joinGlue(line: string, next: string): string | null {
  const glue = glueOf(line, next);
  // what keeps two lines apart whatever their words: asked only of the pairs the words would join
  if (glue === null || contentEnd(line) === 0 || contentEnd(next) === 0 || OUTLINE_LABEL.test(next) || twoCells(line))
    return null;
  return glue;
}

/**
 * Whether the line may open with a letter or a digit, as every rule of glueOf needs: false for a blank line and one
 * that opens with an ASCII mark ("- ", "(1)", "+"), found without a pattern.
 */
function mayOpenWord(line: string): boolean {
  // read inside the line only: a read past its end is a slow path of the engine, and blank lines are many
  let i = 0;
  while (i < line.length && (line.charCodeAt(i) === 0x20 || line.charCodeAt(i) === 0x09)) i++;
  if (i === line.length) return false;
  const code = line.charCodeAt(i);
  if (code >= 0x80 || code <= 0x20) return true; // a letter, or other white space: the patterns say
  return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
}

/** The glue the words on either side of the break ask for (what keeps the lines apart is asked after). */
function glueOf(line: string, next: string): string | null {
  if (!mayOpenWord(next)) return null;
  // what the next line opens with, read off the letter tables: the patterns are asked only of a surrogate
  const first = contentStart(next);
  if (first === next.length) return null; // a blank line opens with nothing any rule below needs
  const code = next.charCodeAt(first);
  const second = first + 1 < next.length ? next.charCodeAt(first + 1) : -1;
  if (isSurrogate(code) || isSurrogate(second)) return glueByPatterns(line, next);
  const table = letterClasses();
  const kind = table[code]!;
  const joiner = endingJoiner(line);
  if (joiner !== null && (kind & WORD) !== 0 && HAS_WORD.test(line)) return joiner;
  if ((kind & LOWER) !== 0) return isTypeWord(line) ? null : ' ';
  const opensName = (kind & UPPER) !== 0 && second >= 0 && (table[second]! & LOWER) !== 0;
  if (opensName && endsWithDanglingWord(line)) return ' ';
  if (code >= 0x30 && code <= 0x39 && !endsSentence(line) && contentEnd(line) - contentStart(line) >= WRAPPED_LENGTH)
    return ' ';
  return null;
}

/** glueOf asked of the patterns themselves, for a line that opens with a character outside the BMP. */
function glueByPatterns(line: string, next: string): string | null {
  const joiner = endingJoiner(line);
  // a rule under a header line ("-------") is no word broken at its hyphen
  if (joiner !== null && OPENS_WORD.test(next) && HAS_WORD.test(line)) return joiner;
  // a type word in capitals heads the trích yếu under it ("HƯỚNG DẪN / thể thức …"), it does not start it
  if (STARTS_LOWER.test(next)) return isTypeWord(line) ? null : ' ';
  if (OPENS_NAME.test(next) && endsWithDanglingWord(line)) return ' ';
  if (STARTS_DIGIT.test(next) && !endsSentence(line) && line.trim().length >= WRAPPED_LENGTH) return ' ';
  return null;
}
