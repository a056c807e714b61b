/**
 * Evaluation against the gold corpus (corpus/GOLD.md): folding, projection, scoring,
 * report rendering, directory runs and the enforced floors.
 */
export {
  foldAgency,
  foldIssuer,
  foldText,
  foldedEqual,
  titleMatches,
  titleWords,
  commonWordCount,
  TITLE_WORD_SHARE,
} from './score-fold.js';
export { GoldSchema, readGold, projectResult, groupTasks, datedDeadlines, targetKey } from './project.js';
export type { Gold, SignerFields, Projection, RefRow, TaskRow, DeadlineRow, TargetRow } from './project.js';
export { scoreDocuments, getMetric, sameValue, METRIC_NAMES, PRF_METRICS } from './score.js';
export type { ScoredDocument, EvalReport, Metric, MetricName, Miss, AccuracyMetric, PrfMetric } from './score.js';
export { formatReport, formatScore, formatCounts, formatMisses, reportToJSON } from './report.js';
export type { FormatOptions } from './report.js';
export { runEval, findGoldPairs, parseDocumentFile } from './eval-dir.js';
export type { RunOptions, GoldPair } from './eval-dir.js';
export { FLOORS, checkFloors } from './floors.js';
export type { FloorFailure } from './floors.js';
