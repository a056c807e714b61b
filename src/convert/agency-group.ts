/**
 * Agency names that name one body, grouped: "Văn phòng UBND tỉnh" and "Văn phòng UBND tỉnh
 * (Trung tâm Phục vụ hành chính công tỉnh)" are one office, the second naming the unit inside it
 * that does the work. Each keeps its own name; the group is the name without the unit in
 * brackets, abbreviations expanded, compared as task grouping compares names (foldName).
 */
import { foldName } from '../extract/agencies/fold.js';
import { normalName } from '../extract/agencies/list.js';

/** A unit named in brackets after the body's name, at its end. */
const UNIT_IN_BRACKETS = /\s*\([^()]*\)\s*$/u;

export interface AgencyGroup {
  /** the body's name, as a reader writes it: "Văn phòng Ủy ban nhân dân tỉnh" */
  name: string;
  /** the same for every spelling of the body (case, tone placement, dashes aside) */
  key: string;
}

export function agencyGroup(agency: string): AgencyGroup {
  const body = agency.replace(UNIT_IN_BRACKETS, '');
  const name = body === '' ? agency : normalName(body);
  return { name, key: foldName(name) };
}
