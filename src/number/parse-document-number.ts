/**
 * Parse a printed số/ký hiệu ("Số: 403/UBND-KGVX", "Luật số: 64/2025/QH15", "Số 28-CT/TW",
 * a draft's "Số:   /KH-UBND") into the contract's DocumentNumber. Never throws: what cannot be
 * read is a `number/unparsed` diagnostic.
 *
 * Decisions:
 * - scheme is read from the shape (n/YYYY/… normative, n/… administrative, n-T/… party), except
 *   for a type whose grammar entry fixes it: VBHN numbers (40/VBHN-BCT) have no year but are
 *   `normative`.
 * - dotted serials of 2026 NQ-CP (66.18/2026/NQ-CP): `ordinal` is the integer part (66), `text`
 *   keeps "66.18".
 * - a Party-looking number printed with state punctuation (36/CT-TW) is parsed as printed
 *   (administrative) with a `number/looks-like-party` info diagnostic; a Party serial with no
 *   "/" (251-BCĐ) is `party` with no type code and a `number/incomplete` warning.
 * - `span` indexes the NFC form of the input (the input itself when it is NFC).
 *
 * Diagnostics: number/unparsed (error), number/blank (info), number/noise-removed (info),
 * number/ocr-fixed (warning: a guess was made), number/unknown-type-code (warning),
 * number/incomplete (warning), number/looks-like-party (info).
 */
import type { Diagnostic, DocumentNumber, Scheme, Span } from '../model/schema.js';
import { compile, WORD_END, WORD_START } from '../grammar/compile.js';
import { documentTypeByWord, lookupTypeCode, NUMBER_KEYWORD_SOURCE } from '../grammar/document-types.js';
import { issuerByCode } from '../grammar/issuer-codes.js';
import { canonicalTones } from '../grammar/tones.js';
import { memoizeText } from '../grammar/memo.js';
import { cleanNumber, type Cleaned } from './clean.js';
import { looksLikeParty, readPartySymbol, readStateSymbol, type Codes } from './interpret.js';
import { NUMBER_BODY_SOURCE } from './token.js';

export { NUMBER_TOKEN_SOURCE } from './token.js';

/** What {@link parseDocumentNumber} returns: the number, or null, and what was noticed reading it. */
export interface ParsedDocumentNumber {
  number: DocumentNumber | null;
  diagnostics: Diagnostic[];
}

// "Số" (or "Số hiệu") and an optional colon; what precedes it must be nothing or a type word.
const KEYWORD = compile(
  'number/keyword',
  String.raw`${WORD_START}(?:${NUMBER_KEYWORD_SOURCE})${WORD_END}(?:[ \t]*[:.])?[ \t]*`,
  'iu',
);
const LEADING_SPACE = compile('number/leading-space', String.raw`^[ \t]*`, 'u');
/** The keyword is looked for this far into the input only (a number line is short). */
const KEYWORD_WINDOW = 80;
// The token's looser anchored sibling; no `i` flag: a code opens with a capital.
const BODY = compile('number/body', NUMBER_BODY_SOURCE, 'u');
const TRAILING_PUNCTUATION = compile('number/trailing-punctuation', String.raw`^[\s.,;:]*$`, 'u');
const EXCERPT_LENGTH = 40;

/**
 * Parse one printed số/ký hiệu ("Số: 403/UBND-KGVX", "Luật số: 64/2025/QH15", "Số 28-CT/TW",
 * a draft's "Số:   /KH-UBND") into the contract's {@link DocumentNumber}: the cleaned `text`,
 * the ordinal, year, type and issuer codes, and the `scheme` read from its shape (normative
 * n/YYYY/…, administrative n/…, party n-T/…). Never throws: what cannot be read is a
 * `number/unparsed` diagnostic, and `number` is null.
 *
 * @param input - the number line, with or without its "Số:" keyword
 * @returns the number (null when none could be read) and the diagnostics: number/unparsed,
 *   number/blank, number/noise-removed, number/ocr-fixed, number/unknown-type-code,
 *   number/incomplete, number/looks-like-party
 *
 * @example
 * ```ts
 * import { parseDocumentNumber } from 'vanban';
 *
 * const { number } = parseDocumentNumber('Số: 15/2020/NĐ-CP');
 * number; // → { text: '15/2020/NĐ-CP', ordinal: 15, year: 2020, typeCode: 'NĐ', issuerCode: 'CP', scheme: 'normative' }
 * parseDocumentNumber('Số: 1206 /QĐ-HVTC').number?.text; // → '1206/QĐ-HVTC'
 * parseDocumentNumber('28-CT/TW').number?.scheme; // → 'party'
 * parseDocumentNumber('Số:   /KH-UBND').number; // → { text: null, blank: true, typeCode: 'KH' }
 * parseDocumentNumber('19/6/2020').number; // → null
 * parseDocumentNumber('19/6/2020').diagnostics[0]?.code; // → 'number/unparsed'
 * ```
 */
export function parseDocumentNumber(input: string): ParsedDocumentNumber {
  const text = typeof input === 'string' ? input.normalize('NFC') : '';
  const read = readNumber(text);
  if (!read) return unparsed(text);
  const { number, reading, cleaned } = read;
  return { number, diagnostics: diagnose(number, reading.codes, cleaned, text, reading.shape.length) };
}

/**
 * The number alone, without the diagnostics: for a caller that scans running text for
 * citations (each one read, none reported).
 */
export function readDocumentNumber(input: string): DocumentNumber | null {
  return readNumber(input.normalize('NFC'))?.number ?? null;
}

function readNumber(text: string): { number: DocumentNumber; reading: Reading; cleaned: Cleaned } | undefined {
  const start = numberStart(text);
  const cleaned = cleanNumber(text, start);
  const reading = READING(cleaned.text);
  if (!reading) return undefined;
  const { groups, shape, codes } = reading;
  const ordinalText = groups.ordinal ?? '';
  const year = groups.year ? Number(groups.year) : null;
  const span: Span = [cleaned.map[0] ?? start, (cleaned.map[shape.length - 1] ?? start) + 1];
  const number: DocumentNumber = {
    text: reading.text,
    raw: text.slice(span[0], span[1]),
    ordinal: ordinalText === '' ? null : Number.parseInt(ordinalText, 10),
    year,
    typeCode: codes.typeCode,
    issuerCode: codes.issuerCodes[0] ?? null,
    unitCode: codes.unitCode,
    scheme: reading.scheme,
    blank: ordinalText === '',
    span,
    // the reading is shared by every number cleaned to the same text: each gets its own list
    issuerCodes: [...codes.issuerCodes],
  };
  return { number, reading, cleaned };
}

/** What the cleaned text of a number says, whatever surrounds it in the input. */
interface Reading {
  groups: Groups;
  shape: Shape;
  codes: Codes;
  text: string | null;
  scheme: Scheme;
}

/**
 * Readings by cleaned text: a document cites the same numbers again and again, and code lookups
 * are most of the work. Only the cleaned text is read here (span and raw come from the input).
 */
const READING = memoizeText(
  (cleaned: string): Reading | undefined => {
    const groups = BODY.exec(cleaned)?.groups;
    const shape = groups ? shapeOf(groups) : undefined;
    if (!groups || !shape) return undefined;
    const ordinalText = groups.ordinal ?? '';
    const year = groups.year ? Number(groups.year) : null;
    const codes = readCodes(shape, groups, year);
    const text = ordinalText === '' ? null : numberText(ordinalText, shape.scheme, groups.year ?? null, codes);
    return { groups, shape, codes, text, scheme: schemeOf(shape.scheme, year, codes) };
  },
  { size: 4096 },
);

type Groups = Record<string, string | undefined>;

interface Shape {
  scheme: 'state' | 'party' | 'incomplete';
  /** characters of the cleaned text that belong to the number */
  length: number;
  /** a state number's "/…" tail is its issuer typed with "/" for "-" ({@link slashBeforeIssuer}) */
  slashTail?: boolean;
}

/**
 * Sort out the loose body match: "/" is a state number (a "/…" tail after it is not part of
 * it), "-" with a "/" tail is Party, "-" without one is a Party number missing its issuer.
 */
function shapeOf(g: Groups): Shape | undefined {
  const tailLength = g.tail === undefined ? 0 : g.tail.length + 1;
  const length = (g.ordinal ?? '').length + 1 + (g.year ? g.year.length + 1 : 0) + (g.symbol ?? '').length;
  if (g.separator === '/') {
    const slashTail = slashBeforeIssuer(g);
    return { scheme: 'state', length: slashTail ? length + tailLength : length, slashTail };
  }
  if (g.year !== undefined) return undefined;
  return g.tail === undefined ? { scheme: 'incomplete', length } : { scheme: 'party', length: length + tailLength };
}

/**
 * "213/2013/TTLT/BTC-BLĐTBXH", "35/2021/NQ/HĐND": a type code alone, then "/" and a known issuer code, is the type and
 * its issuer typed with "/" for "-" (a state number's symbol has one "/" before it). Any other "/…" tail is not part of
 * the number.
 */
function slashBeforeIssuer(g: Groups): boolean {
  if (g.tail === undefined || g.symbol === undefined || g.symbol.includes('-')) return false;
  const issuer = g.tail.split('-')[0]!;
  return lookupTypeCode(g.symbol) !== undefined && issuerByCode(issuer) !== undefined;
}

/** Where the number begins: after "Số:" when only a type word or nothing comes before it. */
function numberStart(text: string): number {
  // a number that opens the input (a citation found in running text): no keyword can come before it, and
  // no type word opens with a digit
  const first = text.charCodeAt(0);
  if (first >= 0x30 && first <= 0x39) return 0;
  const head = canonicalTones(text.slice(0, KEYWORD_WINDOW));
  const keyword = KEYWORD.exec(head);
  const lead = keyword ? head.slice(0, keyword.index).trim() : '';
  if (keyword && (lead === '' || documentTypeByWord(lead))) return keyword.index + keyword[0].length;
  return LEADING_SPACE.exec(text)?.[0].length ?? 0;
}

function readCodes(shape: Shape, g: Groups, year: number | null): Codes {
  const symbol = (g.symbol ?? '').split('-');
  if (shape.scheme === 'party') return readPartySymbol(g.symbol ?? '', (g.tail ?? '').split('-'));
  // "251-BCĐ": Party punctuation without type code or "/": read the codes like a công văn's
  if (shape.scheme === 'incomplete') return { ...readStateSymbol(symbol, 'party'), incomplete: true };
  const family = year === null ? 'administrative' : 'normative';
  if (!shape.slashTail) return readStateSymbol(symbol, family);
  const codes = readStateSymbol([...symbol, ...g.tail!.split('-')], family);
  return { ...codes, fixes: [...codes.fixes, `"${g.symbol}/${g.tail}" read as "${g.symbol}-${g.tail}" ("/" for "-")`] };
}

function schemeOf(shape: Shape['scheme'], year: number | null, codes: Codes): Scheme {
  if (shape !== 'state') return 'party';
  if (year !== null) return 'normative';
  const fixed = codes.typeCode && !codes.unknownType ? lookupTypeCode(codes.typeCode)?.type.scheme : undefined;
  return fixed ?? 'administrative';
}

function numberText(ordinal: string, shape: Shape['scheme'], year: string | null, codes: Codes): string {
  if (shape === 'incomplete') return `${ordinal}-${codes.groups.join('-')}`;
  if (shape === 'party') return `${ordinal}-${codes.groups[0] ?? ''}/${codes.groups.slice(1).join('-')}`;
  return `${ordinal}/${year ? `${year}/` : ''}${codes.groups.join('-')}`;
}

function diagnose(number: DocumentNumber, codes: Codes, cleaned: Cleaned, text: string, used: number): Diagnostic[] {
  const span = number.span;
  const out: Diagnostic[] = [];
  const add = (code: string, severity: Diagnostic['severity'], message: string) =>
    out.push({ code, severity, message, span });
  if (number.blank) add('number/blank', 'info', `The number is left blank (a draft): "${number.raw}".`);
  for (const message of cleaned.noise) add('number/noise-removed', 'info', `Cleaned: ${message}.`);
  const leftover = cleaned.text.slice(used) + text.slice(cleaned.end);
  if (!TRAILING_PUNCTUATION.test(leftover)) {
    add('number/noise-removed', 'info', `Text after the number ignored: "${excerpt(leftover.trim())}".`);
  }
  for (const message of [...cleaned.ocr, ...codes.fixes]) add('number/ocr-fixed', 'warning', `Fixed: ${message}.`);
  if (codes.incomplete)
    add(
      'number/incomplete',
      'warning',
      `"${number.raw}" has Party punctuation but no "/" before the issuer; read as printed.`,
    );
  if (codes.unknownType) add('number/unknown-type-code', 'warning', `"${codes.unknownType}" is not a known type code.`);
  if (number.scheme === 'administrative' && looksLikeParty(codes)) {
    add(
      'number/looks-like-party',
      'info',
      `"${number.raw}" has a Party type and issuer but state punctuation; read as printed.`,
    );
  }
  return out;
}

function unparsed(text: string): ParsedDocumentNumber {
  const message = text.trim() === '' ? 'No number to read.' : `Not a số/ký hiệu: "${excerpt(text.trim())}".`;
  return { number: null, diagnostics: [{ code: 'number/unparsed', severity: 'error', message, span: null }] };
}

function excerpt(text: string): string {
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH)}…` : text;
}
