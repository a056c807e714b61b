/**
 * What an annotated text marks, read from a result alone: each mention of a cited instrument,
 * each agency of a task, each deadline and each target, with the span it covers. One place
 * named twice (an agency leading one task and coordinating another, a deadline of the document
 * and of its task) is one mark carrying both roles.
 */
import type { Agency, Deadline, DocumentResult, Relation, Span, Target } from '../model/schema.js';

/** What an {@link annotate}d text marks: a citation, an agency, a deadline or a target. */
export type MarkKind = 'citation' | 'agency' | 'deadline' | 'target';

/** Which of the marks at one span is outermost: a target's clause holds the rest, an agency the least. */
export const MARK_RANK: Readonly<Record<MarkKind, number>> = { target: 0, citation: 1, deadline: 2, agency: 3 };

/** A mention of a cited instrument, linked to its graph node. */
export interface CitationMark {
  kind: 'citation';
  span: Span;
  /** the graph node's key (the reference's key, or the node a graph merged it into) */
  key: string;
  /** the key the reference carries in the result */
  reference: string;
  relation: Relation;
  /** kind and number, or name: how a reader names the instrument */
  label: string;
  /** the article or clause cited with it ("khoản 2, Điều 94"), when read */
  pinpoint: string | null;
}

/** An agency named by tasks (or targets): who leads, who coordinates. */
export interface AgencyMark {
  kind: 'agency';
  span: Span;
  name: string;
  roles: ('lead' | 'coordinator')[];
  /** indexes into `result.tasks` of the tasks naming it */
  tasks: number[];
  successors: string[];
}

/** A deadline: its date and recurrence. */
export interface DeadlineMark {
  kind: 'deadline';
  span: Span;
  date: string | null;
  recurrence: Deadline['recurrence'];
  /** indexes into `result.tasks` of the tasks it belongs to */
  tasks: number[];
}

/** A target (chỉ tiêu): value, unit, due time, comparator. */
export interface TargetMark {
  kind: 'target';
  span: Span;
  value: number;
  unit: string | null;
  by: string | null;
  comparator: Target['comparator'];
  change: Target['change'];
  recurrence: Target['recurrence'];
}

/** One marked span of an annotated text. */
export type Mark = CitationMark | AgencyMark | DeadlineMark | TargetMark;

/** What {@link annotate} reads of a result: its text, and the values that carry spans. */
export type AnnotateInput = Pick<DocumentResult, 'text' | 'references' | 'tasks' | 'deadlines' | 'targets'>;

/** Every mark of a result, one per kind and place, in no particular order. */
export function collectMarks(result: AnnotateInput, nodeKey: (referenceKey: string) => string): Mark[] {
  const marks = new Map<string, Mark>();
  const add = (identity: string, mark: Mark, merge: (old: Mark) => void) => {
    const old = marks.get(identity);
    if (old) merge(old);
    else marks.set(identity, mark);
  };
  for (const ref of result.references) {
    const label = ref.number?.text ? `${ref.kind.name} ${ref.number.text}` : (ref.name ?? ref.kind.name);
    for (const mention of ref.mentions) {
      const mark: CitationMark = {
        kind: 'citation',
        span: mention.span,
        key: nodeKey(ref.key),
        reference: ref.key,
        relation: ref.relation,
        label,
        pinpoint: mention.pinpoint,
      };
      add(`citation:${mention.span}:${ref.key}`, mark, () => {});
    }
  }
  const agency = (a: Agency, role: 'lead' | 'coordinator', task: number | null) => {
    const mark: AgencyMark = {
      kind: 'agency',
      span: a.span,
      name: a.name,
      roles: [role],
      tasks: task === null ? [] : [task],
      successors: a.successors,
    };
    add(`agency:${a.span}:${a.name}`, mark, (old) => mergeInto(old as AgencyMark, mark));
  };
  const deadline = (d: Deadline, task: number | null) => {
    const mark: DeadlineMark = {
      kind: 'deadline',
      span: d.span,
      date: d.date,
      recurrence: d.recurrence,
      tasks: task === null ? [] : [task],
    };
    add(`deadline:${d.span}:${d.date}:${d.recurrence}`, mark, (old) => mergeInto(old as DeadlineMark, mark));
  };
  result.tasks.forEach((task, i) => {
    for (const a of task.agencies) agency(a, 'lead', i);
    for (const a of task.coordinators) agency(a, 'coordinator', i);
    for (const d of task.deadlines) deadline(d, i);
  });
  for (const d of result.deadlines) deadline(d, null);
  for (const t of result.targets) {
    // a target's bodies are those of the task it stands in: they lead it
    for (const a of t.agencies) agency(a, 'lead', null);
    const mark: TargetMark = {
      kind: 'target',
      span: t.span,
      value: t.value,
      unit: t.unit,
      by: t.by,
      comparator: t.comparator,
      change: t.change,
      recurrence: t.recurrence,
    };
    add(`target:${t.span}:${t.value}:${t.unit}`, mark, () => {});
  }
  return [...marks.values()];
}

/** The same agency or deadline named again: one mark, the union of roles and tasks. */
function mergeInto<M extends AgencyMark | DeadlineMark>(old: M, again: M): void {
  old.tasks = [...new Set([...old.tasks, ...again.tasks])].sort((a, b) => a - b);
  if (old.kind === 'agency' && again.kind === 'agency') old.roles = [...new Set([...old.roles, ...again.roles])].sort();
}

/** Marks in reading order: by start, the longer first (it holds the shorter), then by {@link MARK_RANK}. */
export function byPosition(a: Mark, b: Mark): number {
  if (a.span[0] !== b.span[0] || a.span[1] !== b.span[1] || a.kind !== b.kind)
    return a.span[0] - b.span[0] || b.span[1] - a.span[1] || MARK_RANK[a.kind] - MARK_RANK[b.kind];
  // two marks of one kind at one span: their data decides, not the order the values came in
  const [x, y] = [JSON.stringify(a), JSON.stringify(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}
