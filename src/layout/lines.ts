/** The document as lines, each with its offsets and what it looks like. */
import { canonicalTones } from '../grammar/tones.js';
import { HEADER_LINE } from './header-patterns.js';
import { isCapitals } from './letter-case.js';
import { joinAt, type JoinMarks, layoutTableRows, lineCells, LineMarks, trimmedRange, type Range } from './cells.js';
import { isSpaceCode } from '../grammar/white-space.js';

export interface Line {
  index: number;
  start: number;
  end: number;
  /** the line as written */
  text: string;
  /** the line trimmed, tone marks canonical (as in `Layout.canonical`): what patterns run on */
  canonical: string;
  /** offset of `match` inside the line */
  indent: number;
  blank: boolean;
  /** every letter is upper case (and there are at least two) */
  caps: boolean;
}

export function splitLines(text: string, canonical = canonicalTones(text)): Line[] {
  const lines: Line[] = [];
  const push = (start: number, end: number, from: number, trimmed: string) =>
    lines.push({
      index: lines.length,
      start,
      end,
      text: text.slice(start, end),
      canonical: trimmed,
      indent: from - start,
      blank: trimmed === '' || HEADER_LINE.separator.test(trimmed),
      caps: isCapitals(trimmed),
    });
  // a text without "|" has no table rows: its lines are not listed for them
  const tableRows = canonical.includes('|') ? layoutTableRows(canonical, physicalLines(text)) : NO_ROWS;
  const marks = new LineMarks(canonical);
  for (let start = 0, row = 0; start <= text.length; row++) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const tableRow = tableRows.has(row);
    const gapFree = marks.gapFree(start, end);
    // the marks are asked of every line, in order, so that their searches run forward once
    const joins = marks.joinMarks(start, end);
    // most lines are one cell: read in place, the line's trimmed text made once for the joins and the line
    const one = gapFree && !tableRow;
    const from = one ? contentFrom(canonical, start, end) : start;
    const whole = one ? wholeLine(canonical, from, end, joins) : null;
    if (whole !== null) push(start, end, from, whole);
    else {
      for (const cell of lineCells(canonical, [start, end], tableRow, gapFree, joins)) {
        // trimmed in place: the line's one canonical string, its indent counted without a copy
        const [from, to] = trimmedRange(canonical, cell);
        push(cell[0], cell[1], from, canonical.slice(from, to));
      }
    }
    if (end === text.length) break;
    start = end + 1;
  }
  return lines;
}

/** Where a line's text starts once trimmed: its first code unit that is not white space (its end when none). */
function contentFrom(canonical: string, start: number, end: number): number {
  let from = start;
  while (from < end && isSpaceCode(canonical.charCodeAt(from))) from++;
  return from;
}

/**
 * A physical line that is one cell, its text from `from` (contentFrom) on: the text trimmed; null when it splits.
 * A string, not an object with `from`: asked of every line, it makes nothing more than the text.
 */
function wholeLine(canonical: string, from: number, end: number, joins: JoinMarks): string | null {
  let to = end;
  while (to > from && isSpaceCode(canonical.charCodeAt(to - 1))) to--;
  const trimmed = canonical.slice(from, to);
  return trimmed === '' || joinAt(trimmed, false, joins) === null ? trimmed : null;
}

const NO_ROWS: ReadonlySet<number> = new Set();

function physicalLines(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    out.push([start, end]);
    if (end === text.length) break;
    start = end + 1;
  }
  return out;
}

/** Span of a line's trimmed content. */
export function lineSpan(line: Line): [number, number] {
  return [line.start + line.indent, line.start + line.indent + line.canonical.length];
}
