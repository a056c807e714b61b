/**
 * The report model of an evaluation and the counter that fills it: accuracy counts
 * (n, correct) and set-matching counts (tp, fp, fn) per metric, plus the misses.
 */
import { foldText } from './score-fold.js';

/** Every metric of the report, in report order. */
export const METRIC_NAMES = [
  'kind',
  'number',
  'numberBlank',
  'issuer',
  'issuerInferred',
  'place',
  'date',
  'effective',
  'title',
  'signer.authority',
  'signer.onBehalfOf',
  'signer.position',
  'signer.name',
  'references.numbered',
  'references.named',
  'ref.relation',
  'ref.implements',
  'ref.date',
  'ref.issuer',
  'tasks.agencies',
  'tasks.items',
  'deadlines',
  'deadline.recurrence',
  'targets',
  'target.change',
  'target.comparator',
] as const;

/** A metric's name as it appears in the report. */
export type MetricName = (typeof METRIC_NAMES)[number];

/** Metrics scored by precision, recall and F1 over a set; all others are accuracies. */
export const PRF_METRICS: ReadonlySet<MetricName> = new Set<MetricName>([
  'references.numbered',
  'references.named',
  'tasks.agencies',
  'deadlines',
  'targets',
]);

/** Share of scored items that agree. `score` is `correct / n`, or null when `n` is 0. */
export interface AccuracyMetric {
  type: 'accuracy';
  name: MetricName;
  n: number;
  correct: number;
  score: number | null;
}

/**
 * Precision, recall and F1 from corpus-wide counts. A zero denominator gives 0; all three
 * are null (and so is `score`, which is F1) when nothing was scored (tp + fp + fn = 0).
 */
export interface PrfMetric {
  type: 'prf';
  name: MetricName;
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  score: number | null;
}

/** One metric row of the report. */
export type Metric = AccuracyMetric | PrfMetric;

/**
 * One disagreement. For set metrics a missing item has `got: null` and an extra one
 * `gold: null`; `key` names the matched item (reference, agency, date) when there is one.
 */
export interface Miss {
  doc: string;
  field: MetricName;
  key?: string;
  gold: unknown;
  got: unknown;
}

/** The result of an evaluation run. */
export interface EvalReport {
  /** number of documents scored */
  documents: number;
  /** one entry per name of METRIC_NAMES, in that order */
  metrics: Metric[];
  misses: Miss[];
}

/** A row keyed by its folded key, with the spelling shown in misses. */
export interface Keyed<T> {
  label: string;
  row: T;
}

/** Rows by folded key; rows without a key are left out, and the first row of a key wins. */
export function keyBy<T>(
  rows: readonly T[],
  keyOf: (row: T) => string | null,
  fold: (label: string) => string = foldText,
): Map<string, Keyed<T>> {
  const out = new Map<string, Keyed<T>>();
  for (const row of rows) {
    const label = keyOf(row);
    if (label === null) continue;
    const key = fold(label);
    if (key !== '' && !out.has(key)) out.set(key, { label, row });
  }
  return out;
}

interface Counts {
  n: number;
  correct: number;
  tp: number;
  fp: number;
  fn: number;
}

/** Accumulates counts and misses over documents. */
export class Tally {
  readonly misses: Miss[] = [];
  private readonly counts = new Map<MetricName, Counts>();

  /** Count one scored item; record a miss when it disagrees and `shown` is given. */
  count(doc: string, field: MetricName, ok: boolean, shown?: { key?: string; gold: unknown; got: unknown }): void {
    const counts = this.counter(field);
    counts.n += 1;
    if (ok) counts.correct += 1;
    else if (shown) this.misses.push({ doc, field, ...shown });
  }

  /** Match two keyed sets, count tp/fp/fn, record missing and extra items; returns the matched pairs. */
  match<G, R>(
    doc: string,
    field: MetricName,
    gold: Map<string, Keyed<G>>,
    got: Map<string, Keyed<R>>,
  ): Array<{ key: string; gold: G; got: R }> {
    const counts = this.counter(field);
    const matched: Array<{ key: string; gold: G; got: R }> = [];
    for (const [key, g] of gold) {
      const r = got.get(key);
      if (r) matched.push({ key: g.label, gold: g.row, got: r.row });
      else this.misses.push({ doc, field, gold: g.label, got: null });
    }
    for (const [key, r] of got) {
      if (!gold.has(key)) this.misses.push({ doc, field, gold: null, got: r.label });
    }
    counts.tp += matched.length;
    counts.fn += gold.size - matched.length;
    counts.fp += got.size - matched.length;
    return matched;
  }

  /** The metrics in METRIC_NAMES order. */
  metrics(): Metric[] {
    return METRIC_NAMES.map((name) => {
      const c = this.counter(name);
      return PRF_METRICS.has(name) ? prfMetric(name, c) : accuracyMetric(name, c);
    });
  }

  private counter(field: MetricName): Counts {
    let counts = this.counts.get(field);
    if (!counts) {
      counts = { n: 0, correct: 0, tp: 0, fp: 0, fn: 0 };
      this.counts.set(field, counts);
    }
    return counts;
  }
}

function accuracyMetric(name: MetricName, { n, correct }: Counts): AccuracyMetric {
  return { type: 'accuracy', name, n, correct, score: n === 0 ? null : correct / n };
}

function prfMetric(name: MetricName, { tp, fp, fn }: Counts): PrfMetric {
  if (tp + fp + fn === 0)
    return { type: 'prf', name, tp, fp, fn, precision: null, recall: null, f1: null, score: null };
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { type: 'prf', name, tp, fp, fn, precision, recall, f1, score: f1 };
}
