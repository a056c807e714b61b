/**
 * Anchored scans: the trigger families that are phrase lists of grammars/deadlines.json ("trước",
 * "chậm nhất là", "trong", "đến hết", "vào", "Thời gian hoàn thành", "trong thời hạn"), and the patterns that open
 * with a word ("ngày 25 hằng tháng"), are looked for only where they can start. Every match of a phrase list starts
 * with the first word of one of its phrases, in any case. Once per document, `indexOf` finds a key letter of each
 * first word in its case forms and the word is compared letter by letter; each family's pattern then runs only there
 * (sticky), not at every position of the text as a case-insensitive scan does. The words are compiled from the
 * grammar's phrases and patterns, never written by hand, and the matches are exactly those of {@link matchesIn}.
 */
import { canonicalTones } from '../../grammar/tones.js';
import { expandPhrases } from '../../grammar/patterns.js';
import { load } from '../../grammar/load.js';
import { afterWordChar, hasTopLevelAlternation, searchable } from '../../grammar/scan.js';
import { CONTEXT, DEADLINE_PATTERNS, matchesIn, type DeadlinePatternId } from './deadline-patterns.js';

/** A family's pattern (global, as {@link matchesIn} takes it) and the first words its matches start with. */
export interface AnchoredScanner {
  id: DeadlinePatternId;
  pattern: RegExp;
  /** each first word as the character codes each of its letters may take; null: not a phrase list */
  words: ReadonlyArray<ReadonlyArray<readonly number[]>> | null;
  /** the pattern's search form (without its leading look-behind), sticky */
  sticky: RegExp;
  wordStart: boolean;
}

/**
 * Letters that a case-insensitive (iu) pattern matches beyond their lower and upper case: the Kelvin sign, the long s,
 * the angstrom sign (the anchors test checks every code point against this table).
 */
const FOLDED_ALSO: Readonly<Record<string, readonly string[]>> = { k: ['\u212A'], s: ['\u017F'], å: ['\u212B'] };

/** Every character an iu pattern's `char` matches. */
export function caseForms(char: string): string[] {
  const lower = char.toLowerCase();
  return [...new Set([lower, char.toUpperCase(), char, ...(FOLDED_ALSO[lower] ?? [])])].filter(
    (form) => form.length === 1,
  );
}

/** The phrases of a grammar entry that is a plain phrase list (whole words), or null. */
export function phrasesOf(id: DeadlinePatternId): string[] | null {
  const data = load('deadlines');
  const entry = data.entries.find((e) => e.id === id) as { phrases?: string[]; pattern?: string } | undefined;
  if (!entry?.phrases || entry.pattern !== undefined) return null;
  const lists: Record<string, readonly string[]> = {};
  for (const [key, value] of Object.entries(data.fragments ?? {})) {
    if (Array.isArray(value)) lists[key] = expandPhrases(value as string[], lists);
  }
  return expandPhrases(entry.phrases, lists).filter(Boolean);
}

/** The first word of a phrase as its pattern spells it (compile.ts phrasePattern). */
export function firstWord(phrase: string): string {
  return canonicalTones(phrase.normalize('NFC').trim()).split(/\s+/u)[0]!;
}

/**
 * The letters every match of a pattern opens with: the leading letters of its source (the last one left out when a
 * quantifier follows it), or null when it opens otherwise or with a choice ("a|b").
 */
export function leadingWord(source: string): string | null {
  if (hasTopLevelAlternation(source)) return null;
  const letters = /^\p{L}+/u.exec(source)?.[0] ?? '';
  const word = /^[?*+{]/u.test(source.slice(letters.length)) ? letters.slice(0, -1) : letters;
  return word === '' ? null : word;
}

/**
 * A scanner of grammar entry `id`: anchored on its phrases' first words when it is a phrase list, else on the word its
 * pattern opens with.
 */
export function anchoredScanner(id: DeadlinePatternId): AnchoredScanner {
  const source = DEADLINE_PATTERNS[id];
  const pattern = new RegExp(source.source, source.flags.replace(/[gy]/g, '') + 'g');
  const { fast, wordStart } = searchable(pattern);
  const phrases = phrasesOf(id);
  const lead = phrases ? null : leadingWord(fast.source);
  const words = phrases ? [...new Set(phrases.map(firstWord))] : lead === null ? null : [lead];
  // a word of astral characters would need code points, not code units: such a family is scanned as before
  const plain = words?.every((word) => word.length > 0 && word.length === [...word].length);
  return {
    id,
    pattern,
    words: plain
      ? words!.map((word) => [...word].map((char) => caseForms(char).map((form) => form.charCodeAt(0))))
      : null,
    sticky: new RegExp(fast.source, fast.flags.replace('g', '') + 'y'),
    wordStart,
  };
}

/** A word found by its key character: its family, its letters (as case-form sets) and where the key stands in it. */
interface KeyedWord {
  family: number;
  letters: Uint8Array;
  at: number;
}

/** Where each family's first words stand in a text, found together. */
export interface AnchorIndex {
  scanners: readonly AnchoredScanner[];
  /** each key character (every case form of it) with the words that hold it, and where */
  keys: ReadonlyMap<string, readonly KeyedWord[]>;
  /** the furthest a key stands into its word */
  reach: number;
  /** for each code unit, the set of case forms it belongs to (0: none): a letter is compared by one lookup */
  forms: Uint8Array;
}

/** A tone mark (grave, acute, tilde, hook, dot below) of a letter written apart from it. */
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/u;

/**
 * The index of `scanners` that are anchored. Each word's key is one of its letters, found by `indexOf` in each of its
 * case forms: a letter with a tone mark when there is one (five tones spread such letters thin: "ớ" of "trước", not its
 * "ư"), else its first letter outside ASCII, else its rarest ASCII letter. A family with a word that has none of these
 * (or a letter {@link FormSets} refuses) keeps its plain scan.
 */
export function anchorIndex(scanners: readonly AnchoredScanner[]): AnchorIndex {
  const keys = new Map<string, KeyedWord[]>();
  const forms = new FormSets();
  let reach = 0;
  scanners.forEach((scanner, family) => {
    const placed = scanner.words?.map((word) => ({ word, at: keyOf(word), letters: forms.of(word) }));
    if (!placed || placed.some(({ at, letters }) => at < 0 || letters === null)) return;
    for (const { word, at, letters } of placed) {
      reach = Math.max(reach, at);
      for (const code of word[at]!) {
        const char = String.fromCharCode(code);
        keys.set(char, [...(keys.get(char) ?? []), { family, letters: letters!, at }]);
      }
    }
  });
  return { scanners, keys, reach, forms: forms.table };
}

/**
 * The sets of case forms of the words' letters, numbered in a table by code unit. A set that would share a character
 * with another (none of the Vietnamese letters does) or a 256th set is refused: its word keeps the plain scan.
 */
class FormSets {
  readonly table = new Uint8Array(0x10000);
  private readonly ids = new Map<string, number>();

  /** The word's letters as set numbers, or null when one of its sets is refused. */
  of(word: ReadonlyArray<readonly number[]>): Uint8Array | null {
    const letters = word.map((forms) => this.idOf(forms));
    return letters.includes(0) ? null : Uint8Array.from(letters);
  }

  private idOf(forms: readonly number[]): number {
    const key = [...forms].sort((a, b) => a - b).join(',');
    const known = this.ids.get(key);
    if (known !== undefined) return known;
    const id = this.ids.size + 1;
    if (id > 0xff || forms.some((code) => this.table[code] !== 0)) return 0;
    for (const code of forms) this.table[code] = id;
    this.ids.set(key, id);
    return id;
  }
}

/**
 * ASCII letters Vietnamese spells few words with, rarest first ("r" of "trong", where its "t" and "o" stand in
 * most lines): the key of a word without a letter outside ASCII.
 */
const RARE_ASCII = 'fjwzqxrkv';

/** Where a word's key stands in it, or -1 when it has no letter worth a search. */
function keyOf(word: ReadonlyArray<readonly number[]>): number {
  const letters = word.map((forms) => String.fromCharCode(forms[0]!));
  const toned = letters.findIndex((letter) => TONE_MARK.test(letter.normalize('NFD')));
  if (toned >= 0) return toned;
  const nonAscii = letters.findIndex((letter) => letter.charCodeAt(0) >= 0x80);
  if (nonAscii >= 0) return nonAscii;
  for (const rare of RARE_ASCII) if (letters.includes(rare)) return letters.indexOf(rare);
  return -1;
}

/** Whether the index finds `scanner`'s words (else it is scanned as before). */
function anchored(index: AnchorIndex, family: number): boolean {
  for (const entries of index.keys.values()) if (entries.some((entry) => entry.family === family)) return true;
  return false;
}

/**
 * Per family of the index, the places in [from, to) where one of its first words stands, in order; null for a family
 * the index does not find.
 */
export function anchorsIn(index: AnchorIndex, text: string, from: number, to: number): Array<Int32Array | null> {
  const starts: Array<number[] | null> = index.scanners.map((_, family) => (anchored(index, family) ? [] : null));
  const end = Math.min(text.length, to + index.reach);
  for (const [key, entries] of index.keys) {
    for (let i = text.indexOf(key, from); i >= 0 && i < end; i = text.indexOf(key, i + 1)) {
      for (const { family, letters, at } of entries) {
        const start = i - at;
        if (start >= from && start < to && wordAt(text, start, letters, index.forms)) starts[family]!.push(start);
      }
    }
  }
  // keys found one after another: each family's places in text order (sorted as numbers, copied without an iterator)
  return starts.map((found) => found && new Int32Array(found).sort());
}

/** Whether the word whose letters are the sets `letters` (numbered in `forms`) stands at `start`. */
function wordAt(text: string, start: number, letters: Uint8Array, forms: Uint8Array): boolean {
  if (start + letters.length > text.length) return false;
  for (let k = 0; k < letters.length; k++) if (forms[text.charCodeAt(start + k)] !== letters[k]) return false;
  return true;
}

/**
 * {@link matchesIn} of an anchored scanner whose first words stand at `starts` (from {@link anchorsIn} over the same
 * stretch): the same matches, the pattern tried only there. Without words, the plain scan.
 */
export function* scanAt(
  scanner: AnchoredScanner,
  starts: Iterable<number> | null,
  text: string,
  from: number,
  to: number,
): Generator<RegExpExecArray> {
  if (!scanner.words || !starts) {
    yield* matchesIn(scanner.pattern, text, from, to);
    return;
  }
  const { sticky, wordStart } = scanner;
  // the window matchesIn searches, so that look-arounds see what they see there
  const offset = Math.max(0, from - CONTEXT);
  const window =
    offset === 0 && to + CONTEXT >= text.length ? text : text.slice(offset, Math.min(text.length, to + CONTEXT));
  let next = from;
  let tried = -1;
  for (const start of starts) {
    if (start < next || start === tried || start >= to) continue;
    tried = start;
    if (wordStart && afterWordChar(window, start - offset)) continue;
    sticky.lastIndex = start - offset;
    const match = sticky.exec(window);
    if (!match) continue;
    next = start + Math.max(1, match[0].length);
    match.index += offset;
    if (match.index + match[0].length <= to) yield match;
  }
}
