/**
 * Which headings of an outline a section pattern matches ("TỔ CHỨC THỰC HIỆN", "KẾT QUẢ THỰC HIỆN", "Thành phần"):
 * each heading read at most once per pattern and document, and only when a point or a task inside it asks.
 */
import type { DocumentOutline } from '../../outline/index.js';
import { WORD_START } from '../../grammar/compile.js';
import { afterWordChar, walkSource } from '../../grammar/scan.js';
import type { TaskSource } from './draft.js';

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

/** Per outline, its entries' spans (their starts and ends) and the entries found around each point asked. */
const AROUND = new WeakMap<
  DocumentOutline,
  { starts: Float64Array; ends: Float64Array; found: Map<number, number[]> }
>();

/** The entries of `outline` whose span holds `point`, in order: found once per point, whichever section is asked. */
function entriesAround(outline: DocumentOutline, point: number): number[] {
  let spans = AROUND.get(outline);
  if (!spans) {
    const { entries } = outline;
    spans = { starts: new Float64Array(entries.length), ends: new Float64Array(entries.length), found: new Map() };
    // a loop, not Float64Array.from with a mapping, which goes through the iterator protocol at every entry
    for (let i = 0; i < entries.length; i++) {
      spans.starts[i] = entries[i]!.span[0];
      spans.ends[i] = entries[i]!.span[1];
    }
    AROUND.set(outline, spans);
  }
  let around = spans.found.get(point);
  if (around) return around;
  const { starts, ends } = spans;
  around = [];
  for (let i = 0; i < starts.length; i++) if (starts[i]! <= point && point < ends[i]!) around.push(i);
  spans.found.set(point, around);
  return around;
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
