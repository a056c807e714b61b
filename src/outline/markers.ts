/** Outline labels compiled from grammars/outline.json; the entry order is the nesting rank. */
import { load } from '../grammar/load.js';
import { OUTLINE_KINDS, type OutlineKind } from '../model/schema.js';
import { loadPatterns } from '../grammar/patterns.js';
import { LeadPattern } from '../layout/lead.js';

// the kinds are the output's (OutlineNode.kind); their order is the nesting rank
export const MARKER_KINDS = OUTLINE_KINDS;
export type MarkerKind = OutlineKind;

/** The bullet kinds: a "-" or "+" line is content, never a heading. */
export const BULLET_KINDS: ReadonlySet<MarkerKind> = new Set(['dash', 'plus']);

const MARKERS = loadPatterns('outline', MARKER_KINDS);
const ALL_RANKS: readonly number[] = MARKER_KINDS.map((_, rank) => rank);

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

/**
 * Every kind's pattern in one, in rank order: `^(?:(…)|(…)|…)`. Anchored alternatives are tried in order at the line's
 * start, so the first kind that matches wins with the match its own pattern gives; a line is read once, not once per
 * kind. The kinds' own groups capture nothing here (a name may not repeat, and each captured group is one more string
 * per line, where only the whole label is read); `first[rank]` is the group that wraps each kind.
 */
let anyMarker: { pattern: RegExp; first: number[] } | null | undefined;
/** Built on the first line asked about, not at import (the grammar's patterns compile on first use). */
function anyMarkerPattern(): { pattern: RegExp; first: number[] } | null {
  if (anyMarker === undefined) anyMarker = buildAnyMarker();
  return anyMarker;
}

function buildAnyMarker(): { pattern: RegExp; first: number[] } | null {
  const flags = new Set(MARKER_KINDS.map((kind) => MARKERS[kind].flags));
  const sources = MARKER_KINDS.map((kind) => MARKERS[kind].source.replace(/\(\?<([A-Za-z_]\w*)>/gu, '(?:'));
  // a back-reference would point at another kind's group, a pattern not anchored would match inside the line
  if (flags.size !== 1 || sources.some((source) => !source.startsWith('^') || /\\(?:[1-9]|k<)/u.test(source)))
    return null;
  const [only] = flags;
  const first: number[] = [];
  let group = 1;
  for (const source of sources) {
    first.push(group);
    // the groups of a pattern: those of its empty match, which every alternative with "|" has
    group += new RegExp(`${source}|`, only).exec('')!.length;
  }
  return { pattern: new RegExp(`^(?:${sources.map((source) => `(${source})`).join('|')})`, only), first };
}

/** Each kind's label pattern with the first characters it can match (layout/lead.ts). */
let leads: LeadPattern[] | undefined;

/**
 * The ranks of the kinds whose label may open a line starting with a code unit, worked out on first sight of it:
 * most lines start with what one or two kinds can (a digit, "Đ", "a"), and only their patterns are tried.
 */
const RANKS_BY_FIRST = new Map<number, readonly number[]>();

function ranksFor(code: number): readonly number[] {
  let ranks = RANKS_BY_FIRST.get(code);
  if (ranks === undefined) {
    leads ??= MARKER_KINDS.map((kind) => new LeadPattern(MARKERS[kind]));
    ranks = leads.flatMap((lead, rank) => (lead.admits(code) ? [rank] : []));
    RANKS_BY_FIRST.set(code, ranks);
  }
  return ranks;
}

/**
 * The label that opens a trimmed line, if any. Only the kinds whose label may start with the line's first character
 * are asked (most lines start with what no kind or one kind can); several are asked in one pattern, in rank order.
 */
export function markerOf(line: string): Marker | null {
  // an empty line starts no label (NaN is no key: every kind is asked, and each turns it down)
  const ranks = line.length > 0 ? ranksFor(line.charCodeAt(0)) : ALL_RANKS;
  if (ranks.length === 0) return null;
  const any = ranks.length > 1 ? anyMarkerPattern() : null;
  if (any) {
    const found = any.pattern.exec(line);
    if (!found) return null;
    let rank = 0;
    while (found[any.first[rank]!] === undefined) rank++;
    return markerFound(rank, found[0]);
  }
  for (const rank of ranks) {
    const found = MARKERS[MARKER_KINDS[rank]!].exec(line);
    if (found) return markerFound(rank, found[0]);
  }
  return null;
}

// the label as printed, with its punctuation ("I.", "1.", "a)", "Điều 5."), as the output contract shows it
function markerFound(rank: number, found: string): Marker {
  return { kind: MARKER_KINDS[rank]!, rank, label: found.trim(), length: found.length };
}
