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
  // the text is built by concatenation (one flat copy when it is first read), cheaper than joining parts
  let text = '';
  const outStarts: number[] = [];
  const srcStarts: number[] = [];
  const copies: boolean[] = [];
  let at = 0;
  for (const edit of edits) {
    if (edit.start < at) continue; // overlapping edit: the first one wins
    if (edit.start > at) {
      outStarts.push(text.length);
      srcStarts.push(at);
      copies.push(true);
      text += source.slice(at, edit.start);
    }
    outStarts.push(text.length);
    srcStarts.push(edit.start);
    copies.push(false);
    text += edit.insert;
    at = edit.end;
  }
  if (at < source.length) {
    outStarts.push(text.length);
    srcStarts.push(at);
    copies.push(true);
    text += source.slice(at);
  }
  return { text, map: new OffsetMap(outStarts, srcStarts, copies, text.length, source.length) };
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
