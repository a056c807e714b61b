/** What the task finders share: the document text (as written and with canonical tones) and its lines. */
import type { Agency, Span } from '../../model/schema.js';
import type { Line } from '../../layout/index.js';

export interface TaskSource {
  text: string;
  /** `text` with canonical tone marks (same length): what patterns run on */
  canonical: string;
  lines: readonly Line[];
}

/** A task before its deadlines and references are attached. */
export interface DraftTask {
  agencies: Agency[];
  coordinators: Agency[];
  text: string;
  span: Span;
  /** where the task's deadlines and references are looked for, when wider than its text (a table row) */
  scope?: Span;
}

/** A line that does not end a sentence runs on into the next one (a break left by PDF or DOCX extraction). */
export function runsOn(previous: string, next: string): boolean {
  return previous !== '' && (!SENTENCE_ENDS.includes(previous.charAt(previous.length - 1)) || /^[\p{Ll}(]/u.test(next));
}

/** The marks a line that ends a sentence ends with: read at the line's end, not searched for through it. */
const SENTENCE_ENDS = '.;:!?';
