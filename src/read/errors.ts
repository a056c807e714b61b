/** The one error readDocument() throws, and the diagnostics it returns. */
import type { Diagnostic } from '../model/schema.js';

export type ReadErrorCode =
  | 'read/empty'
  | 'read/binary'
  | 'read/too-large'
  | 'read/corrupt-docx'
  | 'read/corrupt-pdf'
  | 'read/encrypted'
  | 'read/unsupported';

/** The file cannot be read at all. Odd but readable input gives diagnostics instead. */
export class ReadError extends Error {
  override name = 'ReadError';
  constructor(
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
