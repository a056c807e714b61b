/**
 * Capitals to normal case for names printed in capitals ("ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG"
 * → "Ủy ban nhân dân tỉnh Kiên Giang"), following NĐ 30 Phụ lục II: known heads and fixed
 * phrases keep their own casing, a level word (tỉnh, thành phố…) is lower case and the proper
 * name after it takes capitals, and the first syllable of each field after "và", "," or "-"
 * is capitalised ("Bộ Lao động - Thương binh và Xã hội").
 */
import { escapeRegExp } from '../../grammar/compile.js';
import { load } from '../../grammar/load.js';
import { documentTypeByWord } from '../../grammar/document-types.js';
import { memoizeText } from '../../grammar/memo.js';

const bodies = load('bodies');
const names = load('names');

const lower = (s: string) => s.toLowerCase();
const capitalize = (s: string) => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);

const HEADS = new Set(bodies.entries.map((e) => e.head));
const byLength = (a: string, b: string) => b.length - a.length;
/** office titles, and their deputies' ("Phó Giám đốc"): the body the holder heads follows ("Giám đốc Sở …") */
const OFFICE_TITLES = [...names.positions, ...names.positions.map((p) => `${names.deputy} ${p}`)];
const POSITIONS = new Set(OFFICE_TITLES);
/** phrases whose casing is fixed wherever they stand */
const FIXED = [...names.fixedCase, ...names.localCommittees, ...OFFICE_TITLES].sort(byLength);
/** a Party committee of a locality: the words after it are the locality's name ("Tỉnh ủy Lào Cai") */
const LOCAL_COMMITTEES = new Set(names.localCommittees);
/** body heads keep their casing at the start of a name */
const LEADING = [...HEADS, ...FIXED].sort(byLength);
const LEVELS = new Set(names.levels.map(lower));
/** "xã hội": a level word opens it, yet it is a common noun ("Khoa học xã hội"), no commune */
const NOT_LEVELS = new Set(names.notLevels.map(lower));
const SEPARATORS = new Set(names.fieldSeparators);
const DASHES = new Set(['-', '–']);

/**
 * Normal case for a phrase printed in capitals; a phrase already in mixed case is returned as is. Remembered: the same
 * few names (issuers, signers, a table's bodies) come again and again, and each costs tens of microseconds.
 */
export const recase: (phrase: string) => string = memoizeText(recaseNow, { size: 4096 });

function recaseNow(phrase: string): string {
  const text = phrase.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (/\p{Ll}/u.test(text)) return text;
  const printed = text.split(/(\s+|,|(?<=\s)[-–](?=\s))/u).filter((t) => t.trim() !== '');
  const tokens = printed.map(lower);
  const out: string[] = [];
  let capitalizeNext = true;
  let properName = false;
  // a name opens the phrase, each name of a joint header after its dash ("… - Bộ Công an") and the body an office
  // holder heads ("GIÁM ĐỐC SỞ NỘI VỤ" → "Giám đốc Sở Nội vụ")
  let nameOpens = true;
  for (let i = 0; i < tokens.length; i++) {
    const fixed = fixedAt(tokens, i, nameOpens || DASHES.has(tokens[i - 1]!) ? LEADING_INDEX : FIXED_INDEX);
    nameOpens = false;
    if (fixed) {
      out.push(fixed.text);
      i += fixed.length - 1;
      capitalizeNext = HEADS.has(fixed.text); // the field after a head: Bộ Khoa học...
      properName = LOCAL_COMMITTEES.has(fixed.text);
      nameOpens = POSITIONS.has(fixed.text);
      continue;
    }
    const unit = numberedUnitAt(tokens, printed, i);
    if (unit) {
      out.push(i === 0 ? capitalize(unit.text) : unit.text);
      i += unit.length - 1;
      capitalizeNext = false;
      continue;
    }
    if (numberAfterUnit(tokens, printed, i)) {
      out.push(printed[i]!); // "khu vực XV": the numeral keeps its capitals
      capitalizeNext = false;
      continue;
    }
    const token = tokens[i]!;
    const level = levelAt(tokens, i);
    if (level) {
      out.push(level);
      i += level.split(' ').length - 1;
      properName = true;
      continue;
    }
    if (SEPARATORS.has(token)) {
      out.push(token);
      capitalizeNext = !properName;
      continue;
    }
    if (NUMBERED.test(token)) {
      // a số/ký hiệu keeps its capitals, and the kind of document it numbers its initial ("theo Quyết định số
      // 1050/QĐ-SCT")
      out.push(printed[i]!);
      if (out.at(-2) === 'số') capitalizeKind(out, out.length - 2);
    } else out.push(capitalizeNext || properName ? capitalize(token) : token);
    capitalizeNext = false;
  }
  return joinTokens(out);
}

/** The words a number follows, by their lower case, each with its own casing ("khu vực", "Quân khu"). */
const NUMBERED_UNITS = new Map(names.numberedUnits.map((u) => [lower(u), u]));
const UNIT_WIDTHS = [...new Set(names.numberedUnits.map((u) => u.split(' ').length))].sort((a, b) => b - a);
/** A Roman numeral up to XXXIX, as printed in capitals: the regions of the 2025 bodies ("khu vực XV"). */
const ROMAN = /^X{0,3}(?:IX|IV|V?I{0,3})$/u;

/** A numbered unit at `i` before its number ("KHU VỰC XV", "QUÂN KHU 7"), in its own casing. */
function numberedUnitAt(
  tokens: readonly string[],
  printed: readonly string[],
  i: number,
): { text: string; length: number } | null {
  for (const width of UNIT_WIDTHS) {
    const unit = NUMBERED_UNITS.get(tokens.slice(i, i + width).join(' '));
    if (unit && numberAt(tokens, printed, i + width)) return { text: unit, length: width };
  }
  return null;
}

/** The number at `i` stands after a numbered unit ("KHU VỰC XV", or a head that numbers: "ĐỘI II"). */
function numberAfterUnit(tokens: readonly string[], printed: readonly string[], i: number): boolean {
  if (!UNIT_WIDTHS.some((w) => i >= w && NUMBERED_UNITS.has(tokens.slice(i - w, i).join(' ')))) return false;
  return romanAt(tokens, printed, i);
}

/** A number at `i`: figures, or a Roman numeral. */
function numberAt(tokens: readonly string[], printed: readonly string[], i: number): boolean {
  const word = printed[i];
  return word !== undefined && (/^\p{N}/u.test(word) || romanAt(tokens, printed, i));
}

/**
 * A Roman numeral at `i` that ends the name or its field: "XI", "VI" are syllables too, and a word after them says
 * so ("CỔ PHẦN XI MĂNG" is cement, no part eleven).
 */
function romanAt(tokens: readonly string[], printed: readonly string[], i: number): boolean {
  const word = printed[i]!;
  if (word === '' || !ROMAN.test(word)) return false;
  const next = tokens[i + 1];
  return next === undefined || SEPARATORS.has(next) || LEVELS.has(next) || LEVELS.has(`${next} ${tokens[i + 2]}`);
}

/** A document number: figures and a slash or dash ("1050/QĐ-SCT", "36-HD/VPTW"). */
const NUMBERED = /^\p{N}+[/-]\p{L}/u;

/** The kind of document ("quyết định", "kế hoạch", "luật") in the one or two words before `end`, capitalised. */
function capitalizeKind(out: string[], end: number): void {
  for (const width of [2, 1]) {
    const from = end - width;
    if (from < 0 || !documentTypeByWord(out.slice(from, end).join(' '))) continue;
    out[from] = capitalize(out[from]!);
    return;
  }
}

/** Phrases by their first lower-case word, each with its words, in the order given (longest first). */
type PhraseIndex = ReadonlyMap<string, ReadonlyArray<{ text: string; words: string[] }>>;

function indexPhrases(phrases: readonly string[]): PhraseIndex {
  const index = new Map<string, Array<{ text: string; words: string[] }>>();
  for (const text of phrases) {
    const words = lower(text).split(' ');
    const list = index.get(words[0]!) ?? [];
    list.push({ text, words });
    index.set(words[0]!, list);
  }
  return index;
}

const FIXED_INDEX = indexPhrases(FIXED);
const LEADING_INDEX = indexPhrases(LEADING);

function fixedAt(tokens: readonly string[], i: number, phrases: PhraseIndex): { text: string; length: number } | null {
  for (const { text, words } of phrases.get(tokens[i]!) ?? []) {
    if (words.every((w, k) => tokens[i + k] === w)) return { text, length: words.length };
  }
  return null;
}

/**
 * A level word at `i`, lower case, whether a place name follows it or not ("Công an tỉnh", "Ủy ban nhân dân
 * huyện"); before a number it is part of the name and takes a capital ("Quận 1", "Phường 2", NĐ 30 Phụ lục II).
 */
function levelAt(tokens: readonly string[], i: number): string | null {
  if (i > 0 && SEPARATORS.has(tokens[i - 1]!)) return null; // "Thương binh và Xã hội": a field, not a commune
  const two = `${tokens[i]} ${tokens[i + 1] ?? ''}`;
  if (NOT_LEVELS.has(two)) return null;
  const level = LEVELS.has(two) ? two : LEVELS.has(tokens[i]!) ? tokens[i]! : null;
  if (!level) return null;
  const next = tokens[i + level.split(' ').length];
  return next !== undefined && /^\p{N}/u.test(next) ? capitalize(level) : level;
}

function joinTokens(tokens: readonly string[]): string {
  return tokens.join(' ').replace(/ ,/g, ',');
}

/** Each abbreviation as a pattern, longest first, compiled once. */
const ABBREVIATIONS = Object.entries(names.abbreviations)
  .sort((a, b) => b[0].length - a[0].length)
  .map(([short, long]) => ({ short, long, pattern: new RegExp(`(?<=[\\s(])${escapeRegExp(short)}(?=[\\s),])`, 'gu') }));
/** Any abbreviation at all: most names hold none, and skip the loop. */
const ANY_ABBREVIATION = new RegExp(ABBREVIATIONS.map((a) => escapeRegExp(a.short)).join('|'), 'u');

/** Expand the abbreviations of a header name: "UBND TỈNH" → "Ủy ban nhân dân TỈNH". */
export function expandAbbreviations(text: string): string {
  if (!ANY_ABBREVIATION.test(text)) return text.trim();
  let out = ` ${text} `;
  for (const { pattern, long } of ABBREVIATIONS) out = out.replace(pattern, long.toUpperCase());
  return out.trim();
}

/** Expand abbreviations in running text, keeping its case: "UBND tỉnh" → "Ủy ban nhân dân tỉnh". */
export function expandInline(text: string): string {
  if (!ANY_ABBREVIATION.test(text)) return text.trim();
  let out = ` ${text} `;
  for (const { short, pattern, long } of ABBREVIATIONS) {
    if (short.endsWith('.')) continue; // "TP." stays: in running text it abbreviates a proper name
    out = out.replace(pattern, long);
  }
  return out.trim();
}
