/** `vanban targets FILE... [--json|--csv]`: the targets (chỉ tiêu) each document sets, one a line. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { convertDocument, isErrorRecord } from '../convert/document.js';
import type { Target } from '../model/schema.js';
import { csvCell } from './csv.js';

/** How much of a target's clause a line shows. */
const WIDTH = 90;
const CSV_COLUMNS = [
  'file',
  'value',
  'unit',
  'comparator',
  'change',
  'by',
  'recurrence',
  'metric',
  'agencies',
  'text',
] as const;

export async function runTargets(args: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, csv: { type: 'boolean', default: false } },
  });
  if (positionals.length === 0) throw new Error('targets: give at least one FILE');
  if (values.json && values.csv) throw new Error('targets: --json and --csv exclude each other');
  if (values.csv) process.stdout.write(CSV_COLUMNS.join(',') + '\n');
  for (const file of positionals) {
    // read as vanban convert reads it (docx, pdf, html, legacy encodings); a file it cannot read stops the command
    const result = await convertDocument(readFileSync(file), basename(file));
    if (isErrorRecord(result)) throw new Error(`${file}: ${result.error.message} (${result.error.code})`);
    if (values.json) process.stdout.write(JSON.stringify({ file, targets: result.targets }) + '\n');
    else if (values.csv) for (const target of result.targets) process.stdout.write(csvRow(file, target) + '\n');
    else process.stdout.write(listing(file, result.targets));
  }
  return 0;
}

/** `file`, then one line a target: `  > 45 xã  by 2015  Đến năm 2015, … trên 45 xã …`. */
function listing(file: string, targets: readonly Target[]): string {
  const rows = targets.map((t) => [figure(t), when(t), oneLine(t.text)] as const);
  const width = (i: 0 | 1) => Math.max(0, ...rows.map((r) => r[i].length));
  const lines = rows.map(([what, due, text]) => `  ${what.padEnd(width(0))}  ${due.padEnd(width(1))}  ${text}`);
  return `${file}\n${lines.length > 0 ? lines.join('\n') : '  (no targets)'}\n`;
}

const SYMBOL: Readonly<Record<Target['comparator'], string>> = { '>': '>', '>=': '≥', '<': '<', '<=': '≤', '=': '' };
const CHANGE: Readonly<Record<Target['change'], string>> = { increase: '+', decrease: '−', level: '' };

/** "≥ 95%", "> 45 xã", "− 5%" (a decrease of 5%). */
export function figure(target: Target): string {
  const unit = target.unit === '%' ? '%' : target.unit ? ` ${target.unit}` : '';
  const sign = `${CHANGE[target.change]}${SYMBOL[target.comparator]}`;
  return `${sign === '' ? '' : `${sign} `}${target.value}${unit}`;
}

function when(target: Target): string {
  if (target.by !== null) return `by ${target.by}${target.recurrence === 'yearly' ? ', yearly' : ''}`;
  return target.recurrence === 'yearly' ? 'yearly' : '';
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return flat.length > WIDTH ? `${flat.slice(0, WIDTH - 1)}…` : flat;
}

function csvRow(file: string, target: Target): string {
  const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
    file,
    value: String(target.value),
    unit: target.unit ?? '',
    comparator: target.comparator,
    change: target.change,
    by: target.by ?? '',
    recurrence: target.recurrence,
    metric: target.metric ?? '',
    agencies: target.agencies.map((a) => a.name).join('; '),
    text: target.text.replace(/\s+/gu, ' ').trim(),
  };
  return CSV_COLUMNS.map((column) => csvCell(cells[column])).join(',');
}
