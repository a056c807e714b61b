/**
 * The cells of a physical line. One line of extracted text may hold several lines of the page:
 * - a table row extracted onto one line keeps its cells apart with a wide gap
 *   ("ỦY BAN NHÂN DÂN            CỘNG HÒA XÃ HỘI…");
 * - a header or closing table written as a Markdown or "|"-joined row ("| THỦ TƯỚNG CHÍNH PHỦ ------- |
 *   CỘNG HÒA … |", "Số: 10-NQ/TW | Hà Nội, ngày …"), where a converter also joined each cell's
 *   paragraphs with spaces ("KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG", rules "-------" between them);
 * - two header cells run together by OCR ("TỈNH ỦY LÀO CAI ĐẢNG CỘNG SẢN VIỆT NAM",
 *   "Số 34 -NQ/TU Lào Cai, ngày …", "Nơi nhận: T/M BAN THƯỜNG VỤ").
 * Each cell is read as a line of its own, so the header and signature are found by the same rules
 * whatever the layout. A table of other content (an assignment table) keeps its rows whole.
 */
import { HEADER_LINE, SIGNATURE_LINE } from './header-patterns.js';
import { isSpaceCode, wordStartBefore } from '../grammar/white-space.js';
import { firstLowerCase } from './letter-case.js';
import { lastDateComma, lastNumberWord, nextDateComma, nextNumberWord } from './marks.js';

export { NUMBER_WORD, NUMBER_WORD_MARK, PLACE_COMMA, PLACE_DATE_WORD } from './marks.js';

export type Range = [number, number];

/**
 * A gap before lower case, a digit or "/" is a blank left to fill in ("ngày      tháng", "Số:      /UBND").
 */
const CELL_GAP = /(?<=\S) {3,}(?=\p{Lu})/gu;
/** How many times a piece may be split at a join: a line holds a few cells, never many. */
const MAX_JOINS = 4;

/** Which physical lines are rows of a header or closing table, to be read cell by cell. */
export function layoutTableRows(canonical: string, lineRanges: readonly Range[]): Set<number> {
  const rows = new Set<number>();
  let bar = canonical.indexOf('|');
  for (let i = 0; i < lineRanges.length; i++) {
    const range = lineRanges[i]!;
    // most lines hold no "|" at all: the next bar of the text, searched forward once, decides them
    if (bar !== -1 && bar < range[0]) bar = canonical.indexOf('|', range[0]);
    if (bar === -1 || bar >= range[1]) continue;
    const [start, end] = trimmedRange(canonical, range);
    if (isMarkdownRow(canonical, start, end)) {
      let j = i;
      while (j + 1 < lineRanges.length && isMarkdownRow(canonical, ...trimmedRange(canonical, lineRanges[j + 1]!))) j++;
      const table = Array.from({ length: j - i + 1 }, (_, k) => i + k);
      if (table.some((k) => rowHoldsAnchor(canonical, lineRanges[k]!))) for (const k of table) rows.add(k);
      i = j;
    } else if (barBetweenSpaces(canonical, start, end) && rowHoldsAnchor(canonical, lineRanges[i]!)) rows.add(i);
  }
  return rows;
}

/** A line's range without the white space `trim()` would take off, read in place: no copy of each line. */
export function trimmedRange(text: string, [start, end]: Range): Range {
  let from = start;
  let to = end;
  while (from < to && isSpaceCode(text.charCodeAt(from))) from++;
  while (to > from && isSpaceCode(text.charCodeAt(to - 1))) to--;
  return [from, to];
}

/** Whether " | " stands inside [start, end), read there alone (a search from `start` would run to the text's end). */
function barBetweenSpaces(text: string, start: number, end: number): boolean {
  for (let i = start + 1; i + 1 < end; i++) {
    if (text.charCodeAt(i) === 0x7c && text.charCodeAt(i - 1) === 0x20 && text.charCodeAt(i + 1) === 0x20) return true;
  }
  return false;
}

/** Three spaces: the least a gap between two cells takes (`CELL_GAP`). */
export const GAP = '   ';

/**
 * `CELL_GAP` tried where a run of spaces starts: a cell gap starts a run (white space never stands before it), no
 * run goes over a line break, and the text around a line is white space, so the whole text is searched at once.
 * The runs are found by their first three spaces, a literal the engine skips ahead to (" {3,}" stops at every
 * space), and passed over to their end.
 */
const SPACE_RUN = new RegExp(GAP, 'g');
const CELL_GAP_AT = new RegExp(CELL_GAP.source, CELL_GAP.flags.replace('g', 'y'));

/** Index of the first cell gap at or after `from`, -1 when none. */
function nextCellGap(text: string, from: number): number {
  SPACE_RUN.lastIndex = from;
  while (SPACE_RUN.test(text)) {
    const run = SPACE_RUN.lastIndex - GAP.length;
    CELL_GAP_AT.lastIndex = run;
    if (CELL_GAP_AT.test(text)) return run;
    let end = SPACE_RUN.lastIndex;
    while (end < text.length && text.charCodeAt(end) === 0x20) end++;
    SPACE_RUN.lastIndex = end;
  }
  return -1;
}

/**
 * The cells of one physical line, as ranges of the text. `gapFree`: the caller knows the line holds no cell gap
 * (most lines), so that only the joins are looked for.
 */
export function lineCells(
  canonical: string,
  range: Range,
  tableRow: boolean,
  gapFree = false,
  marks: JoinMarks = ANY_MARKS,
): Range[] {
  if (gapFree && !tableRow) return joinCells(canonical, range, false, MAX_JOINS, marks);
  const pieces = tableRow ? pipeCells(canonical, range).flatMap((cell) => breakCells(canonical, cell)) : [range];
  const out: Range[] = [];
  for (const piece of pieces) {
    for (const cell of gapCells(canonical, piece)) {
      const parts = tableRow ? ruleCells(canonical, cell) : [cell];
      for (const part of parts) out.push(...joinCells(canonical, part, tableRow, MAX_JOINS));
    }
  }
  // a row of rules alone ("| --- | --- |") is a blank line of the table
  return out.length > 0 ? out : [[range[0], range[0]]];
}

/** A trimmed line [start, end) that opens with "|" and holds more. */
function isMarkdownRow(text: string, start: number, end: number): boolean {
  return text.charCodeAt(start) === 0x7c && end - start > 1;
}

/** A row is a header or closing row when one of its cells is a header anchor or a signing line. */
function rowHoldsAnchor(canonical: string, range: Range): boolean {
  return lineCells(canonical, range, true).some((cell) => isAnchor(canonical.slice(...cell).trim()));
}

function isAnchor(text: string): boolean {
  return (
    HEADER_LINE.motto.test(text) ||
    HEADER_LINE.numberLine.test(text) ||
    HEADER_LINE.placeDate.test(text) ||
    HEADER_LINE.distributionLabel.test(text) ||
    HEADER_LINE.recipientsLabel.test(text) ||
    SIGNATURE_LINE.authorityLine.test(text)
  );
}

/** The cells between "|" bars; the empty edges of "| a | b |" left out. */
function pipeCells(canonical: string, [start, end]: Range): Range[] {
  const out: Range[] = [];
  let at = start;
  for (let i = start; i <= end; i++) {
    if (i < end && canonical[i] !== '|') continue;
    out.push([at, i]);
    at = i + 1;
  }
  const text = canonical.slice(start, end);
  if (text.trimStart().startsWith('|')) out.shift();
  if (text.trimEnd().endsWith('|')) out.pop();
  return out;
}

/** A converter may keep a cell's line breaks as "<br>": each is a line of the cell. */
const LINE_BREAK = /<br[ \t]*\/?>/giu;

function breakCells(canonical: string, [start, end]: Range): Range[] {
  const cell = canonical.slice(start, end);
  if (!cell.includes('<')) return [[start, end]];
  const out: Range[] = [];
  let at = 0;
  for (const br of cell.matchAll(LINE_BREAK)) {
    out.push([start + at, start + br.index]);
    at = br.index + br[0].length;
  }
  out.push([start + at, end]);
  return out;
}

function gapCells(canonical: string, [start, end]: Range): Range[] {
  const line = canonical.slice(start, end);
  // most lines have no wide gap: a plain search decides them without the pattern
  if (!line.includes(GAP)) return [[start, end]];
  const out: Range[] = [];
  let at = 0;
  for (const gap of line.matchAll(CELL_GAP)) {
    out.push([start + at, start + gap.index]);
    at = gap.index + gap[0].length;
  }
  out.push([start + at, end]);
  return out;
}

/**
 * A table cell's paragraphs joined with spaces are set apart by the rules under them
 * ("THỦ TƯỚNG CHÍNH PHỦ -------") and by emphasis left over ("* * Nơi nhận:"): the text between is a cell.
 */
function ruleCells(canonical: string, [start, end]: Range): Range[] {
  const out: Range[] = [];
  let cellStart = -1;
  let cellEnd = -1;
  for (const token of canonical.slice(start, end).matchAll(/\S+/gu)) {
    const tokenStart = start + token.index;
    if (isRule(token[0])) {
      if (cellStart >= 0) out.push([cellStart, cellEnd]);
      cellStart = -1;
      continue;
    }
    if (cellStart < 0) cellStart = tokenStart;
    cellEnd = tokenStart + token[0].length;
  }
  if (cellStart >= 0) out.push([cellStart, cellEnd]);
  return out;
}

function isRule(token: string): boolean {
  return HEADER_LINE.separator.test(token) && (token.length >= 3 || /^\*+$/u.test(token));
}

/** Split a cell where a second cell runs on after it: the motto, the place-and-date or V/v line, the signing line. */
function joinCells(
  canonical: string,
  range: Range,
  tableRow: boolean,
  budget: number,
  marks: JoinMarks = ANY_MARKS,
): Range[] {
  const [start, end] = range;
  // the cell trimmed in place: one string made of it, not three
  const [offset, trimmedEnd] = trimmedRange(canonical, range);
  if (budget === 0 || offset === trimmedEnd) return [[start, end]];
  const text = canonical.slice(offset, trimmedEnd);
  const at = joinAt(text, tableRow, marks);
  if (at === null) return [[start, end]];
  // the left cell is whole: each join takes the first cell it can (for a signing line, the last post)
  return [
    [offset, offset + text.slice(0, at).trimEnd().length],
    ...joinCells(canonical, [offset + at, offset + text.length], tableRow, budget - 1, marks),
  ];
}

/** Where a trimmed cell splits, null when it is one cell. */
export function joinAt(text: string, tableRow: boolean, marks: JoinMarks): number | null {
  // where a left cell in capitals must end, found once for the joins that look for one
  const caps = capsEnd(text);
  return (
    mottoJoin(text, caps) ??
    (marks.numberMark ? numberJoin(text) : null) ??
    (marks.numberMark || marks.dateComma ? anchorJoin(text, caps) : null) ??
    closingJoin(text) ??
    (tableRow ? (prefixJoin(text) ?? signerJoin(text)) : null)
  );
}

/**
 * The first word start of a line at or after `from` and at or before `until` (a word's first code unit after white
 * space), -1 when none: the words are walked in place, with no list of them built.
 */
function nextWordStart(text: string, from: number, until = text.length): number {
  const last = Math.min(until, text.length - 1);
  for (let i = Math.max(from, 1); i <= last; i++) {
    if (isSpaceCode(text.charCodeAt(i - 1)) && !isSpaceCode(text.charCodeAt(i))) return i;
  }
  return -1;
}

/** Offsets of the words of a line after the first. */
function wordStarts(text: string): number[] {
  const out: number[] = [];
  for (let at = nextWordStart(text, 1); at !== -1; at = nextWordStart(text, at + 1)) out.push(at);
  return out;
}

/**
 * Where a left cell in capitals must end: at the line's first lower-case letter (a cell of
 * running text is never split), so the joins below look at no word after it.
 */
function capsEnd(text: string): number {
  const at = firstLowerCase(text);
  return at < 0 ? text.length : at;
}

const LOWER = /\p{Ll}/u;

/** "TỈNH ỦY LÀO CAI ĐẢNG CỘNG SẢN VIỆT NAM", "CỘNG HÒA … VIỆT NAM Độc lập - Tự do - Hạnh phúc": the motto's start. */
function mottoJoin(text: string, caps: number): number | null {
  for (let at = nextWordStart(text, 1, caps); at !== -1; at = nextWordStart(text, at + 1, caps)) {
    if (
      HEADER_LINE.mottoStart.admits(text.charCodeAt(at)) &&
      HEADER_LINE.mottoStart.test(text.slice(at)) &&
      !HEADER_LINE.nameRunsOn.test(text.slice(0, at).trimEnd())
    )
      return at;
  }
  return null;
}

/** Whether a line holds the marks the number and place-and-date joins need: without them, those joins are not tried. */
export interface JoinMarks {
  numberMark: boolean;
  dateComma: boolean;
}

const ANY_MARKS: JoinMarks = { numberMark: true, dateComma: true };

/**
 * The wide gaps and join marks of a text's lines, each searched forward through the text once: lines asked in order
 * are each told by a compare whether they hold one.
 */
export class LineMarks {
  private gap: number;
  private mark: number;
  private comma: number;

  constructor(private readonly text: string) {
    this.gap = nextCellGap(text, 0);
    this.mark = nextNumberWord(text, 0);
    this.comma = nextDateComma(text, 0);
  }

  /** Whether [start, end) holds no wide gap; lines are asked in text order. */
  gapFree(start: number, end: number): boolean {
    if (this.gap !== -1 && this.gap < start) this.gap = nextCellGap(this.text, start);
    return this.gap === -1 || this.gap >= end;
  }

  /** The join marks [start, end) holds; lines are asked in text order. */
  joinMarks(start: number, end: number): JoinMarks {
    if (this.mark !== -1 && this.mark < start) this.mark = nextNumberWord(this.text, start);
    if (this.comma !== -1 && this.comma < start) this.comma = nextDateComma(this.text, start);
    const numberMark = this.mark !== -1 && this.mark < end;
    const dateComma = this.comma !== -1 && this.comma < end;
    return numberMark ? (dateComma ? ANY_MARKS : NUMBER_MARK_ONLY) : dateComma ? DATE_COMMA_ONLY : NO_MARKS;
  }
}

const NUMBER_MARK_ONLY: JoinMarks = { numberMark: true, dateComma: false };
const DATE_COMMA_ONLY: JoinMarks = { numberMark: false, dateComma: true };
const NO_MARKS: JoinMarks = { numberMark: false, dateComma: false };

/** "Số 34 -NQ/TU Lào Cai, ngày …", "Số: 3479/VPCP-NN V/v …": where the place-and-date or the V/v line starts. */
function numberJoin(text: string): number | null {
  const mark = nextNumberWord(text, 0);
  if (mark === -1) return null;
  // the first two words say whether this is a number line at all ("Số: 3479/VPCP-NN", "Số 34"): the mark among them
  const second = nextWordStart(text, 1);
  if (second === -1) return null;
  const third = nextWordStart(text, second + 1);
  const firstTwo = third === -1 ? text.length : third;
  if (mark >= firstTwo || !HEADER_LINE.numberLine.test(text.slice(0, firstTwo).trimEnd())) return null;
  for (let at = second; at !== -1; at = nextWordStart(text, at + 1)) {
    const rest = text.slice(at);
    if (
      (HEADER_LINE.placeDate.test(rest) || HEADER_LINE.subjectLine.test(rest)) &&
      HEADER_LINE.numberLine.test(text.slice(0, at).trimEnd())
    )
      return at;
  }
  return null;
}

/**
 * "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG Số: 12/UBND-VX", "Độc lập - Tự do - Hạnh phúc Lâm Đồng, ngày …": the
 * number or the place-and-date line after the issuer's name in capitals or after the motto.
 */
function anchorJoin(text: string, caps: number): number | null {
  // a number line starts before the last number mark, a place-and-date line before the last date comma: a line with
  // neither (most lines) has no word to try, and no word after the later of the two is tried
  const lastMark = lastNumberWord(text);
  const lastComma = lastDateComma(text);
  if (lastMark === -1 && lastComma === -1) return null;
  const afterMotto = HEADER_LINE.mottoStart.test(text);
  // after a name in capitals, only words up to the first lower-case letter may start the second cell: the left
  // cell before them holds none (a first word with a lower-case letter is running text, and none is left to try)
  const until = Math.min(afterMotto ? text.length : caps, Math.max(lastMark, lastComma - 1));
  for (let at = nextWordStart(text, 1, until); at !== -1; at = nextWordStart(text, at + 1, until)) {
    if (afterMotto && !HEADER_LINE.motto.test(text.slice(0, at).trimEnd())) continue;
    const rest = text.slice(at);
    if (
      (at <= lastMark && HEADER_LINE.numberLine.test(rest)) ||
      (at < lastComma && LOWER.test(HEADER_LINE.placeDate.exec(rest)?.groups?.place ?? ''))
    ) {
      // "Độc lập - Tự do - Hạnh phúc Lâm Đồng, ngày …" reads as one place-and-date line: the motto decides
      return afterMotto || !isHeaderPart(text) ? at : null;
    }
  }
  return null;
}

function isHeaderPart(text: string): boolean {
  return HEADER_LINE.numberLine.test(text) || HEADER_LINE.placeDate.test(text) || HEADER_LINE.motto.test(text);
}

/** "Nơi nhận: T/M BAN THƯỜNG VỤ": the label, then the signature's first line. */
function closingJoin(text: string): number | null {
  const rest = HEADER_LINE.distributionLabel.exec(text)?.groups?.rest;
  if (!rest?.trim() || !SIGNATURE_LINE.authorityLine.test(rest.trim())) return null;
  return text.length - rest.trimStart().length;
}

/** "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH": a chain of prefixes, each starts a line. */
function prefixJoin(text: string): number | null {
  if (!SIGNATURE_LINE.authorityLine.test(text)) return null;
  for (const at of wordStarts(text)) {
    const prefix = SIGNATURE_LINE.authorityLine.exec(text.slice(at))?.groups?.authority;
    // a prefix inside a title is written with its dot or slash ("KT.", "T/L"): "TM" alone may be a word
    if (prefix && (text[at + prefix.length] === '.' || prefix.includes('/'))) return at;
  }
  return null;
}

/** "KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM": the signer's line is the last that names a post. */
function signerJoin(text: string): number | null {
  if (!SIGNATURE_LINE.authorityLine.test(text)) return null;
  const starts = wordStarts(text);
  for (let k = starts.length - 1; k >= 1; k--) {
    const at = starts[k]!;
    const left = text.slice(0, at).trimEnd();
    // the last word of a line without trailing white space
    const lastWord = left.slice(wordStartBefore(left, left.length));
    if (
      SIGNATURE_LINE.positionHead.test(text.slice(at)) &&
      !SIGNATURE_LINE.titleContinues.test(lastWord) &&
      SIGNATURE_LINE.authorityLine.test(left)
    )
      return at;
  }
  return null;
}
