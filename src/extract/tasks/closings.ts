/**
 * Where a decision's closing phrase ("… chịu trách nhiệm thi hành …") stands in each line of a document, found by one
 * scan of it: for the closing article (execution.ts) and for the headings that hold the phrase (headed.ts).
 */
import type { Line } from '../../layout/lines.js';
import { closingIn } from '../agencies/gazetteer.js';
import type { TaskSource } from './draft.js';

/** Each document's closings (its text and outlines are read once for all of them), by its lines. */
const CLOSINGS = new WeakMap<readonly Line[], ReadonlyMap<number, number> | null>();

/**
 * Where the closing sentence's phrase first stands in each line that holds one (line index → offset in its canonical
 * text), found by one scan of the document instead of one a line. Null when the scan could read otherwise than a line
 * alone: a match across the break between two lines (two cells of a table row), or a line that a letter touches
 * (where the phrase's word boundaries, its only look-arounds, would see it); each line is then searched by itself.
 */
export function closingsOf(source: TaskSource): ReadonlyMap<number, number> | null {
  let known = CLOSINGS.get(source.lines);
  if (known !== undefined) return known;
  known = scanClosings(source);
  CLOSINGS.set(source.lines, known);
  return known;
}

function scanClosings({ canonical, lines }: TaskSource): ReadonlyMap<number, number> | null {
  for (const line of lines) {
    const from = line.start + line.indent;
    if (isLetterAt(canonical, from - 1) || isLetterAt(canonical, from + line.canonical.length)) return null;
  }
  const found = new Map<number, number>();
  let k = 0;
  for (let m = closingIn(canonical); m; m = closingIn(canonical, m.index + m[0].length)) {
    while (k < lines.length && lineEnd(lines[k]!) <= m.index) k++;
    const line = lines[k];
    const from = line ? line.start + line.indent : -1;
    if (!line || m.index < from || m.index + m[0].length > lineEnd(line)) return null;
    if (!found.has(k)) found.set(k, m.index - from);
  }
  return found;
}

const lineEnd = (line: Line) => line.start + line.indent + line.canonical.length;

const LETTER = /\p{L}/u;

/** A letter stands at `at` (a whole character: a letter outside the BMP has none of its halves a letter alone). */
function isLetterAt(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return false;
  const code = text.charCodeAt(at);
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  const point = text.codePointAt(at)!;
  // the low half of a pair: the letter it belongs to stands one before
  if (code >= 0xdc00 && code <= 0xdfff && at > 0) return LETTER.test(String.fromCodePoint(text.codePointAt(at - 1)!));
  return LETTER.test(String.fromCodePoint(point));
}

/**
 * Whether the closing phrase stands in the text of line `index` from `from` to `to` (document offsets; a heading), as
 * searching that text finds it: read from the document's closings when the text runs to the line's end, else searched.
 * The line's first phrase standing at or after `from` stands in the text; with none in the line, none stands in it
 * unless a letter before `from` kept it from the line (the phrase's word boundary sees it there, not in the text).
 */
export function closingFrom(source: TaskSource, index: number, from: number, to: number): boolean {
  const closings = closingsOf(source);
  const line = source.lines[index];
  if (closings && line && from >= line.start + line.indent && to === lineEnd(line)) {
    const start = line.start + line.indent;
    const first = closings.get(index);
    if (first === undefined && (from === start || !isLetterAt(source.canonical, from - 1))) return false;
    if (first !== undefined && start + first >= from) return true;
  }
  return closingIn(source.canonical.slice(from, to)) !== null;
}
