/**
 * What every extractor reads: the normalized text, its lines and zones. Extractors never write to it. Each is a
 * function `(ctx, inputs) → Extracted<T>`, `inputs` being what earlier extractors found.
 */
import type { Diagnostic, Span } from '../../model/schema.js';
import type { Layout } from '../../layout/index.js';

export interface ExtractContext {
  text: string;
  layout: Layout;
}

export interface Extracted<T> {
  value: T;
  diagnostics: Diagnostic[];
}

export function diagnostic(
  code: string,
  severity: Diagnostic['severity'],
  message: string,
  span: Span | null = null,
): Diagnostic {
  return { code, severity, message, span };
}
