/** The document as lines, each with its offsets and what it looks like. */
import { canonicalTones } from '../grammar/tones.js';
import { HEADER } from './header-patterns.js';
import { GAP, layoutTableRows, lineCells, trimmedRange, type Range } from './cells.js';

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
  const physical = physicalLines(text);
  const tableRows = layoutTableRows(canonical, physical);
  // most lines hold no wide gap: the next one of the text, searched forward once, decides them
  let gap = canonical.indexOf(GAP);
  physical.forEach((range, row) => {
    if (gap !== -1 && gap < range[0]) gap = canonical.indexOf(GAP, range[0]);
    const gapFree = gap === -1 || gap + GAP.length > range[1];
    for (const cell of lineCells(canonical, range, tableRows.has(row), gapFree)) {
      const [cellStart, cellEnd] = cell;
      // trimmed in place: the line's one canonical string, its indent counted without a copy
      const [from, to] = trimmedRange(canonical, cell);
      const trimmed = canonical.slice(from, to);
      lines.push({
        index: lines.length,
        start: cellStart,
        end: cellEnd,
        text: text.slice(cellStart, cellEnd),
        canonical: trimmed,
        indent: from - cellStart,
        blank: trimmed === '' || HEADER.separator.test(trimmed),
        caps: isCaps(trimmed),
      });
    }
  });
  return lines;
}

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

const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/gu;

/** No lower-case letter and at least two capitals (most lines fail at their first letter). */
function isCaps(text: string): boolean {
  if (LOWER.test(text)) return false;
  UPPER.lastIndex = 0;
  return UPPER.test(text) && UPPER.test(text);
}

/** Span of a line's trimmed content. */
export function lineSpan(line: Line): [number, number] {
  return [line.start + line.indent, line.start + line.indent + line.canonical.length];
}
