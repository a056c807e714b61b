/**
 * Scoring of parse results against gold files, exactly as corpus/GOLD.md ("Scoring")
 * describes it. Counts are summed over the corpus (micro-averaged); a gold key that is
 * absent from a document's gold file adds nothing for that document.
 */
import type { DocumentResult } from '../model/schema.js';
import { foldAgency, foldIssuer, foldText, titleMatches } from './score-fold.js';
import { projectResult, readGold, targetKey, type Gold, type Projection, type RefRow } from './project.js';
import { METRIC_NAMES, PRF_METRICS, Tally, keyBy, type EvalReport, type MetricName } from './tally.js';

export { METRIC_NAMES, PRF_METRICS };
export type { AccuracyMetric, EvalReport, Metric, MetricName, Miss, PrfMetric } from './tally.js';

/** One document to score: its name, its gold file as parsed JSON, and the parse result. */
export interface ScoredDocument {
  name: string;
  gold: unknown;
  result: DocumentResult;
}

const SINGLE_FIELDS = [
  'kind',
  'number',
  'numberBlank',
  'issuer',
  'issuerInferred',
  'place',
  'date',
  'effective',
  'title',
] as const satisfies ReadonlyArray<keyof Gold & keyof Projection & MetricName>;

const SIGNER_FIELDS = ['authority', 'onBehalfOf', 'position', 'name'] as const;

/**
 * Score every document and sum the counts. Throws when a gold file does not follow the
 * gold format (the message names the document).
 */
export function scoreDocuments(docs: ReadonlyArray<ScoredDocument>): EvalReport {
  const tally = new Tally();
  for (const { name, gold, result } of docs) {
    scoreDocument(tally, name, readGold(name, gold), projectResult(result));
  }
  return { documents: docs.length, metrics: tally.metrics(), misses: tally.misses };
}

/** Look a metric up by name. */
export function getMetric(report: EvalReport, name: MetricName): EvalReport['metrics'][number] | undefined {
  return report.metrics.find((metric) => metric.name === name);
}

/**
 * Equality after folding: strings fold (case, NFC, tones, dashes, spaces); `null` and
 * `undefined` agree only with each other; anything else compares with `===`.
 */
export function sameValue(gold: unknown, got: unknown): boolean {
  if (gold === null || gold === undefined || got === null || got === undefined) {
    return (gold ?? null) === (got ?? null);
  }
  if (typeof gold === 'string' && typeof got === 'string') return foldText(gold) === foldText(got);
  return gold === got;
}

function scoreDocument(tally: Tally, doc: string, gold: Gold, got: Projection): void {
  for (const field of SINGLE_FIELDS) {
    const expected = gold[field];
    if (expected === undefined) continue;
    const actual = got[field];
    const ok =
      field === 'title' && typeof expected === 'string' && typeof actual === 'string'
        ? titleMatches(expected, actual)
        : sameValue(expected, actual);
    tally.count(doc, field, ok, { gold: expected, got: actual });
  }
  if (gold.signer !== undefined) scoreSigner(tally, doc, gold.signer, got.signer);
  if (gold.references !== undefined) scoreReferences(tally, doc, gold.references, got.references);
  if (gold.tasks !== undefined) scoreTasks(tally, doc, gold.tasks, got.tasks);
  if (gold.deadlines !== undefined) scoreDeadlines(tally, doc, gold.deadlines, got.deadlines);
  if (gold.targets !== undefined) scoreTargets(tally, doc, gold.targets, got.targets);
}

/**
 * Each sub-field counts once per document. Gold `null` (no signature block): a sub-field
 * is right only when the result has no signature either. Gold object: sub-fields compare
 * one by one, and a result without a signature block misses all four.
 */
function scoreSigner(tally: Tally, doc: string, gold: Gold['signer'], got: Projection['signer']): void {
  for (const field of SIGNER_FIELDS) {
    const metric = `signer.${field}` as const;
    if (gold === null || gold === undefined) {
      const key = 'gold has no signature block';
      tally.count(doc, metric, got === null, { key, gold: null, got: got?.[field] ?? null });
    } else if (got === null) {
      const key = 'result has no signature block';
      tally.count(doc, metric, false, { key, gold: gold[field], got: null });
    } else {
      tally.count(doc, metric, sameValue(gold[field], got[field]), { gold: gold[field], got: got[field] });
    }
  }
}

type GoldRef = NonNullable<Gold['references']>[number];

function scoreReferences(tally: Tally, doc: string, gold: GoldRef[], got: RefRow[]): void {
  const numbered = tally.match(
    doc,
    'references.numbered',
    keyBy(gold, (ref) => ref.number ?? null),
    keyBy(got, (ref) => ref.number),
  );
  const named = tally.match(
    doc,
    'references.named',
    keyBy(gold, (ref) => (ref.number == null ? (ref.name ?? null) : null)),
    keyBy(got, (ref) => (ref.number === null ? ref.name : null)),
  );
  for (const { key, gold: g, got: r } of [...numbered, ...named]) {
    if (g.relation != null) {
      tally.count(doc, 'ref.relation', sameValue(g.relation, r.relation), { key, gold: g.relation, got: r.relation });
      // restricted to gold "implements"; a wrong relation is already listed under ref.relation
      if (g.relation === 'implements') tally.count(doc, 'ref.implements', r.relation === 'implements');
    }
    if (g.date != null) tally.count(doc, 'ref.date', sameValue(g.date, r.date), { key, gold: g.date, got: r.date });
    if (g.issuer != null) {
      const same = r.issuer != null && foldIssuer(g.issuer) === foldIssuer(r.issuer);
      tally.count(doc, 'ref.issuer', same, { key, gold: g.issuer, got: r.issuer });
    }
  }
}

type GoldTask = NonNullable<Gold['tasks']>[number];

function scoreTasks(tally: Tally, doc: string, gold: GoldTask[], got: Projection['tasks']): void {
  // a gold file naming one agency twice gets its items summed
  const goldRows = new Map<string, GoldTask>();
  for (const row of gold) {
    const key = foldAgency(row.agency);
    const seen = goldRows.get(key);
    goldRows.set(key, seen ? { agency: seen.agency, items: seen.items + row.items } : { ...row });
  }
  const matched = tally.match(
    doc,
    'tasks.agencies',
    keyBy([...goldRows.values()], (row) => row.agency, foldAgency),
    keyBy(got, (row) => row.agency, foldAgency),
  );
  for (const { key, gold: g, got: r } of matched) {
    tally.count(doc, 'tasks.items', g.items === r.items, { key, gold: g.items, got: r.items });
  }
}

type GoldDeadline = NonNullable<Gold['deadlines']>[number];

function scoreDeadlines(tally: Tally, doc: string, gold: GoldDeadline[], got: Projection['deadlines']): void {
  const matched = tally.match(
    doc,
    'deadlines',
    keyBy(gold, (row) => row.date),
    keyBy(got, (row) => row.date),
  );
  for (const { key, gold: g, got: r } of matched) {
    const ok = sameValue(g.recurrence, r.recurrence);
    tally.count(doc, 'deadline.recurrence', ok, { key, gold: g.recurrence, got: r.recurrence });
  }
}

type GoldTarget = NonNullable<Gold['targets']>[number];

/**
 * Targets match by {@link targetKey} (value, percent or not, due date or else recurrence);
 * a key met twice on one side counts once, its first row kept. On a match, `change` and
 * `comparator` are compared.
 */
function scoreTargets(tally: Tally, doc: string, gold: GoldTarget[], got: Projection['targets']): void {
  const matched = tally.match(doc, 'targets', keyBy(gold, targetKey), keyBy(got, targetKey));
  for (const { key, gold: g, got: r } of matched) {
    tally.count(doc, 'target.change', sameValue(g.change, r.change), { key, gold: g.change, got: r.change });
    tally.count(doc, 'target.comparator', sameValue(g.comparator, r.comparator), {
      key,
      gold: g.comparator,
      got: r.comparator,
    });
  }
}
