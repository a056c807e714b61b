/**
 * The two sides of a comparison: the gold file (validated, corpus/GOLD.md format 1) and a
 * parse result projected onto the same fields. Absent gold keys stay `undefined` so the
 * scorer can skip them; the projection of a result always has every field.
 */
import { z } from 'zod';
import type { DocumentResult } from '../model/schema.js';
import { foldText } from './score-fold.js';

const text = z.string().nullable();

const GoldSignerSchema = z.object({
  authority: text,
  onBehalfOf: text,
  position: text,
  name: text,
});

const GoldReferenceSchema = z.looseObject({
  kind: text.optional(),
  number: text.optional(),
  name: text.optional(),
  date: text.optional(),
  issuer: text.optional(),
  relation: z.string().optional(),
});

const GoldTaskSchema = z.looseObject({ agency: z.string(), items: z.int().nonnegative() });

const GoldDeadlineSchema = z.looseObject({
  date: text,
  recurrence: z.string(),
  text: z.string().optional(),
});

const GoldTargetSchema = z.looseObject({
  value: z.number(),
  unit: text,
  by: text,
  recurrence: z.string(),
  change: z.string(),
  comparator: z.string(),
  text: z.string().optional(),
});

/** A gold file. Every scored key is optional: an absent key is not scored for that document. */
export const GoldSchema = z.looseObject({
  version: z.literal(1).optional(),
  kind: text.optional(),
  number: text.optional(),
  numberBlank: z.boolean().optional(),
  issuer: text.optional(),
  issuerInferred: z.boolean().optional(),
  place: text.optional(),
  date: text.optional(),
  effective: text.optional(),
  title: text.optional(),
  signer: GoldSignerSchema.nullable().optional(),
  references: z.array(GoldReferenceSchema).optional(),
  tasks: z.array(GoldTaskSchema).optional(),
  deadlines: z.array(GoldDeadlineSchema).optional(),
  targets: z.array(GoldTargetSchema).optional(),
  notes: z.string().optional(),
});

/** A validated gold file. */
export type Gold = z.infer<typeof GoldSchema>;
/** The signature block as gold writes it. */
export type SignerFields = z.infer<typeof GoldSignerSchema>;

/** Validate a parsed gold file; throws with the document name and zod's message. */
export function readGold(doc: string, gold: unknown): Gold {
  const parsed = GoldSchema.safeParse(gold);
  if (!parsed.success) throw new Error(`${doc}: invalid gold file\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** One cited instrument, on either side. */
export interface RefRow {
  number: string | null;
  name: string | null;
  date: string | null;
  issuer: string | null;
  relation: string | null;
}

/** One agency with the number of points of work assigned to it. */
export interface TaskRow {
  agency: string;
  items: number;
}

/** One dated time limit. */
export interface DeadlineRow {
  date: string;
  recurrence: string;
}

/** One target, as the scorer keys it (see {@link targetKey}) with the fields compared on a match. */
export interface TargetRow {
  value: number;
  unit: string | null;
  by: string | null;
  recurrence: string;
  change: string;
  comparator: string;
}

/**
 * The key GOLD.md scores a target by: its value, percent or not, and its due date — or its
 * recurrence when it has none. Written so a miss reads as what it is: "90% by 2015", "5 yearly".
 */
export function targetKey(row: Pick<TargetRow, 'value' | 'unit' | 'by' | 'recurrence'>): string {
  const percent = row.unit?.trim() === '%' ? '%' : '';
  const when = row.by === null || row.by.trim() === '' ? row.recurrence : `by ${row.by.trim()}`;
  return `${row.value}${percent} ${when}`;
}

/** A parse result mapped onto the gold fields. */
export interface Projection {
  kind: string | null;
  number: string | null;
  numberBlank: boolean;
  issuer: string | null;
  issuerInferred: boolean | null;
  place: string | null;
  date: string | null;
  effective: string | null;
  title: string | null;
  signer: SignerFields | null;
  references: RefRow[];
  tasks: TaskRow[];
  deadlines: DeadlineRow[];
  targets: TargetRow[];
}

/** Map a parse result onto the gold fields (see the field comments for each rule). */
export function projectResult(result: DocumentResult): Projection {
  const { effective, signature } = result;
  return {
    kind: result.kind?.name ?? null,
    // a blank number line has no number to compare; numberBlank carries it
    number: result.number?.blank ? null : (result.number?.text ?? null),
    numberBlank: result.number?.blank ?? false,
    issuer: result.issuer?.name ?? null,
    // null when there is no issuer at all, so it cannot agree with either gold value
    issuerInferred: result.issuer?.inferred ?? null,
    place: result.place?.name ?? null,
    date: result.date?.iso ?? null,
    effective: effective ? (effective.onSigning ? 'signing' : effective.iso) : null,
    title: result.title?.text ?? null,
    signer: signature
      ? {
          authority: signature.authority,
          onBehalfOf: signature.onBehalfOf,
          position: signature.position,
          name: signature.name,
        }
      : null,
    references: result.references.map((ref) => ({
      number: ref.number?.text ?? null,
      name: ref.name,
      date: ref.date,
      issuer: ref.issuer,
      relation: ref.relation,
    })),
    tasks: groupTasks(result.tasks),
    deadlines: datedDeadlines(result.deadlines),
    targets: (result.targets ?? []).map(({ value, unit, by, recurrence, change, comparator }) => ({
      value,
      unit,
      by,
      recurrence,
      change,
      comparator,
    })),
  };
}

/**
 * Tasks grouped by agency (folded name): each task counts one item for every distinct
 * agency it names. The row keeps the first spelling met.
 */
export function groupTasks(tasks: DocumentResult['tasks']): TaskRow[] {
  const rows = new Map<string, TaskRow>();
  for (const task of tasks) {
    const seen = new Set<string>();
    for (const { name } of task.agencies) {
      const key = foldText(name);
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      const row = rows.get(key);
      if (row) row.items += 1;
      else rows.set(key, { agency: name, items: 1 });
    }
  }
  return [...rows.values()];
}

/** Deadlines with a date, one per date (the first one met keeps its recurrence). */
export function datedDeadlines(deadlines: DocumentResult['deadlines']): DeadlineRow[] {
  const rows = new Map<string, DeadlineRow>();
  for (const { date, recurrence } of deadlines) {
    if (date === null) continue;
    const key = date.trim();
    if (!rows.has(key)) rows.set(key, { date: key, recurrence });
  }
  return [...rows.values()];
}
