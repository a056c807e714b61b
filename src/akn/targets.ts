/**
 * Targets (chỉ tiêu), which AKN has no elements for, as `vb:target` elements in the proprietary
 * block: the figure and its qualifiers as attributes, the clause as text, the responsible bodies
 * as `vb:agency` children pointing to their `<TLCOrganization>`, as a task's do.
 */
import type { Target } from '../model/schema.js';
import { fieldAttrs, readFields, type FieldSpec } from './vb-attributes.js';
import { VB } from './namespaces.js';
import type { Ontology } from './ontology.js';
import { agencyToAkn, readAgency } from './tasks.js';
import { child, elements, el, textEl, textOf, type XmlElement } from './xml-tree.js';

// 'int' reads any JSON number back ("95.5" → 95.5)
const TARGET_FIELDS: FieldSpec = {
  value: 'int',
  unit: 'string?',
  metric: 'string?',
  by: 'string?',
  recurrence: 'string',
  change: 'string',
  comparator: 'string',
  byInferred: 'bool',
  span: 'span',
};
const AGENCY = `${VB}agency`;
const TEXT = `${VB}text`;

export function targetToAkn(target: Target, ontology: Ontology): XmlElement {
  return el(`${VB}target`, fieldAttrs(target, TARGET_FIELDS, ''), [
    textEl(TEXT, {}, target.text),
    ...target.agencies.map((a) => agencyToAkn(AGENCY, a, ontology)),
  ]);
}

export function readTarget(target: XmlElement): Target {
  const text = child(target, TEXT);
  return {
    ...(readFields(target.attrs, TARGET_FIELDS, '') as Omit<Target, 'text' | 'agencies'>),
    text: text ? textOf(text) : '',
    agencies: elements(target, AGENCY).map(readAgency),
  };
}
