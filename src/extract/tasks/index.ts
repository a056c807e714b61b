/**
 * tasks: who must do what — blocks headed by agencies, "giao X chủ trì" sentences, and a
 * decision's closing article — each task with the references cited inside it and its deadlines.
 */
import type { Deadline, Reference, Task } from '../../model/schema.js';
import { layout as layoutOf, type Layout } from '../../layout/index.js';
import { attachedTexts, buildOutline, type DocumentOutline } from '../../outline/index.js';
import { AGENCY } from '../agencies/gazetteer.js';
import { headedTasks } from './headed.js';
import { openingTasks, sentenceTasks } from './sentences.js';
import { executionTasks } from './execution.js';
import { fieldTasks } from './fields.js';
import { holdsTable, tableTasks } from './tables.js';
import { withoutRestated } from './restated.js';
import { addressedTask } from './addressed.js';
import { inSection } from './sections.js';
import { firstAtOrAfter } from '../../ingest/search.js';
import type { DraftTask, TaskSource } from './draft.js';
import type { ExtractContext, Extracted } from '../support/context.js';

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
  /**
   * the document is a normative text (a number with its year: 15/2026/NQ-CP): its articles set rules, and only its
   * implementing parts ("Tổ chức thực hiện", "Trách nhiệm thi hành") and closing sentence hand out work
   */
  normative?: boolean;
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
  return readTasks({ text, layout: given.layout ?? layoutOf(text) }, given).value;
}

/** The tasks stage of {@link parse}: {@link extractTasks} on a text whose layout is read. */
export function readTasks(
  { text, layout }: ExtractContext,
  given: Omit<Partial<TaskInputs>, 'layout'> = {},
): Extracted<Task[]> {
  const inputs: TaskInputs = { ...given, layout, outline: given.outline ?? buildOutline(layout) };
  const source: TaskSource = { text, canonical: layout.canonical, lines: layout.lines };
  // the plan or programme a decision issues with it, printed after the signature, hands out work too; an attached
  // charter or regulation states its bodies' duties as rules (GOLD.md)
  const outlines = [
    inputs.outline,
    ...attachedTexts(layout)
      .filter((t) => t.title.some((line) => AGENCY.workingAttachment.test(line)))
      // an attached table ("PHÂN CÔNG NHIỆM VỤ": STT / Nhiệm vụ / Cơ quan chủ trì …) is read row by row: its cells
      // would read as points ("1. Bộ Tài chính chủ trì, tổng hợp")
      .filter((t) => !holdsTable(layout.lines, t.outline.first, t.outline.end))
      .map((t) => t.outline),
  ];
  const headed = outlines.map((outline) => headedTasks(source, outline));
  const fielded = outlines.map((outline) => fieldTasks(source, outline));
  // the lines no task took, and those of them no outline point holds: a letter's running text
  const held = heldByPoints(outlines, source.lines.length);
  const free: number[] = [];
  const outside: number[] = [];
  outlines.forEach((outline, k) => {
    for (let i = outline.first; i < outline.end; i++) {
      if (headed[k]!.covered[i] !== 0 || fielded[k]!.covered[i] !== 0 || source.lines[i]!.blank) continue;
      free.push(i);
      if (held[i] === 0) outside.push(i);
    }
  });
  const executing = outlines.flatMap((outline) => executionTasks(source, outline));
  const headedAll = headed.flatMap((h) => h.tasks);
  const rows = tableTasks(source, inputs.outline.first).filter((t) => !overlapsAny(t, headedAll));
  // a part whose heading says what its points are: one that hands out work ("TỔ CHỨC THỰC HIỆN", whose points an
  // appendix table does not restate), or one of a report that tells what was done ("III. KẾT QUẢ THỰC HIỆN …")
  const inPart = (t: DraftTask, heading: RegExp) =>
    outlines.some((outline) => inSection(source, outline, heading, t.span[0]));
  const assigning = (t: DraftTask) => inPart(t, AGENCY.assigningSection);
  const drafts = [
    ...withoutRestated(
      [
        ...headedAll,
        ...fielded.flatMap((f) => f.tasks),
        ...[...sentenceTasks(source, free), ...openingTasks(source, outside)].filter((t) => !overlapsAny(t, executing)),
      ],
      rows,
      assigning,
    ),
    ...executing,
    ...rows,
  ];
  // a report's results, a body's powers and its members' posts read like assignments and are none
  const told = (t: DraftTask) =>
    inPart(t, AGENCY.narratingSection) || inPart(t, AGENCY.powersSection) || inPart(t, AGENCY.compositionSection);
  const addressed =
    inputs.instrument === false ? drafts.flatMap((t) => addressedTask(t, source, inputs.issuer ?? null) ?? []) : drafts;
  // "Ủy ban nhân dân cấp tỉnh chịu trách nhiệm báo cáo …" in an article of a normative text is a rule, not a task
  const rule = (t: DraftTask) => inputs.normative === true && !executing.includes(t) && !assigning(t);
  const tasks = addressed
    .filter((t) => !told(t) && !rule(t))
    .sort((a, b) => a.span[0] - b.span[0])
    .map(completer(inputs));
  return { value: tasks, diagnostics: [] };
}

/**
 * 1 for each of the document's `count` lines that an outline point holds, as headedTasks marks the lines it read; 0
 * for a letter's running text. Under a point that heads no body ("a) Tổ chức chương trình …:") a paragraph describes
 * the content, which the part handing out work assigns.
 */
function heldByPoints(outlines: readonly DocumentOutline[], count: number): Uint8Array {
  const held = new Uint8Array(count);
  for (const outline of outlines)
    for (const entry of outline.entries) if (entry.parent === -1) held.fill(1, entry.line, entry.end);
  return held;
}

function overlapsAny(task: DraftTask, others: readonly DraftTask[]): boolean {
  return others.some((o) => task.span[0] < o.span[1] && o.span[0] < task.span[1]);
}

/**
 * Each task with the deadlines and the keys of the references inside it. The spans of both are sorted once, and each
 * task reads those that open inside it, not every one of the document's.
 */
function completer(inputs: TaskInputs): (task: DraftTask) => Task {
  const deadlines = inputs.deadlines ?? [];
  const references = inputs.references ?? [];
  // built for the first task: a document with none reads no span
  const deadlinesAt = lazily(() => spanIndex(deadlines.map((d, i) => ({ span: d.span, item: i }))));
  const mentionsAt = lazily(() =>
    spanIndex(references.flatMap((r, i) => r.mentions.map((m) => ({ span: m.span, item: i })))),
  );
  return ({ scope, ...task }) => {
    const [from, to] = scope ?? task.span;
    return {
      ...task,
      deadlines: deadlinesAt(from, to).map((i) => deadlines[i]!),
      references: mentionsAt(from, to).map((i) => references[i]!.key),
    };
  };
}

/** `build()`'s lookup, built on the first call. */
function lazily(build: () => (from: number, to: number) => number[]): (from: number, to: number) => number[] {
  let lookup: ((from: number, to: number) => number[]) | undefined;
  return (from, to) => (lookup ??= build())(from, to);
}

/**
 * The items whose span lies inside [from, to], in their order, each once: found from the spans sorted by start. A span
 * that closes before it opens, which no reader writes, has every item tested.
 */
function spanIndex(
  spans: ReadonlyArray<{ span: readonly [number, number]; item: number }>,
): (from: number, to: number) => number[] {
  const inside = (span: readonly [number, number], from: number, to: number) => span[0] >= from && span[1] <= to;
  if (spans.some(({ span }) => span[1] < span[0]))
    return (from, to) => [...new Set(spans.filter(({ span }) => inside(span, from, to)).map(({ item }) => item))];
  const sorted = [...spans].sort((a, b) => a.span[0] - b.span[0]);
  const starts = sorted.map(({ span }) => span[0]);
  return (from, to) => {
    // most tasks hold none or one: a set to tell repeats apart, and a sort, only for more
    let found: number[] | null = null;
    for (let k = firstAtOrAfter(starts, from); k < sorted.length && starts[k]! <= to; k++)
      if (sorted[k]!.span[1] <= to) (found ??= []).push(sorted[k]!.item);
    if (found === null) return [];
    return found.length === 1 ? found : [...new Set(found)].sort((a, b) => a - b);
  };
}
