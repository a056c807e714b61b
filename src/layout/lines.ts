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

export function splitLines(text: string): Line[] {
  const canonical = canonicalTones(text);
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const raw = canonical.slice(start, end);
    const match = raw.trim();
    lines.push({
      index: index++,
      start,
      end,
      text: text.slice(start, end),
      match,
      indent: raw.length - raw.trimStart().length,
      blank: match === '' || HEADER.separator.test(match),
      caps: isCaps(match),
    });
    if (end === text.length) break;
    start = end + 1;
  }
  return lines;
}

const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}.*\p{Lu}/u;

function isCaps(text: string): boolean {
  return UPPER.test(text) && !LOWER.test(text);
}

/** Span of a line's trimmed content. */
export function lineSpan(line: Line): [number, number] {
  return [line.start + line.indent, line.start + line.indent + line.match.length];
}
