/**
 * FRBR identification. URIs follow the AKN naming convention, built from vanban's keys:
 * `vn:15/2020/nđ-cp` → `/akn/vn/act/2020/15-nd-cp`, `vn:232-kh/tu@ha-noi#2024` →
 * `/akn/vn-ha-noi/doc/ke-hoach/2024/232-kh-tu`, `vn:luật:luật trẻ em` → `/akn/vn/act/luat-tre-em`.
 * A `doc` names its kind as the subtype; the year is left out when the key does not know it.
 */
import type { DocumentResult } from '../model/schema.js';
import type { DocumentKind } from './doc-kind.js';
import { slug } from './slug.js';
import { el, type XmlElement } from './xml-tree.js';

const COUNTRY = 'vn';
/** ISO 639-2, as AKN expressions name their language */
const LANGUAGE = 'vie';
/** the FRBRalias that carries vanban's key of the document */
export const KEY_ALIAS = 'vanban-key';

// vn:<kind>:<name> (cited by name) | vn:<number>[@province][#year]
const NAME_KEY = /^vn:(\p{L}[\p{L} ]*):(.*)$/su;
const NUMBER_KEY = /^vn:(.*?)(?:@([a-z0-9-]+))?(?:#(\d{4}))?$/su;
const NORMATIVE_YEAR = /\/(\d{4})\//u;

/** The work URI of an instrument from its key. */
export function workUri(key: string, kind: DocumentKind): string {
  const byName = NAME_KEY.exec(key);
  if (byName) return uri(COUNTRY, kind, null, slug(byName[2]!));
  const [, number = '', province, year] = NUMBER_KEY.exec(key) ?? [];
  const normativeYear = NORMATIVE_YEAR.exec(number)?.[1];
  const shortNumber = normativeYear ? number.replace(`/${normativeYear}/`, '/') : number;
  return uri(
    province ? `${COUNTRY}-${province}` : COUNTRY,
    kind,
    year ?? normativeYear ?? null,
    slug(shortNumber) || 'x',
  );
}

function uri(country: string, kind: DocumentKind, year: string | null, number: string): string {
  return ['', 'akn', country, kind.element, kind.element === 'doc' ? kind.name : null, year, number]
    .filter((p) => p !== null)
    .join('/');
}

export interface DocumentUris {
  work: string;
  expression: string;
  manifestation: string;
}

/** The document's own URIs: from its key, or for a document without a number from its date and a hash of its source. */
export function documentUris(result: DocumentResult, kind: DocumentKind): DocumentUris {
  const date = fullDate(result.date?.iso ?? null);
  const work = result.key
    ? workUri(result.key, kind)
    : uri(COUNTRY, kind, result.date?.iso?.slice(0, 4) ?? null, `nn-${result.source.sha256.slice(0, 12)}`);
  const expression = `${work}/${LANGUAGE}@${date ?? ''}`;
  return { work, expression, manifestation: `${expression}/!main.xml` };
}

/** `<identification>`: Work, Expression and Manifestation, all dated by the document's date. */
export function identification(result: DocumentResult, uris: DocumentUris, author: string, agent: string): XmlElement {
  const date = frbrDate(result.date?.iso ?? null);
  const kindName = result.kind?.name ?? null;
  const name = [kindName, result.number?.text].filter(Boolean).join(' ');
  return el('identification', { source: agent }, [
    el('FRBRWork', {}, [
      el('FRBRthis', { value: `${uris.work}/!main` }),
      el('FRBRuri', { value: uris.work }),
      result.key !== null && el('FRBRalias', { name: KEY_ALIAS, value: result.key }),
      el('FRBRdate', date),
      el('FRBRauthor', { href: author }),
      el('FRBRcountry', { value: COUNTRY }),
      result.number?.text && el('FRBRnumber', { value: result.number.text }),
      name !== '' && el('FRBRname', { value: name }),
    ]),
    el('FRBRExpression', {}, [
      el('FRBRthis', { value: `${uris.expression}/!main` }),
      el('FRBRuri', { value: uris.expression }),
      el('FRBRdate', date),
      el('FRBRauthor', { href: author }),
      el('FRBRlanguage', { language: LANGUAGE }),
    ]),
    el('FRBRManifestation', {}, [
      el('FRBRthis', { value: uris.manifestation }),
      el('FRBRuri', { value: `${uris.expression}.akn` }),
      el('FRBRdate', date),
      el('FRBRauthor', { href: agent }),
      el('FRBRformat', { value: 'application/akn+xml' }),
    ]),
  ]);
}

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/u;

/** The date when it is a whole calendar date xsd:date accepts ("2024-02-30" and year 0000 are not), else null. */
export function fullDate(iso: string | null): string | null {
  if (iso === null || !FULL_DATE.test(iso) || iso.startsWith('0000')) return null;
  return new Date(`${iso}T00:00:00Z`).toISOString().slice(0, 10) === iso ? iso : null;
}

/**
 * FRBRdate needs a whole date: a year alone is dated 1 January and says so; no date at all is 0001-01-01, "unknown".
 */
function frbrDate(iso: string | null): { date: string; name: string } {
  if (fullDate(iso)) return { date: iso!, name: 'signature' };
  if (iso && /^\d{4}$/u.test(iso) && iso !== '0000') return { date: `${iso}-01-01`, name: 'year' };
  return { date: '0001-01-01', name: 'unknown' };
}
