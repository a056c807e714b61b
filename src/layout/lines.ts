/** The document as lines, each with its offsets and what it looks like. */
import { canonicalTones } from '../grammar/tones.js';
import { HEADER } from './header-patterns.js';

export interface Line {
  index: number;
  start: number;
  end: number;
  /** the line as written */
  text: string;
  /** trimmed, tone marks canonical: what patterns run on */
  match: string;
  /** offset of `match` inside the line */
  indent: number;
  blank: boolean;
  /** every letter is upper case (and there are at least two) */
  caps: boolean;
}

export function splitLines(text: string, canonical = canonicalTones(text)): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    for (const [cellStart, cellEnd] of cells(canonical, start, end)) {
      const raw = canonical.slice(cellStart, cellEnd);
      const match = raw.trim();
      lines.push({
        index: lines.length,
        start: cellStart,
        end: cellEnd,
        text: text.slice(cellStart, cellEnd),
        match,
        indent: raw.length - raw.trimStart().length,
        blank: match === '' || HEADER.separator.test(match),
        caps: isCaps(match),
      });
    }
    if (end === text.length) break;
    start = end + 1;
  }
  return lines;
}

/**
 * A table row extracted onto one line keeps its cells apart with a wide gap
 * ("ỦY BAN NHÂN DÂN            CỘNG HÒA XÃ HỘI…"): each cell is read as a line of its own.
 * A gap before lower case, a digit or "/" is a blank left to fill in ("ngày      tháng", "Số:      /UBND").
 */
const CELL_GAP = /(?<=\S) {3,}(?=\p{Lu})/gu;

function cells(text: string, start: number, end: number): Array<[number, number]> {
  const line = text.slice(start, end);
  // most lines have no wide gap: a plain search decides them without the pattern
  if (!line.includes('   ')) return [[start, end]];
  const out: Array<[number, number]> = [];
  let at = 0;
  for (const gap of line.matchAll(CELL_GAP)) {
    out.push([start + at, start + gap.index]);
    at = gap.index + gap[0].length;
  }
  out.push([start + at, end]);
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
  return [line.start + line.indent, line.start + line.indent + line.match.length];
}
