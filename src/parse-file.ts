/** Node only: parse a document straight from its path. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, type ParseOptions } from './parse.js';
import type { DocumentResult } from './model/schema.js';

/**
 * Read a file (UTF-8, or UTF-16 with its byte-order mark) and parse it; `source.name` is the
 * file's name unless `options.name` says otherwise. Errors reading the file (missing, a
 * directory, no permission) are thrown as Node's own errors: the caller asked for that file.
 * For .docx, .pdf, .html or a legacy encoding, read it with {@link readDocument} first.
 *
 * @param path - a file path, or a `file:` URL
 * @param options - as for {@link parse}
 *
 * @example
 * ```ts
 * import { parseFile } from 'vanban';
 *
 * const result = parseFile('corpus/seeds/003_92d5c371dfb6f108.txt');
 * result.source.name; // → '003_92d5c371dfb6f108.txt'
 * result.number?.text; // → '203/KH-UBND'
 * result.place?.name; // → 'Hà Nội'
 * ```
 */
export function parseFile(path: string | URL, options: ParseOptions = {}): DocumentResult {
  const file = typeof path === 'string' ? path : fileURLToPath(path);
  return parse(readFileSync(file), { name: basename(file), ...options });
}
