/**
 * vanban — Vietnamese administrative and legal documents to typed, checkable data.
 *
 * Start with {@link parse} (text or bytes) or {@link parseFile} (a path): one call gives the
 * whole {@link DocumentResult}. Files in other formats (.docx, .pdf, .html, legacy encodings)
 * go through {@link readDocument} first. The stages are exported for use on their own:
 * {@link parseDocumentNumber}, {@link ingest}, {@link extractReferences}, {@link extractTasks},
 * {@link extractDeadlines}, and {@link tasksByAgency} on a result. Many results make a citation
 * graph with {@link buildGraph}, queried with {@link implementationChains}, {@link ancestors} and
 * the other queries, and written with {@link toJSON}, {@link toGEXF}, {@link toHTML} and the
 * other writers. Every example in these pages is run by the test suite (tests/docs.test.ts).
 *
 * @packageDocumentation
 */
export { parse } from './parse.js';
export type { ParseInput, ParseOptions } from './parse.js';
export { parseFile } from './parse-file.js';
export { parseDocumentNumber } from './number/parse-document-number.js';
export { ingest } from './ingest/index.js';
export { extractReferences } from './extract/references/index.js';
export type { ReferenceContext, ExtractedReferences } from './extract/references/index.js';
export type { Ingested, IngestOptions } from './ingest/index.js';
export { extractTasks } from './extract/tasks/index.js';
export type { TaskInputs } from './extract/tasks/index.js';
export { tasksByAgency } from './extract/tasks/by-agency.js';
export { extractDeadlines } from './extract/deadlines/index.js';
export type { DeadlineOptions } from './extract/deadlines/index.js';
export type { AgencyTasks } from './extract/tasks/by-agency.js';
export * from './model/schema.js';
export * from './graph/index.js';
export { readDocument, ReadError } from './read/index.js';
export type { ReadDocument, ReadOptions } from './read/index.js';
