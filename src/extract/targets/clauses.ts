/**
 * The body as paragraphs, sentences and clauses. A paragraph starts at a label ("1.", "a)",
 * "-", "+"), after a blank line, after a line that ends a sentence, at a table cell, or at a
 * capitalised line after a short one; gazette text wrapped at any word otherwise runs on.
 * Sentences end at ". " before a capital or a digit; clauses end at ";". A due time stated
 * once holds for the sentence ("Đến năm 2015, có 06 huyện …; trên 45 xã …"), a figure's own
 * words (its comparator, its change) for its clause.
 */
import type { Line } from '../../layout/index.js';
import { markerOf } from '../../outline/markers.js';
import { isSpaceCode } from '../../grammar/white-space.js';

/** A stretch of the text: [start, end). */
export interface Stretch {
  start: number;
  end: number;
}

/** A line shorter than this is not a wrapped line of prose: a capital after it starts anew. */
const SHORT_LINE = 50;
const ENDS_SENTENCE = /[.;:!?]["”)]?$/u;
const STARTS_CAPITAL = /^["“(]?\p{Lu}/u;
const SENTENCE_END = /[.!?]["”]?[ \t\n]+(?=["“(]?[\p{Lu}\p{N}+•-])/gu;

/** The paragraphs of the lines from `first` on, each without its leading label. */
export function paragraphs(text: string, lines: readonly Line[], first: number): Stretch[] {
  const out: Stretch[] = [];
  let open: Stretch | null = null;
  let previous: Line | null = null;
  for (let i = first; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank) {
      open = null;
      previous = null;
      continue;
    }
    const start = line.start + line.indent;
    const marker = markerOf(line.canonical);
    if (open === null || startsAnew(text, line, previous, marker !== null)) {
      open = { start: start + (marker?.length ?? 0), end: start + line.canonical.length };
      out.push(open);
    } else {
      open.end = start + line.canonical.length;
    }
    previous = line;
  }
  return out.filter((p) => p.end > p.start);
}

function startsAnew(text: string, line: Line, previous: Line | null, labelled: boolean): boolean {
  if (labelled || previous === null) return true;
  // a cell of a table row read onto one line
  if (!text.slice(previous.end, line.start).includes('\n')) return true;
  if (ENDS_SENTENCE.test(previous.canonical) || previous.caps || line.caps) return true;
  return STARTS_CAPITAL.test(line.canonical) && previous.canonical.length < SHORT_LINE;
}

/**
 * Where the semicolons of `flat` stand, asked in text order ({@link sentences} paragraph by paragraph): the next one
 * found is kept, so the text is searched once for all of them.
 */
export type Semicolons = (at: number) => number;

/** The first semicolon at or after `at` (Infinity when none), for offsets asked in text order. */
export function semicolonsOf(flat: string): Semicolons {
  let from = 0;
  let next = flat.indexOf(';');
  return (at) => {
    if (at < from || (next >= 0 && next < at)) {
      from = at;
      next = flat.indexOf(';', at);
    }
    return next < 0 ? Number.POSITIVE_INFINITY : next;
  };
}

/**
 * The sentences of a paragraph (their clauses are split by {@link clausesOf}, for the few sentences that need them).
 */
export function sentences(flat: string, paragraph: Stretch): Stretch[] {
  const out: Stretch[] = [];
  const body = flat.slice(paragraph.start, paragraph.end);
  let at = 0;
  // an exec loop on the one global pattern (its matches are never empty): matchAll would clone it for every paragraph
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(body); m !== null; m = SENTENCE_END.exec(body)) {
    const end = m.index + 1;
    out.push({ start: paragraph.start + at, end: paragraph.start + end });
    at = m.index + m[0].length;
  }
  if (at < body.length) out.push({ start: paragraph.start + at, end: paragraph.end });
  return out;
}

/** The clauses of a sentence: its stretches between semicolons, trimmed, the empty ones left out. */
export function clausesOf(
  flat: string,
  { start, end }: Stretch,
  semicolons: Semicolons = semicolonsOf(flat),
): Stretch[] {
  const clauses: Stretch[] = [];
  let at = start;
  for (let i = semicolons(start); i < end; i = semicolons(i + 1)) {
    clauses.push({ start: at, end: i });
    at = i + 1;
  }
  clauses.push({ start: at, end });
  return clauses.map((c) => trim(flat, c)).filter((c) => c.end > c.start);
}

function trim(flat: string, { start, end }: Stretch): Stretch {
  while (start < end && isSpaceCode(flat.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(flat.charCodeAt(end - 1))) end--;
  return { start, end };
}
