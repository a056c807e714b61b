/**
 * The shape of a số/ký hiệu as a regular expression source, for the parser and for any module
 * that finds numbers in running text (citations). Three schemes (docs/domain.md §4.3, §5.3):
 *   normative       121/2020/QH14, 01/2025/TT-BLĐTBXH   ordinal "/" year "/" symbol
 *   administrative  403/UBND-KGVX, 2280/QĐ-UBND         ordinal "/" symbol
 *   party           28-CT/TW, 24-BS/UBKTTU              ordinal "-" type "/" issuers
 * A symbol needs at least one code starting with a letter, so phone numbers, dates, ratios
 * and "2/3" never match.
 */
import { WORD_END, WORD_START } from '../grammar/compile.js';

/**
 * Serial: up to 6 digits, with the dotted sub-number of 2026 NQ-CP numbers (66.18). Bounded so
 * that a long run of digits in running text costs constant work per starting position.
 */
const ORDINAL = String.raw`[0-9]{1,6}(?:\.[0-9]{1,3})?`;
/** Anchored at the start of a number a bound is not needed, and without one the pattern is cheaper to check. */
const ANCHORED_ORDINAL = String.raw`[0-9]+(?:\.[0-9]+)?`;
const YEAR = String.raw`(?:19|20)[0-9]{2}`;
/**
 * One code group: a capital then letters, digits or "&"; dotted parts (LĐVTCT.LĐ) and one
 * parenthesised sub-unit (CAT(PC04)) allowed. Codes are abbreviations: Latin letters and Đ/đ
 * only (a small alphabet keeps the pattern cheap to check; "Hà" is not a code). Each repetition
 * starts with a character the previous part cannot contain, so matching stays linear.
 */
const PART = '[A-ZĐ][A-Za-zĐđ0-9&]*';
export const CODE_SOURCE = String.raw`${PART}(?:\.${PART})*(?:\([A-Za-zĐđ0-9]+\))?`;
/** Code groups joined by hyphens: QĐ-UBND, TTLT-BTC-BLĐTBXH. */
export const SYMBOL_SOURCE = `${CODE_SOURCE}(?:-${CODE_SOURCE})*`;

/**
 * Source of one number token in clean text (no spaces inside, ASCII hyphens), with named groups
 * `ordinal` and `year` + `symbol` (state) or `partyType` + `partyIssuer` (Party).
 * Compile it with the `u` flag and without `i` (the capital that opens a code is what keeps
 * "2/3 số" out); embed it once per pattern (the group names are fixed).
 * @example new RegExp(NUMBER_TOKEN_SOURCE, 'u').exec('số 28-CT/TW, ngày')?.groups?.partyType // 'CT'
 */
export const NUMBER_TOKEN_SOURCE = [
  WORD_START,
  `(?<ordinal>${ORDINAL})`,
  `(?:/(?:(?<year>${YEAR})/)?(?<symbol>${SYMBOL_SOURCE})`,
  `|-(?<partyType>${CODE_SOURCE})/(?<partyIssuer>${SYMBOL_SOURCE}))`,
  WORD_END,
].join('');

/**
 * For the parser, anchored, one looser shape for all schemes: ordinal (blank in drafts), "/" or
 * "-", optional year, symbol, optional "/" and more codes. The parser sorts the shapes out:
 * "-" with a tail is Party (28-CT/TW), "-" without one is a Party number missing its issuer
 * (251-BCĐ). Looser than the token, so meant only where a number is expected.
 */
export const NUMBER_BODY_SOURCE = [
  `^(?<ordinal>(?:${ANCHORED_ORDINAL})?)(?<separator>[/-])`,
  `(?:(?<year>${YEAR})/)?(?<symbol>${SYMBOL_SOURCE})(?:/(?<tail>${SYMBOL_SOURCE}))?`,
  WORD_END,
].join('');
