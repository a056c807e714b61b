/**
 * vanban — Vietnamese administrative and legal documents to typed, checkable data.
 * @packageDocumentation
 */
export * from './core.js';
// Node only: files on disk, and the readers of .docx, .pdf and legacy encodings
export { parseFile } from './parse-file.js';
export { readDocument, ReadError } from './read/index.js';
export type { ReadDocument, ReadOptions } from './read/index.js';
