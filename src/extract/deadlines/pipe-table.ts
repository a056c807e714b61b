/**
 * Time-limit columns of tables written with pipes (Markdown, texts converted from the legal
 * portals): "| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |" heads the columns, and
 * in each row after it, the cell under the time-limit label holding only a date or a period
 * ("| … | Quý III/2026 |") is a deadline. The table ends at the first line that is not a row.
 * The header may lie before `from` (a task may be one row).
 */
import { valueAt } from './expression.js';
import { matchAt, sticky } from './deadline-patterns.js';
import { cellRestIsEmpty } from './table.js';
import type { Candidate, Texts } from './types.js';

const LABEL = sticky('limitLabel');
/** What may follow a label in its header cell: a note such as "(dự kiến)" or "(1)". */
const MAX_HEADER_REST = 20;
const SEPARATOR_ROW = /^[ \t]*\|(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*$/u;

interface Cell {
  start: number;
  end: number;
}

/** Dated cells of pipe-table time-limit columns inside [from, to). */
export function pipeTableCells({ canonical, flat }: Texts, from: number, to: number): Candidate[] {
  const found: Candidate[] = [];
  // most texts have no bar at all, and no line of them is then a row
  const firstBar = canonical.indexOf('|');
  if (firstBar < 0 || firstBar >= to) return found;
  let column = -1;
  for (let lineStart = 0; lineStart < to; ) {
    const lineEnd = endOfLine(canonical, lineStart);
    // most lines are no row: they are not cut out of the text
    const line = isRow(canonical, lineStart, lineEnd) ? canonical.slice(lineStart, lineEnd) : null;
    if (line === null) column = -1;
    else if (!SEPARATOR_ROW.test(line)) {
      const cells = cellsOf(line, lineStart);
      const header = cells.findIndex((cell) => isLimitHeader(canonical, flat, cell));
      if (header >= 0) column = header;
      else if (column >= 0 && cells[column] && lineStart >= from && lineEnd <= to) {
        const candidate = dated(canonical, flat, cells[column]!);
        if (candidate) found.push(candidate);
      }
    }
    lineStart = lineEnd + 1;
  }
  return found;
}

/** Whether the line at [lineStart, lineEnd) is a row: its first character past the indent is a bar. */
function isRow(text: string, lineStart: number, lineEnd: number): boolean {
  let at = lineStart;
  while (at < lineEnd && (text.charCodeAt(at) === SPACE || text.charCodeAt(at) === TAB)) at++;
  return at < lineEnd && text.charCodeAt(at) === BAR;
}

const SPACE = 0x20;
const TAB = 0x09;
const BAR = 0x7c;

/** The cells of a row, each without its surrounding spaces. */
function cellsOf(line: string, lineStart: number): Cell[] {
  const cells: Cell[] = [];
  const bars = [...line.matchAll(/\|/gu)].map((m) => m.index);
  for (let i = 0; i + 1 < bars.length; i++) {
    const raw = line.slice(bars[i]! + 1, bars[i + 1]);
    const lead = raw.length - raw.trimStart().length;
    const start = lineStart + bars[i]! + 1 + lead;
    cells.push({ start, end: start + raw.trim().length });
  }
  return cells;
}

function isLimitHeader(lines: string, flat: string, cell: Cell): boolean {
  const label = matchAt(LABEL, flat, cell.start);
  return (
    label !== null &&
    cell.end - (cell.start + label[0].length) <= MAX_HEADER_REST &&
    !lines.slice(cell.start, cell.end).includes('\n')
  );
}

function dated(lines: string, flat: string, cell: Cell): Candidate | null {
  const value = valueAt(flat, cell.start);
  if (!value || value.when[1] > cell.end || !cellRestIsEmpty(lines.slice(value.when[1], cell.end))) return null;
  const { when, beforePeriod } = value;
  return { kind: 'dated', start: cell.start, end: when[1], when, beforePeriod, cell: true };
}

function endOfLine(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
}
