/**
 * parse(): the whole pipeline, one pure stage after another:
 * ingest (input → normalized text) → layout (lines, zones) → extractors (one concern each) → result.
 */
import { DEFAULT_MAX_INPUT_BYTES } from './limits.js';
import type { DocumentDate, DocumentNumber, DocumentResult, Diagnostic, Kind } from './model/schema.js';
import { canonicalNumber } from './resolve/references.js';
import { isPartialKey, referenceKey } from './resolve/keys.js';
import { ingest, inputSource, type Ingested, type IngestOptions } from './ingest/index.js';
import type { OffsetChain } from './ingest/offset-map.js';
import { utf8Length } from './ingest/utf8-length.js';
import { layout } from './layout/index.js';
import type { ExtractContext, Extracted } from './extract/support/context.js';
import { extractNumber } from './extract/number.js';
import { extractKind } from './extract/kind.js';
import { documentTypeByCode, documentTypeByWord } from './grammar/document-types.js';
import { extractPlaceDate } from './extract/place-date.js';
import { extractTitle } from './extract/title.js';
import { extractRecipients } from './extract/recipients.js';
import { extractDistribution } from './extract/distribution.js';
import { extractSignature } from './extract/signature.js';
import { extractIssuer } from './extract/issuer.js';
import { extractEffective } from './extract/effective.js';
import { readReferences } from './resolve/cited.js';
import { jurisdictionOf } from './extract/support/jurisdiction.js';
import { buildOutline, outlineTree, type DocumentOutline } from './outline/index.js';
import { readTasks } from './extract/tasks/index.js';
import { readDeadlines } from './extract/deadlines/index.js';
import { readTargets } from './extract/targets/index.js';

/** What {@link parse} and {@link parseFile} can be told: the input's name and format, and the size limits. */
export interface ParseOptions extends IngestOptions {
  /**
   * The largest input parse() reads, in bytes (a string counts its UTF-8 length). Over it,
   * nothing is read: the result has every field null or empty, `text` "", and one `error`
   * diagnostic `input/too-large`. Default 20 MB (20,000,000 bytes), past any real document
   * (the largest laws are about 1 MB); `Infinity` for no limit.
   */
  maxInputBytes?: number;
  /**
   * The deepest level of `outline` (default 16; real documents nest under 10). Labels nested
   * deeper are kept at this level, with one `outline/too-deep` warning.
   */
  maxOutlineDepth?: number;
}

export { DEFAULT_MAX_INPUT_BYTES };

/** The document's own key, built as a citation of it would be, so the graph merges the two. */
function documentKey(
  number: DocumentNumber | null,
  kind: Kind | null,
  date: DocumentDate | null,
  jurisdiction: string | null,
) {
  if (!number?.text) return { key: null, keyPartial: false };
  const canonical = { ...number, text: canonicalNumber(number) };
  const key = referenceKey(canonical, null, date?.iso ?? null, kind?.name ?? '', { jurisdiction });
  return { key, keyPartial: isPartialKey(canonical, key) };
}

/** A document as text, or its bytes (UTF-8, or UTF-16 with a byte-order mark). */
export type ParseInput = string | Uint8Array;

/**
 * Parse one document into the output contract. Never throws on odd input: what cannot be
 * read is a diagnostic in the result; an input over `options.maxInputBytes` (20 MB) is not
 * read at all (`input/too-large`). Time grows linearly with the input's size.
 *
 * @param input - the document as text, or its bytes (a `Buffer`/`Uint8Array` in UTF-8, or UTF-16 with its byte-order
 * mark)
 * @param options - `name` (goes to `source.name`; a `.md` name means Markdown), `format`, the size limits, and
 * `sha256` (the input's hash when the caller has it already: reported as given, not computed again)
 * @returns the {@link DocumentResult}: every field filled (null or empty when absent), every span indexing
 * `result.text`
 * @throws TypeError when `input` is neither a string nor bytes
 *
 * @example
 * ```ts
 * import { parse } from 'vanban';
 *
 * const result = parse(
 *   'ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 15/KH-UBND\nLâm Đồng, ngày 04 tháng 5 năm 2026\n\n' +
 *     'KẾ HOẠCH\nThực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Ban Bí thư\n',
 *   { name: 'ke-hoach.txt' },
 * );
 * result.kind?.name; // → 'Kế hoạch'
 * result.number?.text; // → '15/KH-UBND'
 * result.issuer?.name; // → 'Ủy ban nhân dân tỉnh Lâm Đồng'
 * result.date?.iso; // → '2026-05-04'
 * result.text!.slice(...result.date!.span); // → 'ngày 04 tháng 5 năm 2026'
 * result.references[0]; // → { key: 'vn:28-ct/tw#2023', relation: 'implements' }
 * result.diagnostics.map((d) => d.code); // → ['signature/missing']
 * ```
 */
export function parse(input: ParseInput, options: ParseOptions = {}): DocumentResult {
  return parseMapped(input, options).result;
}

/** A result with the map from its text back to the decoded input (null when nothing was read). */
export interface MappedResult {
  result: DocumentResult;
  offsets: OffsetChain | null;
}

/** parse(), keeping the offset map: for callers that point into the input itself (the remark plugin). */
export function parseMapped(input: ParseInput, options: ParseOptions = {}): MappedResult {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    throw new TypeError('parse(): input must be a string or a Uint8Array (Buffer)');
  }
  const tooLarge = sizeCheck(input, options.maxInputBytes);
  if (tooLarge) return { result: emptyResult(input, options, tooLarge), offsets: null };
  const ingested = ingest(input, options);
  return { result: extractAll(ingested, options), offsets: ingested.offsets };
}

/** The consolidated text's type (văn bản hợp nhất, code VBHN in grammars/document-types.json). */
const CONSOLIDATED = documentTypeByCode('VBHN');

/** A legal instrument assigns by its closing sentence (GOLD.md); a letter, plan or report does not. Unknown: yes. */
function isInstrument(kind: Kind | null): boolean {
  // a consolidated text (VBHN) carries the instrument it consolidates, closing sentence included
  return (
    kind === null || isConsolidated(kind) || (documentTypeByWord(kind.name)?.families.includes('normative') ?? true)
  );
}

function isConsolidated(kind: Kind | null): boolean {
  return kind !== null && CONSOLIDATED !== undefined && kind.name === CONSOLIDATED.name;
}

/** Every extractor over the ingested text, in order: later ones use what earlier ones found. */
function extractAll(ingested: Ingested, options: ParseOptions): DocumentResult {
  const ctx: ExtractContext = { text: ingested.text, layout: layout(ingested.text) };
  const diagnostics: Diagnostic[] = [...ingested.diagnostics];
  const take = <T>(extracted: Extracted<T>): T => {
    diagnostics.push(...extracted.diagnostics);
    return extracted.value;
  };
  const outline = buildOutline(ctx.layout, options.maxOutlineDepth);
  if (outline.tooDeep) diagnostics.push(tooDeepDiagnostic(outline.tooDeep));
  const number = take(extractNumber(ctx));
  const { place, date } = take(extractPlaceDate(ctx));
  const signature = take(extractSignature(ctx));
  const issuer = take(extractIssuer(ctx, place, signature));
  const title = take(extractTitle(ctx));
  // the kind is read here (a consolidated text's references differ) and its diagnostics kept in place below
  const kindFound = extractKind(ctx, number);
  const kind = kindFound.value;
  const cited = take(
    readReferences(ctx, {
      ownNumber: number?.text ?? null,
      title: title?.span ?? null,
      jurisdiction: jurisdictionOf(issuer, place),
      date: date?.iso ?? null,
      consolidated: isConsolidated(kind),
    }),
  );
  const deadlines = take(
    readDeadlines(ctx, { from: ctx.layout.lines[outline.first]?.start ?? 0, documentDate: date?.iso ?? null }),
  );
  const tasks = take(
    readTasks(ctx, {
      outline,
      references: cited.references,
      deadlines,
      instrument: isInstrument(kind),
      issuer: issuer?.name ?? null,
      // a consolidated text (VBHN) is the normative text it consolidates
      normative: (number?.scheme === 'normative' && number.year !== null) || isConsolidated(kind),
    }),
  );
  const targets = take(
    readTargets(ctx, { outline, title: title?.text ?? null, documentDate: date?.iso ?? null, tasks }),
  );
  take(kindFound);
  const own = documentKey(number, kind, date, jurisdictionOf(issuer, place));
  return {
    schemaVersion: 1,
    source: ingested.source,
    text: ingested.text,
    ...own,
    kind,
    number,
    issuer,
    place,
    date,
    effective: take(extractEffective(ctx, date)),
    title,
    recipients: take(extractRecipients(ctx)),
    distribution: take(extractDistribution(ctx)),
    signature,
    references: cited.references,
    statedRelations: cited.statedRelations,
    outline: outlineTree(outline),
    tasks,
    deadlines,
    targets,
    diagnostics,
  };
}

interface TooLarge {
  bytes: number;
  max: number;
}

/** The input's size when it is over the limit, else null (a string is measured only when it might be over). */
function sizeCheck(input: ParseInput, limit: number | undefined): TooLarge | null {
  const max = limit === undefined || Number.isNaN(limit) ? DEFAULT_MAX_INPUT_BYTES : limit;
  // a UTF-16 unit is 1 to 3 bytes of UTF-8: most strings are decided without counting
  if (typeof input === 'string' && input.length * 3 <= max) return null;
  const bytes = typeof input === 'string' ? utf8Length(input) : input.length;
  return bytes > max ? { bytes, max } : null;
}

/** The result of an input too large to read: valid, every field empty, one error saying why. */
function emptyResult(input: ParseInput, options: ParseOptions, { bytes, max }: TooLarge): DocumentResult {
  return {
    schemaVersion: 1,
    source: inputSource(input, options),
    text: '',
    key: null,
    keyPartial: false,
    kind: null,
    number: null,
    issuer: null,
    place: null,
    date: null,
    effective: null,
    title: null,
    recipients: [],
    distribution: [],
    signature: null,
    references: [],
    statedRelations: [],
    outline: [],
    tasks: [],
    deadlines: [],
    targets: [],
    diagnostics: [
      {
        code: 'input/too-large',
        severity: 'error',
        message: `The input is ${bytes} bytes, over the limit of ${max} (options.maxInputBytes): it was not read.`,
        span: null,
      },
    ],
  };
}

function tooDeepDiagnostic({ count, first, limit }: NonNullable<DocumentOutline['tooDeep']>): Diagnostic {
  return {
    code: 'outline/too-deep',
    severity: 'warning',
    message: `${count} outline label(s) nested deeper than ${limit} levels were kept at level ${limit}.`,
    span: first,
  };
}
