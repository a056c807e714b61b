/**
 * A document's tasks as a sheet's rows, one per task and lead agency: what the archive
 * database's `tasks` table and `vanban tasks --csv` both hold. A task for three bodies is three
 * rows sharing `taskNo`; a task with no agency named is one row without one.
 */
import type { Deadline, DocumentResult, Span, Target, Task } from '../model/schema.js';
import { agencyGroup } from './agency-group.js';

export interface TaskRow {
  /** the task's place in the document, from 1 */
  taskNo: number;
  agency: string | null;
  /** the body the agency belongs to ("Văn phòng Ủy ban nhân dân tỉnh" for "Văn phòng UBND tỉnh (Trung tâm …)") */
  agencyGroup: string | null;
  /** the group compared as names are: the same for every spelling */
  agencyKey: string | null;
  coordinators: string[];
  text: string;
  /** the deadline the task is listed by: its first with a date, else its first */
  deadline: string | null;
  recurrence: Deadline['recurrence'] | null;
  /** the targets set inside the task */
  targets: Target[];
  span: Span;
}

export function taskRows(result: Pick<DocumentResult, 'tasks' | 'targets'>): TaskRow[] {
  return result.tasks.flatMap((task, i) =>
    rowsOfTask(
      task,
      i + 1,
      result.targets.filter((t) => within(t.span, task.span)),
    ),
  );
}

function rowsOfTask(task: Task, taskNo: number, targets: Target[]): TaskRow[] {
  const due = task.deadlines.find((d) => d.date !== null) ?? task.deadlines[0];
  const shared = {
    taskNo,
    coordinators: task.coordinators.map((c) => c.name),
    text: task.text,
    deadline: due?.date ?? null,
    recurrence: due?.recurrence ?? null,
    targets,
    span: task.span,
  };
  if (task.agencies.length === 0) return [{ ...shared, agency: null, agencyGroup: null, agencyKey: null }];
  return task.agencies.map((agency) => {
    const group = agencyGroup(agency.name);
    return { ...shared, agency: agency.name, agencyGroup: group.name, agencyKey: group.key };
  });
}

/** The number (from 1) of the first task whose span holds `span`, or null. */
export function taskHolding(tasks: readonly Task[], span: Span): number | null {
  const i = tasks.findIndex((t) => within(span, t.span));
  return i < 0 ? null : i + 1;
}

const within = (inner: Span, outer: Span) => outer[0] <= inner[0] && inner[1] <= outer[1];
