/**
 * npm run fuzz: the robustness properties of parse() (tests/parse/properties.test.ts runs the same
 * ones, fewer cases) for 100,000 cases. Whatever the input — random Unicode, document-ish
 * token soup, cut and spliced corpus documents, random bytes, inputs near the size and depth
 * limits — parse() must not throw, must return a result the zod model accepts, every span must
 * index `text` (and slice out the evidence where a field is the evidence), the limits must
 * hold, and a second parse must give the same result.
 *
 *   npm run fuzz                      100,000 cases over the properties, a random seed
 *   npm run fuzz -- --runs 5000 --seed 42 --only tokens,corpus
 *   FUZZ_RUNS=5000 FUZZ_SEED=42 FUZZ_ONLY=bytes npm run fuzz
 *
 * The cases are split over the properties in the proportions CI runs them. Prints one line per
 * property and a machine-readable last line (FUZZ {"cases", "failures", "seconds", "seed"});
 * on the first failure, exits 1 with the shrunk counterexample and the command that replays it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { parse, DocumentResultSchema, type DocumentResult, type OutlineNode, type ParseOptions } from '../src/index.js';
import { canonicalTones } from '../src/grammar/tones.js';

// ---------------------------------------------------------------------------------------------
// Inputs

/** Pieces of real documents: headers, labels, citations, assignments, deadlines, noise. */
export const TOKENS: readonly string[] = [
  'Số:',
  'Số: ',
  'Số:   /KH-UBND',
  'Căn cứ',
  'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ;',
  'Điều 1.',
  'Điều 12a.',
  'Chương I',
  'CHƯƠNG II',
  'Mục 1',
  'Phần thứ nhất',
  'I.',
  'IV.',
  '1.',
  '1.1.',
  '1.1.1.',
  '(1)',
  '- ',
  '+ ',
  '• ',
  '* ',
  'a)',
  'đ)',
  'b.',
  'ngày 5 tháng 6 năm 2024',
  'ngày   tháng   năm 2024',
  'Hà Nội, ngày 01 tháng 7 năm 2024',
  'Kế hoạch số 12/KH-UBND',
  '28-CT/TW',
  'Chỉ thị số 28-CT/TW ngày 25/12/2023 của Ban Bí thư',
  '121/2020/QH14',
  '23/CT- TTg',
  '36/CT-TW',
  'Giao Sở Y tế chủ trì',
  ', phối hợp với Sở Tài chính, Sở Nội vụ',
  'trước ngày 15/11',
  'chậm nhất ngày 30/6/2026',
  'Quý II/2026',
  'định kỳ 6 tháng',
  'hằng tháng',
  'trong thời hạn 15 ngày kể từ ngày',
  'có hiệu lực kể từ ngày ký',
  'có hiệu lực từ ngày 01/01/2025',
  '|',
  '| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |',
  '|---|---|',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  'ỦY BAN NHÂN DÂN',
  'TỈNH LÂM ĐỒNG',
  'SỞ NỘI VỤ',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'KẾ HOẠCH',
  'QUYẾT ĐỊNH',
  'V/v triển khai',
  'Kính gửi:',
  'Nơi nhận:',
  './.',
  'TM. ỦY BAN NHÂN DÂN',
  'KT. CHỦ TỊCH',
  'PHÓ CHỦ TỊCH',
  'T/M',
  'Nguyễn Văn A',
  'Thực hiện',
  'Triển khai thực hiện',
  'Xét đề nghị của Sở Nội vụ tại Tờ trình số 5/TTr-SNV',
  'thay thế',
  'bãi bỏ',
  'Quyết định này',
  'Nghị quyết nêu trên',
  '(sau đây viết tắt là Luật)',
  'Luật Trẻ em',
  'Bộ luật Lao động',
  'khoản 2 Điều 94',
  'Đơn vị chủ trì thực hiện:',
  'Đơn vị phối hợp:',
  'Thời gian hoàn thành:',
  'Chánh Văn phòng UBND tỉnh',
  'Giám đốc Sở Nội vụ',
  'chịu trách nhiệm thi hành Quyết định này',
  'Các Bộ: Y tế, Công Thương',
  'Trách nhiệm của',
  'đề nghị',
  'UBND tỉnh giao',
  'CÔNG BÁO/Số 297 + 298/Ngày 15-4-2022',
  '47',
  'Người ký:',
  'Email:',
  'Cơ quan:',
  'Thời gian ký:',
  'VĂN BẢN QUY PHẠM PHÁP LUẬT',
  '**',
  '# ',
  '## ',
  '> ',
  '```',
  '[',
  '](http://x)',
  '\\',
  '_',
  '&amp;',
  '<br>',
  '   ',
  '\t',
  '\u00A0',
  '\u200B',
  '\uFEFF',
  'Ð',
  'QÐ',
  'hoà',
  'uỷ',
  'hòa',
  'O\u0301',
  'e\u0302\u0301',
  '\u0301',
  '\uD800',
  '\uDC00',
  '😀',
  '\u0000',
  '\u2028',
  '1/1/1/1',
  '12/KH-UBND/12/',
];

const SEPARATORS = ['', ' ', ' ', ' ', '\n', '\n', '\n\n', ', ', ': ', '; ', '.', '   ', '\n   ', '\n- ', '\n+ '];

/** Small random strings over all of Unicode, lone surrogates included. */
export const unicodeInput = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({
    unit: fc.constantFrom(...'Số:/-.()\n \tĐđQKHUBNDCTWaăâêôơưỳýỷỹỵ0123456789|+–—•*#\r\u0301\u0323'),
    maxLength: 120,
  }),
);

/** Token soup: Vietnamese document pieces in random order with random glue. */
export const tokenInput = fc
  .array(fc.tuple(fc.constantFrom(...TOKENS), fc.constantFrom(...SEPARATORS)), { maxLength: 40 })
  .map((parts) => parts.map(([token, sep]) => token + sep).join(''));

/** Random bytes, bare or behind a UTF-8 or UTF-16 byte-order mark, and UTF-16 encodings of token soup. */
export const bytesInput = fc.oneof(
  fc.uint8Array({ maxLength: 200 }),
  fc
    .tuple(
      fc.constantFrom([0xff, 0xfe], [0xfe, 0xff], [0xef, 0xbb, 0xbf], [0xff], [0xfe]),
      fc.uint8Array({ maxLength: 200 }),
    )
    .map(([bom, rest]) => Uint8Array.from([...bom, ...rest])),
  tokenInput.map((text) => Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')])),
  tokenInput.map((text) => Uint8Array.from([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()])),
  tokenInput.map((text) => Uint8Array.from(Buffer.from(text, 'utf8'))),
);

/** Corpus windows as bytes: UTF-8 with a few bytes overwritten (broken sequences), or UTF-16 with its mark. */
export function corpusBytesInput(): fc.Arbitrary<Uint8Array> {
  return fc.oneof(
    fc
      .tuple(corpusInput(3000), fc.array(fc.tuple(position, fc.integer({ min: 0, max: 255 })), { maxLength: 8 }))
      .map(([text, flips]) => {
        const bytes = Uint8Array.from(Buffer.from(text, 'utf8'));
        for (const [at, value] of flips) if (bytes.length > 0) bytes[at % bytes.length] = value;
        return bytes;
      }),
    corpusInput(3000).map((text) => Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')])),
  );
}

const CORPUS_DIRS = ['corpus/seeds', 'corpus/dev'];
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The texts of the annotated corpus (read once, lazily: only the corpus property needs them). */
let corpus: string[] | null = null;
export function corpusTexts(): string[] {
  corpus ??= CORPUS_DIRS.flatMap((dir) =>
    readdirSync(join(ROOT, dir))
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => readFileSync(join(ROOT, dir, name), 'utf8')),
  );
  return corpus;
}

/** One edit of a corpus window: cut a range, duplicate one, or insert a token or random text. */
type Mutation =
  | { op: 'cut'; at: number; length: number }
  | { op: 'duplicate'; at: number; length: number; to: number }
  | { op: 'insert'; at: number; text: string };

const position = fc.nat({ max: 1_000_000 });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('cut' as const), at: position, length: fc.nat({ max: 400 }) }),
  fc.record({ op: fc.constant('duplicate' as const), at: position, length: fc.nat({ max: 400 }), to: position }),
  fc.record({
    op: fc.constant('insert' as const),
    at: position,
    text: fc.oneof(fc.constantFrom(...TOKENS), unicodeInput),
  }),
);

function mutate(text: string, m: Mutation): string {
  const at = m.at % (text.length + 1);
  if (m.op === 'insert') return text.slice(0, at) + m.text + text.slice(at);
  const end = Math.min(text.length, at + m.length);
  if (m.op === 'cut') return text.slice(0, at) + text.slice(end);
  const to = m.to % (text.length + 1);
  return text.slice(0, to) + text.slice(at, end) + text.slice(to);
}

/** A change of the whole window, the way converters and editors change documents. */
const TRANSFORMS: Readonly<Record<string, (text: string, n: number) => string>> = {
  none: (text) => text,
  crlf: (text) => text.replaceAll('\n', '\r\n'),
  cr: (text) => text.replaceAll('\n', '\r'),
  nfd: (text) => text.normalize('NFD'),
  upper: (text) => text.toLocaleUpperCase('vi'),
  // PDF extraction: every line hard-wrapped at a width
  wrap: (text, n) => text.replace(new RegExp(`([^\\n]{${20 + (n % 60)}}) `, 'g'), '$1\n'),
  indent: (text, n) => text.replace(/^/gm, ' '.repeat(n % 12)),
  // a DOCX converted to Markdown: headings and bold
  markdown: (text, n) =>
    text.replace(/^([IVX]+\.|Điều \d+\.)/gm, '## $1').replace(/(Sở [^,.;\n]+)/g, n % 2 ? '**$1**' : '*$1*'),
  oneLine: (text) => text.replaceAll('\n', ' '),
  blankLines: (text) => text.replaceAll('\n', '\n\n'),
};

/**
 * A window of a corpus document (up to `maxWindow` characters, cut anywhere, even inside a
 * surrogate pair or a line; now and then the whole document), changed as a whole, then
 * edited in a few random places: real structure, broken in random ways.
 */
export function corpusInput(maxWindow = 6000): fc.Arbitrary<string> {
  const texts = corpusTexts();
  return fc
    .record({
      doc: fc.nat({ max: texts.length - 1 }),
      start: position,
      length: fc.oneof(
        { weight: 19, arbitrary: fc.integer({ min: 0, max: maxWindow }) },
        { weight: 1, arbitrary: fc.constant(Infinity) },
      ),
      transform: fc.constantFrom(...Object.keys(TRANSFORMS)),
      n: fc.nat(),
      mutations: fc.array(mutation, { maxLength: 6 }),
    })
    .map(({ doc, start, length, transform, n, mutations }) => {
      const text = texts[doc]!;
      const from = length === Infinity ? 0 : start % (text.length + 1);
      return mutations.reduce(mutate, TRANSFORMS[transform]!(text.slice(from, from + length), n));
    });
}

// ---------------------------------------------------------------------------------------------
// Checks

/**
 * Fields that are the evidence itself: `text.slice(...span)` must give them back exactly.
 * (Names, titles, agencies and issuers are cleaned or recased, so only their spans are checked.)
 */
const EXACT_FIELDS: Readonly<Record<string, string>> = {
  number: 'raw',
  place: 'name',
  date: 'raw',
  effective: 'raw',
  recipients: 'name',
  distribution: 'name',
  mentions: 'text',
  tasks: 'text',
  deadlines: 'text',
};

export class PropertyFailure extends Error {}

function fail(message: string): never {
  throw new PropertyFailure(message);
}

/** Visit every object in the result with the name of the field that holds it. */
function walk(
  value: unknown,
  path: string,
  field: string,
  visit: (object: Record<string, unknown>, path: string, field: string) => void,
): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, `${path}[${i}]`, field, visit));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const object = value as Record<string, unknown>;
  visit(object, path, field);
  for (const [key, child] of Object.entries(object)) if (key !== 'span') walk(child, `${path}.${key}`, key, visit);
}

/** Every span indexes the text; evidence fields are exact slices; outline labels open their node. */
export function checkSpans(result: DocumentResult): void {
  const text = result.text ?? fail('result.text is missing');
  const canonical = canonicalTones(text);
  walk(result, '$', '$', (object, path, field) => {
    if (!('span' in object) || object.span === null) return;
    const [a, b] = object.span as [number, number];
    if (!(Number.isInteger(a) && Number.isInteger(b) && 0 <= a && a <= b && b <= text.length)) {
      fail(`${path}.span [${a}, ${b}] is outside the text (length ${text.length})`);
    }
    const exact = EXACT_FIELDS[field];
    if (exact && text.slice(a, b) !== object[exact]) {
      fail(
        `${path}.${exact} ${JSON.stringify(object[exact])} is not text.slice(${a}, ${b}) = ${JSON.stringify(text.slice(a, b))}`,
      );
    }
    if (field === 'outline' || field === 'children') checkOutlineNode(object, path, text, canonical, a, b);
  });
}

/** An outline node's span starts at its label (as matched: tone marks canonical) and holds its heading. */
function checkOutlineNode(
  node: Record<string, unknown>,
  path: string,
  text: string,
  canonical: string,
  a: number,
  b: number,
): void {
  if (!canonical.startsWith(node.label as string, a))
    fail(`${path}.label ${JSON.stringify(node.label)} does not open its span ${JSON.stringify(text.slice(a, b))}`);
  if (typeof node.heading === 'string' && !text.slice(a, b).includes(node.heading)) {
    fail(`${path}.heading ${JSON.stringify(node.heading)} is not inside its span ${JSON.stringify(text.slice(a, b))}`);
  }
}

/** The first path where two values differ, for a readable failure. */
function firstDifference(a: unknown, b: unknown, path = '$'): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const found = firstDifference(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        `${path}.${key}`,
      );
      if (found) return found;
    }
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 200)} ≠ ${JSON.stringify(b)?.slice(0, 200)}`;
}

/** One case: an input and, for the limits property, the options it is parsed with. */
export interface FuzzCase {
  input: string | Uint8Array;
  options?: ParseOptions;
}

/**
 * Every property on one case; throws a PropertyFailure (or parse()'s own error) when one fails:
 * no throw, a result the schema accepts, spans inside the text and slicing out their evidence,
 * the same result twice, and the limits the options set.
 */
export function checkParse({ input, options }: FuzzCase): void {
  const first = parse(input, options);
  const valid = DocumentResultSchema.safeParse(first);
  if (!valid.success) fail(`the result does not match DocumentResultSchema: ${valid.error.message.slice(0, 2000)}`);
  checkSpans(first);
  if (options) checkLimits(input, options, first);
  const again = parse(input, options);
  const difference = firstDifference(first, again);
  if (difference) fail(`a second parse differs at ${difference}`);
}

/** Over maxInputBytes: nothing read, one input/too-large error; the outline never deeper than maxOutlineDepth. */
function checkLimits(input: string | Uint8Array, options: ParseOptions, result: DocumentResult): void {
  const bytes = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.length;
  const tooLarge = result.diagnostics.filter((d) => d.code === 'input/too-large');
  if (bytes > (options.maxInputBytes ?? Infinity)) {
    if (tooLarge.length !== 1 || result.diagnostics.length !== 1 || result.text !== '')
      fail(`${bytes} bytes over maxInputBytes ${options.maxInputBytes} were read`);
    const filled = Object.entries(result).filter(
      ([key, value]) =>
        !['schemaVersion', 'source', 'text', 'keyPartial', 'diagnostics'].includes(key) &&
        value !== null &&
        !(Array.isArray(value) && value.length === 0),
    );
    if (filled.length > 0) fail(`a too-large input has ${filled.map(([key]) => key).join(', ')} filled`);
    return;
  }
  if (tooLarge.length > 0) fail(`${bytes} bytes under maxInputBytes ${options.maxInputBytes} were refused`);
  const max = options.maxOutlineDepth ?? Infinity;
  const deepest = outlineDepth(result.outline);
  if (deepest > max) fail(`the outline is ${deepest} levels deep, over maxOutlineDepth ${max}`);
  const tooDeep = result.diagnostics.filter((d) => d.code === 'outline/too-deep').length;
  if (tooDeep > 1 || (tooDeep === 1 && deepest < max))
    fail(`${tooDeep} outline/too-deep diagnostics for an outline ${deepest} levels deep (limit ${max})`);
}

/** Deepest level of an outline, checking on the way that each child is one level below its parent. */
function outlineDepth(roots: readonly OutlineNode[]): number {
  let deepest = 0;
  const stack = roots.map((node) => ({ node, level: 1 }));
  while (stack.length > 0) {
    const { node, level } = stack.pop()!;
    if (node.level !== level)
      fail(`outline node ${JSON.stringify(node.label)} has level ${node.level}, expected ${level}`);
    deepest = Math.max(deepest, level);
    for (const child of node.children) stack.push({ node: child, level: level + 1 });
  }
  return deepest;
}

export interface FuzzProperty {
  name: string;
  cases: () => fc.Arbitrary<FuzzCase>;
  /** runs in CI (tests/parse/properties.test.ts); the fuzz run scales these to its total */
  ciRuns: number;
}

const plain = (input: fc.Arbitrary<string | Uint8Array>): fc.Arbitrary<FuzzCase> =>
  input.map((value) => ({ input: value }));

/** Inputs near the limits: a size limit around the input's size (or none), a shallow outline limit. */
const limitCases = (): fc.Arbitrary<FuzzCase> =>
  fc.record({
    input: fc.oneof(tokenInput, corpusInput(3000)),
    options: fc.record({
      maxInputBytes: fc.oneof(fc.nat({ max: 4000 }), fc.constant(Infinity)),
      maxOutlineDepth: fc.integer({ min: 1, max: 6 }),
    }),
  });

export const PROPERTIES: readonly FuzzProperty[] = [
  { name: 'unicode', cases: () => plain(unicodeInput), ciRuns: 5000 },
  { name: 'tokens', cases: () => plain(tokenInput), ciRuns: 4000 },
  { name: 'corpus', cases: () => plain(corpusInput()), ciRuns: 2500 },
  { name: 'bytes', cases: () => plain(fc.oneof(bytesInput, corpusBytesInput())), ciRuns: 3000 },
  { name: 'limits', cases: limitCases, ciRuns: 2000 },
];

// ---------------------------------------------------------------------------------------------
// The command

function option(name: string, env: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : process.env[env];
}

/** Split the total over the properties in the proportions CI runs them (what rounding leaves goes to the first). */
function runsPerProperty(total: number, properties: readonly FuzzProperty[]): number[] {
  const weight = properties.reduce((sum, p) => sum + p.ciRuns, 0);
  const runs = properties.map((p) => Math.max(1, Math.floor((total * p.ciRuns) / weight)));
  runs[0]! += Math.max(0, total - runs.reduce((sum, n) => sum + n, 0));
  return runs;
}

function describeCase({ input, options }: FuzzCase): string {
  const shown =
    typeof input === 'string'
      ? `string of ${input.length} UTF-16 units: ${JSON.stringify(input)}`
      : `${input.length} bytes: Uint8Array.from(${JSON.stringify([...input])})`;
  return options
    ? `${shown}\noptions: ${JSON.stringify(options, (_, v: unknown) => (v === Infinity ? 'Infinity' : v))}`
    : shown;
}

function main(): void {
  const total = Number(option('runs', 'FUZZ_RUNS') ?? 100_000);
  const seed = Number(option('seed', 'FUZZ_SEED') ?? Date.now() % 2 ** 31);
  const only = option('only', 'FUZZ_ONLY');
  // a failure's path replays its counterexample straight away (with its seed and property)
  const path = option('path', 'FUZZ_PATH');
  const properties = PROPERTIES.filter((p) => !only || only.split(',').includes(p.name));
  const runs = runsPerProperty(total, properties);
  const started = performance.now();
  let cases = 0;
  console.log(`fuzz: ${total} cases over ${properties.map((p, i) => `${p.name} ${runs[i]}`).join(', ')}; seed ${seed}`);
  for (const [i, property] of properties.entries()) {
    const t0 = performance.now();
    const details = fc.check(fc.property(property.cases(), checkParse), { numRuns: runs[i], seed, path });
    cases += details.numRuns;
    const seconds = (performance.now() - t0) / 1000;
    console.log(
      `  ${property.name.padEnd(8)} ${String(details.numRuns).padStart(7)} cases ${seconds.toFixed(1).padStart(7)} s  ${details.failed ? 'FAILED' : 'ok'}`,
    );
    if (details.failed) {
      console.log(
        `\ncounterexample (shrunk ${details.numShrinks}×; replay: npm run fuzz -- --only ${property.name} --seed ${details.seed} --path ${details.counterexamplePath}):`,
      );
      console.log(describeCase(details.counterexample![0]));
      console.log(
        `\n${details.errorInstance instanceof Error ? (details.errorInstance.stack ?? details.errorInstance.message) : String(details.errorInstance)}`,
      );
      console.log(
        `\nFUZZ ${JSON.stringify({ cases, failures: 1, seconds: +((performance.now() - started) / 1000).toFixed(1), seed, property: property.name })}`,
      );
      process.exit(1);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`FUZZ ${JSON.stringify({ cases, failures: 0, seconds: +seconds.toFixed(1), seed })}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
