/**
 * tasks: who must do what — blocks headed by agencies, "giao X chủ trì" sentences, and a
 * decision's closing article — each task with the references cited inside it and its deadlines.
 */
import type { Deadline, Reference, Span, Task } from '../../model/schema.js';
import { layout as layoutOf, type Layout } from '../../layout/index.js';
import { buildOutline, type DocumentOutline } from '../../outline/index.js';
import { AGENCY } from '../agencies/gazetteer.js';
import { headedTasks } from './headed.js';
import { sentenceTasks } from './sentences.js';
import { executionTasks } from './execution.js';
import { fieldTasks } from './fields.js';
import { tableTasks } from './tables.js';
import { withoutRestated } from './restated.js';
import { addressedTask } from './addressed.js';
import type { DraftTask, TaskSource } from './draft.js';

/** What {@link extractTasks} works from; everything but the text can be left out. */
export interface TaskInputs {
  /** the text's lines and zones (read from the text when not given) */
  layout: Layout;
  /** its parts, articles, clauses and points (built from the layout when not given) */
  outline: DocumentOutline;
  /** the document's references: each task lists the keys of those cited inside it */
  references?: readonly Reference[];
  /** the document's deadlines: each task gets those inside it */
  deadlines?: readonly Deadline[];
  /**
   * the document is a legal instrument (decision, resolution, directive …), whose closing sentence and duties of its
   * issuer are tasks; `false` for a letter, plan, report or submission, which asks them of no one (GOLD.md).
   * Left out: read as an instrument.
   */
  instrument?: boolean;
  /** the issuing body's name: a letter or plan that names work for it restates or proposes it */
  issuer?: string | null;
}

/**
 * Every task of the document, in text order: who must do it (`agencies`), who helps
 * (`coordinators`, "phối hợp với …"), the task's text and span, the deadlines inside it and the
 * keys of the references it cites. Tasks are read from blocks headed by an agency, "giao X chủ
 * trì" sentences, task tables and a decision's closing article. `text` is a normalized text
 * (`ingest(…).text` or `parse(…).text`); its layout and outline are read from it unless given.
 * Pass `references` and `deadlines` (as {@link parse} does) to have them attached to each task.
 *
 * @param text - the normalized document text
 * @param given - its layout, outline, references and deadlines, when the caller has them
 *
 * @example
 * ```ts
 * import { extractDeadlines, extractTasks } from 'vanban';
 *
 * const text = '1. Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính xây dựng kế hoạch, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/11/2026.';
 * const tasks = extractTasks(text, { deadlines: extractDeadlines(text, { documentDate: '2026-05-04' }) });
 * tasks.length; // → 1
 * tasks[0]?.agencies.map((a) => a.name); // → ['Sở Y tế']
 * tasks[0]?.coordinators.map((a) => a.name); // → ['Sở Tài chính']
 * tasks[0]?.deadlines.map((d) => d.date); // → ['2026-11-15']
 * ```
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
  const rows = tableTasks(source, outline.first).filter((t) => !overlapsAny(t, headed.tasks));
  const drafts = [
    ...withoutRestated(
      [...headed.tasks, ...fielded.tasks, ...sentenceTasks(source, free).filter((t) => !overlapsAny(t, executing))],
      rows,
      partsOf(source, outline, AGENCY.assigningSection),
    ),
    ...executing,
    ...rows,
  ];
  const told = partsOf(source, outline, AGENCY.narratingSection);
  const addressed =
    inputs.instrument === false ? drafts.flatMap((t) => addressedTask(t, source, inputs.issuer ?? null) ?? []) : drafts;
  return addressed
    .filter((t) => !told.some(([from, to]) => t.span[0] >= from && t.span[0] < to))
    .sort((a, b) => a.span[0] - b.span[0])
    .map((t) => complete(t, inputs));
}

/**
 * The parts whose heading matches `heading`: those of a report that tell what was done ("III. KẾT
 * QUẢ THỰC HIỆN …", where what reads as an assignment is narration), or those that hand out work
 * ("TỔ CHỨC THỰC HIỆN", whose points an appendix table does not restate).
 */
function partsOf(source: TaskSource, outline: DocumentOutline, heading: RegExp): Span[] {
  return outline.entries
    .filter((e) => e.headingSpan && heading.test(source.canonical.slice(...e.headingSpan)))
    .map((e) => e.span);
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
