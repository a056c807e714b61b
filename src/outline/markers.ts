/** Outline labels compiled from grammars/outline.json; the entry order is the nesting rank. */
import { load } from '../grammar/load.js';
import { OUTLINE_KINDS, type OutlineKind } from '../model/schema.js';
import { loadPatterns } from '../grammar/patterns.js';

// the kinds are the output's (OutlineNode.kind); their order is the nesting rank
export const MARKER_KINDS = OUTLINE_KINDS;
export type MarkerKind = OutlineKind;

/** The bullet kinds: a "-" or "+" line is content, never a heading. */
export const BULLET_KINDS: ReadonlySet<MarkerKind> = new Set(['dash', 'plus']);

const MARKERS = loadPatterns('outline', MARKER_KINDS);

/**
 * The marks that open a list item ("- ", "+ ", "• "), as the clause boundary and the task sheet see
 * them (outline.json fragment listMark; the outline's own dash and plus labels also take "—").
 */
export const LIST_MARKS: readonly string[] = load('outline').fragments!.listMark as string[];

/** The words that name a unit in its label ("Phần", "Chương", "Mục", "Điều"), as outline.json writes them. */
export const UNIT_WORDS: readonly string[] = ['partWord', 'chapterWord', 'sectionWord', 'articleWord'].flatMap(
  (name) => load('outline').fragments![name] as string[],
);

export interface Marker {
  kind: MarkerKind;
  /** smaller = larger unit */
  rank: number;
  label: string;
  /** length of the label and the punctuation after it, from the start of the trimmed line */
  length: number;
}

/** The label that opens a trimmed line, if any. */
export function markerOf(line: string): Marker | null {
  for (let rank = 0; rank < MARKER_KINDS.length; rank++) {
    const kind = MARKER_KINDS[rank]!;
    const found = MARKERS[kind].exec(line);
    // the label as printed, with its punctuation ("I.", "1.", "a)", "Điều 5."), as the output contract shows it
    if (found) return { kind, rank, label: found[0].trim(), length: found[0].length };
  }
  return null;
}
