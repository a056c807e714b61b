/**
 * String folding for scoring (corpus/GOLD.md, "Scoring"): two values agree when their
 * folded forms are equal. Folding removes differences a reader does not see as
 * differences: Unicode form, case, tone-mark placement, dash look-alikes, spacing and
 * trailing punctuation.
 */
import { load } from '../grammar/load.js';
import { canonicalTones } from '../grammar/tones.js';

/**
 * Hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash, em dash, minus, small and fullwidth hyphen-minus.
 */
const DASHES = /[-\u2010\u2011\u2012\u2013\u2014\u2212\uFE63\uFF0D]/g;
/** Zero-width characters that OCR and copy-paste leave behind. */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
/** Spaces on either side of a dash or a slash ("375/LĐT BXH - TE" keeps only inner word spaces). */
const SPACE_AROUND_JOINER = /\s*([-/])\s*/g;
const TRAILING_PUNCTUATION = /[\s.;,:]+$/;

/**
 * Fold a string for comparison:
 * 1. NFC; 2. Vietnamese lower case (`toLowerCase()`); 3. tone marks moved to one
 * placement (`canonicalTones`: hoà → hòa, uỷ → ủy); 4. every dash look-alike → `-`;
 * 5. spaces around `-` and `/` removed, whitespace runs collapsed to one space, trimmed;
 * 6. trailing `.` `;` `,` `:` removed.
 *
 * Folding is idempotent: `foldText(foldText(s)) === foldText(s)`.
 */
export function foldText(text: string): string {
  const lower = text.normalize('NFC').toLowerCase().normalize('NFC');
  return canonicalTones(lower)
    .replace(ZERO_WIDTH, '')
    .replace(DASHES, '-')
    .replace(SPACE_AROUND_JOINER, '$1')
    .replace(/\s+/g, ' ')
    .replace(TRAILING_PUNCTUATION, '')
    .trim();
}

/** True when both strings fold to the same text. */
export function foldedEqual(a: string, b: string): boolean {
  return foldText(a) === foldText(b);
}

/**
 * The words of a folded string with all punctuation and symbols removed: quotes,
 * commas, parentheses, and also the dashes and slashes inside numbers ("232-KH/TU" gives
 * the words "232", "kh", "tu" on both sides alike).
 */
export function titleWords(text: string): string[] {
  return foldText(text)
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .split(' ')
    .filter((word) => word.length > 0);
}

/** Share of words needed for two titles to match (GOLD.md: "at least 90% of their words"). */
export const TITLE_WORD_SHARE = 0.9;

/**
 * The loose title comparison of GOLD.md, symmetric in its arguments: the folded,
 * punctuation-free word lists `wa` and `wb` match when
 * `|common(wa, wb)| / max(|wa|, |wb|) ≥ 0.9`, where `common` is the multiset intersection
 * (a word present twice on one side and once on the other counts once). Two empty titles
 * match; an empty title never matches a non-empty one.
 */
export function titleMatches(a: string, b: string): boolean {
  const wa = titleWords(a);
  const wb = titleWords(b);
  const longest = Math.max(wa.length, wb.length);
  if (longest === 0) return true;
  return commonWordCount(wa, wb) >= TITLE_WORD_SHARE * longest - 1e-9;
}

/** Size of the multiset intersection of two word lists. */
export function commonWordCount(wa: readonly string[], wb: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const word of wa) counts.set(word, (counts.get(word) ?? 0) + 1);
  let common = 0;
  for (const word of wb) {
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      common += 1;
      counts.set(word, left - 1);
    }
  }
  return common;
}

/** A leading plural marker: GOLD.md folds it away when agencies are compared. */
const PLURAL_MARKER = /^(?:các|những) /u;

/**
 * An agency name for comparison: folded, without a leading "các"/"những" ("Các cơ quan ngang bộ" = "cơ quan ngang bộ").
 */
export function foldAgency(name: string): string {
  return foldText(name).replace(PLURAL_MARKER, '');
}

/** Office titles that stand before their body ("Bộ trưởng Bộ Tài chính"), longest first, folded. */
const HOLDERS = [...new Set(load('agencies').holders.map((h) => foldText(h)))].sort((a, b) => b.length - a.length);

/**
 * An issuer for comparison: folded, and a body's head taken as the body (GOLD.md: "scoring takes
 * a body and its head as the same issuer"), so "Bộ trưởng Bộ Tài chính" = "Bộ Tài chính". A title
 * that is the whole name ("Chủ tịch nước") stays.
 */
export function foldIssuer(name: string): string {
  const folded = foldText(name);
  const holder = HOLDERS.find((h) => folded.startsWith(`${h} `));
  return holder ? folded.slice(holder.length + 1) : folded;
}
