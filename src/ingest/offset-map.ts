/**
 * Offsets from a transformed text back to the text it came from. A transformation is a list
 * of edits (replace [start, end) of the source by a string); the map keeps one segment per
 * copied run and per edit, so it stays small whatever the document's size.
 */
import { lastAtOrBefore } from './search.js';

export interface Edit {
  start: number;
  end: number;
  insert: string;
}

export interface EditResult {
  text: string;
  map: OffsetMap;
}

/** Apply sorted, non-overlapping edits to `source`. */
export function applyEdits(source: string, edits: readonly Edit[]): EditResult {
  if (edits.length === 0) return { text: source, map: OffsetMap.identity(source.length) };
  const segments = segmentsOf(source.length, edits);
  return { text: segmentText(source, segments, 0, segments.outLength), map: segments.map() };
}

/**
 * Apply two lists of edits, `second` over the text `first` makes, building only the last text: the text between
 * them is never made (a text of a megabyte costs a copy of it). The maps are those applyEdits would give.
 */
export function applyEditsTwice(
  source: string,
  first: readonly Edit[],
  second: readonly Edit[],
): { text: string; maps: OffsetMap[] } {
  if (first.length === 0 && second.length === 0) return { text: source, maps: [] };
  const firstSegments = segmentsOf(source.length, first);
  const secondSegments = segmentsOf(firstSegments.outLength, second);
  let text = '';
  const { outStarts, srcStarts, copies, inserts } = secondSegments;
  const firstStarts = firstSegments.outStarts;
  // the run of `first` where the next copy starts: the copies come in order, so the runs are walked once, not searched
  let run = 0;
  for (let i = 0; i < outStarts.length; i++) {
    if (!copies[i]) text += inserts[i];
    else {
      const from = srcStarts[i]!;
      const to = from + ((outStarts[i + 1] ?? secondSegments.outLength) - outStarts[i]!);
      while (run + 1 < firstStarts.length && firstStarts[run + 1]! <= from) run++;
      text += segmentText(source, firstSegments, from, to, run);
    }
  }
  const maps: OffsetMap[] = [];
  if (first.length > 0) maps.push(firstSegments.map());
  if (second.length > 0) maps.push(secondSegments.map());
  return { text, maps };
}

/** An edited text as runs: copied ones (from `srcStarts`) and inserted ones (`inserts`), starting at `outStarts`. */
class Segments {
  readonly outStarts: number[] = [];
  readonly srcStarts: number[] = [];
  readonly copies: boolean[] = [];
  readonly inserts: string[] = [];
  outLength = 0;
  constructor(readonly srcLength: number) {}

  push(srcStart: number, copy: boolean, insert: string, length: number): void {
    this.outStarts.push(this.outLength);
    this.srcStarts.push(srcStart);
    this.copies.push(copy);
    this.inserts.push(insert);
    this.outLength += length;
  }

  map(): OffsetMap {
    return new OffsetMap(this.outStarts, this.srcStarts, this.copies, this.outLength, this.srcLength);
  }
}

function segmentsOf(sourceLength: number, edits: readonly Edit[]): Segments {
  const segments = new Segments(sourceLength);
  let at = 0;
  for (const edit of edits) {
    if (edit.start < at) continue; // overlapping edit: the first one wins
    if (edit.start > at) segments.push(at, true, '', edit.start - at);
    segments.push(edit.start, false, edit.insert, edit.insert.length);
    at = edit.end;
  }
  if (at < sourceLength) segments.push(at, true, '', sourceLength - at);
  return segments;
}

/**
 * The text of the edited runs between offsets `from` and `to` of the edited text, read from the run `first` on (the
 * last to start at or before `from`). The text is built by concatenation (one flat copy when it is first read), cheaper
 * than joining parts.
 */
function segmentText(
  source: string,
  segments: Segments,
  from: number,
  to: number,
  first = Math.max(0, lastAtOrBefore(segments.outStarts, from)),
): string {
  const { outStarts, srcStarts, copies, inserts } = segments;
  let text = '';
  let i = first;
  for (let at = from; at < to; i++) {
    const start = outStarts[i]!;
    const end = Math.min(to, outStarts[i + 1] ?? segments.outLength);
    if (end <= at) continue; // an empty run (a deletion) or one before `from`
    text += copies[i]
      ? source.slice(srcStarts[i]! + (at - start), srcStarts[i]! + (end - start))
      : inserts[i]!.slice(at - start, end - start);
    at = end;
  }
  return text;
}

export class OffsetMap {
  constructor(
    private readonly outStarts: readonly number[],
    private readonly srcStarts: readonly number[],
    private readonly copies: readonly boolean[],
    readonly outLength: number,
    readonly srcLength: number,
  ) {}

  static identity(length: number): OffsetMap {
    return new OffsetMap([0], [0], [true], length, length);
  }

  /** The source offset of an offset in the transformed text (an edited run maps to its start). */
  toSource(offset: number): number {
    if (offset >= this.outLength) return this.srcLength;
    const i = this.segmentAt(offset);
    const srcStart = this.srcStarts[i] ?? 0;
    return this.copies[i] ? srcStart + (offset - (this.outStarts[i] ?? 0)) : srcStart;
  }

  /**
   * The source offset of a span's end: just after the source of its last character, so that
   * text deleted right after the span (closing "**") stays out, and an edited character
   * (an NFC merge) is taken whole.
   */
  endToSource(offset: number): number {
    if (offset <= 0) return this.toSource(0);
    const last = Math.min(offset, this.outLength) - 1;
    const i = this.segmentAt(last);
    const srcStart = this.srcStarts[i] ?? 0;
    if (this.copies[i]) return srcStart + (last - (this.outStarts[i] ?? 0)) + 1;
    return this.srcStarts[i + 1] ?? this.srcLength; // segments tile the source: the next one starts where this ends
  }

  private segmentAt(offset: number): number {
    return Math.max(0, lastAtOrBefore(this.outStarts, offset));
  }
}

/** A chain of maps, last transformation last: offsets of the final text back to the input. */
export class OffsetChain {
  constructor(private readonly maps: readonly OffsetMap[]) {}

  toSource(offset: number): number {
    let at = offset;
    for (let i = this.maps.length - 1; i >= 0; i--) at = this.maps[i]!.toSource(at);
    return at;
  }

  /** A span's end in the input (see OffsetMap.endToSource). */
  endToSource(offset: number): number {
    let at = offset;
    for (let i = this.maps.length - 1; i >= 0; i--) at = this.maps[i]!.endToSource(at);
    return at;
  }

  /** A span of the normalized text as a span of the input text, markup around it left out. */
  spanToSource(span: readonly [number, number]): [number, number] {
    const start = this.toSource(span[0]);
    if (span[1] <= span[0]) return [start, start];
    return [start, Math.max(start, this.endToSource(span[1]))];
  }
}
