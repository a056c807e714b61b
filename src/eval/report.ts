/**
 * Text and JSON renderings of an evaluation report.
 */
import type { EvalReport, Metric, Miss } from './tally.js';

/** Options of formatReport. */
export interface FormatOptions {
  /** list the misses, grouped by document, after the table */
  verbose?: boolean;
}

/**
 * A fixed-width table, one row per metric: `metric  score  (counts)`. Accuracies print as
 * a percentage with one decimal and `(correct/n)`; set metrics print precision, recall
 * and F1 with three decimals and `(tp N, fp N, fn N)`. A metric with nothing scored shows
 * `n/a`. With `verbose`, the misses follow, grouped by document.
 */
export function formatReport(report: EvalReport, options: FormatOptions = {}): string {
  const rows = report.metrics.map((metric) => [metric.name, formatScore(metric), formatCounts(metric)] as const);
  const header = ['metric', 'score', 'counts'] as const;
  const nameWidth = Math.max(header[0].length, ...rows.map((row) => row[0].length));
  const scoreWidth = Math.max(header[1].length, ...rows.map((row) => row[1].length));
  const line = (cells: readonly [string, string, string]): string =>
    `${cells[0].padEnd(nameWidth)}  ${cells[1].padStart(scoreWidth)}  ${cells[2]}`.trimEnd();
  const out = [`${report.documents} document${report.documents === 1 ? '' : 's'}`, line(header)];
  out.push('-'.repeat(line(header).length + 12));
  for (const row of rows) out.push(line(row));
  if (options.verbose) out.push('', ...formatMisses(report.misses));
  return out.join('\n') + '\n';
}

/** Accuracy as `97.5%`, set metrics as `P R F1` (e.g. `0.950 0.900 0.924`), `n/a` when nothing was scored. */
export function formatScore(metric: Metric): string {
  if (metric.type === 'accuracy') return metric.score === null ? 'n/a' : `${(metric.score * 100).toFixed(1)}%`;
  if (metric.precision === null || metric.recall === null || metric.f1 === null) return 'n/a';
  return [metric.precision, metric.recall, metric.f1].map((value) => value.toFixed(3)).join(' ');
}

/** `(correct/n)` or `(tp N, fp N, fn N)`. */
export function formatCounts(metric: Metric): string {
  if (metric.type === 'accuracy') return `(${metric.correct}/${metric.n})`;
  return `(tp ${metric.tp}, fp ${metric.fp}, fn ${metric.fn})`;
}

/** The misses grouped by document, in the order met: a document line, then one indented line per miss. */
export function formatMisses(misses: readonly Miss[]): string[] {
  if (misses.length === 0) return ['no misses'];
  const out: string[] = [];
  for (const [doc, list] of groupByDocument(misses)) {
    out.push(`${doc} (${list.length})`);
    for (const miss of list) out.push(`  ${formatMiss(miss)}`);
  }
  return out;
}

function formatMiss({ field, key, gold, got }: Miss): string {
  const where = key === undefined ? field : `${field} [${key}]`;
  if (isSetField(field) && gold === null) return `${where}: extra ${show(got)}`;
  if (isSetField(field) && got === null) return `${where}: missing ${show(gold)}`;
  return `${where}: gold ${show(gold)}, got ${show(got)}`;
}

function isSetField(field: Miss['field']): boolean {
  return (
    field === 'references.numbered' ||
    field === 'references.named' ||
    field === 'tasks.agencies' ||
    field === 'deadlines' ||
    field === 'targets'
  );
}

function show(value: unknown): string {
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

function groupByDocument(misses: readonly Miss[]): Map<string, Miss[]> {
  const groups = new Map<string, Miss[]>();
  for (const miss of misses) {
    const list = groups.get(miss.doc);
    if (list) list.push(miss);
    else groups.set(miss.doc, [miss]);
  }
  return groups;
}

/**
 * The report as a JSON string (two-space indent): `{ documents, metrics, misses }` with
 * `metrics` an object keyed by metric name (in report order) and the misses as a list.
 */
export function reportToJSON(report: EvalReport): string {
  const metrics = Object.fromEntries(report.metrics.map(({ name, ...rest }) => [name, rest]));
  return JSON.stringify({ documents: report.documents, metrics, misses: report.misses }, null, 2);
}
