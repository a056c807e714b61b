/**
 * A full-text scan that looks only where a match can start. A pattern that opens with a literal word ("được" of
 * "được[ \t]+(?:sửa[ \t]+đổi|…)[^:;.\n]{0,40}?[ \t](?:bởi|theo)", after its word-start look-behind) is searched for
 * that word alone, with the pattern's own flags, and tried whole (sticky, look-behind included) only where the word
 * stands: the engine skips through the text to a short literal several times faster than to a long pattern.
 */
import { afterWordChar, allMatches, hasTopLevelAlternation, searchable, walkSource } from '../../grammar/scan.js';

export interface Triggered {
  /** the pattern, tried where its trigger stands (sticky) */
  readonly sticky: RegExp;
  /** its leading word (global), null when it opens with none: the pattern is then scanned as it is */
  readonly trigger: RegExp | null;
  /** the trigger's words, when the case of their letters counts (no i flag): searched by indexOf instead */
  readonly literals: readonly Literal[] | null;
  /** the pattern itself (global), for a scan without a trigger */
  readonly global: RegExp;
}

/**
 * A word searched from its first character that is not a lower-case ASCII letter or "đ" (`rest`), its `prefix` checked
 * before it: those letters are a Vietnamese text's commonest, and indexOf skips to a rarer one ("ọ" of "gọi", "ấ" of
 * "chấm", "ã" of "đã", "L" of "Luật") several times faster than the engine to the word's first letter.
 */
interface Literal {
  prefix: string;
  rest: string;
}

/** The scan of `pattern`, its trigger read from its source. */
export function triggered(pattern: RegExp): Triggered {
  const flags = pattern.flags.replace(/[gy]/gu, '');
  const word = leadingWord(pattern.source);
  return {
    sticky: new RegExp(pattern.source, `${flags}y`),
    trigger: word ? new RegExp(word, `${flags}g`) : null,
    literals: word && !flags.includes('i') ? word.split('|').map(literal) : null,
    global: new RegExp(pattern.source, `${flags}g`),
  };
}

function literal(word: string): Literal {
  let k = 0;
  while (k < word.length && isCommonLetter(word.charCodeAt(k))) k++;
  if (k === word.length) k = 0;
  return { prefix: word.slice(0, k), rest: word.slice(k) };
}

/** A lower-case ASCII letter or "đ". */
function isCommonLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || code === 0x111;
}

/** Every match of the pattern in `text`, as `text.matchAll(pattern)` gives them. */
export function triggeredMatches(scan: Triggered, text: string): RegExpExecArray[] {
  const { sticky } = scan;
  if (!scan.trigger) return allMatches(scan.global, text);
  const out: RegExpExecArray[] = [];
  const next = searched(scan);
  for (let at = nextTrigger(scan, text, 0, next); at >= 0; ) {
    sticky.lastIndex = at;
    const found = sticky.exec(text);
    // every match opens with the trigger: the leftmost one from here is the first that matches where it stands
    if (found) out.push(found);
    at = nextTrigger(scan, text, found && found[0].length > 0 ? found.index + found[0].length : at + 1, next);
  }
  return out;
}

/** The first match of the pattern in `text`, as `pattern.exec(text)` gives it (from the start). */
export function triggeredExec(scan: Triggered, text: string): RegExpExecArray | null {
  const { sticky } = scan;
  if (!scan.trigger) {
    scan.global.lastIndex = 0;
    return scan.global.exec(text);
  }
  const next = searched(scan);
  for (let at = nextTrigger(scan, text, 0, next); at >= 0; at = nextTrigger(scan, text, at + 1, next)) {
    sticky.lastIndex = at;
    const found = sticky.exec(text);
    if (found) return found;
  }
  return null;
}

/** Where each literal was last found (-2: not yet searched). */
function searched(scan: Triggered): number[] {
  return scan.literals ? scan.literals.map(() => -2) : [];
}

/**
 * Where the trigger next stands at or after `from`, -1 when nowhere: the first of its literals' next places (`next`
 * keeps each one's last, searched again only once passed), or the trigger pattern's next match.
 */
function nextTrigger(scan: Triggered, text: string, from: number, next: number[]): number {
  const { literals, trigger } = scan;
  if (!literals) {
    trigger!.lastIndex = from;
    return trigger!.exec(text)?.index ?? -1;
  }
  let first = -1;
  for (let k = 0; k < literals.length; k++) {
    let at = next[k]!;
    if (at !== -1 && at < from) next[k] = at = findLiteral(text, literals[k]!, from);
    if (at !== -1 && (first === -1 || at < first)) first = at;
  }
  return first;
}

/** Where the literal's word stands first at or after `from`, -1 when nowhere. */
function findLiteral(text: string, { prefix, rest }: Literal, from: number): number {
  for (let i = text.indexOf(rest, from + prefix.length); i >= 0; i = text.indexOf(rest, i + 1)) {
    if (text.startsWith(prefix, i - prefix.length)) return i - prefix.length;
  }
  return -1;
}

/**
 * What a pattern opens with, after an optional look-behind, when the whole pattern needs it there (no "|"
 * outside a group, no quantifier after it): a word ("được" of "được[ \t]+(?:…)"), a group of words ("gọi|viết" of
 * "(?:gọi|viết)[ \t\n]+…"), or the words a group's alternatives open with ("ví|VD" of "(?:ví[ \t]+dụ|VD)[ \t]*:",
 * "Đề|Th" of "(?:(?<project>Đề[ \t]+án)…|(?<agreement>Th(?:ỏa|oả)…)…)"); null otherwise.
 */
function leadingWord(source: string): string | null {
  const rest = source.slice(leadingLookBehindLength(source));
  if (hasTopLevelAlternation(rest)) return null;
  const words = openingWords(rest);
  // phrases sharing their first word ("hết hiệu lực", "hết hiệu lực một phần") search for it once
  return words ? [...new Set(words)].join('|') : null;
}

/**
 * The words every match of `source` opens with, one per alternative: a word of two letters or more the alternative
 * opens with, or the words of a group it opens with (non-capturing, capturing or named, not a look-around); null when
 * an alternative opens otherwise, or a quantifier follows the word or the group (it may then be missing).
 */
function openingWords(source: string): string[] | null {
  const words: string[] = [];
  for (const alternative of topLevelAlternatives(source)) {
    const word = /^\p{L}{2,}/u.exec(alternative)?.[0];
    if (word) {
      if (isQuantifier(alternative.charAt(word.length))) return null;
      words.push(word);
      continue;
    }
    const group = /^\((?:\?:|\?<[A-Za-z]\w*>|(?!\?))/u.exec(alternative);
    if (!group) return null;
    const close = walkSource(alternative, (ch, i, depth) => (ch === ')' && depth === 1 ? i : undefined));
    if (close === undefined || isQuantifier(alternative.charAt(close + 1))) return null;
    const inner = openingWords(alternative.slice(group[0].length, close));
    if (!inner) return null;
    words.push(...inner);
  }
  return words;
}

/** The alternatives of a source, split at each "|" outside every group and character class. */
function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let start = 0;
  walkSource(source, (ch, i, depth) => {
    if (ch === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
    return undefined;
  });
  out.push(source.slice(start));
  return out;
}

function isQuantifier(ch: string): boolean {
  return ch !== '' && '?*+{'.includes(ch);
}

/**
 * How long the look-behind a pattern opens with is ("(?<![\p{L}\p{N}])", "(?<![^ \t\n])"), 0 when it opens with none:
 * the sticky pattern checks it where the trigger stands.
 */
function leadingLookBehindLength(source: string): number {
  if (!source.startsWith('(?<!') && !source.startsWith('(?<=')) return 0;
  // the ")" that closes the group the source opens with
  return walkSource(source, (ch, i, depth) => (ch === ')' && depth === 1 ? i + 1 : undefined)) ?? 0;
}

/** Global copies of the patterns lastMatch scans with, built once each (a RegExp built per call recompiles). */
const GLOBAL_COPIES = new WeakMap<RegExp, RegExp>();

function globalCopy(pattern: RegExp): RegExp {
  let copy = GLOBAL_COPIES.get(pattern);
  if (!copy) {
    copy = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
    GLOBAL_COPIES.set(pattern, copy);
  }
  return copy;
}

/**
 * `pattern.exec(text)` searched without the word-start look-behind the pattern opens with, checked here instead
 * (grammar/scan.ts): the engine then skips to the pattern's first letters instead of trying every position.
 */
export function firstMatch(pattern: RegExp, text: string): RegExpExecArray | null {
  const { fast, wordStart } = searchable(globalCopy(pattern));
  fast.lastIndex = 0;
  for (let m = fast.exec(text); m; m = fast.exec(text)) {
    if (!wordStart || !afterWordChar(text, m.index)) return m;
    // refused by the look-behind: the leftmost match goes on from the next code point
    fast.lastIndex = m.index + (text.codePointAt(m.index)! > 0xffff ? 2 : 1);
  }
  return null;
}

export function lastMatch(pattern: RegExp, text: string): RegExpExecArray | null {
  return allMatches(globalCopy(pattern), text).at(-1) ?? null;
}
