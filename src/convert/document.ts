/** One input's bytes → its result: read the format (src/read), parse, and say in `source` what it was. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { DocumentResult } from '../model/schema.js';
import { parse } from '../parse.js';
import { DEFAULT_MAX_INPUT_BYTES } from '../limits.js';
import { readDocument, ReadError } from '../read/index.js';
import { sha256Of } from './hash.js';

/** What a conversion writes for an input that could not be read: the input, and why. */
export interface ErrorRecord {
  source: { name: string; sha256: string | null };
  error: { code: string; message: string };
}

export interface ConvertOptions {
  /** keep the normalized text the spans index (vanban parse --text) */
  withText?: boolean;
  maxBytes?: number;
}

/** `sha256`: the bytes' hash when the caller has it already (a --resume run looked it up), else computed here. */
export async function convertDocument(
  bytes: Uint8Array,
  name: string,
  options: ConvertOptions = {},
  sha256: string = sha256Of(bytes),
): Promise<DocumentResult | ErrorRecord> {
  try {
    const read = await readDocument(bytes, name, options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes });
    // plain text is left to parse() to recognize, as for a file given to it directly (a .txt may hold Markdown)
    const maxInputBytes = options.maxBytes ?? DEFAULT_MAX_INPUT_BYTES;
    // the hash is of the bytes, not of the text read from them: parse() reports it without hashing again
    const format = read.parseAs === 'markdown' ? 'markdown' : 'auto';
    const result = parse(read.text, { name, format, maxInputBytes, sha256 });
    // the text can be larger than the file (UTF-16, a docx): parse() refused it, and that is a failure
    const refused = result.diagnostics.find((d) => d.code === 'input/too-large');
    if (refused) return { source: { name, sha256 }, error: { code: refused.code, message: refused.message } };
    // a .txt that turns out to be Markdown stays 'markdown', as parse() found it
    result.source = {
      ...result.source,
      format: read.format === 'text' ? result.source.format : read.format,
      encoding: read.encoding,
    };
    result.diagnostics.unshift(...read.diagnostics);
    if (!options.withText) delete result.text;
    return result;
  } catch (error) {
    const code = error instanceof ReadError ? error.code : 'convert/internal';
    return { source: { name, sha256 }, error: { code, message: (error as Error).message } };
  }
}

export function isErrorRecord(value: DocumentResult | ErrorRecord): value is ErrorRecord {
  return 'error' in value;
}

/**
 * A file by its path, read as `vanban convert` reads it; a file that cannot be opened (missing,
 * a folder, no permission) is an error record `io/CODE` in its place, as any other unreadable input.
 */
export async function convertFile(path: string, options: ConvertOptions = {}): Promise<DocumentResult | ErrorRecord> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    return { source: { name: path, sha256: null }, error: { code: `io/${code}`, message: (error as Error).message } };
  }
  return convertDocument(bytes, basename(path), options);
}
