/**
 * The result model (output contract v1) as zod schemas. Every public type is inferred
 * from these, and `vanban schema` prints the JSON Schema generated from them, so the
 * types, the validator and the documentation cannot drift apart.
 */
import { z } from 'zod';

/** `[start, end)` in UTF-16 code units of the normalized text (`result.text`). */
export const SpanSchema = z
  .tuple([z.int().nonnegative(), z.int().nonnegative()])
  .describe('[start, end) in UTF-16 code units of the normalized text');

export const SCHEMES = ['normative', 'administrative', 'party'] as const;
export const SchemeSchema = z.enum(SCHEMES);

export const DocumentNumberSchema = z.object({
  text: z.string().nullable().describe('cleaned số/ký hiệu; null when the number is left blank'),
  raw: z.string().describe('as printed'),
  ordinal: z.int().nullable(),
  year: z.int().nullable(),
  typeCode: z.string().nullable(),
  issuerCode: z.string().nullable(),
  unitCode: z.string().nullable(),
  scheme: SchemeSchema,
  blank: z.boolean(),
  span: SpanSchema.nullable(),
  /** every issuer code of a joint number (TTLT-BTC-BLĐTBXH → ["BTC", "BLĐTBXH"]) */
  issuerCodes: z.array(z.string()),
});

export const KindSchema = z.object({
  name: z.string(),
  code: z.string().nullable(),
  /** where the kind was read: the type word, the ký hiệu code, or the default for a công văn */
  source: z.enum(['typeWord', 'numberCode', 'default']),
  span: SpanSchema.nullable(),
});

export const IssuerSchema = z.object({
  name: z.string(),
  parent: z.string().nullable(),
  inferred: z.boolean(),
  /** the header lines as printed */
  raw: z.string().nullable(),
  span: SpanSchema.nullable(),
});

export const PlaceSchema = z.object({ name: z.string(), span: SpanSchema });

export const DocumentDateSchema = z.object({
  iso: z.string().nullable().describe('YYYY-MM-DD, or YYYY when only the year is filled in'),
  raw: z.string(),
  span: SpanSchema,
  /** true when the date was not read from a place-and-date line (e.g. an adoption clause) */
  inferred: z.boolean(),
});

export const EffectiveSchema = z.object({
  iso: z.string().nullable(),
  onSigning: z.boolean(),
  raw: z.string(),
  span: SpanSchema,
});

export const TitleSchema = z.object({ text: z.string(), span: SpanSchema });

export const NamedSpanSchema = z.object({ name: z.string(), span: SpanSchema });

export const AUTHORITIES = ['TM', 'KT', 'Q', 'TL', 'TUQ'] as const;

export const SignatureSchema = z.object({
  authority: z.enum(AUTHORITIES).nullable(),
  onBehalfOf: z.string().nullable(),
  position: z.string().nullable(),
  name: z.string().nullable(),
  span: SpanSchema,
  /** every prefixed line of the block, outermost first: TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG */
  chain: z.array(z.object({ authority: z.enum(AUTHORITIES), title: z.string() })),
});

export const RELATIONS = ['implements', 'basedOn', 'proposal', 'amends', 'replaces', 'repeals', 'guides', 'cites'] as const;
export const RelationSchema = z.enum(RELATIONS);

export const MentionSchema = z.object({ span: SpanSchema, text: z.string(), pinpoint: z.string().nullable() });

export const ReferenceSchema = z.object({
  key: z.string().describe('vn:<number>[@province][#year] or vn:<kind>:<name>; the same string for the instrument parsed or cited'),
  keyPartial: z.boolean().describe('the key lacks the year or province a number of this kind needs: it may stand for several instruments'),
  kind: z.object({ name: z.string(), code: z.string().nullable() }),
  number: DocumentNumberSchema.nullable(),
  name: z.string().nullable(),
  date: z.string().nullable(),
  issuer: z.string().nullable(),
  title: z.string().nullable(),
  relation: RelationSchema,
  mentions: z.array(MentionSchema),
});

export const StatedRelationSchema = z.object({
  from: z.string(),
  to: z.string(),
  relation: RelationSchema,
  span: SpanSchema,
});

export interface OutlineNode {
  label: string;
  level: number;
  heading: string | null;
  span: [number, number];
  children: OutlineNode[];
}
export const OutlineNodeSchema: z.ZodType<OutlineNode> = z.object({
  label: z.string(),
  level: z.int().positive(),
  heading: z.string().nullable(),
  span: SpanSchema,
  get children() {
    return z.array(OutlineNodeSchema);
  },
});

export const RECURRENCES = ['once', 'yearly', 'semiannual', 'quarterly', 'monthly'] as const;

export const DeadlineSchema = z.object({
  text: z.string(),
  date: z.string().nullable().describe('YYYY-MM-DD, --MM-DD, ---DD, or null when relative'),
  recurrence: z.enum(RECURRENCES),
  span: SpanSchema,
});

export const AgencySchema = z.object({
  name: z.string().describe('the body in normal case, abbreviations expanded, office titles reduced to their body'),
  span: SpanSchema,
  successors: z.array(z.string()).describe('bodies that took over its work after the 2025 reorganization; empty when it still exists'),
});

export const TaskSchema = z.object({
  agencies: z.array(AgencySchema).describe('who must do it (lead or assignee)'),
  coordinators: z.array(AgencySchema).describe('"phối hợp với …"'),
  text: z.string(),
  deadlines: z.array(DeadlineSchema),
  references: z.array(z.string()).describe('keys of the references cited inside the task'),
  span: SpanSchema,
});

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export const DiagnosticSchema = z.object({
  code: z.string().describe('area/problem, e.g. number/blank'),
  severity: z.enum(SEVERITIES),
  message: z.string(),
  span: SpanSchema.nullable(),
});

export const SourceSchema = z.object({
  name: z.string().nullable(),
  format: z.enum(['text', 'markdown', 'docx', 'pdf', 'html', 'xml']).describe('what the input was: text and markdown are parsed directly, the others are read into text first'),
  sha256: z.string(),
  encoding: z.string().describe('how the bytes were decoded: utf-8, utf-16le, utf-16be, windows-1258, tcvn3, vni, or "string" for a string input; "binary" for a container format (docx, pdf)'),
});

export const DocumentResultSchema = z.object({
  schemaVersion: z.literal(1),
  source: SourceSchema,
  text: z.string().optional().describe('the normalized text all spans index; the CLI prints it only with --text'),
  key: z.string().nullable().describe('the document\'s own key, as a citation of it would be keyed; null without a number'),
  keyPartial: z.boolean(),
  kind: KindSchema.nullable(),
  number: DocumentNumberSchema.nullable(),
  issuer: IssuerSchema.nullable(),
  place: PlaceSchema.nullable(),
  date: DocumentDateSchema.nullable(),
  effective: EffectiveSchema.nullable(),
  title: TitleSchema.nullable(),
  recipients: z.array(NamedSpanSchema),
  distribution: z.array(NamedSpanSchema),
  signature: SignatureSchema.nullable(),
  references: z.array(ReferenceSchema),
  statedRelations: z.array(StatedRelationSchema),
  outline: z.array(OutlineNodeSchema),
  tasks: z.array(TaskSchema),
  deadlines: z.array(DeadlineSchema),
  diagnostics: z.array(DiagnosticSchema),
});

export type Span = z.infer<typeof SpanSchema>;
export type Scheme = z.infer<typeof SchemeSchema>;
export type DocumentNumber = z.infer<typeof DocumentNumberSchema>;
export type Kind = z.infer<typeof KindSchema>;
export type Issuer = z.infer<typeof IssuerSchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type DocumentDate = z.infer<typeof DocumentDateSchema>;
export type Effective = z.infer<typeof EffectiveSchema>;
export type Title = z.infer<typeof TitleSchema>;
export type NamedSpan = z.infer<typeof NamedSpanSchema>;
export type Authority = (typeof AUTHORITIES)[number];
export type Signature = z.infer<typeof SignatureSchema>;
export type Relation = z.infer<typeof RelationSchema>;
export type Reference = z.infer<typeof ReferenceSchema>;
export type StatedRelation = z.infer<typeof StatedRelationSchema>;
export type Deadline = z.infer<typeof DeadlineSchema>;
export type Task = z.infer<typeof TaskSchema>;
export type Agency = z.infer<typeof AgencySchema>;
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type DocumentResult = z.infer<typeof DocumentResultSchema>;

/** The JSON Schema (draft 2020-12) of one result, generated from the zod model. */
export function resultJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(DocumentResultSchema, { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
}
