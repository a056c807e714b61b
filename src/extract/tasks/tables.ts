/**
 * Assignment tables ("PHÂN CÔNG NHIỆM VỤ": STT / Nhiệm vụ / Cơ quan chủ trì / Cơ quan phối hợp
 * / Thời gian hoàn thành), one task per row. Markdown gives "|" rows whose cells are read by
 * the header's columns. Text extracted from DOCX or PDF gives one cell per line, cells wrapping
 * over several lines: a row starts at its number (1, 2, 3 … in turn), the work is the cell
 * lines before the first line that opens with an agency, the lead cell runs from there to the
 * next line that opens with one (the coordinating cell, or the approving official's).
 */
import type { Span } from '../../model/schema.js';
import type { Line } from '../../layout/index.js';
import { lineSpan } from '../../layout/lines.js';
import { alternation, compile } from '../../grammar/compile.js';
import { load } from '../../grammar/load.js';
import { loadPatterns } from '../../grammar/patterns.js';
import { AGENCY, AGENCY_START, RECASED_AGENCY_START, dutyIn, mayOpenWithAgency } from '../agencies/gazetteer.js';
import { agencyList } from '../agencies/list.js';
import { recase } from '../support/recase.js';
import { bodyAt } from '../../grammar/public-bodies.js';
import type { DraftTask, TaskSource } from './draft.js';

const TABLE = loadPatterns('tables', [
  'indexCell',
  'leadColumn',
  'coordinatorColumn',
  'rowNumber',
  'subRowNumber',
  'groupNumber',
  'groupLetter',
] as const);

/**
 * How many lines a header may take (cells wrap: "Tiến độ" / "thực hiện"), with the heading of
 * a first group of rows ("I. Tăng cường sự lãnh đạo …") before row 1.
 */
const HEADER_LINES = 32;
/** A row longer than this is no row: the table has ended. */
const ROW_LINES = 60;

/** Lines [from, to) hold a table: a "|" row or a header that opens with its index cell ("STT", "TT"). */
export function holdsTable(lines: readonly Line[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (line.canonical.includes('|') || TABLE.indexCell.test(line.canonical)) return true;
  }
  return false;
}

export function tableTasks(source: TaskSource, from: number): DraftTask[] {
  const tasks: DraftTask[] = [];
  const { lines } = source;
  // a line holds a bar only if the text does: most texts hold none, and their lines are not searched for one
  const bars = source.canonical.includes('|');
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (bars && line.canonical.includes('|')) {
      const read = pipeTable(source, i);
      tasks.push(...read.tasks);
      i = read.next - 1;
    } else if (TABLE.indexCell.test(line.canonical)) {
      const read = cellPerLineTable(source, i);
      tasks.push(...read.tasks);
      i = read.next - 1;
    }
  }
  return tasks;
}

/**
 * The number of the row that starts at line `i`: alone on its line ("1", "12."), with the row's
 * first cell after it ("10.  Xây dựng Luật …", `cell`), or run onto the end of a group's title
 * by text extraction ("I" / "Thực hiện hiệu quả công tác … 1"), the title being no cell.
 */
function rowNumberAt(lines: readonly Line[], i: number): { n: number; cell: string | undefined } | null {
  const own = TABLE.rowNumber.exec(lines[i]!.canonical);
  if (own) return { n: Number(own.groups!.n), cell: own.groups!.cell };
  const previous = lines[i - 1]?.canonical ?? '';
  if (!TABLE.groupNumber.test(previous) && !TABLE.groupLetter.test(previous)) return null;
  const last = lastWord(lines[i]!.canonical);
  const run = last.length < lines[i]!.canonical.length ? TABLE.rowNumber.exec(last) : null;
  return run && !run.groups!.cell ? { n: Number(run.groups!.n), cell: undefined } : null;
}

/**
 * Whether row `n` starts at line `i`. A row opens with its work: a number before a body's name is an item of a
 * lead cell's own list ("1. Bộ Tài chính đầu mối …" / "2. Các bộ, cơ quan …" in the cell of row 1).
 */
function startsRow(lines: readonly Line[], i: number, n: number): boolean {
  const row = rowNumberAt(lines, i);
  if (row?.n !== n) return false;
  return row.cell === undefined || !opensWithAgency(row.cell);
}

/** The header after "STT": its lines up to the first row number, when it has a lead column. */
function headerEnd(lines: readonly Line[], index: number): number {
  let text = '';
  let cells = true; // the header's cells end at the first group of rows ("I.", "A")
  for (let i = index + 1; i < Math.min(lines.length, index + HEADER_LINES); i++) {
    const { canonical } = lines[i]!;
    const row = rowNumberAt(lines, i);
    if (row) return row.n === 1 && TABLE.leadColumn.test(text) ? i : -1;
    if (TABLE.groupNumber.test(canonical) || TABLE.groupLetter.test(canonical)) cells = false;
    if (cells) text += ` ${canonical}`;
  }
  return -1;
}

function cellPerLineTable(source: TaskSource, index: number): { tasks: DraftTask[]; next: number } {
  const { lines } = source;
  let at = headerEnd(lines, index);
  if (at < 0) return { tasks: [], next: index + 1 };
  const tasks: DraftTask[] = [];
  const headerCells = new Set(
    lines
      .slice(index, at)
      .filter((l) => !TABLE.groupNumber.test(l.canonical))
      .map((l) => l.canonical),
  );
  const columns = columnsOf(lines, index);
  const repeated = new Set<number>();
  let expected = 1;
  while (at < lines.length) {
    const rowStart = at;
    let end = rowStart + 1;
    let cellStart = rowStart; // where the row or its latest sub-row starts
    // the row runs to the next number in turn; a header repeated on a new page ends it when
    // the next row follows the header, else the row (or its sub-rows) goes on past the header
    while (end < lines.length && end - cellStart < ROW_LINES && !startsRow(lines, end, expected + 1)) {
      if (TABLE.groupNumber.test(lines[end]!.canonical)) break;
      if (Number(TABLE.subRowNumber.exec(lines[end]!.canonical)?.groups?.n) === expected) cellStart = end;
      if (TABLE.indexCell.test(lines[end]!.canonical)) {
        const after = pastHeader(lines, end, headerCells);
        if (!TABLE.subRowNumber.test(lines[after]?.canonical ?? '') && !continuesRow(lines, after, expected)) break;
        for (let k = end; k < after; k++) repeated.add(k);
        end = after;
        continue;
      }
      end++;
    }
    // the number's line may hold the row's first cell ("10.  Xây dựng Luật …")
    const first = rowNumberAt(lines, rowStart)?.cell ? rowStart : rowStart + 1;
    for (const cells of subRows(lines, first, end, expected)) {
      const kept = cells.filter((l) => !repeated.has(l.index));
      const byPlace = columns ? cellAt(source, kept, columns) : undefined;
      const task =
        byPlace === undefined
          ? rowTask(
              source,
              beforeTrailing(kept, columns),
              kept.filter((l) => !l.blank),
            )
          : byPlace;
      if (task) tasks.push(task);
    }
    if (end >= lines.length || end - cellStart >= ROW_LINES) return { tasks, next: end };
    let next = expected + 1;
    // a group of rows ("II. Hoàn thiện thể chế …") numbers its rows from 1 again, or goes on
    if (TABLE.groupNumber.test(lines[end]!.canonical)) {
      const restarted = resume(lines, end, 1);
      const resumed = restarted < 0 ? resume(lines, end, next) : restarted;
      if (resumed < 0) return { tasks, next: end };
      if (restarted >= 0) next = 1;
      end = resumed;
    } else if (TABLE.indexCell.test(lines[end]!.canonical)) {
      const resumed = resume(lines, end, next);
      if (resumed < 0) return { tasks, next: end };
      end = resumed;
    }
    at = end;
    expected = next;
  }
  return { tasks, next: at };
}

/** The line after a header repeated at `at` (its lines are the first header's cells). */
function pastHeader(lines: readonly Line[], at: number, headerCells: ReadonlySet<string>): number {
  let i = at + 1;
  while (i < lines.length && (lines[i]!.blank || headerCells.has(lines[i]!.canonical))) i++;
  return i;
}

/**
 * After a repeated header, row `n` goes on (its cells broken over the page) when the next line
 * opens no row or group and the next number met is the row's sub-row or the row after it.
 */
function continuesRow(lines: readonly Line[], at: number, n: number): boolean {
  const line = lines[at];
  if (!line || rowNumberAt(lines, at) || TABLE.groupNumber.test(line.canonical)) return false;
  for (let i = at + 1; i < Math.min(lines.length, at + ROW_LINES); i++) {
    const sub = TABLE.subRowNumber.exec(lines[i]!.canonical);
    if (sub) return Number(sub.groups!.n) === n;
    if (rowNumberAt(lines, i)) return startsRow(lines, i, n + 1);
    if (TABLE.indexCell.test(lines[i]!.canonical)) return false;
  }
  return false;
}

/**
 * The rows within row `n`'s lines: its sub-rows ("1.1", "1.2" … alone on their lines) when it
 * has them, its own text then being the group's title; else the row itself.
 */
function subRows(lines: readonly Line[], from: number, to: number, n: number): Line[][] {
  const starts: number[] = [];
  for (let i = from; i < to; i++) {
    // the group's title line may end with its first sub-row's number, run onto it by extraction
    const sub = TABLE.subRowNumber.exec(i === from ? lastWord(lines[i]!.canonical) : lines[i]!.canonical);
    if (Number(sub?.groups?.n) === n) starts.push(i);
  }
  if (starts.length === 0) return [lines.slice(from, to)];
  // a sub-row's number line may hold its first cell ("2.1 Theo dõi, tổng hợp …")
  const cellOn = (i: number) => Boolean(TABLE.subRowNumber.exec(lines[i]!.canonical)?.groups?.cell);
  return starts.map((start, k) => lines.slice(cellOn(start) ? start : start + 1, starts[k + 1] ?? to));
}

/** What follows the line's last space or tab (the whole line when it has none): read back from its end. */
function lastWord(text: string): string {
  return text.slice(Math.max(text.lastIndexOf(' '), text.lastIndexOf('\t')) + 1);
}

/** After a repeated header, the line where row `n` starts, or -1. */
function resume(lines: readonly Line[], header: number, n: number): number {
  for (let i = header + 1; i < Math.min(lines.length, header + HEADER_LINES); i++) {
    if (startsRow(lines, i, n)) return i;
  }
  return -1;
}

/** A line that ends on what joins two fields of a name (grammars/names.json fieldSeparators): "và", ",", "-". */
const ENDS_ON_SEPARATOR = compile(
  'names.json#fieldSeparatorAtEnd',
  `(?:^|[\\s,])(?:${alternation(load('names').fieldSeparators)})$`,
  'u',
);

/** A cell wrapped onto the next line: the line ends on a joining word or the next one opens in lower case. */
function wraps(line: Line, next: Line): boolean {
  return (
    !opensWithAgency(next.canonical) &&
    (ENDS_ON_SEPARATOR.test(line.canonical) || /^\p{Ll}/u.test(next.canonical) || nameRunsOver(line, next))
  );
}

/**
 * A name the gazetteer knows cut by the line's end ("Bộ Công" / "Thương", "Ngân hàng Nhà nước Việt" / "Nam"): one of
 * the line's last words opens a name that runs into the next line.
 */
function nameRunsOver(line: Line, next: Line): boolean {
  const { canonical } = line;
  if (!/^\p{Lu}/u.test(next.canonical)) return false;
  const joined = `${canonical} ${next.canonical}`;
  let words = 0;
  for (let at = canonical.length; at > 0 && words < LAST_WORDS; words++) {
    at = canonical.lastIndexOf(' ', at - 1) + 1;
    if ((bodyAt(joined, at)?.end ?? 0) > canonical.length + 1) return true;
    at--;
  }
  return false;
}

/** How many of a line's last words may open a name cut by the line's end: the longest names run to six words or so. */
const LAST_WORDS = 6;

/**
 * The lead cell's list goes on over the next line, even one that opens with a body: its line ends
 * on a comma, "và" or "ở" ("Các bộ ở" / "Trung ương," / "Ủy ban nhân dân cấp tỉnh ở địa phương").
 */
function leadGoesOn(line: Line, next: Line): boolean {
  return /(?:,|(?:^|[ \t])(?:và|ở))$/u.test(line.canonical) || wraps(line, next);
}

function opensWithAgency(canonical: string): boolean {
  if (!mayOpenWithAgency(canonical)) return false;
  // the leftmost start is at 0 only if one matches there: tried there alone, not searched through the line
  const [opening, text] = /\p{Ll}/u.test(canonical)
    ? [AGENCY_OPENING, canonical]
    : [RECASED_AGENCY_OPENING, recase(canonical)];
  opening.lastIndex = 0;
  return opening.test(text);
}

/** AGENCY_START and RECASED_AGENCY_START tried at the start of a line only (sticky). */
const AGENCY_OPENING = new RegExp(AGENCY_START.source, 'uy');
const RECASED_AGENCY_OPENING = new RegExp(RECASED_AGENCY_START.source, 'uy');

/**
 * A line of an agency cell holds names only ("Bộ Ngoại", "Bộ Tài chính, các"); a line of the
 * work that opens with a body goes on past its name ("Bộ Chính trị về tăng cường, bảo vệ …").
 */
function opensAgencyCell(canonical: string): boolean {
  if (!opensWithAgency(canonical)) return false;
  const text = /\p{Ll}/u.test(canonical) ? canonical : recase(canonical);
  const last = agencyList(text, text, 0).at(-1);
  if (!last) return true;
  const after = text.slice(last.span[1]);
  // "Bộ Tư pháp chủ trì hướng dẫn, …": a lead cell may say the body leads
  // only a duty right after the last name counts: the scan stops past it
  const duty = dutyIn(text, last.span[1] + 1);
  if (duty?.leads && duty.index === last.span[1]) return true;
  // "Các Bộ: Tài chính, …, Quốc phòng theo chức năng, nhiệm vụ …": the scope of each body's part, no work
  if (AGENCY.scopeAfterName.exec(text.slice(last.span[1] - 1))?.index === 1) return true;
  return !/^[ \t]+\p{Ll}+[ \t]+\p{Ll}/u.test(after) || /^[ \t]*(?:[,;(]|và|$)/u.test(after);
}

/** The columns of a header written one line per column: where its lead and coordinating cells stand. */
interface Columns {
  count: number;
  lead: number;
  coordinator: number;
}

/**
 * A header is one line per column when no line of it continues the one before (none opens in
 * lower case: "Cơ quan" / "chủ trì" is one wrapped cell). Its rows then give one line per cell,
 * an empty cell a blank line, so a row with as many lines as there are columns is read by place.
 */
function columnsOf(lines: readonly Line[], index: number): Columns | null {
  const header: string[] = [];
  for (let i = index + 1; i < Math.min(lines.length, index + HEADER_LINES); i++) {
    const { canonical, blank } = lines[i]!;
    if (
      blank ||
      TABLE.rowNumber.test(canonical) ||
      TABLE.groupNumber.test(canonical) ||
      TABLE.groupLetter.test(canonical)
    )
      break;
    if (!/^\p{Lu}/u.test(canonical)) return null;
    header.push(canonical);
  }
  const lead = header.findIndex((c) => TABLE.leadColumn.test(c));
  if (lead < 0 || header.filter((c) => TABLE.leadColumn.test(c)).length > 1) return null;
  return {
    count: header.length,
    lead,
    coordinator: header.findIndex((c) => !TABLE.leadColumn.test(c) && TABLE.coordinatorColumn.test(c)),
  };
}

/** A row read by place, when it has a line for each column; its lead cell may name no body ("Theo phân công tại …"). */
function cellAt(source: TaskSource, row: readonly Line[], columns: Columns): DraftTask | null | undefined {
  let length = row.length;
  while (length > 0 && row[length - 1]!.blank) length--;
  if (length !== columns.count || row[0]!.blank || row.some((l, k) => k > 0 && cutOff(row[k - 1]!, l)))
    return undefined;
  // a body just before the lead's place ("Quý III/2026" / "Bộ Tài chính" / "Bộ Công Thương, …" under a header whose
  // title "THỜI HẠN / HOÀN THÀNH" took two lines): the lines are not the columns (the work before may name a body)
  const before = columns.lead > 1 ? row[columns.lead - 1] : undefined;
  if (before && !before.blank && opensAgencyCell(before.canonical)) return undefined;
  const agencies = agenciesIn(source, [row[columns.lead]!]);
  if (agencies.length === 0) return null;
  const coordinator = row[columns.coordinator];
  const coordinators = coordinator && !coordinator.blank ? agenciesIn(source, [coordinator]) : [];
  const span = lineSpan(row[0]!);
  return {
    agencies,
    coordinators,
    span,
    scope: [span[0], lineSpan(row[length - 1]!)[1]],
    text: source.text.slice(span[0], span[1]),
  };
}

/**
 * A row's cells that may hold its lead, blank ones left out: not the cells of the columns that
 * follow both the lead and the coordinating ones ("Theo dõi, kiểm tra, đôn đốc", "Thời gian hoàn
 * thành"), which stand last in a row whose cells merged ("Theo phân công tại Quyết định số …" over
 * two columns, then "Văn phòng UBND tỉnh" as the body that monitors).
 */
function beforeTrailing(row: readonly Line[], columns: Columns | null): Line[] {
  let length = row.length;
  while (length > 0 && row[length - 1]!.blank) length--;
  const trailing = columns ? columns.count - 1 - Math.max(columns.lead, columns.coordinator) : 0;
  const last = columns ? Math.max(columns.lead, length - 1 - trailing) : length - 1;
  return row.slice(0, last + 1).filter((l) => !l.blank);
}

/**
 * A cell that goes on over the next line (so the row's lines are not its cells): see {@link wraps}; a name cut before
 * its number ("Nghị định số").
 */
function cutOff(line: Line, next: Line): boolean {
  return !line.blank && !next.blank && (wraps(line, next) || /[ \t]số$/u.test(line.canonical));
}

/** `cells` may hold the lead; `row` is every cell, whose deadlines the task takes. */
function rowTask(source: TaskSource, cells: readonly Line[], row: readonly Line[]): DraftTask | null {
  const lead = cells.findIndex((l, k) => k > 0 && (opensAgencyCell(l.canonical) || leadItemAt(l, 1) > 0));
  if (lead < 0) return null;
  let leadEnd = lead + 1;
  // a lead cell that numbers its bodies goes on with its next item ("1. Các bộ, …" / "2. Bộ Tài chính đầu mối")
  let item = leadItemAt(cells[lead]!, 1) > 0 ? 1 : 0;
  while (leadEnd < cells.length) {
    if (item > 0 && leadItemAt(cells[leadEnd]!, item + 1) > 0) item++;
    else if (
      !leadGoesOn(cells[leadEnd - 1]!, cells[leadEnd]!) &&
      (item === 0 || opensWithAgency(cells[leadEnd]!.canonical))
    )
      // an item goes on to the next item or the next cell, which opens with a body ("Xây dựng, Công" / "Thương, …")
      break;
    leadEnd++;
  }
  const agencies =
    item > 0 ? leadItems(source, cells.slice(lead, leadEnd)) : agenciesIn(source, cells.slice(lead, leadEnd));
  if (agencies.length === 0) return null;
  // `cells` is the first part of `row`: the coordinating cell may stand past it
  // it runs to the next line that opens a body of its own ("Các" / "Bộ, ngành, …" is one name), or as far as it goes on
  const goesOn = (k: number) => leadGoesOn(row[k - 1]!, row[k]!) || DANGLING_PLURAL.test(row[k - 1]!.canonical);
  let coordinatorEnd = row.findIndex((l, k) => k > leadEnd && opensWithAgency(l.canonical) && !goesOn(k));
  if (coordinatorEnd < 0) {
    coordinatorEnd = Math.min(leadEnd + 1, row.length);
    while (coordinatorEnd < row.length && goesOn(coordinatorEnd)) coordinatorEnd++;
  }
  const coordinators = agenciesIn(source, row.slice(leadEnd, coordinatorEnd));
  const span: Span = [lineSpan(cells[0]!)[0], lineSpan(cells[lead - 1]!)[1]];
  const scope: Span = [span[0], lineSpan(row.at(-1) ?? cells.at(-1)!)[1]];
  return { agencies, coordinators, span, scope, text: source.text.slice(span[0], span[1]) };
}

/** A line that ends on the plural marker of the name the next line goes on with ("Các" / "Bộ, ngành, địa phương"). */
const DANGLING_PLURAL = /(?:^|[ \t])[Cc]ác$/u;

/**
 * "2. Bộ Tài chính đầu mối": item `n` of a lead cell's own list opens the line with a body (its duty may follow, "1. Bộ
 * Tư pháp tổng hợp, …"); the number's length, else 0.
 */
function leadItemAt(line: Line, n: number): number {
  const item = CELL_ITEM.exec(line.canonical);
  if (item === null || Number(item.groups!.n) !== n) return 0;
  return opensWithAgency(line.canonical.slice(item[0].length)) ? item[0].length : 0;
}

const CELL_ITEM = /^(?<n>\d{1,2})\.[ \t]+/u;

/** The bodies of a lead cell that numbers them, item by item, each read past its number and up to its duty. */
function leadItems(source: TaskSource, cell: readonly Line[]) {
  const items = cell.flatMap((line, k) => {
    const number = CELL_ITEM.exec(line.canonical);
    return number ? [{ start: k, skip: number[0].length }] : [];
  });
  return items.flatMap(({ start, skip }, k) => agenciesIn(source, cell.slice(start, items[k + 1]?.start), skip, true));
}

/**
 * A cell wrapped over lines, read as one phrase (a line break is the same length as a space), from `skip` characters
 * into its first line; `toDuty`: up to its first duty ("Bộ Tư pháp tổng hợp, …; chủ trì, phối hợp với …").
 */
function agenciesIn(source: TaskSource, cell: readonly Line[], skip = 0, toDuty = false) {
  if (cell.length === 0) return [];
  const from = lineSpan(cell[0]!)[0] + skip;
  const [, to] = lineSpan(cell.at(-1)!);
  const flat = (s: string) => s.slice(from, to).replace(/\n/gu, ' ');
  const canonical = flat(source.canonical);
  const end = toDuty ? (dutyIn(canonical)?.index ?? canonical.length) : canonical.length;
  return agencyList(canonical.slice(0, end), flat(source.text).slice(0, end), from);
}

/** A Markdown table: a header row with a lead column, then one task per row. */
function pipeTable(source: TaskSource, index: number): { tasks: DraftTask[]; next: number } {
  const { lines } = source;
  const header = cellsOf(lines[index]!);
  const leadColumn = header.findIndex((c) => TABLE.leadColumn.test(c.text));
  if (leadColumn < 0) return { tasks: [], next: index + 1 };
  const coordinatorColumn = header.findIndex((c) => TABLE.coordinatorColumn.test(c.text));
  const workColumn = header.findIndex(
    (c, k) => k !== leadColumn && k !== coordinatorColumn && !TABLE.indexCell.test(c.text),
  );
  const tasks: DraftTask[] = [];
  let i = index + 1;
  for (; i < lines.length && lines[i]!.canonical.includes('|'); i++) {
    const row = cellsOf(lines[i]!);
    if (row.every((c) => /^:?-+:?$/u.test(c.text) || c.text === '')) continue; // the |---| rule
    const lead = row[leadColumn];
    if (!lead) continue;
    const agencies = agencyList(source.canonical.slice(...lead.span), source.text.slice(...lead.span), lead.span[0]);
    if (agencies.length === 0) continue;
    const coordinator = row[coordinatorColumn];
    const coordinators = coordinator
      ? agencyList(
          source.canonical.slice(...coordinator.span),
          source.text.slice(...coordinator.span),
          coordinator.span[0],
        )
      : [];
    const span = row[workColumn]?.span ?? lineSpan(lines[i]!);
    tasks.push({ agencies, coordinators, span, scope: lineSpan(lines[i]!), text: source.text.slice(span[0], span[1]) });
  }
  return { tasks, next: i };
}

function cellsOf(line: Line): Array<{ text: string; span: Span }> {
  const out: Array<{ text: string; span: Span }> = [];
  const base = line.start + line.indent;
  let at = 0;
  const body = line.canonical;
  for (const part of body.split('|')) {
    const lead = part.length - part.trimStart().length;
    const text = part.trim();
    out.push({ text, span: [base + at + lead, base + at + lead + text.length] });
    at += part.length + 1;
  }
  // "| a | b |" has an empty cell before the first bar and after the last
  if (body.startsWith('|')) out.shift();
  if (body.endsWith('|')) out.pop();
  return out;
}
