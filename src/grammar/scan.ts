/**
 * Scanning a text with a pattern that opens with the word-start look-behind (WORD_START): the
 * pattern is searched without it and the character before each match is checked here. The
 * matches are the same, found several times faster, since the engine can then skip ahead to the
 * pattern's first letters instead of testing the look-behind at every position.
 */
import { WORD_START } from './compile.js';

const WORD_CHAR = /[\p{L}\p{N}]/u;

export interface Searchable {
  /** the pattern to search with (global): the original when it does not open with the look-behind */
  fast: RegExp;
  /** whether the character before each match of `fast` must be checked */
  wordStart: boolean;
}

const SEARCHABLE = new WeakMap<RegExp, Searchable>();

/** The pattern without its leading look-behind when that governs the whole pattern (not "(?<!…)a|b"). */
export function searchable(pattern: RegExp): Searchable {
  let found = SEARCHABLE.get(pattern);
  if (!found) {
    const rest = pattern.source.slice(WORD_START.length);
    const wordStart = pattern.source.startsWith(WORD_START) && !hasTopLevelAlternation(rest);
    found = { fast: wordStart ? new RegExp(rest, pattern.flags) : pattern, wordStart };
    SEARCHABLE.set(pattern, found);
  }
  return found;
}

/** Whether a letter or digit stands just before `index` (a whole code point): what the look-behind refuses. */
export function afterWordChar(text: string, index: number): boolean {
  if (index <= 0) return false;
  const low = text.charCodeAt(index - 1);
  // ASCII, most of what stands before a match: its letters and digits are [A-Za-z0-9]
  if (low < 0x80) return isAsciiAlnum(low);
  const pair = index >= 2 && low >= 0xdc00 && low <= 0xdfff && isHighSurrogate(text.charCodeAt(index - 2));
  return WORD_CHAR.test(pair ? text.slice(index - 2, index) : text.charAt(index - 1));
}

/** The index after the character at `index`: a whole code point for a pattern with the u flag, as matchAll steps. */
function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || !isHighSurrogate(text.charCodeAt(index))) return index + 1;
  const low = text.charCodeAt(index + 1);
  return low >= 0xdc00 && low <= 0xdfff ? index + 2 : index + 1;
}

/** [A-Za-z0-9]: what [\p{L}\p{N}] matches below U+0080. */
function isAsciiAlnum(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Every match of a global pattern in `text`, as `text.matchAll(pattern)` gives them. */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError('allMatches: the pattern must be global, as for matchAll');
  const { fast, wordStart } = searchable(pattern);
  const out: RegExpExecArray[] = [];
  fast.lastIndex = 0;
  for (let match = fast.exec(text); match !== null; match = fast.exec(text)) {
    if (wordStart && afterWordChar(text, match.index)) {
      // what the look-behind would have refused: the leftmost match goes on from the next character
      fast.lastIndex = nextIndex(text, match.index, fast.unicode);
      continue;
    }
    if (match[0].length === 0) fast.lastIndex = nextIndex(text, fast.lastIndex, fast.unicode);
    out.push(match);
  }
  return out;
}

/** A "|" outside every group and character class. */
export function hasTopLevelAlternation(source: string): boolean {
  return walkSource(source, (ch, i, depth) => (ch === '|' && depth === 0 ? i : undefined)) !== undefined;
}

/**
 * A pattern's source read character by character, escapes and character classes stepped over: `visit` sees each other
 * character with the depth of groups it stands in; the first number it returns ends the walk and is returned.
 */
export function walkSource(
  source: string,
  visit: (ch: string, index: number, depth: number) => number | undefined,
): number | undefined {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else {
      const found = visit(ch, i, depth);
      if (found !== undefined) return found;
      if (ch === '(') depth++;
      else if (ch === ')') depth--;
    }
  }
  return undefined;
}
