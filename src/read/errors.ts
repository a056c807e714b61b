/** The one error readDocument() throws, and the diagnostics it returns. */
import type { Diagnostic } from '../model/schema.js';

/** Why a file could not be read at all ({@link ReadError.code}). */
export type ReadErrorCode =
  | 'read/empty'
  | 'read/binary'
  | 'read/too-large'
  | 'read/corrupt-docx'
  | 'read/corrupt-pdf'
  | 'read/encrypted'
  | 'read/unsupported';

/**
 * The one error {@link readDocument} throws: the file cannot be read at all (empty, binary,
 * too large, a corrupt or encrypted docx/pdf). Odd but readable input gives diagnostics instead.
 *
 * @example
 * ```ts
 * import { readDocument, ReadError } from 'vanban';
 *
 * const error = await readDocument(new Uint8Array(0), 'trong.txt').catch((e: unknown) => e);
 * error instanceof ReadError; // → true
 * (error as ReadError).code; // → 'read/empty'
 * ```
 */
export class ReadError extends Error {
  /** always "ReadError" */
  override name = 'ReadError';
  constructor(
    /** why the file could not be read */
    readonly code: ReadErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function diagnostic(code: string, severity: Diagnostic['severity'], message: string): Diagnostic {
  return { code, severity, message, span: null };
}

/** The message of whatever a library threw. */
export function causeOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
