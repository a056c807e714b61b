/**
 * What a number line and a place-and-date line cannot be written without (header.json): the "ố" of "Số"/"số" before
 * the number (numberLine is case-sensitive and takes no other word for it) and the comma after the place (placeDate),
 * found without the patterns. Lines that hold neither are most of a document: the cell joins skip them, and the
 * header's line tests turn them down at once.
 */
export const NUMBER_WORD_MARK = 'ố';
/** The word the mark stands in: "số" after the issuer's words, "Số" at the line's start (header.json's numberLine). */
export const NUMBER_WORD = 'số';
const NUMBER_WORD_FIRST = [NUMBER_WORD[0]!.toLowerCase().charCodeAt(0), NUMBER_WORD[0]!.toUpperCase().charCodeAt(0)];
const NUMBER_WORD_REST = NUMBER_WORD.slice(1);

/** Whether `NUMBER_WORD` (its first letter in either case) stands at `at`. */
function isNumberWordAt(text: string, at: number): boolean {
  const first = text.charCodeAt(at);
  return (
    (first === NUMBER_WORD_FIRST[0] || first === NUMBER_WORD_FIRST[1]) && text.startsWith(NUMBER_WORD_REST, at + 1)
  );
}

/** Index of the first `NUMBER_WORD` at or after `from`, -1 when none. */
export function nextNumberWord(text: string, from: number): number {
  for (
    let rest = text.indexOf(NUMBER_WORD_REST, from + 1);
    rest !== -1;
    rest = text.indexOf(NUMBER_WORD_REST, rest + 1)
  ) {
    if (isNumberWordAt(text, rest - 1)) return rest - 1;
  }
  return -1;
}

/** Index of the last `NUMBER_WORD` of `text`, -1 when none. */
export function lastNumberWord(text: string): number {
  for (let rest = text.lastIndexOf(NUMBER_WORD_REST); rest > 0; rest = text.lastIndexOf(NUMBER_WORD_REST, rest - 1)) {
    if (isNumberWordAt(text, rest - 1)) return rest - 1;
  }
  return -1;
}
export const PLACE_COMMA = ',';
/** The word a place-and-date line writes after its comma, in any case and after spaces or tabs ("Hà Nội, ngày …"). */
export const PLACE_DATE_WORD = 'ngày';

/**
 * Index of the first `PLACE_COMMA` at or after `from` followed by `PLACE_DATE_WORD` (in any case, after spaces or
 * tabs), -1 when none.
 */
export function nextDateComma(text: string, from: number): number {
  for (let at = text.indexOf(PLACE_COMMA, from); at !== -1; at = text.indexOf(PLACE_COMMA, at + 1)) {
    let word = at + PLACE_COMMA.length;
    while (word < text.length && (text.charCodeAt(word) === 0x20 || text.charCodeAt(word) === 0x09)) word++;
    if (isDateWordAt(text, word)) return at;
  }
  return -1;
}

const DATE_WORD_LOWER = [...PLACE_DATE_WORD].map((c) => c.toLowerCase().charCodeAt(0));
const DATE_WORD_UPPER = [...PLACE_DATE_WORD].map((c) => c.toUpperCase().charCodeAt(0));

/** `PLACE_DATE_WORD` at `at`, in any case as a case-insensitive pattern reads it. */
function isDateWordAt(text: string, at: number): boolean {
  // a read past the text's end is a slow path of the engine: a text too short for the word is told first
  if (at + DATE_WORD_LOWER.length > text.length) return false;
  for (let k = 0; k < DATE_WORD_LOWER.length; k++) {
    const code = text.charCodeAt(at + k);
    if (code === DATE_WORD_LOWER[k] || code === DATE_WORD_UPPER[k]) continue;
    // an ASCII code unit has no other case form; a letter past ASCII may fold to one (the Kelvin sign to "k")
    if (!(code >= 0x80) || caseFoldOf(code) !== DATE_WORD_LOWER[k]) return false;
  }
  return true;
}

/** Each code unit past ASCII's fold, kept once worked out: a comma stands before such a letter on every page. */
const CASE_FOLDS = new Map<number, number>();

/** The code unit a case-insensitive pattern reads `code` as (lower case of upper case of lower case). */
function caseFoldOf(code: number): number {
  let fold = CASE_FOLDS.get(code);
  if (fold === undefined) {
    fold = String.fromCharCode(code).toLowerCase().toUpperCase().toLowerCase().charCodeAt(0);
    CASE_FOLDS.set(code, fold);
  }
  return fold;
}

/** Index of the last date comma of `text`, -1 when none. */
export function lastDateComma(text: string): number {
  let last = -1;
  for (let at = nextDateComma(text, 0); at !== -1; at = nextDateComma(text, at + 1)) last = at;
  return last;
}

/** Whether `text` may be a number line: it holds the number word. */
export function mayBeNumberLine(text: string): boolean {
  return nextNumberWord(text, 0) !== -1;
}

/**
 * Whether `text` may be a place-and-date line: its first comma (a place holds none) is a date comma.
 */
export function mayBePlaceDate(text: string): boolean {
  const comma = text.indexOf(PLACE_COMMA);
  return comma > 0 && nextDateComma(text, comma) === comma;
}

/** The slash of "./.", what the mark a body ends with cannot be written without (header.json's endMarker). */
export const END_MARK_SLASH = '/';

/** Whether `text` may end the body with "./.": it holds the slash (most lines that end with a full stop do not). */
export function mayBeEndMarker(text: string): boolean {
  return text.includes(END_MARK_SLASH);
}
