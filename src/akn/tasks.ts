/**
 * Tasks and deadlines, which AKN has no elements for, as `vb:` elements in the proprietary
 * block. Each agency points to its `<TLCOrganization>` (`refersTo`), so the organizations a
 * task names are in the AKN references like every other body.
 */
import type { Agency, Deadline, Task } from '../model/schema.js';
import { fieldAttrs, readFields, type FieldSpec } from './vb-attributes.js';
import { VB } from './namespaces.js';
import type { Ontology } from './ontology.js';
import { child, el, elements, textEl, textOf, type XmlElement } from './xml-tree.js';

const DEADLINE_FIELDS: FieldSpec = { date: 'string?', recurrence: 'string', span: 'span' };
const AGENCY_FIELDS: FieldSpec = { name: 'string', span: 'span' };
const AGENCY = `${VB}agency`;
const COORDINATOR = `${VB}coordinator`;
const SUCCESSOR = `${VB}successor`;
const DEADLINE = `${VB}deadline`;
const CITES = `${VB}cites`;
const TEXT = `${VB}text`;

export function taskToAkn(task: Task, ontology: Ontology): XmlElement {
  return el(`${VB}task`, { span: `${task.span[0]} ${task.span[1]}` }, [
    textEl(TEXT, {}, task.text),
    ...task.agencies.map((a) => agencyToAkn(AGENCY, a, ontology)),
    ...task.coordinators.map((a) => agencyToAkn(COORDINATOR, a, ontology)),
    ...task.deadlines.map(deadlineToAkn),
    ...task.references.map((key) => el(CITES, { key })),
  ]);
}

export function agencyToAkn(name: string, agency: Agency, ontology: Ontology): XmlElement {
  const attrs = { ...fieldAttrs(agency, AGENCY_FIELDS, ''), refersTo: ontology.ref('TLCOrganization', agency.name) };
  return el(
    name,
    attrs,
    agency.successors.map((s) => textEl(SUCCESSOR, {}, s)),
  );
}

export function deadlineToAkn(deadline: Deadline): XmlElement {
  return textEl(DEADLINE, fieldAttrs(deadline, DEADLINE_FIELDS, ''), deadline.text);
}

export function readTask(task: XmlElement): Task {
  const text = child(task, TEXT);
  return {
    agencies: elements(task, AGENCY).map(readAgency),
    coordinators: elements(task, COORDINATOR).map(readAgency),
    text: text ? textOf(text) : '',
    deadlines: elements(task, DEADLINE).map(readDeadline),
    references: elements(task, CITES).map((c) => c.attrs.key ?? ''),
    span: readFields(task.attrs, { span: 'span' }, '').span as Task['span'],
  };
}

export function readAgency(agency: XmlElement): Agency {
  return {
    ...(readFields(agency.attrs, AGENCY_FIELDS, '') as Pick<Agency, 'name' | 'span'>),
    successors: elements(agency, SUCCESSOR).map(textOf),
  };
}

export function readDeadline(deadline: XmlElement): Deadline {
  return { ...readFields(deadline.attrs, DEADLINE_FIELDS, ''), text: textOf(deadline) } as Deadline;
}
