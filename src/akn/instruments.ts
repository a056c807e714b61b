/**
 * Cited instruments: one `<TLCReference>` each in `<references>`, its href the instrument's
 * FRBR work URI, with the reference's fields as `vb:` attributes; its number and its mentions
 * (spans into the text) in the proprietary block. The relation lives in `<analysis>`.
 */
import type { Reference, Relation } from '../model/schema.js';
import { documentKind } from './doc-kind.js';
import type { EIds } from './eids.js';
import { fieldAttrs, readFields, type FieldSpec } from './vb-attributes.js';
import { workUri } from './frbr.js';
import { VB } from './namespaces.js';
import { numberAttrs, readNumber } from './doc-number.js';
import type { Ontology } from './ontology.js';
import { el, elements, textEl, textOf, type XmlElement } from './xml-tree.js';

const REFERENCE_FIELDS: FieldSpec = {
  key: 'string',
  keyPartial: 'bool',
  name: 'string?',
  date: 'string?',
  issuer: 'string?',
  title: 'string?',
};
const KIND_FIELDS: FieldSpec = { kind: 'string', kindCode: 'string?' };
const MENTION_FIELDS: FieldSpec = { span: 'span', pinpoint: 'string?' };

export interface CitedInstrument {
  reference: Reference;
  eId: string;
  uri: string;
  /** how it is shown: as first cited */
  label: string;
}

export function citedInstruments(references: readonly Reference[], eids: EIds): CitedInstrument[] {
  return references.map((reference, i) => ({
    reference,
    eId: eids.claim(`ref_${i + 1}`),
    uri: workUri(reference.key, documentKind(reference.kind, reference.number?.scheme ?? null)),
    label: reference.mentions[0]?.text ?? reference.name ?? reference.number?.text ?? reference.kind.name,
  }));
}

export function instrumentTlc({ reference, eId, uri, label }: CitedInstrument, ontology: Ontology): XmlElement {
  if (reference.issuer !== null) ontology.ref('TLCOrganization', reference.issuer);
  return el('TLCReference', {
    eId,
    href: uri,
    showAs: label,
    name: documentKind(reference.kind, reference.number?.scheme ?? null).name,
    ...fieldAttrs(reference, REFERENCE_FIELDS),
    ...fieldAttrs({ kind: reference.kind.name, kindCode: reference.kind.code }, KIND_FIELDS),
  });
}

/** `<vb:reference ref="#ref_1">`: the number and the mentions. */
export function instrumentDetails({ reference, eId }: CitedInstrument): XmlElement {
  return el(`${VB}reference`, { ref: `#${eId}` }, [
    reference.number && textEl(`${VB}number`, numberAttrs(reference.number, ''), reference.number.raw),
    ...reference.mentions.map((m) => textEl(`${VB}mention`, fieldAttrs(m, MENTION_FIELDS, ''), m.text)),
  ]);
}

/** The references back, in the order of their TLCReference entries. */
export function readInstruments(
  tlcs: readonly XmlElement[],
  details: readonly XmlElement[],
  relations: ReadonlyMap<string, Relation>,
): Reference[] {
  const detailByRef = new Map(details.map((d) => [d.attrs.ref, d]));
  return tlcs.map((tlc) => {
    const eId = tlc.attrs.eId ?? '';
    const detail = detailByRef.get(`#${eId}`);
    const number = detail && elements(detail, `${VB}number`)[0];
    const fields = readFields(tlc.attrs, REFERENCE_FIELDS);
    const kind = readFields(tlc.attrs, KIND_FIELDS);
    return {
      ...fields,
      key: (fields.key as string) || (tlc.attrs.href ?? ''),
      kind: { name: kind.kind as string, code: kind.kindCode as string | null },
      number: number ? readNumber(number.attrs, textOf(number), '') : null,
      relation: relations.get(eId) ?? 'cites',
      mentions: (detail ? elements(detail, `${VB}mention`) : []).map((m) => ({
        ...readFields(m.attrs, MENTION_FIELDS, ''),
        text: textOf(m),
      })),
    } as Reference;
  });
}
