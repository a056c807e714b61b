/**
 * Character normalization: NFC, look-alike letters, odd spaces, line ends, control characters.
 * A change of length is an edit, so offsets still lead back to the input; a one-for-one
 * replacement needs none.
 */
import type { Edit } from './offset-map.js';
import { CYRILLIC_BLOCK } from './homoglyphs.js';

/** Letters that look like Vietnamese ones but are not: Ð (U+00D0, Icelandic eth) for Đ (U+0110). */
const LOOKALIKES: Readonly<Record<string, string>> = { '\u00D0': '\u0110', '\u00F0': '\u0111' };

/**
 * Every character changed here. Replaced one for one, so no offset moves and no edit is recorded (a text of a million
 * tabs would otherwise carry a million edits): no-break, figure, thin, ideographic… spaces and other C0/C1 controls
 * (binary junk) → space, look-alike letters, a lone "\r" → "\n". Removed: zero-width characters, the BOM, the soft
 * hyphen, the "\r" of "\r\n".
 */
const SPECIAL_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x0009],
  [0x000b, 0x001f],
  [0x007f, 0x00a0],
  [0x00ad, 0x00ad],
  [0x00d0, 0x00d0],
  [0x00f0, 0x00f0],
  [0x1680, 0x1680],
  [0x2000, 0x200d],
  [0x202f, 0x202f],
  [0x205f, 0x2060],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
];
const REMOVED = /^[\u200B-\u200D\u2060\uFEFF\u00AD]$/;

/**
 * Code units after which a text may not be NFC, a superset of what NFC can change (tests/ingest/characters.test.ts
 * checks it against every code point): combining marks, surrogates (a code point above the BMP is checked whole),
 * code points not yet assigned (a later Unicode may make them marks), and the few others that NFC changes alone or
 * composes with what stands before them (Greek and Indic letters with a decomposition, Hangul vowel and final jamo,
 * two spaces, the Ohm, Kelvin and Ångström signs, angle brackets, compatibility ideographs, Hebrew presentation forms).
 */
const MAY_CHANGE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0300, 0x036f],
  [0x0374, 0x0387],
  [0x0900, 0x0fff],
  [0x1100, 0x11ff],
  [0x1f00, 0x1fff],
  [0x2000, 0x2001],
  [0x2126, 0x212b],
  [0x2329, 0x232a],
  [0x2adc, 0x2adc],
  [0xd800, 0xdfff],
  [0xf900, 0xfb4f],
];
const MAY_CHANGE = /[\p{M}\p{Cn}]/gu;

const IS_SPECIAL = 1;
const MAY_CHANGE_NFC = 2;
/** "#", "*", "|": every Markdown hint needs one (markdown.ts, looksLikeMarkdown) */
const MARKUP = 4;
/** a Cyrillic letter: the look-alikes (homoglyphs.ts) are read only in a text that holds one */
const CYRILLIC = 8;
/** half of a surrogate pair: a text without one has its marks searched in the BMP alone (nfcEdits) */
const SURROGATE = 16;

let classes: Uint8Array | undefined;

/** What each code unit is, by the flags above: made on the first text (a table of 64 K, one search through them). */
function characterClasses(): Uint8Array {
  if (classes) return classes;
  const table = new Uint8Array(0x10000);
  for (const [from, to] of SPECIAL_RANGES) table.fill(IS_SPECIAL, from, to + 1);
  for (const mark of '#*|') table[mark.charCodeAt(0)] = MARKUP;
  table.fill(CYRILLIC, CYRILLIC_BLOCK[0], CYRILLIC_BLOCK[1] + 1);
  table.fill(SURROGATE, 0xd800, 0xe000);
  for (const [from, to] of MAY_CHANGE_RANGES) for (let c = from; c <= to; c++) table[c]! |= MAY_CHANGE_NFC;
  for (const m of bmpUnits().matchAll(MAY_CHANGE)) table[m[0].charCodeAt(0)]! |= MAY_CHANGE_NFC;
  classes = table;
  return table;
}

/** Every code unit of the BMP but the surrogates, in order: what the tables here are read off. */
function bmpUnits(): string {
  let units = '';
  for (let c = 0; c < 0xd800; c += 0x400) units += String.fromCharCode(...range(c, 0x400));
  for (let c = 0xe000; c < 0x10000; c += 0x400) units += String.fromCharCode(...range(c, 0x400));
  return units;
}

/** Whether NFC may change a text holding this code unit (see MAY_CHANGE_RANGES). */
export function mayChangeUnderNfc(unit: number): boolean {
  return (characterClasses()[unit]! & MAY_CHANGE_NFC) !== 0;
}

function range(from: number, length: number): number[] {
  return Array.from({ length }, (_, i) => from + i);
}

/** The text with its characters substituted, and the removals as edits of it. */
export interface CharacterPass {
  text: string;
  edits: Edit[];
  /** the text holds a code unit NFC may change: false says it is NFC as it stands (nfcEdits has nothing to do) */
  mayNeedNfc: boolean;
  /** the text holds "#", "*" or "|": false says it cannot look like Markdown */
  mayHoldMarkup: boolean;
  /** the text holds a Cyrillic letter: false says it has no look-alike to read */
  mayHoldCyrillic: boolean;
  /** the text holds half of a surrogate pair: false says every character of it is in the BMP */
  mayHoldAstral: boolean;
}

/**
 * The substitutions and the removals, in one pass over the code units, which also tells whether NFC may have
 * anything to do, whether the text may look like Markdown and whether it holds Cyrillic (most text holds none of
 * these, and is then returned as it is): a "\r" is the removed one of "\r\n" when a "\n" follows it, else it becomes
 * one.
 */
export function characterPass(source: string): CharacterPass {
  const table = characterClasses();
  const edits: Edit[] = [];
  let text = '';
  let copied = 0;
  let flags = 0;
  for (let at = nextFlagged(source, 0, table); at < source.length; at = nextFlagged(source, at + 1, table)) {
    const kind = table[source.charCodeAt(at)]!;
    flags |= kind;
    if ((kind & IS_SPECIAL) === 0) continue;
    const ch = source[at]!;
    const removed = ch === '\r' ? source.charCodeAt(at + 1) === 0x0a : REMOVED.test(ch);
    if (removed) {
      edits.push({ start: at, end: at + 1, insert: '' });
      continue;
    }
    text += source.slice(copied, at) + (LOOKALIKES[ch] ?? (ch === '\r' ? '\n' : ' '));
    copied = at + 1;
  }
  return {
    text: copied === 0 ? source : text + source.slice(copied),
    edits,
    mayNeedNfc: (flags & MAY_CHANGE_NFC) !== 0,
    mayHoldMarkup: (flags & MARKUP) !== 0,
    mayHoldCyrillic: (flags & CYRILLIC) !== 0,
    mayHoldAstral: (flags & SURROGATE) !== 0,
  };
}

/** The first code unit from `from` on that the table flags, or the text's length: the loop every character runs. */
function nextFlagged(source: string, from: number, table: Uint8Array): number {
  let at = from;
  while (at < source.length && table[source.charCodeAt(at)] === 0) at++;
  return at;
}

/**
 * A run of combining marks: the cluster it closes starts at the code point before it. Sticky: tried where a unit is.
 */
const MARKS = /\p{M}+/uy;

let bmpMarks: RegExp | undefined;

/**
 * MARKS for a text without surrogates: the BMP's marks as a class of ranges, read off `\p{M}`, matched without the "u"
 * flag (the engine then reads code units, not code points: twice as fast).
 */
function bmpMarkRuns(): RegExp {
  if (bmpMarks) return bmpMarks;
  const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
  let ranges = '';
  // a run of marks in the units (in code point order) is a range of them
  for (const m of bmpUnits().matchAll(new RegExp(MARKS.source, 'gu'))) {
    const first = m[0].charCodeAt(0);
    const last = m[0].charCodeAt(m[0].length - 1);
    ranges += last > first ? `${hex(first)}-${hex(last)}` : hex(first);
  }
  bmpMarks = new RegExp(`[${ranges}]+`, 'y');
  return bmpMarks;
}

/**
 * NFC, cluster by cluster (a base character and the combining marks after it), so that the offset map stays exact
 * around each change. The runs of marks are looked for only where the character table flags a unit NFC may change
 * (every mark is one, and the table is read faster than a pattern of every mark tries a position), a run tried there
 * with the pattern; a run at the very start has no base and stays. The text is not first asked whether it is NFC (a
 * text it is called on seldom is, and the question costs a pass over it): in a text that is, every cluster is too,
 * since a base is a starter whose decomposition starts with one (every character that is not one is a combining
 * mark), and the search finds nothing to change.
 */
export function nfcEdits(text: string, mayHoldAstral = true): Edit[] {
  const edits: Edit[] = [];
  const marks = mayHoldAstral ? MARKS : bmpMarkRuns();
  const table = characterClasses();
  for (let at = nextMayChange(text, 0, table); at < text.length; ) {
    marks.lastIndex = at;
    const m = marks.exec(text);
    // not a mark: the next unit (a run starts after a unit that is none, as a search from here would find it)
    if (!m) {
      at = nextMayChange(text, at + 1, table);
      continue;
    }
    const end = at + m[0].length;
    if (at > 0) {
      const base = at - codePointBefore(text, at);
      const cluster = text.slice(base, end);
      const composed = cluster.normalize('NFC');
      if (composed !== cluster) edits.push({ start: base, end, insert: composed });
    }
    at = nextMayChange(text, end, table);
  }
  return edits;
}

/** The first code unit from `from` on that NFC may change (the table's flag), or the text's length. */
function nextMayChange(text: string, from: number, table: Uint8Array): number {
  let at = from;
  while (at < text.length && (table[text.charCodeAt(at)]! & MAY_CHANGE_NFC) === 0) at++;
  return at;
}

/** The code units of the code point that ends at `index`: 2 for a surrogate pair, else 1 (a lone surrogate too). */
function codePointBefore(text: string, index: number): number {
  const low = text.charCodeAt(index - 1);
  if (low < 0xdc00 || low > 0xdfff || index < 2) return 1;
  const high = text.charCodeAt(index - 2);
  return high >= 0xd800 && high <= 0xdbff ? 2 : 1;
}
