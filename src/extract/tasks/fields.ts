/**
 * Work points that name their agencies in labelled fields, as plans written without a table do:
 * "(1) Sao lưu … / - Đơn vị chủ trì thực hiện: Văn phòng UBND tỉnh. / - Đơn vị phối hợp: … /
 * - Thời gian hoàn thành: …". The point is the task; the fields say who leads and who coordinates.
 */
import type { Agency } from '../../model/schema.js';
import type { DocumentOutline, OutlineEntry } from '../../outline/index.js';
import { AGENCY } from '../agencies/gazetteer.js';
import { agencyList } from '../agencies/list.js';
import { readAssignment } from './assignment.js';
import { draft } from './headed.js';
import type { DraftTask, TaskSource } from './draft.js';

/** The tasks, and the lines they cover (1 for each line of the document inside one). */
export function fieldTasks(source: TaskSource, outline: DocumentOutline): { tasks: DraftTask[]; covered: Uint8Array } {
  const tasks: DraftTask[] = [];
  const covered = new Uint8Array(source.lines.length);
  for (const entry of outline.entries) {
    // the first field that names a lead: the fields after it are not read for one
    let lead: ReturnType<typeof leadOf> = null;
    for (let k = 0; k < entry.children.length && !lead; k++)
      lead = leadOf(source, outline.entries[entry.children[k]!]!);
    if (!lead) continue;
    const fields = entry.children.map((c) => outline.entries[c]!);
    const coordinators = [...lead.coordinators, ...fields.flatMap((f) => coordinatorsOf(source, f))];
    tasks.push(draft(source, lead.agencies, coordinators, entry.span));
    covered.fill(1, entry.line, entry.end);
  }
  return { tasks, covered };
}

function valueOf(source: TaskSource, field: OutlineEntry, label: RegExp): { from: number; to: number } | null {
  if (!field.headingSpan) return null;
  const [from, to] = field.headingSpan;
  const found = label.exec(source.canonical.slice(from, to));
  return found ? { from: from + found[0].length, to } : null;
}

function leadOf(source: TaskSource, field: OutlineEntry): { agencies: Agency[]; coordinators: Agency[] } | null {
  const value = valueOf(source, field, AGENCY.leadField);
  if (!value) return null;
  const { from, to } = value;
  return readAssignment(source.canonical.slice(from, to), source.text.slice(from, to), from, true);
}

function coordinatorsOf(source: TaskSource, field: OutlineEntry): Agency[] {
  const value = valueOf(source, field, AGENCY.coordinatorField);
  if (!value) return [];
  const text = source.canonical.slice(value.from, value.to).replace(/[.;]\s*$/u, '');
  return agencyList(text, source.text.slice(value.from, value.from + text.length), value.from);
}
