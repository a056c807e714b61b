/**
 * tasks: who must do what — blocks headed by agencies, "giao X chủ trì" sentences, and a
 * decision's closing article — each task with the references cited inside it and its deadlines.
 */
import type { Deadline, Reference, Task } from '../../model/schema.js';
import { layout as layoutOf, type Layout } from '../../layout/index.js';
import { buildOutline, type DocumentOutline } from '../../outline/index.js';
import { headedTasks } from './headed.js';
import { sentenceTasks } from './sentences.js';
import { executionTasks } from './execution.js';
import { fieldTasks } from './fields.js';
import { tableTasks } from './tables.js';
import type { DraftTask, TaskSource } from './draft.js';

export interface TaskInputs {
  layout: Layout;
  outline: DocumentOutline;
  references?: readonly Reference[];
  deadlines?: readonly Deadline[];
}

/**
 * Every task of the document, in text order. `text` is a normalized text (`ingest(…).text` or
 * `parse(…).text`); its layout and outline are read from it unless given.
 */
export function extractTasks(text: string, given: Partial<TaskInputs> = {}): Task[] {
  const layout = given.layout ?? layoutOf(text);
  const inputs: TaskInputs = { ...given, layout, outline: given.outline ?? buildOutline(layout) };
  const source: TaskSource = { text, canonical: layout.canonical, lines: layout.lines };
  const { outline } = inputs;
  const headed = headedTasks(source, outline);
  const fielded = fieldTasks(source, outline);
  const free: number[] = [];
  for (let i = outline.first; i < outline.end; i++) {
    if (!headed.covered.has(i) && !fielded.covered.has(i) && !source.lines[i]!.blank) free.push(i);
  }
  const executing = executionTasks(source, outline);
  const drafts = [
    ...headed.tasks,
    ...fielded.tasks,
    ...sentenceTasks(source, free).filter((t) => !overlapsAny(t, executing)),
    ...executing,
    ...tableTasks(source, outline.first).filter((t) => !overlapsAny(t, headed.tasks)),
  ];
  drafts.sort((a, b) => a.span[0] - b.span[0]);
  return drafts.map((t) => complete(t, inputs));
}

function overlapsAny(task: DraftTask, others: readonly DraftTask[]): boolean {
  return others.some((o) => task.span[0] < o.span[1] && o.span[0] < task.span[1]);
}

function complete({ scope, ...task }: DraftTask, inputs: TaskInputs): Task {
  const [from, to] = scope ?? task.span;
  const inside = (span: readonly [number, number]) => span[0] >= from && span[1] <= to;
  return {
    ...task,
    deadlines: (inputs.deadlines ?? []).filter((d) => inside(d.span)),
    references: (inputs.references ?? []).filter((r) => r.mentions.some((m) => inside(m.span))).map((r) => r.key),
  };
}
