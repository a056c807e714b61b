/** Lines of a text with their offsets (end excludes the line break). */

export interface LineRange {
  start: number;
  end: number;
  text: string;
}

export function lineRanges(text: string): LineRange[] {
  const lines: LineRange[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    lines.push({ start, end, text: text.slice(start, end) });
    if (end === text.length) break;
    start = end + 1;
  }
  return lines;
}
