/**
 * vanban — Vietnamese administrative and legal documents to typed, checkable data.
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
export * from './model/schema.js';
