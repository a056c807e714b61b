/**
 * Keys: one string per instrument, the same whether the instrument is cited or parsed, so a
 * graph merges the two (see README "References and their keys").
 */
import type { DocumentNumber } from '../model/schema.js';
import { issuerByCode } from '../grammar/issuer-codes.js';
import { foldWords } from '../grammar/tones.js';

export interface KeyContext {
  /** the province an instrument belongs to ("ha-noi"), for local issuer codes */
  jurisdiction: string | null;
  /**
   * What the cited instrument's named issuer says of it when its code does not: a local body
   * (true), a central one (false), or no issuer named (null). Left out, an unknown code is taken
   * as local (a document's own key, whose province is its own header's).
   */
  namedIssuerLocal?: boolean | null;
}

/** Whether an instrument belongs to a province: its issuer code says so, else its named issuer. */
type Locality = 'local' | 'central' | 'unknown';

function localityOf(code: string | null | undefined, namedIssuerLocal: boolean | null | undefined): Locality {
  const issuer = code ? issuerByCode(code) : undefined;
  if (issuer && issuer.family !== 'shared') return issuer.local ? 'local' : 'central';
  if (namedIssuerLocal === undefined) return 'local';
  return namedIssuerLocal === null ? 'unknown' : namedIssuerLocal ? 'local' : 'central';
}

/**
 * The key of a cited instrument (see README "Reference keys"):
 * - normative numbers are unique by themselves: `vn:121/2020/QH14`;
 * - administrative and Party numbers restart every year or term, and local codes (UBND, TU)
 *   do not say which province: `vn:232-KH/TU@ha-noi#2024` — jurisdiction for local codes,
 *   the year of the instrument's date; either left out when unknown (the key is then partial);
 * - instruments cited by name: `vn:luật:luật trẻ em`.
 */
export function referenceKey(
  number: DocumentNumber | null,
  name: string | null,
  date: string | null,
  kind: string,
  ctx: KeyContext,
): string {
  if (number?.text) {
    const base = `vn:${foldWords(number.text)}`;
    if (number.scheme === 'normative' && number.year) return base;
    // a locality only when the cited issuer is local: never because the citing document is
    const where =
      localityOf(number.issuerCode, ctx.namedIssuerLocal) === 'local' && ctx.jurisdiction ? `@${ctx.jurisdiction}` : '';
    const year = date ? `#${date.slice(0, 4)}` : '';
    return `${base}${where}${year}`;
  }
  return `vn:${foldWords(kind)}:${foldWords(name ?? '')}`;
}

/**
 * A key that could not be completed: an administrative or Party number without the year of its
 * date, or a local code (UBND, TU) without its province. Such an instrument may be any of
 * several, so a graph keeps it apart rather than merging it on a guess.
 */
export function isPartialKey(number: DocumentNumber | null, key: string, namedIssuerLocal?: boolean | null): boolean {
  if (!number?.text || (number.scheme === 'normative' && number.year)) return false;
  return !/#\d{4}$/u.test(key) || (localityOf(number.issuerCode, namedIssuerLocal) !== 'central' && !key.includes('@'));
}
