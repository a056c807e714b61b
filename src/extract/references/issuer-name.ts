/**
 * A cited instrument's issuer as the text names it, checked against the issuer code of its
 * number (grammars/issuer-codes.json): "Thông tư số 03/2024/TT-BLĐTBXH … của Bộ Lao động" cut
 * at the hyphen, "Bộ trưởng Lao động Thương binh và Xã hội" with its "Bộ" and hyphen dropped,
 * "… Xã hội ban Điều 4 Được" run into the next words: the name the code stands for is the whole
 * name. Only central bodies and ministries: a local code (UBND) names no locality.
 */
import type { DocumentNumber } from '../../model/schema.js';
import { nationalIssuerByCode } from '../../grammar/issuer-codes.js';
import { foldWords } from '../../grammar/tones.js';
import { CITE } from './reference-patterns.js';
import { memoizeText } from '../../grammar/memo.js';

/** The head's title before a ministry's name ("Bộ trưởng Bộ Tài chính"). */
const MINISTER = 'Bộ trưởng';

export function completeIssuer(issuer: string | null, number: DocumentNumber): string | null {
  if (!issuer || !number.issuerCode || number.issuerCodes.length > 1) return issuer;
  // a text names the same issuer after numbers of the same code again and again: each pair is read once
  return COMPLETED(`${number.issuerCode}${KEY_SEPARATOR}${issuer}`);
}

const KEY_SEPARATOR = '\u0000';
const COMPLETED = memoizeText(
  (key: string) => {
    const cut = key.indexOf(KEY_SEPARATOR);
    return completeNow(key.slice(cut + 1), key.slice(0, cut));
  },
  { size: 4096 },
);

function completeNow(issuer: string, code: string): string {
  if (isJointTop(issuer)) return issuer;
  const body = nationalIssuerByCode(code);
  if (!body) return issuer;
  const headed = foldWords(issuer).startsWith(foldWords(MINISTER)) && body.name.startsWith('Bộ ');
  const rest = headed ? issuer.slice(MINISTER.length).trim() : issuer;
  const named = nameWords(rest);
  const canonical = nameWords(body.name);
  const withoutHead = canonical.slice(1);
  const same =
    startsWith(named, canonical) ||
    (named.length > 0 && startsWith(canonical, named)) ||
    // "Bộ Nông nghiệp và Phát triển nông thôn tại …" split at its "và" as joint proposers
    (named.length > 0 && endsWith(canonical, named)) ||
    (headed && (named.length === 0 || sameWords(named, withoutHead) || startsWith(named, withoutHead)));
  if (!same) return issuer;
  return headed ? `${MINISTER} ${body.name}` : body.name;
}

/** Words only: case, tone placement, dashes, commas and "&" do not matter. */
function nameWords(name: string): string[] {
  return foldWords(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

function startsWith(words: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length > 0 && prefix.length <= words.length && prefix.every((w, i) => words[i] === w);
}

/** `suffix` ends `words` right after a "và" (where joint proposers are split). */
function endsWith(words: readonly string[], suffix: readonly string[]): boolean {
  const at = words.length - suffix.length;
  return at > 0 && words[at - 1] === 'và' && startsWith(words.slice(at), suffix);
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && startsWith(a, b);
}

/** "Bộ Chính trị, Ban Bí thư": the highest bodies issuing together are not the one body a code names. */
function isJointTop(issuer: string): boolean {
  const comma = issuer.indexOf(',');
  return comma > 0 && CITE.topBody.test(issuer.slice(0, comma)) && CITE.jointTopBody.test(issuer.slice(comma));
}
