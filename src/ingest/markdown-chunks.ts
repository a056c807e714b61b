/**
 * Where a Markdown text may be cut so that remark parses it piece by piece. micromark's
 * resolvers are quadratic in the size of one paragraph, list or nesting (20,000 "**a**" in one
 * paragraph take a minute, 20,000 nested "> " overflow the stack), so a long text is parsed in
 * pieces of about CHUNK characters, cut where no construct spans the cut: before a line that
 * follows a blank line, else before a line that starts at the margin, else inside a long line
 * after a sentence or before a word. A line nested deeper than any document is (its container prefix of ">",
 * list markers and indentation longer than MAX_PREFIX) is left out of the parse: its markup stays.
 */
import { lineRanges, type LineRange } from './line-ranges.js';

/** Characters per piece: small enough that the quadratic parts stay cheap, large enough that cuts are rare. */
export const CHUNK = 10_000;
/** Longest container prefix parsed as Markdown (documents nest a few levels, not a hundred). */
export const MAX_PREFIX = 100;
/** How far back from a piece's end a cut before a letter is looked for inside a long line. */
const LETTER_REACH = 1_000;

/** How good a cut before a unit is: a block boundary is best, a forced cut is worst. */
const enum Cut {
  None = 0,
  MidLine = 1,
  LineStart = 2,
  BlockStart = 3,
}

interface Unit {
  start: number;
  end: number;
  cut: Cut;
  /** too deeply nested: left out of the parse */
  skip: boolean;
}

/** The pieces [start, end) to parse, in order; text outside them is not parsed. */
export function markdownChunks(text: string): Array<[number, number]> {
  if (text.length <= CHUNK && !hasDeepPrefix(text)) return [[0, text.length]];
  return pack(units(text));
}

/** A cheap look for a deep line before cutting anything: almost every text has none. */
function hasDeepPrefix(text: string): boolean {
  return lineRanges(text).some((line) => prefixLength(line.text) > MAX_PREFIX);
}

/**
 * Length of a line's container prefix: spaces, tabs, ">" and list markers ("-", "+", "*",
 * "12." or "3)" followed by a space or the line's end). Stops counting past MAX_PREFIX.
 */
export function prefixLength(line: string): number {
  let i = 0;
  while (i < line.length && i <= MAX_PREFIX) {
    const ch = line[i]!;
    if (ch === ' ' || ch === '\t' || ch === '>') i++;
    else if ((ch === '-' || ch === '+' || ch === '*') && isMarkerEnd(line, i + 1)) i++;
    else {
      let digits = i;
      while (digits < line.length && digits - i < 9 && line[digits]! >= '0' && line[digits]! <= '9') digits++;
      if (digits === i || (line[digits] !== '.' && line[digits] !== ')') || !isMarkerEnd(line, digits + 1)) break;
      i = digits + 1;
    }
  }
  return i;
}

function isMarkerEnd(line: string, at: number): boolean {
  return at >= line.length || line[at] === ' ' || line[at] === '\t';
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const SETEXT_UNDERLINE = /^(?:=+|-+)[ \t]*$/;

/** The text as units (lines, or pieces of a long line), each with how well it may start a piece. */
function units(text: string): Unit[] {
  const out: Unit[] = [];
  let fence: string | null = null;
  let previousBlank = true;
  for (const line of lineRanges(text)) {
    const end = line.end < text.length ? line.end + 1 : line.end;
    const opens: string | undefined = fence === null ? FENCE.exec(line.text)?.[1] : undefined;
    const inFence = fence !== null;
    if (inFence && isFenceClose(line.text, fence!)) fence = null;
    else if (opens) fence = opens;
    const blank = line.text.trim() === '';
    if (!inFence && prefixLength(line.text) > MAX_PREFIX)
      out.push({ start: line.start, end, cut: Cut.LineStart, skip: true });
    else {
      const cut = inFence ? Cut.None : lineCut(line, previousBlank);
      if (!inFence && end - line.start > CHUNK)
        for (const piece of longLine(text, line.start, end, cut)) out.push(piece);
      else out.push({ start: line.start, end, cut, skip: false });
    }
    previousBlank = blank;
  }
  return out;
}

function isFenceClose(line: string, fence: string): boolean {
  const close = FENCE.exec(line)?.[1];
  return close !== undefined && close[0] === fence[0] && close.length >= fence.length && line.trim() === close;
}

/** A line at the margin may start a piece (best after a blank line); an indented one continues what is open. */
function lineCut(line: LineRange, previousBlank: boolean): Cut {
  const first = line.text[0];
  if (first === undefined || first === ' ' || first === '\t' || SETEXT_UNDERLINE.test(line.text)) return Cut.None;
  return previousBlank ? Cut.BlockStart : Cut.LineStart;
}

/**
 * A line longer than a piece, cut after a sentence (emphasis seldom runs over one), else before
 * a word, else where it must be.
 */
function longLine(text: string, start: number, end: number, cut: Cut): Unit[] {
  const out: Unit[] = [];
  let at = start;
  while (end - at > CHUNK) {
    const next = cutInLine(text, at + CHUNK, Math.max(at + 1, at + CHUNK - LETTER_REACH));
    out.push({ start: at, end: next, cut: at === start ? cut : Cut.MidLine, skip: false });
    at = next;
  }
  out.push({ start: at, end, cut: at === start ? cut : Cut.MidLine, skip: false });
  return out;
}

const SENTENCE_END = /[.;:!?]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * The last cut in [floor, from]: after ". " before a word, else after a space before a letter or digit; else `from`,
 * not inside a surrogate pair.
 */
function cutInLine(text: string, from: number, floor: number): number {
  let word = -1;
  for (let i = from; i >= floor; i--) {
    if (text[i - 1] !== ' ' || text[i] === ' ') continue;
    if (SENTENCE_END.test(text[i - 2] ?? '')) return i;
    if (word < 0 && LETTER_OR_DIGIT.test(text[i]!)) word = i;
  }
  if (word >= 0) return word;
  const low = text.charCodeAt(from);
  return low >= 0xdc00 && low <= 0xdfff ? from - 1 : from;
}

/** Units into pieces of at most CHUNK characters (a single unit may be longer), cut at the best place available. */
function pack(all: readonly Unit[]): Array<[number, number]> {
  const chunks: Array<[number, number]> = [];
  let chunkStart = -1;
  // the latest cut of each quality inside the current piece
  let best = [-1, -1, -1, -1];
  for (const unit of all) {
    if (unit.skip) {
      if (chunkStart >= 0) chunks.push([chunkStart, unit.start]);
      chunkStart = -1;
      continue;
    }
    if (chunkStart < 0) {
      chunkStart = unit.start;
      best = [-1, -1, -1, -1];
      continue;
    }
    if (unit.end - chunkStart > CHUNK) {
      const cut = choose(best, chunkStart) ?? unit.start;
      chunks.push([chunkStart, cut]);
      chunkStart = cut;
      best = best.map((at) => (at > cut ? at : -1));
    }
    if (unit.cut !== Cut.None && unit.start > chunkStart) best[unit.cut] = unit.start;
  }
  if (chunkStart >= 0) chunks.push([chunkStart, all.at(-1)!.end]);
  return chunks;
}

/** The best cut that leaves a piece of a useful size (a quarter of CHUNK), else the latest cut of any quality. */
function choose(best: readonly number[], chunkStart: number): number | null {
  const useful = chunkStart + CHUNK / 4;
  for (const quality of [Cut.BlockStart, Cut.LineStart]) if (best[quality]! >= useful) return best[quality]!;
  const latest = Math.max(...best);
  return latest > chunkStart ? latest : null;
}
