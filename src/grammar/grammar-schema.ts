/**
 * The one schema family of grammars/*.json. Every file is checked against its schema here by the
 * grammar-format test (tests/grammar/files.test.ts) and by `npm run grammars:fix`, which also writes
 * the JSON Schema of each file into grammars/schema/ for editors. The runtime loader (load.ts)
 * does not validate: the files ship with the package and the test has checked them, so importing
 * the package does not pay for zod going over some 400 kB of data.
 *
 * Runtime modules import only the types of this file (`import type`), never its values.
 */
import { z } from 'zod';
import { TYPE_FAMILIES } from './document-types.js';
import { ISSUER_FAMILIES } from './issuer-codes.js';

/** The why of an entry or a file, for the next person: one string, or one string a line. */
const Comment = z
  .union([z.string(), z.array(z.string())])
  .describe('Why the entry is written so: one string, or an array of lines.');

const IsoDate = z.string().regex(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/u);
const Words = z.array(z.string().min(1));
/** The `$schema` an editor reads (grammars/schema/<file>.json). */
const SchemaRef = z.string().optional();

export const GrammarEntryBase = z.strictObject({
  id: z.string().min(1).describe('The name code and tests use: never rename it.'),
  examples: z
    .array(z.string())
    .min(1)
    .describe('Texts the entry must match completely; "context [part] context" for the part alone.'),
  counterExamples: z.array(z.string()).describe('Near-misses the entry must not match.'),
  note: z.string().optional().describe('What the entry is for (kept for older entries; prefer comment).'),
  comment: Comment.optional(),
});

/**
 * A pattern entry: a phrase list (`phrases`, compiled longest first with Vietnamese-aware word
 * boundaries), a regular expression (`pattern`, `{{name}}` replaced by the file's fragments), or
 * both (`{{phrases}}` in the pattern stands for the phrase list's alternation).
 */
const PatternEntry = GrammarEntryBase.extend({
  phrases: Words.min(1)
    .optional()
    .describe('Literal phrases, in any order: compiled longest first, spaces matching any run of spaces.'),
  pattern: z
    .string()
    .min(1)
    .optional()
    .describe('A regular expression; {{name}} is a fragment, {{phrases}} the phrase list.'),
  flags: z
    .string()
    .regex(/^[gimsu]*$/)
    .optional(),
}).refine((e) => e.phrases !== undefined || e.pattern !== undefined, {
  message: 'an entry needs phrases or a pattern',
});

/** A fragment: a piece of regular expression, or a phrase list compiled to `(?:longest|first)`. */
const Fragment = z
  .union([z.string(), z.array(z.string()).min(1)])
  .describe('A piece of regular expression, or a list of phrases ("" = the words may be left out).');

export function patternFile<E extends z.ZodType>(entry: E) {
  return z.strictObject({
    $schema: SchemaRef,
    description: z.string(),
    comment: Comment.optional(),
    fragments: z
      .record(z.string(), Fragment)
      .optional()
      .describe('Named pieces used as {{name}}; a fragment may use the fragments before it.'),
    entries: z.array(entry).min(1),
  });
}

export function grammarFileSchema<E extends z.ZodType>(entry: E) {
  return z.strictObject({
    $schema: SchemaRef,
    description: z.string(),
    comment: Comment.optional(),
    entries: z.array(entry).min(1),
  });
}

const PhraseEntry = GrammarEntryBase.extend({ phrases: Words.min(1) });

const DocumentTypeEntry = GrammarEntryBase.extend({
  name: z.string().min(1),
  words: Words.min(1),
  codes: Words,
  /** codes used before `until` (exclusive): TT 01/2011 codes replaced by NĐ 30 on 2020-03-05 */
  legacyCodes: z.array(z.strictObject({ code: z.string().min(1), until: IsoDate })).optional(),
  families: z.array(z.enum(TYPE_FAMILIES)).min(1),
  /** every code after the type code is an issuer (TTLT-BTC-BLĐTBXH) */
  joint: z.boolean().optional(),
  /** the numbering scheme of this type whatever the number's shape (VBHN: normative without a year) */
  scheme: z.enum(['normative', 'administrative', 'party']).optional(),
});

const IssuerCodeEntry = GrammarEntryBase.extend({
  code: z.string().min(1),
  name: z.string().min(1),
  family: z.enum(ISSUER_FAMILIES),
  /** other spellings of the code ("TƯ" for "TW") */
  variants: Words.optional(),
  /** the code is followed by a term number: QH15, UBTVQH14 */
  termSuffix: z.boolean().optional(),
  validFrom: IsoDate.optional(),
  validTo: IsoDate.optional(),
  successor: z.string().optional(),
  /** a code every province's body uses (TU, HU, ĐU): the code alone does not say which one */
  local: z.boolean().optional(),
});

const LawEntry = GrammarEntryBase.extend({
  kind: z.enum(['Hiến pháp', 'Bộ luật', 'Luật', 'Pháp lệnh', 'Nghị quyết']),
  number: z.string().nullable(),
  title: z.string().min(1),
  variants: z.array(z.string()),
  adopted: IsoDate.nullable(),
  effective: IsoDate.nullable(),
  replacedBy: z.string().nullable(),
  confidence: z.enum(['high', 'low']),
  sources: z.array(z.string()),
});

const PublicBodyEntry = GrammarEntryBase.extend({
  /** ministry, department, party, front, kind (a kind of body, written in lower case) … */
  kind: z.string().min(1),
  names: Words.min(1),
  abbreviations: Words.optional(),
  /** the name takes a locality after it: "Sở Y tế tỉnh Lào Cai", "Ủy ban nhân dân các xã" */
  local: z.boolean().optional(),
  /** without its locality the name is a common noun ("Thuế tỉnh" is a body, "thuế" a tax) */
  needsLocality: z.boolean().optional(),
  validFrom: z.string().optional(),
  validTo: z.string().optional(),
  successors: z.array(z.string()).optional(),
});

const BodyEntry = GrammarEntryBase.extend({
  head: z.string().min(1),
  abbreviations: Words,
  /** the head takes a locality ("Ủy ban nhân dân tỉnh …") */
  local: z.boolean().optional(),
  /** a header line under it qualifies it rather than naming a body of its own */
  qualify: z.boolean().optional(),
});

const LocalityEntry = GrammarEntryBase.extend({
  name: z.string().min(1),
  level: z.enum(['tỉnh', 'thành phố']),
  aliases: Words.optional(),
  validFrom: IsoDate.optional(),
  validTo: IsoDate.optional(),
  successor: z.string().optional(),
});

const MisreadingEntry = GrammarEntryBase.extend({
  /** the right spelling */
  reading: z.string().min(1),
  /** the misreadings of it */
  phrases: Words.min(1),
});

/**
 * Examples of the items of a file's plain word lists, which have no entry of their own to carry them:
 * `{ "<list key>": { "<word>": ["a phrase where the word does its job", …] } }`. Code never reads them;
 * tests/grammar/word-lists.test.ts checks that every item of a covered list has one and runs each through the reader
 * that uses the list.
 */
const WordExamples = z
  .record(z.string(), z.record(z.string(), z.array(z.string().min(1)).min(1)))
  .optional()
  .describe('Per list key, per word: phrases of the documents where the word does its job (checked by a test).');

/** successors may be empty: a level of government abolished (huyện, 2025) has no successor body */
const Succession = z.strictObject({ name: z.string().min(1), until: IsoDate, successors: Words });

const AgenciesFile = patternFile(PatternEntry).extend({
  heads: Words.min(1),
  holders: Words.min(1),
  holdersKeepingTheirBody: z.record(z.string(), z.string()),
  /**
   * titles whose last word is their body's head in lower case: "Trưởng phòng Nội vụ" heads the Phòng Nội vụ, "Trưởng
   * ban Dân tộc" the Ban Dân tộc
   */
  holdersFusingTheirHead: Words,
  /** a title before a level alone names the body it heads there: "Chủ tịch tỉnh" is the Ủy ban nhân dân tỉnh */
  holdersOfLevel: z.record(z.string(), z.string()),
  successions: z.array(Succession),
  multiCommaFields: Words,
  /** the office two bodies share, whose "và" joins no two bodies: "Văn phòng HĐND và UBND huyện" */
  jointOffices: Words,
  duties: Words.min(1),
  leadDuties: Words.min(1),
  statingDuties: Words,
  notInName: Words.min(1),
  genericParties: Words.min(1),
  /** the verbs that close a clause of agents: "cơ quan do Chính phủ, Thủ tướng Chính phủ thành lập" */
  agentVerbs: Words.min(1),
  /** the units a locality list names one body each for: "Hội X tỉnh A, tỉnh B" */
  administrativeUnits: Words.min(1),
  /** heads that take a level shared by a list ("… các cấp") when named bare */
  headsTakingLevel: Words.min(1),
  headsNamingOnlyWithCapital: Words,
  /** a head and the words after it that form a common compound, in any case: 'ban hành', 'bộ máy' */
  wordsMakingHeadCommon: Words,
  /** the same, only in lower case: 'trung tâm dữ liệu' is a data centre, 'TRUNG TÂM DỮ LIỆU QUỐC GIA' a body */
  wordsMakingHeadCommonInLowerCase: Words,
  anyBodyWords: Words.min(1),
  /** a word for any body that, alone, names none: "Các cơ quan", "Đơn vị" (unlike "Các địa phương") */
  bodyWordsNamingNone: Words,
  /** persons a list may name after its bodies ("…, cán bộ, công chức"): no part of a body's name */
  individuals: Words.min(1),
  /** verbs that open the predicate after a group named by kinds of body ("Các bộ, cơ quan lập …") */
  kindPredicates: Words.min(1),
  wordExamples: WordExamples,
});

const NamesFile = z.strictObject({
  $schema: SchemaRef,
  description: z.string(),
  comment: Comment.optional(),
  levels: Words.min(1),
  /** words that open with a level word and are common nouns, no level: 'Khoa học xã hội' is no commune */
  notLevels: Words,
  /**
   * words a number follows, which keep their casing and a Roman numeral's capitals: 'Chi cục Thuế khu vực XV',
   * 'Bộ Tư lệnh Quân khu VII'; only after them is 'XI' or 'VI' a number, elsewhere a syllable ('xi măng', 'vi phạm')
   */
  numberedUnits: Words,
  /** the words and marks between two fields of a name: 'Lao động - Thương binh và Xã hội' */
  fieldSeparators: Words.min(1),
  fixedCase: Words,
  abbreviations: z.record(z.string(), z.string()),
  positions: Words.min(1),
  deputy: z.string().min(1),
  localCommittees: Words,
  partyBoards: z.strictObject({
    note: z.string().optional(),
    heads: Words,
    central: z.string(),
    centralQualifier: z.string(),
    centralNames: z.record(z.string(), z.string()),
    standingBodies: Words,
    committees: Words,
    standingNote: z.string().optional(),
  }),
  wordExamples: WordExamples,
});

const LegacyEncodingsFile = z.strictObject({
  $schema: SchemaRef,
  description: z.string(),
  sources: z.array(z.string()),
  tcvn3: z.strictObject({
    description: z.string(),
    bytes: z.record(z.string().regex(/^[0-9A-F]{2}$/), z.string().length(1)),
  }),
  vni: z.strictObject({
    description: z.string(),
    letters: z.record(z.string(), z.string().regex(/^[0-9A-F]{2}(?: [0-9A-F]{2})*$/)),
  }),
});

const PatternFile = patternFile(PatternEntry);
const PhraseFile = grammarFileSchema(PhraseEntry);

/** Every grammar file by name (grammars/<name>.json) with its schema: a file missing here fails the format test. */
export const GRAMMAR_SCHEMAS = {
  agencies: AgenciesFile,
  bodies: grammarFileSchema(BodyEntry),
  citations: PatternFile,
  deadlines: PatternFile,
  'document-types': grammarFileSchema(DocumentTypeEntry).extend({
    numberKeyword: GrammarEntryBase.extend({ words: Words.min(1) }),
  }),
  effective: PatternFile,
  header: PatternFile,
  'issuer-codes': grammarFileSchema(IssuerCodeEntry),
  issuer: PhraseFile,
  'law-names': PhraseFile,
  laws: grammarFileSchema(LawEntry),
  'legacy-encodings': LegacyEncodingsFile,
  localities: grammarFileSchema(LocalityEntry),
  misreadings: grammarFileSchema(MisreadingEntry),
  names: NamesFile,
  noise: PatternFile,
  outline: PatternFile,
  'public-bodies': grammarFileSchema(PublicBodyEntry),
  'relation-verbs': PhraseFile,
  relations: PatternFile,
  signature: PatternFile,
  tables: PatternFile,
  targets: PhraseFile,
} as const;

export type GrammarName = keyof typeof GRAMMAR_SCHEMAS;
/** The data of each grammar file, as its schema describes it. */
export type GrammarData = { [N in GrammarName]: z.infer<(typeof GRAMMAR_SCHEMAS)[N]> };

export type PatternEntry = z.infer<typeof PatternEntry>;
export type PhraseEntry = z.infer<typeof PhraseEntry>;
export type DocumentType = z.infer<typeof DocumentTypeEntry>;
export type IssuerCodeEntry = z.infer<typeof IssuerCodeEntry>;
export type Law = z.infer<typeof LawEntry>;
export type PublicBody = z.infer<typeof PublicBodyEntry>;
export type MisreadingEntry = z.infer<typeof MisreadingEntry>;

/** The problems of a grammar file against its schema, or null when it is valid. */
export function grammarProblems(name: GrammarName, data: unknown): string | null {
  const parsed = GRAMMAR_SCHEMAS[name].safeParse(data);
  return parsed.success ? null : z.prettifyError(parsed.error);
}

/** The JSON Schema of a grammar file, as written into grammars/schema/<name>.json. */
export function grammarJsonSchema(name: GrammarName): unknown {
  return { ...z.toJSONSchema(GRAMMAR_SCHEMAS[name], { io: 'input' }), title: `grammars/${name}.json` };
}

/**
 * Validate a grammar entry list with a schema of its own.
 * @deprecated kept for code written before load(): use load() and the format test instead.
 */
export function loadGrammar<T extends z.ZodTypeAny>(name: string, entry: T, data: unknown): Array<z.infer<T>> {
  const parsed = grammarFileSchema(entry).safeParse(data);
  if (!parsed.success) throw new Error(`grammars/${name}: ${z.prettifyError(parsed.error)}`);
  return parsed.data.entries as Array<z.infer<T>>;
}
