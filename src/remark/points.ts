/** Offsets of a text as unist points (line and column from 1, offset from 0), as remark counts them. */
import { lastAtOrBefore } from '../ingest/search.js';

export interface Point {
  line: number;
  column: number;
  offset: number;
}

// the line endings micromark knows: "\r\n", "\n", "\r"
const LINE_END = /\r?\n|\r/gu;

/** A function from an offset of `text` to its point; the line starts are found once. */
export function pointsOf(text: string): (offset: number) => Point {
  const starts = [0];
  for (const end of text.matchAll(LINE_END)) starts.push(end.index + end[0].length);
  return (offset) => {
    const at = Math.max(0, Math.min(offset, text.length));
    const line = lastAtOrBefore(starts, at);
    return { line: line + 1, column: at - starts[line]! + 1, offset: at };
  };
}
