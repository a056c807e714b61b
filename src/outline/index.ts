/**
 * outline: the body's hierarchy (Phần / Chương / Mục / Điều / khoản / điểm in legal texts;
 * I. / 1. / 1.1. / a) / - / + in plans). A label nests under the nearest open label of a
 * larger unit, so a missing level (Điều straight to "a)") still nests right.
 */
import type { OutlineNode, Span } from '../model/schema.js';
import type { Layout, Line } from '../layout/index.js';
import { lineSpan } from '../layout/lines.js';
import { isSpaceCode } from '../grammar/white-space.js';
import { MARKER_KINDS, markerOf, type Marker, type MarkerKind } from './markers.js';
import { loadPatterns } from '../grammar/patterns.js';

export interface OutlineEntry {
  kind: MarkerKind;
  /** how deep it nests (smaller = larger unit): its kind's rank, or a decimal's under its clause (nestingRank) */
  rank: number;
  label: string;
  /** the rest of the label's line (or the caps line under a bare "Chương I"), null when empty */
  heading: string | null;
  headingSpan: Span | null;
  /** index in `layout.lines` of the label's line */
  line: number;
  /** index of the first line after the node's content (its children included) */
  end: number;
  level: number;
  parent: number;
  children: number[];
  span: Span;
}

export interface DocumentOutline {
  /** every node in document order; parent and children are indexes into this list */
  entries: OutlineEntry[];
  /** body lines the outline covers: [first, end) */
  first: number;
  end: number;
  /** labels nested deeper than the limit, kept at the deepest level */
  tooDeep: { count: number; first: Span; limit: number } | null;
}

/**
 * Deepest level of the outline. Documents nest Phần › Chương › Mục › Điều › khoản › điểm or
 * I › 1 › 1.1 › a › - › +, well under it; deeper labels are kept at this level, so that the tree
 * (and every consumer that walks it) stays shallow whatever the input.
 */
export const MAX_OUTLINE_DEPTH = 16;

/** Headings printed on the line after a bare label ("CHƯƠNG I" / "QUY ĐỊNH CHUNG"). */
const HEADING_ON_NEXT_LINE: ReadonlySet<MarkerKind> = new Set(['part', 'chapter', 'section']);

export function buildOutline(layout: Layout, maxDepth = MAX_OUTLINE_DEPTH): DocumentOutline {
  const first = afterRecipients(layout);
  return outlineOver(layout.lines, first, Math.max(first, layout.bodyEnd), maxDepth);
}

/**
 * A text issued with the document: the lines of the title above its note ("KẾ HOẠCH HÀNH ĐỘNG", "ĐIỀU LỆ …") and its
 * outline.
 */
export interface AttachedText {
  title: string[];
  outline: DocumentOutline;
}

/**
 * The texts a document issues with it and prints after its signature ("KẾ HOẠCH HÀNH ĐỘNG / (Kèm theo Quyết định số
 * …)"): each outline opens after its note and ends where the next attached text's title begins.
 */
export function attachedTexts(layout: Layout, maxDepth = MAX_OUTLINE_DEPTH): AttachedText[] {
  const { lines } = layout;
  const notes: Array<{ note: number; after: number; title: number }> = [];
  let from = Math.max(layout.bodyEnd, afterRecipients(layout));
  for (let i = from; i < lines.length; i++) {
    if (!ATTACHMENT.attachmentNote.test(lines[i]!.canonical)) continue;
    // the note wraps over a few lines ("(Kèm theo Quyết định số 844/QĐ-TTg / ngày 13 tháng 5 năm 2026 …)")
    let close = i;
    while (close < i + MAX_NOTE_LINES && close + 1 < lines.length && !lines[close]!.canonical.includes(')')) close++;
    notes.push({ note: i, after: close + 1, title: titleStart(lines, from, i) });
    from = close + 1;
    i = close;
  }
  // a loop into a literal, as in outlineTree: an empty `map` result is an array of another shape to inlined code
  const texts: AttachedText[] = [];
  notes.forEach(({ note, after, title }, k) => {
    const next = notes[k + 1]?.title ?? lines.length;
    let outline: DocumentOutline | undefined;
    texts.push({
      title: lines.slice(title, note).map((l) => l.canonical),
      // built when first asked: a caller may want only the texts whose title says what they are
      get outline() {
        outline ??= outlineOver(lines, after, Math.max(after, next), maxDepth);
        return outline;
      },
    });
  });
  return texts;
}

const ATTACHMENT = loadPatterns('outline', ['attachmentNote', 'appendixTitle'] as const);

/** "Phụ lục II", "PHỤ LỤC 2: DANH MỤC …": an appendix numbers its points afresh. */
function isAppendixTitle(line: Line): boolean {
  return line.canonical.charCodeAt(0) === 0x50 /* P */ && ATTACHMENT.appendixTitle.test(line.canonical);
}
/** An attachment's note takes at most this many lines. */
const MAX_NOTE_LINES = 3;
/** An attachment's title ("KẾ HOẠCH HÀNH ĐỘNG / Thực hiện Chỉ thị số … / về …") takes at most this many lines. */
const MAX_TITLE_LINES = 6;

/** The first line of the title above the note at `note`: the lines of text right above it, with no outline label. */
function titleStart(lines: readonly Line[], from: number, note: number): number {
  let start = note;
  for (let at = note - 1; at >= Math.max(from, note - MAX_TITLE_LINES); at--) {
    const line = lines[at]!;
    if (line.blank || markerOf(line.canonical) !== null) break;
    start = at;
  }
  return start;
}

function outlineOver(lines: readonly Line[], first: number, end: number, maxDepth: number): DocumentOutline {
  const entries: OutlineEntry[] = [];
  const open: number[] = [];
  const limit = Number.isNaN(maxDepth) ? MAX_OUTLINE_DEPTH : Math.max(1, Math.floor(maxDepth));
  let tooDeep: DocumentOutline['tooDeep'] = null;
  for (let i = first; i < end; i++) {
    const line = lines[i]!;
    if (line.blank) continue;
    const marker = markerOf(line.canonical);
    if (!marker) {
      // its "2.1" is no point of the body's "2.": every node open above the appendix ends there
      if (isAppendixTitle(line)) while (open.length > 0) close(entries, open.pop()!, lines, i);
      continue;
    }
    const rank = nestingRank(marker, entries, open);
    while (open.length > 0 && entries[open.at(-1)!]!.rank >= rank) close(entries, open.pop()!, lines, i);
    if (open.length >= limit) {
      // too deep: the label becomes a sibling of the deepest open node instead of its child
      close(entries, open.pop()!, lines, i);
      const at = line.start + line.indent;
      if (tooDeep) tooDeep.count++;
      else tooDeep = { count: 1, first: [at, at + marker.label.length], limit };
    }
    const parent = open.at(-1) ?? -1;
    const { heading, headingSpan } = headingOf(
      lines,
      line,
      marker.length,
      HEADING_ON_NEXT_LINE.has(marker.kind) ? end : null,
    );
    const start = line.start + line.indent;
    entries.push({
      kind: marker.kind,
      rank,
      label: marker.label,
      heading,
      headingSpan,
      line: i,
      end,
      level: open.length + 1,
      parent,
      children: [],
      span: [start, start],
    });
    if (parent >= 0) entries[parent]!.children.push(entries.length - 1);
    open.push(entries.length - 1);
  }
  while (open.length > 0) close(entries, open.pop()!, lines, end);
  return { entries, first, end, tooDeep };
}

const CLAUSE_RANK = MARKER_KINDS.indexOf('clause');

/**
 * How deep a label nests: its kind's rank, except for a decimal label that numbers a point of the open clause ("2." ›
 * "2.1." › "2.1.1."), which nests under it, the deeper the more numbers it has. A decimal of another number ("2.6"
 * after "5.": in a consolidated text, footnote 2 glued to clause 6) keeps its kind's rank, above the clause.
 */
function nestingRank(marker: Marker, entries: readonly OutlineEntry[], open: readonly number[]): number {
  if (marker.kind !== 'decimal') return marker.rank;
  const numbers = marker.label.split('.').filter((part) => part !== '');
  for (let k = open.length - 1; k >= 0; k--) {
    const entry = entries[open[k]!]!;
    if (entry.kind === 'clause') {
      return entry.label.replace(/[.)\s]/gu, '') === numbers[0] ? CLAUSE_RANK + 1 - 1 / numbers.length : marker.rank;
    }
    if (entry.rank < CLAUSE_RANK) break;
  }
  return marker.rank;
}

/** The "Kính gửi:" list under the header is an address, not the first level of the outline. */
function afterRecipients(layout: Layout): number {
  const { lines, recipientsLabel } = layout;
  let first = layout.header.bodyStart;
  if (recipientsLabel === null || recipientsLabel.index < first - 1 || recipientsLabel.index > first + 3) return first;
  first = recipientsLabel.index + 1;
  while (first < lines.length && (lines[first]!.blank || markerOf(lines[first]!.canonical)?.kind === 'dash')) first++;
  return first;
}

/**
 * A node ends where the next node of its rank or a larger one begins; its span ends at its last text (set in place:
 * the span is the node's own, seen by no one before its node is closed).
 */
function close(entries: OutlineEntry[], index: number, lines: readonly Line[], next: number): void {
  const entry = entries[index]!;
  entry.end = next;
  let last = next - 1;
  while (last > entry.line && lines[last]!.blank) last--;
  const line = lines[last]!;
  entry.span[1] = line.start + line.indent + line.canonical.length;
}

interface Heading {
  heading: string | null;
  headingSpan: Span | null;
}

const NO_HEADING: Heading = { heading: null, headingSpan: null };

/**
 * `bodyEnd`: for a label whose heading may be printed on the next line, where that line must lie before (the node's
 * span ends there too).
 */
function headingOf(lines: readonly Line[], line: Line, labelLength: number, bodyEnd: number | null): Heading {
  // the rest of the line after the label, trimmed, found in place (no copy of the rest is made)
  const { canonical } = line;
  let from = labelLength;
  let to = canonical.length;
  while (from < to && isSpaceCode(canonical.charCodeAt(from))) from++;
  while (to > from && isSpaceCode(canonical.charCodeAt(to - 1))) to--;
  if (from < to) {
    const inLine = line.indent + from;
    const at = line.start + inLine;
    return { heading: line.text.slice(inLine, inLine + to - from), headingSpan: [at, at + to - from] };
  }
  const below = bodyEnd !== null ? firstTextLine(lines, line.index + 1, Math.min(line.index + 3, bodyEnd)) : undefined;
  if (below?.caps && markerOf(below.canonical) === null)
    return { heading: below.text.trim(), headingSpan: lineSpan(below) };
  return NO_HEADING;
}

/** The first line in [from, to) that is not blank. */
function firstTextLine(lines: readonly Line[], from: number, to: number): Line | undefined {
  for (let i = from; i < Math.min(to, lines.length); i++) if (!lines[i]!.blank) return lines[i];
  return undefined;
}

/**
 * The outline as the output contract's tree, built without recursion (nodes first, then the links). Plain loops into
 * array literals: the optimizing compiler, once it has inlined `map` and `filter` here, met the empty array of a
 * document without an outline as an array of another shape, and threw away the code of the whole pipeline around it.
 */
export function outlineTree(outline: DocumentOutline): OutlineNode[] {
  const { entries } = outline;
  const nodes: OutlineNode[] = [];
  const roots: OutlineNode[] = [];
  for (const e of entries) {
    const node: OutlineNode = {
      label: e.label,
      kind: e.kind,
      level: e.level,
      heading: e.heading,
      span: e.span,
      children: [],
    };
    nodes.push(node);
    // a parent comes before its children, so it is already made
    if (e.parent >= 0) nodes[e.parent]!.children.push(node);
    else roots.push(node);
  }
  return roots;
}
