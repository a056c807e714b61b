/** One result as the rows of the archive database (sqlite-schema.ts): pure, no database here. */
import type { DocumentResult, Span } from '../model/schema.js';
import { documentNodeKey } from '../graph/build.js';
import { taskHolding, taskRows } from './task-rows.js';

type Row = Record<string, string | number | null>;

export interface DocumentRows {
  document: Row;
  citations: Row[];
  edges: Row[];
  tasks: Row[];
  deadlines: Row[];
  targets: Row[];
}

const spanOf = (span: Span | null) => ({ span_start: span?.[0] ?? null, span_end: span?.[1] ?? null });
const names = (list: ReadonlyArray<{ name: string }>) => (list.length > 0 ? list.map((a) => a.name).join('; ') : null);

export function documentRows(result: DocumentResult): DocumentRows {
  const { text, ...rest } = result;
  const key = documentNodeKey(result);
  return {
    document: {
      name: result.source.name ?? '',
      sha256: result.source.sha256,
      key,
      key_partial: result.keyPartial ? 1 : 0,
      kind: result.kind?.name ?? null,
      kind_code: result.kind?.code ?? null,
      number: result.number?.text ?? null,
      issuer: result.issuer?.name ?? null,
      place: result.place?.name ?? null,
      date: result.date?.iso ?? null,
      effective: result.effective?.iso ?? null,
      title: result.title?.text ?? null,
      signer: result.signature?.name ?? null,
      format: result.source.format,
      encoding: result.source.encoding,
      text: text ?? null,
      result: JSON.stringify(rest),
      error_code: null,
      error_message: null,
    },
    citations: result.references.flatMap((ref) =>
      ref.mentions.map((mention) => ({
        key: ref.key,
        key_partial: ref.keyPartial ? 1 : 0,
        kind: ref.kind.name,
        number: ref.number?.text ?? null,
        name: ref.name,
        issuer: ref.issuer,
        date: ref.date,
        title: ref.title,
        relation: ref.relation,
        mention: mention.text,
        pinpoint: mention.pinpoint,
        ...spanOf(mention.span),
      })),
    ),
    edges: [
      // the document itself is never among its references, but a key may still repeat it
      ...result.references
        .filter((ref) => ref.key !== key)
        .map((ref) => ({ from_key: key, to_key: ref.key, relation: ref.relation, direct: 1 })),
      ...result.statedRelations.map((s) => ({ from_key: s.from, to_key: s.to, relation: s.relation, direct: 0 })),
    ],
    tasks: taskRows(result).map((t) => ({
      task_no: t.taskNo,
      agency: t.agency,
      agency_group: t.agencyGroup,
      agency_key: t.agencyKey,
      coordinators: t.coordinators.length > 0 ? t.coordinators.join('; ') : null,
      text: t.text,
      deadline: t.deadline,
      recurrence: t.recurrence,
      ...spanOf(t.span),
    })),
    deadlines: result.deadlines.map((d) => ({
      task_no: taskHolding(result.tasks, d.span),
      text: d.text,
      date: d.date,
      recurrence: d.recurrence,
      ...spanOf(d.span),
    })),
    targets: result.targets.map((t) => ({
      text: t.text,
      value: t.value,
      unit: t.unit,
      metric: t.metric,
      due: t.by,
      due_inferred: t.byInferred ? 1 : 0,
      recurrence: t.recurrence,
      change: t.change,
      comparator: t.comparator,
      agencies: names(t.agencies),
      ...spanOf(t.span),
    })),
  };
}
