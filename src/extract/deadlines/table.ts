/**
 * Time-limit columns of tables extracted one cell per line (DOCX/PDF text): under a header
 * line such as "Tiến độ thực hiện" or "Thời gian hoàn thành" (it may wrap: "Tiến độ / thực
 * hiện"), a line holding only a date or a period ("2026 - 2027", "Quý III/2025") is a
 * deadline. The column runs until another time column ("Thời gian kiểm tra": dates of events)
 * or an appendix heading; a header repeated on the next page keeps it going. The header may
 * lie before `from` (a task may be one table row).
 */
import { valueAt } from './expression.js';
import { DEADLINE_PATTERNS, matchesIn, scanner } from './deadline-patterns.js';
import type { Candidate, Texts } from './types.js';

/** Before the label on its header line: "Thời gian, [tiến độ thực hiện]". */
const HEAD_LEAD = DEADLINE_PATTERNS.columnHeadLead;
/** After the label on its header line: "[Thời gian hoàn thành] (dự kiến)", "[Thời gian thực hiện]/hoàn thành". */
const HEAD_NOTE = DEADLINE_PATTERNS.columnHeadNote;
const COLUMN_END = scanner('columnEnd');
/** A header-like line is short: a column title, not a sentence that happens to start so. */
const MAX_COLUMN_END_LINE = 40;
/** What may follow the date in its cell: nothing, or its recurrence ("Tháng 6 hằng năm"). */
const CELL_REST = new RegExp(
  `^[ \\t]*(?:[,;][ \\t]*)?(?:(?:${DEADLINE_PATTERNS.cellTail.source})[ \\t]*)?(?:\\.[ \\t]*)?$`,
  DEADLINE_PATTERNS.cellTail.flags,
);

/** Whether what follows the date in its cell is nothing, or its recurrence. */
export function cellRestIsEmpty(rest: string): boolean {
  return CELL_REST.test(rest);
}

/**
 * Cells of time-limit columns inside [from, to). `labels` are the limit labels (grammar entry limitLabel) of [0, to),
 * scanned once for this and for "<label>: <date>".
 */
export function tableCells(
  { canonical, flat }: Texts,
  from: number,
  to: number,
  labels: readonly RegExpExecArray[],
): Candidate[] {
  const headers = labels
    .map((m) => headerLine(canonical, m.index, m.index + m[0].length))
    .filter((header): header is [number, number] => header !== null);
  if (headers.length === 0) return [];
  const insideHeader = (at: number) => headers.some(([start, end]) => at >= start && at < end);
  const ends = [...matchesIn(COLUMN_END, flat, headers[0]![1], to)]
    .map((m) => m.index)
    .filter(
      (at) => atLineStart(canonical, at) && !insideHeader(at) && lineAt(canonical, at).length <= MAX_COLUMN_END_LINE,
    );

  const cells = new Map<number, Candidate>();
  // a header repeated on each page opens a column over the lines of the one before: each line is read once
  const read = new Set<number>();
  for (const [, headerEnd] of headers) {
    const columnEnd = Math.min(to, ends.find((at) => at >= headerEnd) ?? to);
    for (let lineStart = canonical.indexOf('\n', headerEnd) + 1; lineStart > 0 && lineStart < columnEnd; ) {
      const lineEnd = endOfLine(canonical, lineStart);
      const start = pastIndent(canonical, lineStart, lineEnd);
      const inColumn = start >= from && lineEnd <= columnEnd && !read.has(start);
      if (inColumn) read.add(start);
      const value = inColumn ? valueAt(flat, start) : null;
      if (value && cellRestIsEmpty(canonical.slice(value.when[1], lineEnd))) {
        cells.set(start, {
          kind: 'dated',
          cell: true,
          start,
          end: value.when[1],
          when: value.when,
          beforePeriod: value.beforePeriod,
        });
      }
      lineStart = lineEnd + 1;
    }
  }
  return [...cells.values()];
}

/** Past the spaces and tabs that indent the line at `lineStart`. */
function pastIndent(text: string, lineStart: number, lineEnd: number): number {
  let at = lineStart;
  while (at < lineEnd && (text.charCodeAt(at) === SPACE || text.charCodeAt(at) === TAB)) at++;
  return at;
}

const SPACE = 0x20;
const TAB = 0x09;

function endOfLine(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
}

function atLineStart(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return /^[ \t]*$/u.test(text.slice(lineStart, at));
}

/** The rest of the line from `at`. */
function lineAt(text: string, at: number): string {
  return text.slice(at, endOfLine(text, at)).trimEnd();
}

/**
 * The header line a label at [start, end) heads a column with: the label alone on its line(s),
 * or with a lead before it and a note after it ("Thời gian, tiến độ thực hiện (năm)"); null when
 * other words share its line (a sentence).
 */
function headerLine(text: string, start: number, end: number): [number, number] | null {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(lineStart, start);
  if (!/^[ \t]*$/u.test(before) && !HEAD_LEAD.test(before)) return null;
  const lineEnd = endOfLine(text, end);
  if (!HEAD_NOTE.test(text.slice(end, lineEnd))) return null;
  return [lineStart + (before.length - before.trimStart().length), lineEnd];
}
