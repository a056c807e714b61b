/**
 * The result model (output contract v1) as zod schemas. Every public type is inferred
 * from these, and `vanban schema` prints the JSON Schema generated from them, so the
 * types, the validator and the documentation cannot drift apart.
 */
import type { z } from 'zod';
import { dependency } from '../deps/index.js';
import { lazyValue } from './lazy.js';

/** The three numbering schemes: normative (15/2020/NĐ-CP), administrative (403/UBND-KGVX), party (28-CT/TW). */
export const SCHEMES = ['normative', 'administrative', 'party'] as const;
/**
 * The signing prefixes: TM. (on behalf of a collective), KT. (deputy for), Q. (acting), TL. and TUQ. (by delegation).
 */
export const AUTHORITIES = ['TM', 'KT', 'Q', 'TL', 'TUQ'] as const;
/** How a document relates to an instrument it cites. */
export const RELATIONS = [
  'implements',
  'basedOn',
  'proposal',
  'amends',
  'replaces',
  'repeals',
  'guides',
  'cites',
] as const;
/** Strongest first: a reference takes the strongest relation among its mentions. */
// the verb decides: an instrument the document ends, amends or details keeps that relation even when it also stands in
// the Căn cứ (GOLD.md)
export const RELATION_ORDER: readonly (typeof RELATIONS)[number][] = [
  'implements',
  'repeals',
  'replaces',
  'amends',
  'guides',
  'basedOn',
  'proposal',
  'cites',
];
/**
 * The kinds of outline label, largest unit first (Phần, Chương, Mục, Điều, I., 1.1., 1., (1), a), -, +);
 * the order is the nesting rank.
 */
export const OUTLINE_KINDS = [
  'part',
  'chapter',
  'section',
  'article',
  'roman',
  'decimal',
  'clause',
  'paren',
  'point',
  'dash',
  'plus',
] as const;
/** One of {@link OUTLINE_KINDS}: what an outline label numbers. */
export type OutlineKind = (typeof OUTLINE_KINDS)[number];
/** How often a deadline comes back (`once` for a single date). */
export const RECURRENCES = ['once', 'yearly', 'semiannual', 'quarterly', 'monthly', 'weekly'] as const;
/** How often a target is to be met: once, by its date, or every year ("mỗi năm", "hằng năm"). */
export const TARGET_RECURRENCES = ['once', 'yearly'] as const;
/** Which way a target moves its measure: up (tăng, nâng), down (giảm), or a level to reach or keep. */
export const TARGET_CHANGES = ['increase', 'decrease', 'level'] as const;
/**
 * How the measure compares with the value: trên/hơn/vượt `>`, ít nhất/tối thiểu `>=`, dưới `<`, không quá/tối đa `<=`,
 * else `=`.
 */
export const TARGET_COMPARATORS = ['>', '>=', '<', '<=', '='] as const;
/** Diagnostic severities: `error` (a field could not be read), `warning` (a guess was made), `info`. */
export const SEVERITIES = ['error', 'warning', 'info'] as const;

/** A part, chapter, article, clause or point of the document's outline, with its children. */
export interface OutlineNode {
  label: string;
  /** what the label numbers (`article` for "Điều 5.", `roman` for "II.", `point` for "a)") */
  kind: OutlineKind;
  level: number;
  heading: string | null;
  span: [number, number];
  children: OutlineNode[];
}

/** The schemas, built on first use (see lazy.ts): zod is loaded only then. */
function buildSchemas() {
  const { z } = dependency('zod');
  const SpanSchema = z
    .tuple([z.int().nonnegative(), z.int().nonnegative()])
    .describe('[start, end) in UTF-16 code units of the normalized text');

  const SchemeSchema = z.enum(SCHEMES);

  const DocumentNumberSchema = z.object({
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

  const KindSchema = z.object({
    name: z.string(),
    code: z.string().nullable(),
    /** where the kind was read: the type word, the ký hiệu code, or the default for a công văn */
    source: z.enum(['typeWord', 'numberCode', 'default']),
    span: SpanSchema.nullable(),
  });

  const IssuerSchema = z.object({
    name: z.string(),
    parent: z.string().nullable(),
    inferred: z.boolean(),
    /** the header lines as printed */
    raw: z.string().nullable(),
    span: SpanSchema.nullable(),
  });

  const PlaceSchema = z.object({ name: z.string(), span: SpanSchema });

  const DocumentDateSchema = z.object({
    iso: z.string().nullable().describe('YYYY-MM-DD, or YYYY when only the year is filled in'),
    raw: z.string(),
    span: SpanSchema,
    /** true when the date was not read from a place-and-date line (e.g. an adoption clause) */
    inferred: z.boolean(),
  });

  const EffectiveSchema = z.object({
    iso: z.string().nullable(),
    onSigning: z.boolean(),
    raw: z.string(),
    span: SpanSchema,
  });

  const TitleSchema = z.object({ text: z.string(), span: SpanSchema });

  const NamedSpanSchema = z.object({ name: z.string(), span: SpanSchema });

  const SignatureSchema = z.object({
    authority: z.enum(AUTHORITIES).nullable(),
    onBehalfOf: z.string().nullable(),
    position: z.string().nullable(),
    name: z.string().nullable(),
    span: SpanSchema,
    /** every prefixed line of the block, outermost first: TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG */
    chain: z.array(z.object({ authority: z.enum(AUTHORITIES), title: z.string() })),
  });

  const RelationSchema = z.enum(RELATIONS);

  const MentionSchema = z.object({ span: SpanSchema, text: z.string(), pinpoint: z.string().nullable() });

  const ReferenceSchema = z.object({
    key: z
      .string()
      .describe(
        'vn:<number>[@province][#year] or vn:<kind>:<name>; the same string for the instrument parsed or cited',
      ),
    keyPartial: z
      .boolean()
      .describe('the key lacks the year or province a number of this kind needs: it may stand for several instruments'),
    kind: z.object({ name: z.string(), code: z.string().nullable() }),
    number: DocumentNumberSchema.nullable(),
    name: z.string().nullable(),
    date: z.string().nullable(),
    issuer: z.string().nullable(),
    title: z.string().nullable(),
    relation: RelationSchema,
    mentions: z.array(MentionSchema),
  });

  const StatedRelationSchema = z.object({
    from: z.string(),
    to: z.string(),
    relation: RelationSchema,
    span: SpanSchema,
  });

  const OutlineNodeSchema: z.ZodType<OutlineNode> = z.object({
    label: z.string(),
    kind: z.enum(OUTLINE_KINDS),
    level: z.int().positive(),
    heading: z.string().nullable(),
    span: SpanSchema,
    get children() {
      return z.array(OutlineNodeSchema);
    },
  });

  const DeadlineSchema = z.object({
    text: z.string(),
    date: z.string().nullable().describe('YYYY-MM-DD, --MM-DD, ---DD, or null when relative or weekly'),
    recurrence: z.enum(RECURRENCES),
    span: SpanSchema,
  });

  const AgencySchema = z.object({
    name: z.string().describe('the body in normal case, abbreviations expanded, office titles reduced to their body'),
    span: SpanSchema,
    successors: z
      .array(z.string())
      .describe('bodies that took over its work after the 2025 reorganization; empty when it still exists'),
  });

  const TaskSchema = z.object({
    agencies: z.array(AgencySchema).describe('who must do it (lead or assignee)'),
    coordinators: z.array(AgencySchema).describe('"phối hợp với …"'),
    text: z.string(),
    deadlines: z.array(DeadlineSchema),
    references: z.array(z.string()).describe('keys of the references cited inside the task'),
    span: SpanSchema,
  });

  const TargetSchema = z.object({
    text: z.string().describe('the clause that sets the target'),
    value: z.number().describe('the number, a decimal comma read as a point ("95,5" → 95.5)'),
    unit: z
      .string()
      .nullable()
      .describe('"%" for a percentage, else the counted noun\'s head as written, lower case (huyện, xã, tỷ đồng)'),
    metric: z.string().nullable().describe('what is measured, as written'),
    by: z.string().nullable().describe('the year (YYYY) or date (YYYY-MM-DD) it is due; null when none is given'),
    recurrence: z.enum(TARGET_RECURRENCES),
    change: z.enum(TARGET_CHANGES),
    comparator: z.enum(TARGET_COMPARATORS),
    /** true when `by` is the horizon of the section or plan the target stands in, not written in its clause */
    byInferred: z.boolean(),
    agencies: z
      .array(AgencySchema)
      .describe('the bodies responsible, when the target is inside a task that names them'),
    span: SpanSchema,
  });

  const DiagnosticSchema = z.object({
    code: z.string().describe('area/problem, e.g. number/blank'),
    severity: z.enum(SEVERITIES),
    message: z.string(),
    span: SpanSchema.nullable(),
  });

  const SourceSchema = z.object({
    name: z.string().nullable(),
    format: z
      .enum(['text', 'markdown', 'docx', 'pdf', 'html', 'xml'])
      .describe('what the input was: text and markdown are parsed directly, the others are read into text first'),
    sha256: z.string(),
    encoding: z
      .string()
      .describe(
        'how the bytes were decoded: utf-8, utf-16le, utf-16be, windows-1258, tcvn3, vni, or "string" for a string input; "binary" for a container format (docx, pdf)',
      ),
  });

  const DocumentResultSchema = z.object({
    schemaVersion: z.literal(1),
    source: SourceSchema,
    text: z.string().optional().describe('the normalized text all spans index; the CLI prints it only with --text'),
    key: z
      .string()
      .nullable()
      .describe("the document's own key, as a citation of it would be keyed; null without a number"),
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
    targets: z.array(TargetSchema),
    diagnostics: z.array(DiagnosticSchema),
  });
  return {
    SpanSchema,
    SchemeSchema,
    DocumentNumberSchema,
    KindSchema,
    IssuerSchema,
    PlaceSchema,
    DocumentDateSchema,
    EffectiveSchema,
    TitleSchema,
    NamedSpanSchema,
    SignatureSchema,
    RelationSchema,
    MentionSchema,
    ReferenceSchema,
    StatedRelationSchema,
    OutlineNodeSchema,
    DeadlineSchema,
    AgencySchema,
    TaskSchema,
    TargetSchema,
    DiagnosticSchema,
    SourceSchema,
    DocumentResultSchema,
  };
}

type Schemas = ReturnType<typeof buildSchemas>;
let built: Schemas | undefined;
const schemas = (): Schemas => (built ??= buildSchemas());

/** `[start, end)` in UTF-16 code units of the normalized text (`result.text`). */
export const SpanSchema = lazyValue(() => schemas().SpanSchema);
/** One of {@link SCHEMES}. */
export const SchemeSchema = lazyValue(() => schemas().SchemeSchema);
/** A số/ký hiệu: cleaned text, as printed, and its parts ({@link parseDocumentNumber}). */
export const DocumentNumberSchema = lazyValue(() => schemas().DocumentNumberSchema);
/** The document's kind ("Kế hoạch", "Nghị định") and its type code (KH, NĐ). */
export const KindSchema = lazyValue(() => schemas().KindSchema);
/** The body that issued the document, expanded and in normal case ("Sở Nội vụ tỉnh Lâm Đồng"). */
export const IssuerSchema = lazyValue(() => schemas().IssuerSchema);
/** The place of the place-and-date line ("Hà Nội"). */
export const PlaceSchema = lazyValue(() => schemas().PlaceSchema);
/** The document's date ("ngày 05 tháng 3 năm 2024" → 2024-03-05). */
export const DocumentDateSchema = lazyValue(() => schemas().DocumentDateSchema);
/** When the document takes effect, from its own clause ("có hiệu lực … từ ngày …", "kể từ ngày ký"). */
export const EffectiveSchema = lazyValue(() => schemas().EffectiveSchema);
/** The title or subject line ("Về việc …", the line under the kind). */
export const TitleSchema = lazyValue(() => schemas().TitleSchema);
/** A name and where it is: a recipient ("Nơi nhận") or a distribution line. */
export const NamedSpanSchema = lazyValue(() => schemas().NamedSpanSchema);
/** The signature block: authority prefix, on whose behalf, position and signer's name. */
export const SignatureSchema = lazyValue(() => schemas().SignatureSchema);
/** One of {@link RELATIONS}. */
export const RelationSchema = lazyValue(() => schemas().RelationSchema);
/**
 * One place a reference is cited; `pinpoint` is the article or clause cited with it ("khoản 2, Điều 94" in "khoản 2,
 * Điều 94 Luật Trẻ em"), when read.
 */
export const MentionSchema = lazyValue(() => schemas().MentionSchema);
/** A cited instrument, once, with its key, relation and every mention ({@link extractReferences}). */
export const ReferenceSchema = lazyValue(() => schemas().ReferenceSchema);
/** A relation the text states between two cited instruments (`from` implements `to` …), by their keys. */
export const StatedRelationSchema = lazyValue(() => schemas().StatedRelationSchema);
/** Schema of {@link OutlineNode} (recursive). */
export const OutlineNodeSchema = lazyValue(() => schemas().OutlineNodeSchema);
/** A time limit: its words, its date and recurrence ({@link extractDeadlines}). */
export const DeadlineSchema = lazyValue(() => schemas().DeadlineSchema);
/** An agency named in a task, as a body, with the bodies that took over its work. */
export const AgencySchema = lazyValue(() => schemas().AgencySchema);
/** A task: who must do it, who helps, its text, deadlines and cited references ({@link extractTasks}). */
export const TaskSchema = lazyValue(() => schemas().TaskSchema);
/** A quantitative target (chỉ tiêu) the document sets for the future ({@link extractTargets}). */
export const TargetSchema = lazyValue(() => schemas().TargetSchema);
/** A problem noticed while reading, as data: `area/problem` code, severity, message and span. */
export const DiagnosticSchema = lazyValue(() => schemas().DiagnosticSchema);
/** Where the result came from: file name, format, SHA-256 of the input and how it was decoded. */
export const SourceSchema = lazyValue(() => schemas().SourceSchema);
/**
 * One parsed document: the output contract v1, as {@link parse} returns it. Validate JSON from
 * elsewhere (`vanban parse` output, gold files) with it.
 *
 * @example
 * ```ts
 * import { DocumentResultSchema, parse } from 'vanban';
 *
 * const json = JSON.stringify(parse('Số: 15/2020/NĐ-CP\n\nNGHỊ ĐỊNH'));
 * DocumentResultSchema.safeParse(JSON.parse(json)).success; // → true
 * DocumentResultSchema.safeParse({ schemaVersion: 2 }).success; // → false
 * ```
 */
export const DocumentResultSchema = lazyValue(() => schemas().DocumentResultSchema);

/**
 * `[start, end)` in UTF-16 code units of the normalized text (`result.text`): `text.slice(...span)` is what was read.
 * @useDeclaredType
 */
export type Span = z.infer<typeof SpanSchema>;
/** A numbering scheme ({@link SCHEMES}). @useDeclaredType */
export type Scheme = z.infer<typeof SchemeSchema>;
/** A số/ký hiệu ({@link DocumentNumberSchema}). @useDeclaredType */
export type DocumentNumber = z.infer<typeof DocumentNumberSchema>;
/** The document's kind ({@link KindSchema}). @useDeclaredType */
export type Kind = z.infer<typeof KindSchema>;
/** The issuing body ({@link IssuerSchema}). @useDeclaredType */
export type Issuer = z.infer<typeof IssuerSchema>;
/** The place of issue ({@link PlaceSchema}). @useDeclaredType */
export type Place = z.infer<typeof PlaceSchema>;
/** The document's date ({@link DocumentDateSchema}). @useDeclaredType */
export type DocumentDate = z.infer<typeof DocumentDateSchema>;
/** When the document takes effect ({@link EffectiveSchema}). @useDeclaredType */
export type Effective = z.infer<typeof EffectiveSchema>;
/** The title or subject line ({@link TitleSchema}). @useDeclaredType */
export type Title = z.infer<typeof TitleSchema>;
/** A name and its span ({@link NamedSpanSchema}). @useDeclaredType */
export type NamedSpan = z.infer<typeof NamedSpanSchema>;
/** A signing prefix ({@link AUTHORITIES}). */
export type Authority = (typeof AUTHORITIES)[number];
/** The signature block ({@link SignatureSchema}). @useDeclaredType */
export type Signature = z.infer<typeof SignatureSchema>;
/** How a document relates to an instrument it cites ({@link RELATIONS}). @useDeclaredType */
export type Relation = z.infer<typeof RelationSchema>;
/** A cited instrument ({@link ReferenceSchema}). @useDeclaredType */
export type Reference = z.infer<typeof ReferenceSchema>;
/** A relation the text states between two cited instruments ({@link StatedRelationSchema}). @useDeclaredType */
export type StatedRelation = z.infer<typeof StatedRelationSchema>;
/** A time limit ({@link DeadlineSchema}). @useDeclaredType */
export type Deadline = z.infer<typeof DeadlineSchema>;
/** A task ({@link TaskSchema}). @useDeclaredType */
export type Task = z.infer<typeof TaskSchema>;
/** An agency named in a task ({@link AgencySchema}). @useDeclaredType */
export type Agency = z.infer<typeof AgencySchema>;
/** A target the document sets ({@link TargetSchema}). @useDeclaredType */
export type Target = z.infer<typeof TargetSchema>;
/** A problem noticed while reading ({@link DiagnosticSchema}). @useDeclaredType */
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
/** Where a result came from ({@link SourceSchema}). @useDeclaredType */
export type Source = z.infer<typeof SourceSchema>;
/** One parsed document, the output contract v1 ({@link DocumentResultSchema}). @useDeclaredType */
export type DocumentResult = z.infer<typeof DocumentResultSchema>;

/**
 * The JSON Schema (draft 2020-12) of one result, generated from the zod model (what
 * `vanban schema` prints), for validating results outside JavaScript.
 *
 * @example
 * ```ts
 * import { resultJsonSchema } from 'vanban';
 *
 * const schema = resultJsonSchema();
 * schema.$schema; // → 'https://json-schema.org/draft/2020-12/schema'
 * Object.keys(schema.properties as object).includes('references'); // → true
 * ```
 */
export function resultJsonSchema(): Record<string, unknown> {
  return dependency('zod').z.toJSONSchema(schemas().DocumentResultSchema, {
    target: 'draft-2020-12',
    io: 'output',
  }) as Record<string, unknown>;
}
