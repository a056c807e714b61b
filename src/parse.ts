/**
 * parse(): the whole pipeline, one pure stage after another.
 * ingest (bytes → normalized text) → layout (zones) → extractors → model.
 */
import type { DocumentResult } from './model/schema.js';

export interface ParseOptions {
  /** file name recorded in `source.name` */
  name?: string;
  /** input format; `auto` (default) looks at the name and the text */
  format?: 'text' | 'markdown' | 'auto';
}

export type ParseInput = string | Uint8Array;

export function parse(input: ParseInput, options: ParseOptions = {}): DocumentResult {
  void input;
  return {
    schemaVersion: 1,
    source: { name: options.name ?? null, format: 'text', sha256: '', encoding: 'string' },
    text: '',
    kind: null,
    number: null,
    issuer: null,
    place: null,
    date: null,
    effective: null,
    title: null,
    recipients: [],
    distribution: [],
    signature: null,
    references: [],
    statedRelations: [],
    outline: [],
    tasks: [],
    deadlines: [],
    diagnostics: [],
  };
}
