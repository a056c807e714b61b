/**
 * Building regular expressions from grammar data. Every pattern in vanban is built here:
 * literals escaped, alternations longest first, Vietnamese-aware word boundaries
 * (never \b or \w: in JavaScript they are ASCII-only, so "đ" or "ệ" would count as a boundary).
 */
import { grammarChecks } from './checks.js';
import { canonicalTones, oldStylePair } from './tones.js';

/** Not preceded by a letter or digit. */
export const WORD_START = String.raw`(?<![\p{L}\p{N}])`;
/** Not followed by a letter or digit. */
export const WORD_END = String.raw`(?![\p{L}\p{N}])`;

// No "-": with the u flag "\-" outside a class is a syntax error, and a hyphen there needs no escape.
const META = /[.*+?^${}()|[\]\\/]/g;

export function escapeRegExp(literal: string): string {
  return literal.replace(META, '\\$&');
}

/** Characters that mean something inside a class: "]", "\\", "^" and "-". */
const CLASS_META = /[\]\\^-]/g;

/** The body of a character class of single characters (no brackets): `classOf(['-', '+'])` is `\-+`. */
export function classOf(chars: readonly string[]): string {
  return chars.map((c) => c.replace(CLASS_META, '\\$&')).join('');
}

/**
 * A literal phrase as a pattern: NFC, tone placement canonical (match against canonicalTones(text)),
 * any run of spaces matching any run of horizontal whitespace.
 */
export function phrasePattern(phrase: string): string {
  const canonical = canonicalTones(phrase.normalize('NFC').trim());
  return canonical.split(/\s+/u).map(escapeRegExp).join(String.raw`[ \t]+`);
}

/**
 * A literal phrase as a pattern for the text as written, not its canonicalTones copy: each pair
 * canonicalTones would move (one ending a word: "ủy", "hòa") matches in either placement ("ủy|uỷ").
 * A match's canonicalTones is then the phrase's own canonical spelling.
 */
export function writtenPhrasePattern(phrase: string): string {
  return canonicalTones(phrase.normalize('NFC').trim()).split(/\s+/u).map(eitherPlacement).join(String.raw`[ \t]+`);
}

const LETTER = /\p{L}/u;

function eitherPlacement(word: string): string {
  let out = '';
  let at = 0;
  for (let i = 0; i + 1 < word.length; i++) {
    const pair = word.slice(i, i + 2);
    const old = oldStylePair(pair);
    if (old === undefined || LETTER.test(word.charAt(i + 2))) continue;
    out += `${escapeRegExp(word.slice(at, i))}(?:${pair}|${old})`;
    at = i + 2;
    i++;
  }
  return out + escapeRegExp(word.slice(at));
}

/**
 * Longest first; equal lengths in code-unit order, only for a stable source. Which of two phrases
 * of one length comes first cannot change a match: words never hold a space, so two phrases that
 * match at one place have the same words there (up to case under "i") and match the same text.
 * (A collator's order would do as well, and creating one costs ~9 ms of every import.)
 */
const longestFirst = (a: string, b: string): number => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);

/** {@link alternation} for the text as written (see {@link writtenPhrasePattern}). */
export function writtenAlternation(phrases: readonly string[]): string {
  const unique = [...new Set(phrases.map((p) => p.normalize('NFC').trim()).filter(Boolean))];
  unique.sort(longestFirst);
  return unique.map(writtenPhrasePattern).join('|');
}

/** Alternation of phrases, longest first so that "Thông tư liên tịch" wins over "Thông tư". */
export function alternation(phrases: readonly string[]): string {
  const unique = [...new Set(phrases.map((p) => p.normalize('NFC').trim()).filter(Boolean))];
  unique.sort(longestFirst);
  return unique.map(phrasePattern).join('|');
}

/**
 * {@link alternation} with its common prefixes factored out ("Sở(?:[ \t]+(?:Y[ \t]+tế|Tài[ \t]+chính))?"): the same
 * matches, found without trying every phrase in turn at every position (a list of hundreds of names is scanned several
 * times faster). Two phrases can both match at one position only when one extends the other, and the longer is tried
 * first as in {@link alternation}; when the order of the phrases says otherwise (a phrase after a longer one it opens),
 * the plain alternation is returned. Not for a pattern with the `i` flag, where "S…" and "s…" would no longer exclude
 * each other.
 */
export function prefixAlternation(phrases: readonly string[]): string {
  const unique = [...new Set(phrases.map((p) => p.normalize('NFC').trim()).filter(Boolean))];
  unique.sort(longestFirst);
  // each phrase as phrasePattern reads it (a run of spaces as one space), with the rank of its first spelling: a second
  // spelling of one pattern (two tone placements) never matches where the first did not
  const ranks = new Map<string, number>();
  unique.forEach((phrase, rank) => {
    const key = canonicalTones(phrase).split(/\s+/u).join(' ');
    if (!ranks.has(key)) ranks.set(key, rank);
  });
  const sorted = [...ranks].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const trie = branchesOf(sorted, 0, sorted.length, 0);
  return trie.ordered ? trie.source : unique.map(phrasePattern).join('|');
}

interface Branches {
  source: string;
  /** the highest rank of the phrases below */
  last: number;
  /** every phrase comes after the longer ones it opens, as the plain alternation tries them */
  ordered: boolean;
}

/** The phrases `sorted[from…to)`, which share their first `depth` characters, past those characters. */
function branchesOf(sorted: ReadonlyArray<[string, number]>, from: number, to: number, depth: number): Branches {
  const first = sorted[from]!;
  // sorted, the phrase that ends here (if one does) comes first
  const endRank = first[0].length === depth ? first[1] : -1;
  let at = endRank >= 0 ? from + 1 : from;
  const branches: string[] = [];
  let last = endRank;
  let ordered = true;
  while (at < to) {
    const key = sorted[at]![0];
    // one code point: a pair of surrogates is never split
    const width = key.charCodeAt(depth) >= 0xd800 && key.charCodeAt(depth) <= 0xdbff ? 2 : 1;
    const symbol = key.slice(depth, depth + width);
    let end = at + 1;
    while (end < to && sorted[end]![0].startsWith(symbol, depth)) end++;
    const below = branchesOf(sorted, at, end, depth + width);
    branches.push((symbol === ' ' ? String.raw`[ \t]+` : escapeRegExp(symbol)) + below.source);
    last = Math.max(last, below.last);
    ordered &&= below.ordered && (endRank < 0 || below.last < endRank);
    at = end;
  }
  if (endRank >= 0 && branches.length > 0) branches.push('');
  const source = branches.length === 1 ? branches[0]! : branches.length === 0 ? '' : `(?:${branches.join('|')})`;
  return { source, last, ordered };
}

/** Whole-word alternation: `(?:A|B)` with Unicode-aware boundaries on both sides. */
export function wordAlternation(phrases: readonly string[]): string {
  return `${WORD_START}(?:${alternation(phrases)})${WORD_END}`;
}

/** Replace `{{name}}` placeholders in a pattern template with fragments. */
export function fillTemplate(template: string, fragments: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const fragment = fragments[name];
    if (fragment === undefined) throw new Error(`grammar template: unknown fragment {{${name}}}`);
    return fragment;
  });
}

/** Every compiled pattern is registered so one test can check them all for catastrophic backtracking. */
const REGISTRY = new Map<string, RegExp>();

export function compile(id: string, source: string, flags = 'u'): RegExp {
  const withUnicode = flags.includes('u') || flags.includes('v') ? flags : flags + 'u';
  const pattern = new RegExp(source, withUnicode);
  REGISTRY.set(id, pattern);
  return pattern;
}

/** The patterns compiled so far, by id (for the backtracking test), the checks' deferred ones included. */
export function compiledPatterns(): ReadonlyMap<string, RegExp> {
  grammarChecks();
  return REGISTRY;
}
