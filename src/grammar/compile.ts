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
