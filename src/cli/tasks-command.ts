/**
 * `vanban tasks FILE...`: each document's work, agency by agency, as a reader would list it;
 * `--json` for programs, `--csv` for the office's spreadsheet (one row per task and lead agency).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { convertDocument, isErrorRecord } from '../convert/document.js';
import { tasksByAgency } from '../extract/tasks/by-agency.js';
import { taskRows } from '../convert/task-rows.js';
import type { DocumentResult, Target, Task } from '../model/schema.js';
import { csvRecord, UTF8_BOM } from './csv.js';
import { figure } from './targets-command.js';
import { classOf } from '../grammar/compile.js';
import { LIST_MARKS } from '../outline/markers.js';

/** How much of a task's text a line shows. */
const WIDTH = 90;

export async function runTasks(args: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, csv: { type: 'boolean', default: false } },
  });
  if (positionals.length === 0) throw new Error('tasks: give at least one FILE');
  if (values.json && values.csv) throw new Error('tasks: --json and --csv exclude each other');
  const sheet = values.csv ? new TaskSheet() : null;
  for (const file of positionals) {
    // read as vanban convert reads it (docx, pdf, html, legacy encodings); a file it cannot read stops the command, as
    // a missing one does
    const result = await convertDocument(readFileSync(file), basename(file));
    if (isErrorRecord(result)) throw new Error(`${file}: ${result.error.message} (${result.error.code})`);
    if (sheet) {
      process.stdout.write(sheet.records(file, result));
      continue;
    }
    const rows = tasksByAgency(result);
    if (values.json) {
      process.stdout.write(
        JSON.stringify({
          file,
          agencies: rows.map((r) => ({
            ...r,
            tasks: r.tasks.map(brief),
            coordinating: r.coordinating.map(brief),
            targets: r.targets.map(briefTarget),
          })),
        }) + '\n',
      );
      continue;
    }
    process.stdout.write(`${file}\n`);
    for (const { agency, tasks, coordinating, successors, targets } of rows) {
      if (tasks.length === 0 && targets.length === 0) continue;
      const after = successors.length > 0 ? `  [now: ${successors.join(', ')}]` : '';
      process.stdout.write(
        `  ${agency} — ${tasks.length} task${tasks.length === 1 ? '' : 's'}${coordinating.length > 0 ? `, coordinates ${coordinating.length}` : ''}${after}\n`,
      );
      for (const task of tasks) process.stdout.write(`    - ${oneLine(task.text)}${dates(task)}\n`);
      for (const target of targets)
        process.stdout.write(
          `    ◎ ${target.value}${target.unit === '%' ? '%' : ` ${target.unit ?? ''}`.trimEnd()}${target.by ? ` by ${target.by}` : ''}: ${oneLine(target.text)}\n`,
        );
    }
  }
  return 0;
}

const brief = (t: Task) => ({ text: t.text, span: t.span, deadlines: t.deadlines.map((d) => d.date) });
const briefTarget = (t: Target) => ({
  text: t.text,
  span: t.span,
  value: t.value,
  unit: t.unit,
  by: t.by,
  recurrence: t.recurrence,
});

function oneLine(text: string): string {
  const flat = plain(text);
  return flat.length > WIDTH ? `${flat.slice(0, WIDTH - 1)}…` : flat;
}

/** The list marker a task stood behind: "- ", "• " (outline.json listMark), "a) ". */
const LIST_ITEM_OPENING = new RegExp(String.raw`^[${classOf(LIST_MARKS)}]\s*|^[a-zđ]\)\s*`, 'u');

/** A task's words on one line, without the list marker it stood behind ("- ", "a) "). */
function plain(text: string): string {
  return text.replace(LIST_ITEM_OPENING, '').replace(/\s+/gu, ' ').trim();
}

const SHEET_COLUMNS = [
  'document',
  'agency',
  'agencyGroup',
  'coordinators',
  'text',
  'deadline',
  'recurrence',
  'targets',
] as const;

/**
 * `--csv`: UTF-8 with a byte order mark (so a spreadsheet shows Vietnamese letters), RFC 4180,
 * one row per task and lead agency in document order. `agencyGroup` is one name for every
 * spelling of a body across the sheet (the first seen), so a filter on it finds all its rows.
 */
class TaskSheet {
  private started = false;
  private readonly groups = new Map<string, string>();

  records(file: string, result: DocumentResult): string {
    const head = this.started ? '' : UTF8_BOM + csvRecord(SHEET_COLUMNS);
    this.started = true;
    return (
      head +
      taskRows(result)
        .map((row) => {
          const group =
            row.agencyKey === null
              ? ''
              : (this.groups.get(row.agencyKey) ??
                this.groups.set(row.agencyKey, row.agencyGroup!).get(row.agencyKey)!);
          const targets = row.targets.map(
            (t) => `${figure(t)}${t.by ? ` by ${t.by}` : ''}${t.metric ? `: ${t.metric}` : ''}`,
          );
          return csvRecord([
            file,
            row.agency ?? '',
            group,
            row.coordinators.join('; '),
            plain(row.text),
            row.deadline ?? '',
            row.recurrence ?? '',
            targets.join('; '),
          ]);
        })
        .join('')
    );
  }
}

function dates(task: Task): string {
  const due = task.deadlines.filter((d) => d.date !== null).map((d) => d.date);
  return due.length > 0 ? `  (due ${due.join(', ')})` : '';
}
