/**
 * The preface, as a Vietnamese document opens: issuing body (`<docAuthority>`), số/ký hiệu
 * (`<docNumber>`, as printed), place and date (`<location>`, `<docDate>`), kind and title
 * (`<docType>`, `<docTitle>`), and the addressees (Kính gửi) as `<organization>`s. Each element's
 * text is the value; spans and flags are `vb:` attributes.
 */
import type { DocumentDate, DocumentResult, Issuer, Kind, NamedSpan } from '../model/schema.js';
import { fieldAttrs, readFields, readSpan, spanText, type FieldSpec } from './vb-attributes.js';
import { fullDate } from './frbr.js';
import { VB } from './namespaces.js';
import { readNumber, numberAttrs } from './doc-number.js';
import type { Ontology } from './ontology.js';
import { descendants, el, elements, textEl, textOf, type XmlElement } from './xml-tree.js';

const ISSUER_FIELDS: FieldSpec = { parent: 'string?', inferred: 'bool', raw: 'string?', span: 'span?' };
const KIND_FIELDS: FieldSpec = { code: 'string?', source: 'string', span: 'span?' };
const DATE_FIELDS: FieldSpec = { span: 'span', inferred: 'bool' };
const PARTIAL_DATE_FIELDS: FieldSpec = { iso: 'string?', ...DATE_FIELDS };
/** a date AKN cannot hold as `@date` (a year alone, none) is a `<span class="docDate">` */
const PARTIAL_DATE = 'docDate';
export const RECIPIENTS = 'recipients';

export function prefaceToAkn(r: DocumentResult, ontology: Ontology): XmlElement | null {
  const issuer = r.issuer && el('p', { class: 'issuer' }, [issuerToAkn(r.issuer, ontology)]);
  const number =
    r.number && el('p', { class: 'number' }, [textEl('docNumber', numberAttrs(r.number, VB), r.number.raw)]);
  const placeDate =
    (r.place || r.date) &&
    el('p', { class: 'placeDate' }, [
      r.place &&
        textEl(
          'location',
          { refersTo: ontology.ref('TLCLocation', r.place.name), [`${VB}span`]: spanText(r.place.span) },
          r.place.name,
        ),
      r.date && dateToAkn(r.date),
    ]);
  const title =
    (r.kind || r.title) &&
    el('longTitle', {}, [
      el('p', {}, [
        r.kind && textEl('docType', fieldAttrs(r.kind, KIND_FIELDS), r.kind.name),
        r.title && textEl('docTitle', { [`${VB}span`]: spanText(r.title.span) }, r.title.text),
      ]),
    ]);
  const recipients =
    r.recipients.length > 0 && el('container', { name: RECIPIENTS }, organizations(r.recipients, ontology));
  const children = [issuer, number, placeDate, title, recipients].filter((c): c is XmlElement => !!c);
  return children.length > 0 ? el('preface', {}, children) : null;
}

function issuerToAkn(issuer: Issuer, ontology: Ontology): XmlElement {
  if (issuer.parent !== null) ontology.ref('TLCOrganization', issuer.parent);
  return textEl(
    'docAuthority',
    { refersTo: ontology.ref('TLCOrganization', issuer.name), ...fieldAttrs(issuer, ISSUER_FIELDS) },
    issuer.name,
  );
}

function dateToAkn(date: DocumentDate): XmlElement {
  const iso = fullDate(date.iso);
  return iso
    ? textEl('docDate', { date: iso, ...fieldAttrs(date, DATE_FIELDS) }, date.raw)
    : textEl('span', { class: PARTIAL_DATE, ...fieldAttrs(date, PARTIAL_DATE_FIELDS) }, date.raw);
}

/** One `<p><organization>` per name: addressees here, the distribution list in the conclusions. */
export function organizations(names: readonly NamedSpan[], ontology: Ontology): XmlElement[] {
  return names.map((n) =>
    el('p', {}, [
      textEl(
        'organization',
        { refersTo: ontology.ref('TLCOrganization', n.name), [`${VB}span`]: spanText(n.span) },
        n.name,
      ),
    ]),
  );
}

export function readOrganizations(container: XmlElement | undefined): NamedSpan[] {
  return (container ? descendants(container, 'organization') : []).map((o) => ({
    name: textOf(o),
    span: readSpan(o.attrs[`${VB}span`]),
  }));
}

export type PrefaceFields = Pick<
  DocumentResult,
  'issuer' | 'number' | 'place' | 'date' | 'kind' | 'title' | 'recipients'
>;

export function readPreface(preface: XmlElement | undefined): PrefaceFields {
  const find = (name: string) => (preface ? descendants(preface, name)[0] : undefined);
  const authority = find('docAuthority');
  const number = find('docNumber');
  const location = find('location');
  const kind = find('docType');
  const title = find('docTitle');
  return {
    issuer: authority ? ({ name: textOf(authority), ...readFields(authority.attrs, ISSUER_FIELDS) } as Issuer) : null,
    number: number ? readNumber(number.attrs, textOf(number), VB) : null,
    place: location ? { name: textOf(location), span: readSpan(location.attrs[`${VB}span`]) } : null,
    date: readDate(
      find('docDate'),
      preface ? descendants(preface, 'span').find((s) => s.attrs.class === PARTIAL_DATE) : undefined,
    ),
    kind: kind ? ({ name: textOf(kind), ...readFields(kind.attrs, KIND_FIELDS) } as Kind) : null,
    title: title ? { text: textOf(title), span: readSpan(title.attrs[`${VB}span`]) } : null,
    recipients: readOrganizations(preface && elements(preface, 'container').find((c) => c.attrs.name === RECIPIENTS)),
  };
}

function readDate(docDate: XmlElement | undefined, partial: XmlElement | undefined): DocumentDate | null {
  if (docDate)
    return {
      iso: docDate.attrs.date ?? null,
      raw: textOf(docDate),
      ...readFields(docDate.attrs, DATE_FIELDS),
    } as DocumentDate;
  if (partial) return { raw: textOf(partial), ...readFields(partial.attrs, PARTIAL_DATE_FIELDS) } as DocumentDate;
  return null;
}
