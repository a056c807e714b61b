/**
 * `<lifecycle>`: the document's own date as its generation event, and the date it takes
 * effect (entry into force), each an `<eventRef>` pointing to a concept. AKN events need a whole
 * date; an effective date the text gives otherwise ("kể từ ngày ký", a year) stays in the
 * proprietary block as `<vb:effective>`.
 */
import type { DocumentResult, Effective } from '../model/schema.js';
import type { EIds } from './eids.js';
import { fieldAttrs, readFields, type FieldSpec } from './vb-attributes.js';
import { fullDate } from './frbr.js';
import { SOURCE, VB } from './namespaces.js';
import type { Ontology } from './ontology.js';
import { el, elements, type XmlElement } from './xml-tree.js';

/** the `<original>` entry of `<references>` every event comes from */
export const ORIGINAL = 'original';
export const ENTRY_INTO_FORCE = 'entryIntoForce';
const SIGNATURE = 'signature';
const EVENT_FIELDS: FieldSpec = { raw: 'string', onSigning: 'bool', span: 'span' };
const EFFECTIVE_FIELDS: FieldSpec = { iso: 'string?', ...EVENT_FIELDS };

export function lifecycleToAkn(result: DocumentResult, ontology: Ontology, eids: EIds): XmlElement | null {
  const signed = fullDate(result.date?.iso ?? null);
  const effective = result.effective && fullDate(result.effective.iso);
  const events = [
    signed &&
      el('eventRef', {
        eId: eids.claim('evt_signature'),
        date: signed,
        source: `#${ORIGINAL}`,
        type: 'generation',
        refersTo: ontology.ref('TLCConcept', SIGNATURE),
      }),
    effective &&
      el('eventRef', {
        eId: eids.claim('evt_effective'),
        date: effective,
        source: `#${ORIGINAL}`,
        refersTo: ontology.ref('TLCConcept', ENTRY_INTO_FORCE),
        ...fieldAttrs(result.effective!, EVENT_FIELDS),
      }),
  ];
  return events.some(Boolean) ? el('lifecycle', { source: SOURCE }, events) : null;
}

/** The effective date when `<lifecycle>` cannot hold it. */
export function effectiveFallback(effective: Effective | null): XmlElement | null {
  return effective && !fullDate(effective.iso)
    ? el(`${VB}effective`, fieldAttrs(effective, EFFECTIVE_FIELDS, ''))
    : null;
}

export function readEffective(
  lifecycle: XmlElement | undefined,
  fallback: XmlElement | undefined,
  concepts: ReadonlyMap<string, string>,
): Effective | null {
  const event =
    lifecycle &&
    elements(lifecycle, 'eventRef').find(
      (e) => concepts.get((e.attrs.refersTo ?? '').replace(/^#/u, '')) === ENTRY_INTO_FORCE,
    );
  if (event) return { iso: event.attrs.date ?? null, ...readFields(event.attrs, EVENT_FIELDS) } as Effective;
  return fallback ? (readFields(fallback.attrs, EFFECTIVE_FIELDS, '') as Effective) : null;
}
