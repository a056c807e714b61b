/**
 * Document types (grammars/document-types.json): the type word as written ("Kế hoạch") and
 * the type code of the ký hiệu ("KH"), with the systems each type belongs to.
 */
import { alternation, compile, WORD_END, WORD_START } from './compile.js';
import { registerGrammarChecks } from './checks.js';
import { load } from './load.js';
import type { DocumentType } from './grammar-schema.js';
import { foldWords, withoutMarks } from './tones.js';
import { memoizeText } from './memo.js';

export type { DocumentType } from './grammar-schema.js';

/** documentTypeByWord's answers: it is asked of the last words before every number in a text. */
const TYPE_OF_WORD = memoizeText(
  (word) => BY_WORD.get(foldWords(word)) ?? BY_BARE_WORD.get(bareWord(word)) ?? undefined,
);

export const TYPE_FAMILIES = ['administrative', 'normative', 'party', 'copy'] as const;
export type TypeFamily = (typeof TYPE_FAMILIES)[number];

const GRAMMAR = 'document-types';
const data = load(GRAMMAR);
/** Entries in file order; on a shared code the earlier entry wins unless a family is asked for. */
export const DOCUMENT_TYPES: readonly DocumentType[] = data.entries;
const NUMBER_KEYWORD = data.numberKeyword;

// Ð (U+00D0, Icelandic eth) and Ɖ (U+0189, African D) print like Đ; ð and ɖ like đ.
const UPPER_D_LOOKALIKE = compile('document-types/upper-d-lookalike', '[\\u00D0\\u0189]', 'gu');
const LOWER_D_LOOKALIKE = compile('document-types/lower-d-lookalike', '[\\u00F0\\u0256]', 'gu');

/**
 * Fold a code for lookup: NFC, Đ look-alikes (Ð U+00D0, Ɖ) to Đ, upper case.
 * @example foldCode('Qđ') // 'QĐ'
 */
export function foldCode(code: string): string {
  return code.normalize('NFC').replace(UPPER_D_LOOKALIKE, 'Đ').replace(LOWER_D_LOOKALIKE, 'đ').toUpperCase();
}

/** Fold further for text that lost its diacritics (OCR, ASCII input): no marks, đ → d. */
function bareWord(word: string): string {
  return withoutMarks(foldWords(word));
}

/**
 * Alternation source of every type word, longest first ("Thông tư liên tịch" before "Thông tư").
 * Embed it with WORD_START/WORD_END, compile with the `i` flag, match against canonicalTones(text).
 */
export const TYPE_WORD_SOURCE: string = alternation(DOCUMENT_TYPES.flatMap((t) => t.words));

/** Alternation source of the words that open a number line ("Số"); same conventions as TYPE_WORD_SOURCE. */
export const NUMBER_KEYWORD_SOURCE: string = alternation(NUMBER_KEYWORD.words);

const BY_WORD = new Map<string, DocumentType>();
const BY_BARE_WORD = new Map<string, DocumentType | null>();
for (const type of DOCUMENT_TYPES) {
  for (const word of type.words) {
    if (!BY_WORD.has(foldWords(word))) BY_WORD.set(foldWords(word), type);
    const bare = bareWord(word);
    // a bare spelling shared by two types is ambiguous: remember it as null
    BY_BARE_WORD.set(bare, BY_BARE_WORD.has(bare) && BY_BARE_WORD.get(bare) !== type ? null : type);
  }
}

/**
 * The type whose word this is, ignoring case and tone placement; text that lost all its
 * diacritics is accepted when it names one type only.
 * @example documentTypeByWord('KẾ HOẠCH')?.codes // ['KH']
 */
export function documentTypeByWord(word: string): DocumentType | undefined {
  return TYPE_OF_WORD(word);
}

/** A type code as found in the grammar: its canonical spelling and its type. */
export interface TypeCodeMatch {
  code: string;
  type: DocumentType;
  legacy: boolean;
}

interface CodeRow extends TypeCodeMatch {
  until: string | null;
}

const BY_CODE = new Map<string, CodeRow[]>();
for (const type of DOCUMENT_TYPES) {
  for (const code of type.codes) addCode({ code, type, legacy: false, until: null });
  for (const { code, until } of type.legacyCodes ?? []) addCode({ code, type, legacy: true, until });
}

function addCode(row: CodeRow): void {
  const key = foldCode(row.code);
  BY_CODE.set(key, [...(BY_CODE.get(key) ?? []), row]);
}

/**
 * Look a type code up, case-insensitively. `date` (ISO) drops legacy codes no longer in use
 * on that date; `family` prefers the type of that system ("TT": Thông tư, or thông tri for a
 * Party number).
 * @example lookupTypeCode('Ctr')?.code // 'CTr'
 */
export function lookupTypeCode(code: string, date?: string, family?: TypeFamily): TypeCodeMatch | undefined {
  const rows = (BY_CODE.get(foldCode(code)) ?? []).filter((r) => !date || r.until === null || date < r.until);
  const row = rows.find((r) => family !== undefined && r.type.families.includes(family)) ?? rows[0];
  return row && { code: row.code, type: row.type, legacy: row.legacy };
}

/**
 * The document type a ký hiệu code stands for (see lookupTypeCode).
 * @example documentTypeByCode('QĐ')?.name // 'Quyết định'
 * @example documentTypeByCode('GT', '2021-01-01') // undefined: GGT since NĐ 30
 */
export function documentTypeByCode(code: string, date?: string, family?: TypeFamily): DocumentType | undefined {
  return lookupTypeCode(code, date, family)?.type;
}

/** One compiled type-word pattern per entry, registered with its examples. */
function registerChecks(): void {
  const entries = () =>
    [...DOCUMENT_TYPES, NUMBER_KEYWORD].map((entry) => ({
      grammar: GRAMMAR,
      id: entry.id,
      pattern: compile(`${GRAMMAR}#${entry.id}`, `${WORD_START}(?:${alternation(entry.words)})${WORD_END}`, 'iu'),
      examples: entry.examples,
      counterExamples: entry.counterExamples,
    }));
  registerGrammarChecks(entries);
}
registerChecks();
