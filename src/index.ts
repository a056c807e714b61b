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
 * other writers. Every example in these pages is run by the test suite (tests/docs/api.test.ts).
 *
 * @packageDocumentation
 */
export * from './core.js';
// Node only: files on disk, and the readers of .docx, .pdf and legacy encodings
export { parseFile } from './parse-file.js';
export { readDocument, ReadError } from './read/index.js';
export type { ReadDocument, ReadOptions } from './read/index.js';
export type { ReadFormat } from './read/read-types.js';
export type { ReadErrorCode } from './read/errors.js';
