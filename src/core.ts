/**
 * The portable core: everything that runs on text and data alone, with no Node-only import.
 * Both entries export it: index.ts (Node: adds files, .docx, .pdf) and browser.ts.
 */
export { parse } from './parse.js';
export type { ParseInput, ParseOptions } from './parse.js';
export { parseDocumentNumber } from './number/parse-document-number.js';
export type { ParsedDocumentNumber } from './number/parse-document-number.js';
export { ingest } from './ingest/index.js';
export { extractReferences } from './resolve/cited.js';
export type { ReferenceContext, ExtractedReferences } from './resolve/cited.js';
export type { Ingested, IngestOptions } from './ingest/index.js';
export { extractTasks } from './extract/tasks/index.js';
export type { TaskInputs } from './extract/tasks/index.js';
export { tasksByAgency } from './extract/tasks/by-agency.js';
export { extractDeadlines } from './extract/deadlines/index.js';
export type { DeadlineOptions } from './extract/deadlines/index.js';
export { extractTargets } from './extract/targets/index.js';
export type { TargetOptions } from './extract/targets/index.js';
export type { AgencyTasks } from './extract/tasks/by-agency.js';
export * from './model/schema.js';
export * from './graph/index.js';
export { remarkVanban } from './remark/index.js';
export { toAkomaNtoso, fromAkomaNtoso } from './akn/index.js';
export { annotate, annotationLayout } from './annotate/index.js';
export type {
  AnnotateOptions,
  AnnotateInput,
  Mark,
  MarkKind,
  CitationMark,
  AgencyMark,
  DeadlineMark,
  TargetMark,
  MarkLayout,
  MarkNode,
  PageHeading,
} from './annotate/index.js';
