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

export function fieldTasks(source: TaskSource, outline: DocumentOutline): { tasks: DraftTask[]; covered: Set<number> } {
  const tasks: DraftTask[] = [];
  const covered = new Set<number>();
  for (const entry of outline.entries) {
    const fields = entry.children.map((c) => outline.entries[c]!);
    const lead = fields.map((f) => leadOf(source, f)).find((a) => a !== null);
    if (!lead) continue;
    const coordinators = [...lead.coordinators, ...fields.flatMap((f) => coordinatorsOf(source, f))];
    tasks.push(draft(source, lead.agencies, coordinators, entry.span));
    for (let i = entry.line; i < entry.end; i++) covered.add(i);
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
