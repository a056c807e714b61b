/**
 * Which headings of an outline a section pattern matches ("TỔ CHỨC THỰC HIỆN", "KẾT QUẢ THỰC HIỆN", "Thành phần"):
 * each heading read at most once per pattern and document, and only when a point or a task inside it asks.
 */
import type { DocumentOutline } from '../../outline/index.js';
import { WORD_START } from '../../grammar/compile.js';
import { afterWordChar, walkSource } from '../../grammar/scan.js';
import type { TaskSource } from './draft.js';
import { lastAtOrBefore } from '../../ingest/search.js';

/** Per outline and pattern, each entry's answer once read: 0 not yet read, 1 no, 2 yes. */
const MATCHED = new WeakMap<DocumentOutline, Map<RegExp, Uint8Array>>();

/** Whether `pattern` matches the heading (canonical tones) of entry `index` of `outline`; false when it has none. */
export function headingMatches(source: TaskSource, outline: DocumentOutline, pattern: RegExp, index: number): boolean {
  let byPattern = MATCHED.get(outline);
  if (!byPattern) MATCHED.set(outline, (byPattern = new Map()));
  let known = byPattern.get(pattern);
  if (!known) byPattern.set(pattern, (known = new Uint8Array(outline.entries.length)));
  if (known[index] === 0) {
    const span = outline.entries[index]!.headingSpan;
    known[index] = span && testerOf(pattern)(source.canonical.slice(span[0], span[1])) ? 2 : 1;
  }
  return known[index] === 2;
}

/**
 * Whether `point` lies inside a part of `outline` whose heading `pattern` matches: the headings of the entries around
 * it alone are read, not every heading of the document.
 */
export function inSection(source: TaskSource, outline: DocumentOutline, pattern: RegExp, point: number): boolean {
  return entriesAround(outline, point).some((i) => headingMatches(source, outline, pattern, i));
}

/**
 * Per outline, its entries' starts and ends, whether they nest as a tree (each entry inside its parent, entries in
 * order of their starts, each inside every entry still open where it starts), and the entries found around each point.
 */
interface Spans {
  starts: Float64Array;
  ends: Float64Array;
  nested: boolean;
  found: Map<number, number[]>;
}
const AROUND = new WeakMap<DocumentOutline, Spans>();

/** The entries of `outline` whose span holds `point`: found once per point, whichever section is asked. */
function entriesAround(outline: DocumentOutline, point: number): number[] {
  let spans = AROUND.get(outline);
  if (!spans) AROUND.set(outline, (spans = spansOf(outline)));
  let around = spans.found.get(point);
  if (around) return around;
  const { starts, ends } = spans;
  around = [];
  if (spans.nested) {
    // every entry that holds the point holds the last one that starts at or before it: its ancestors, read up
    for (let at = lastAtOrBefore(starts, point); at >= 0; at = outline.entries[at]!.parent)
      if (point < ends[at]!) around.push(at);
  } else for (let i = 0; i < starts.length; i++) if (starts[i]! <= point && point < ends[i]!) around.push(i);
  spans.found.set(point, around);
  return around;
}

function spansOf(outline: DocumentOutline): Spans {
  const { entries } = outline;
  const starts = new Float64Array(entries.length);
  const ends = new Float64Array(entries.length);
  // the entries still open where each one starts: it must lie inside the last of them, its parent
  const open: number[] = [];
  let nested = true;
  for (let i = 0; i < entries.length; i++) {
    const { span, parent } = entries[i]!;
    starts[i] = span[0];
    ends[i] = span[1];
    if (i > 0 && span[0] < starts[i - 1]!) nested = false;
    while (open.length > 0 && ends[open.at(-1)!]! <= span[0]) open.pop();
    const container = open.at(-1) ?? -1;
    if (parent !== container || (container >= 0 && span[1] > ends[container]!) || span[1] < span[0]) nested = false;
    open.push(i);
  }
  return { starts, ends, nested, found: new Map() };
}

const TESTERS = new WeakMap<RegExp, (text: string) => boolean>();

/**
 * `pattern.test`, each top-level branch tried on its own: a branch anchored at the start is tried there alone, and one
 * that opens with the word-start look-behind is searched without it, the character before each match checked by
 * hand (grammar/scan.ts). A pattern that holds a back-reference is tested whole.
 */
export function testerOf(pattern: RegExp): (text: string) => boolean {
  let tester = TESTERS.get(pattern);
  if (tester) return tester;
  const flags = pattern.flags.replace(/[gy]/gu, '');
  const whole = new RegExp(pattern.source, flags);
  const branches = /\\[1-9k]/u.test(pattern.source) ? [pattern.source] : topLevelBranches(pattern.source);
  const tests = branches.map((branch) => branchTester(branch, flags));
  tester = branches.length > 1 ? (text) => tests.some((test) => test(text)) : (text) => whole.test(text);
  TESTERS.set(pattern, tester);
  return tester;
}

/** The source's top-level branches, an outer non-capturing group that holds the whole source opened first. */
export function topLevelBranches(source: string): string[] {
  const inner = source.startsWith('(?:') && closingOf(source, 0) === source.length - 1 ? source.slice(3, -1) : source;
  const bars: number[] = [];
  walkSource(inner, (ch, i, depth) => {
    if (ch === '|' && depth === 0) bars.push(i);
    return undefined;
  });
  const cuts = [-1, ...bars, inner.length];
  return cuts.slice(1).map((to, k) => inner.slice(cuts[k]! + 1, to));
}

/** The index of the parenthesis that closes the group opening at `open`. */
function closingOf(source: string, open: number): number | undefined {
  return walkSource(source.slice(open), (ch, i, depth) => (ch === ')' && depth === 1 ? open + i : undefined));
}

function branchTester(branch: string, flags: string): (text: string) => boolean {
  if (!branch.startsWith(WORD_START)) {
    const pattern = new RegExp(branch, flags);
    return (text) => pattern.test(text);
  }
  const fast = new RegExp(branch.slice(WORD_START.length), `${flags}g`);
  return (text) => {
    fast.lastIndex = 0;
    for (let found = fast.exec(text); found; found = fast.exec(text)) {
      if (!afterWordChar(text, found.index)) return true;
      fast.lastIndex = found.index + (isPairAt(text, found.index) ? 2 : 1);
    }
    return false;
  };
}

function isPairAt(text: string, at: number): boolean {
  const high = text.charCodeAt(at);
  const low = text.charCodeAt(at + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}
