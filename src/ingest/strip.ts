/**
 * Lines that are not the document: gazette running heads and OCR page markers with their page
 * numbers ("CÔNG BÁO/Số 297 + 298/Ngày 15-4-2022", "===== Trang 2 =====", "47") and digital-signature stamps
 * ("Người ký: …", "Email: …", "Cơ quan: …", "Thời gian ký: …"), and the gazette's own section
 * headings ("VĂN BẢN QUY PHẠM PHÁP LUẬT") and its note that an issue goes on in the next ("(Xem tiếp
 * Công báo số 507 + 508)"); and stray marks glued to a line in capitals (a footnote
 * mark "QUYẾT ĐỊNH1", a stamp's residue "PHÓ THỦ TƯỚNGy]") or before a name ("y]Phạm Thị Thanh Trà").
 */
import type { Edit } from './offset-map.js';
import { lineRanges, type LineRange } from './line-ranges.js';
import {
  CONTINUED_IN,
  GAZETTE_SECTION,
  STAMP_FIELD,
  STAMP_START,
  RUNNING_HEAD,
  PAGE_NUMBER,
  TRAILING_MARK,
  PAGE_MARKER,
  LEADING_MARK,
} from './strip-patterns.js';

export interface StripResult {
  edits: Edit[];
  /** the lines of the text the edits make, as lineRanges would cut it (the text itself is not made here) */
  lines: LineRange[];
  runningHeads: number;
  stamps: number;
  marks: number;
}

/**
 * The line patterns above in one alternation (each anchored at both ends as it stands), asked before them: most lines
 * are none of them, and are passed over after one test instead of five. Patterns that differ only in "i" share it,
 * case-insensitive: it then matches every line one of them matches, and a few more, which the patterns themselves
 * turn down after it.
 */
const NOISE_LINES = combined([RUNNING_HEAD, PAGE_MARKER, GAZETTE_SECTION, CONTINUED_IN, STAMP_START]);

function combined(patterns: readonly RegExp[]): readonly RegExp[] {
  // a group or a reference by number or name would change meaning in an alternation: those stay as they are
  if (patterns.some((pattern) => /\\[1-9]|\\k<|\(\?<[^=!]/.test(pattern.source))) return patterns;
  const byFlags = new Map<string, string[]>();
  let caseless = false;
  for (const pattern of patterns) {
    const flags = pattern.flags.replace('i', '');
    caseless ||= pattern.flags.includes('i');
    byFlags.set(flags, [...(byFlags.get(flags) ?? []), pattern.source]);
  }
  return [...byFlags].map(
    ([flags, sources]) =>
      new RegExp(sources.map((source) => `(?:${source})`).join('|'), caseless ? `${flags}i` : flags),
  );
}

function mayBeNoise(line: string): boolean {
  for (const pattern of NOISE_LINES) if (pattern.test(line)) return true;
  return false;
}

export function strippingEdits(text: string): StripResult {
  const lines = lineRanges(text);
  // each line trimmed once: the patterns, the blank runs and the page numbers all read it
  const trimmed = lines.map((line) => line.text.trim());
  const drop = new Uint8Array(lines.length);
  let dropped = 0;
  let runningHeads = 0;
  let stamps = 0;
  let page: number | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = trimmed[i]!;
    if (!mayBeNoise(line)) continue;
    if (RUNNING_HEAD.test(line) || PAGE_MARKER.test(line)) {
      runningHeads++;
      drop[i] = 1;
      page = dropPageNumbers(trimmed, i, drop, page);
    } else if (GAZETTE_SECTION.test(line) || CONTINUED_IN.test(line)) {
      drop[i] = 1;
    } else if (STAMP_START.test(line)) {
      const last = stampEnd(trimmed, i);
      if (last > i) {
        stamps++;
        drop.fill(1, i, last + 1);
      }
    }
    dropped++;
  }
  if (dropped > 0) dropBlankRuns(trimmed, drop);
  const edits: Edit[] = [];
  let marks = 0;
  // the lines of the text the edits make: those before the first edit are the text's own, the rest are made
  let kept: LineRange[] | null = null;
  let at = 0; // where the line starts in the text the edits make
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (drop[i] === 1) {
      edits.push(lineDeletion(line, text));
      kept ??= lines.slice(0, i);
      continue;
    }
    const mark = markDeletion(line, trimmed[i]!);
    let keptText = line.text;
    if (mark) {
      edits.push(mark);
      marks++;
      keptText = line.text.slice(0, mark.start - line.start) + line.text.slice(mark.end - line.start);
      kept ??= lines.slice(0, i);
    }
    if (kept)
      kept.push(
        at === line.start && keptText === line.text ? line : { start: at, end: at + keptText.length, text: keptText },
      );
    at += keptText.length + (line.end < text.length ? 1 : 0);
  }
  if (!kept) return { edits, lines, runningHeads, stamps, marks };
  // a text that ends in a line break (or holds none) has an empty line last
  if (kept.length === 0 || kept.at(-1)!.end < at) kept.push({ start: at, end: at, text: '' });
  return { edits, lines: kept, runningHeads, stamps, marks };
}

/**
 * Where a stray mark can stand, asked before the patterns (each tried on every line is what stripping cost most):
 * LEADING_MARK opens with one or two letters and "]", TRAILING_MARK ends its (trimmed) line with its mark, a footnote
 * number, a superscript or "]" (grammars/noise.json, leadingMark and trailingMark; tests/ingest/noise.test.ts holds
 * their examples to these edges).
 */
export function mayHoldLeadingMark(trimmed: string): boolean {
  // "]" after one or two letters, each one or two code units; read inside the line only (a read past its end is a
  // slow path of the engine, and most lines are short or blank)
  const last = Math.min(4, trimmed.length - 1);
  for (let i = 1; i <= last; i++) if (trimmed.charCodeAt(i) === 0x5d) return true;
  return false;
}

export function mayHoldTrailingMark(trimmed: string): boolean {
  if (trimmed.length === 0) return false;
  const last = trimmed.charCodeAt(trimmed.length - 1);
  return (last >= 0x30 && last <= 0x39) || last === 0x5d || last === 0xb9 || last === 0xb2 || last === 0xb3; // 0-9 ] ¹ ² ³
}

/** A stray mark at the end of a line in capitals, or before a name: deleted, the line kept. */
function markDeletion(line: LineRange, trimmed: string): Edit | null {
  const leading = mayHoldLeadingMark(trimmed) ? LEADING_MARK.exec(trimmed) : null;
  if (leading) {
    const indent = line.text.length - line.text.trimStart().length;
    return { start: line.start + indent, end: line.start + indent + leading.groups!.mark!.length, insert: '' };
  }
  const m = mayHoldTrailingMark(trimmed) ? TRAILING_MARK.exec(trimmed) : null;
  if (!m) return null;
  const end = line.start + line.text.trimEnd().length;
  return { start: end - m.groups!.mark!.length, end, insert: '' };
}

/** Blank lines around a removed block are page layout too: a sentence broken by a page break closes up. */
function dropBlankRuns(trimmed: readonly string[], drop: Uint8Array): void {
  const isBlank = (i: number) => trimmed[i] === '';
  for (let i = 0; i < trimmed.length; i++) {
    if (drop[i] === 0 && !isBlank(i)) continue;
    let j = i;
    let touchesDrop = false;
    for (; j < trimmed.length && (drop[j] === 1 || isBlank(j)); j++) if (drop[j] === 1) touchesDrop = true;
    if (touchesDrop) drop.fill(1, i, j);
    i = j;
  }
}

/**
 * A page number sits on its own line just before or after the running head, blank lines between. When a number
 * stands on both sides, one is the page's and the other the last cell of a table ("Năm / 2026- / 2030" over the
 * page break): the page's is the one nearer the page after the one before (`previous`), else the one after the head;
 * the same number on both sides is the page's, printed twice.
 * Returns the page number dropped, or `previous` when none is.
 */
function dropPageNumbers(trimmed: readonly string[], head: number, drop: Uint8Array, previous: number | null) {
  const found = [-1, 1].map((step) => {
    for (let k = head + step, seen = 0; k >= 0 && k < trimmed.length && seen < 4; k += step, seen++) {
      const text = trimmed[k]!;
      if (text === '') continue;
      return PAGE_NUMBER.test(text) ? k : null;
    }
    return null;
  });
  const [before, after] = found as [number | null, number | null];
  const pageOf = (k: number) => Number(trimmed[k]!);
  // the same number on both sides: the page's number printed twice
  if (before !== null && after !== null && pageOf(before) === pageOf(after)) drop[before] = 1;
  const page = before !== null && after !== null ? nearer(pageOf, before, after, previous) : (before ?? after);
  if (page === null) return previous;
  drop[page] = 1;
  return pageOf(page);
}

/** Of two lines holding a number, the one nearer the page after `previous`; the later one when that says nothing. */
function nearer(pageOf: (k: number) => number, before: number, after: number, previous: number | null): number {
  if (previous === null) return after;
  const gap = (k: number) => Math.abs(pageOf(k) - (previous + 1));
  return gap(before) < gap(after) ? before : after;
}

/** The stamp runs over its field lines ("Email:", "Cơ quan:", "Thời gian ký:"); at least one must follow. */
function stampEnd(trimmed: readonly string[], start: number): number {
  let last = start;
  for (let k = start + 1; k < trimmed.length && k <= start + 5; k++) {
    if (STAMP_FIELD.test(trimmed[k]!)) last = k;
    else break;
  }
  return last;
}

function lineDeletion(line: LineRange, text: string): Edit {
  const end = text[line.end] === '\n' ? line.end + 1 : line.end;
  return { start: line.start, end, insert: '' };
}
