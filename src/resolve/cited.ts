/**
 * References: every instrument the document cites, once, with all its mentions, its number
 * cleaned, date, issuer, a key and the relation the document has to it; plus the relations the
 * text states between two cited instruments. The mentions are read by extract/references; this
 * is where they become references.
 */
import type { Diagnostic, Reference, StatedRelation } from '../model/schema.js';
import { layout as layoutOf, type Layout } from '../layout/index.js';
import type { ExtractContext, Extracted } from '../extract/support/context.js';
import { readMentions } from '../extract/references/index.js';
import type { Mention } from '../model/mention.js';
import type { StatedChange } from '../extract/references/governed.js';
import { RELATION_ORDER } from '../model/schema.js';
import { RELATION } from '../extract/references/reference-patterns.js';
import { canonicalNumber, resolveReferences, statedRelations, type ResolveContext } from './references.js';
import { foldWords } from '../grammar/tones.js';

/** What {@link extractReferences} can be told about the citing document. */
export interface ReferenceContext {
  /** the citing document's own number, so that it is not listed as a reference */
  ownNumber?: string | null;
  /** province id of the citing document ("ha-noi"), to key local numbers such as 232-KH/TU */
  jurisdiction?: string | null;
  /** the title's span: a title "Thực hiện Kế hoạch số …" states what the document implements */
  title?: [number, number] | null;
  /** the layout of `text`, when the caller already has it */
  layout?: Layout;
  /** the citing document's date (ISO): a law cited by name is keyed to the enactment in force then */
  date?: string | null;
  /**
   * the document is a consolidated text (văn bản hợp nhất): the instruments its header says it
   * consolidates ("Thông tư số A …, được sửa đổi, bổ sung bởi: Thông tư số B …") are cited, not
   * repealed or amended by it; the clauses it restates are theirs
   */
  consolidated?: boolean;
}

/** What {@link extractReferences} finds. */
export interface ExtractedReferences {
  /** every cited instrument once, in order of first mention, with all its mentions */
  references: Reference[];
  /**
   * relations the text states between two cited instruments ("Kế hoạch số 232-KH/TU … thực hiện Chỉ thị số 28-CT/TW")
   */
  statedRelations: StatedRelation[];
  /** short forms that could not be attached ("reference/ambiguous") */
  diagnostics: Diagnostic[];
}

/**
 * Find every cited instrument in a normalized text (`ingest(…).text` or `parse(…).text`): its
 * number cleaned, kind, date, issuer and title, a jurisdiction-aware key (the same string for
 * the instrument parsed or cited), and the relation the document has to it (`basedOn` for a
 * "Căn cứ" line, `implements` for "Thực hiện …", `amends`, `replaces`, `repeals`, `guides`,
 * `cites` …). Short forms ("Nghị định này", "Kế hoạch số 232-KH/TU" after its full citation)
 * are attached to the instrument they stand for.
 *
 * @param text - the normalized document text
 * @param context - what is known of the citing document (its number, province, title, layout)
 *
 * @example
 * ```ts
 * import { extractReferences } from 'vanban';
 *
 * const { references } = extractReferences('Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;');
 * references[0]; // → { key: 'vn:30/2020/nđ-cp', relation: 'basedOn', date: '2020-03-05', issuer: 'Chính phủ', title: 'công tác văn thư' }
 * references[0]?.kind.name; // → 'Nghị định'
 * references[0]?.mentions[0]?.text; // → 'Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ'
 * ```
 */
export function extractReferences(text: string, context: ReferenceContext = {}): ExtractedReferences {
  const { value, diagnostics } = readReferences({ text, layout: context.layout ?? layoutOf(text) }, context);
  return { ...value, diagnostics };
}

/** The references stage of {@link parse}: {@link extractReferences} on a text whose layout is read. */
export function readReferences(
  { text, layout }: ExtractContext,
  context: Omit<ReferenceContext, 'layout'> = {},
): Extracted<Omit<ExtractedReferences, 'diagnostics'>> {
  const read = readMentions(text, { title: context.title ?? null, layout });
  const resolveContext: ResolveContext = {
    ownNumber: context.ownNumber ?? null,
    jurisdiction: context.jurisdiction ?? null,
    date: context.date ?? null,
    ownTitle: context.title ? text.slice(...context.title) : null,
  };
  const resolved = resolveReferences(read.related, resolveContext);
  const byStart = new Map(read.related.map(({ mention }) => [mention.span[0], mention]));
  const references = resolved.references.map((r) => ({
    ...r,
    date: dateMatchingYear(r, byStart),
    mentions: r.mentions.map((m) => ({ ...m, text: text.slice(...m.span) })),
  }));
  const merged = mergeVariantNumbers(references);
  const keyOf = keyLookup(merged);
  const changes = read.changes.flatMap(({ from, to, relation, span }): StatedRelation[] => {
    const [a, b] = [keyOf(from), keyOf(to)];
    return a && b && a !== b ? [{ from: a, to: b, relation, span }] : [];
  });
  const stated = [...statedRelations(read.cited, keyOf, read.canonical, RELATION.statedImplements), ...changes];
  const consolidatedKeys = context.consolidated
    ? consolidatedInstruments(read.changes, read.preambleEnd, keyOf)
    : new Set<string>();
  const relations = merged.map((r) => (consolidatedKeys.has(r.key) ? { ...r, relation: 'cites' as const } : r));
  return {
    value: { references: relations, statedRelations: dedupeStated(stated) },
    diagnostics: resolved.diagnostics,
  };
}

/**
 * The instruments a consolidated text's header names: the base and the texts that changed it
 * ("Luật số A …, được sửa đổi, bổ sung bởi: 1. Luật số B …; 2. …"), stated before its first
 * article. The consolidated text restates their clauses; it does not itself repeal or amend them.
 */
function consolidatedInstruments(
  changes: readonly StatedChange[],
  preambleEnd: number,
  keyOf: (m: Mention) => string | null,
): Set<string> {
  const header = changes.filter((c) => c.to.span[0] < preambleEnd);
  const base = header[0]?.to;
  if (!base) return new Set();
  const keys = [base, ...header.filter((c) => c.to === base).map((c) => c.from)].map(keyOf);
  return new Set(keys.filter((k): k is string => k !== null));
}

/**
 * One instrument printed two ways: cut by a line or page break after a hyphen ("Thông tư số
 * 42/2015/TT-" ⏎ page head ⏎ "BLĐTBXH", read as "42/2015/TT") or without the ordinal's leading
 * zero ("4/2023/NĐ-CP" beside "04/2023/NĐ-CP"). Such a variant joins the one full number it
 * stands for, when the text cites exactly one.
 */
function mergeVariantNumbers(references: Reference[]): Reference[] {
  const out = [...references];
  const variants = variantTexts(references);
  for (const variant of references) {
    const text = variant.number?.text;
    // a number no other one stands for is passed without a walk over every reference (quadratic on long laws)
    if (!text || !variants.has(text)) continue;
    const full = out.filter((r) => r !== variant && r.number?.text && standsFor(text, r.number.text));
    if (full.length !== 1) continue;
    const target = full[0]!;
    const at = out.indexOf(target);
    out[at] = {
      ...target,
      date: target.date ?? variant.date,
      issuer: target.issuer ?? variant.issuer,
      relation: RELATION_ORDER.find((r) => r === target.relation || r === variant.relation) ?? target.relation,
      mentions: [...target.mentions, ...variant.mentions].sort((a, b) => a.span[0] - b.span[0]),
    };
    out.splice(out.indexOf(variant), 1);
  }
  return out;
}

/**
 * Every text a number of `references` may be a variant of ({@link standsFor}): its part before each "-" or "/", and
 * without its leading zero.
 */
function variantTexts(references: readonly Reference[]): Set<string> {
  const out = new Set<string>();
  for (const r of references) {
    const full = r.number?.text;
    if (!full) continue;
    for (let i = 0; i < full.length; i++) {
      const code = full.charCodeAt(i);
      if (code === 0x2d || code === 0x2f) out.add(full.slice(0, i));
    }
    if (full.startsWith('0')) out.add(full.slice(1));
  }
  return out;
}

function standsFor(variant: string, full: string): boolean {
  if (full.length > variant.length && (full.startsWith(`${variant}-`) || full.startsWith(`${variant}/`))) return true;
  return /^[1-9]/u.test(variant) && full === `0${variant}`;
}

/**
 * The mentions of one instrument may print different dates ("Nghị định số 75/2021/NĐ-CP ngày
 * 24/7/2023" in a table row, "ngày 24/7/2021" elsewhere): the number's year is the year it was
 * signed, so a date of that year wins over the first one.
 */
function dateMatchingYear(reference: Reference, byStart: ReadonlyMap<number, Mention>): string | null {
  const year = reference.number?.year;
  if (!year || !reference.date || reference.date.startsWith(String(year))) return reference.date;
  const dates = reference.mentions.map((m) => byStart.get(m.span[0])?.date).filter((d): d is string => !!d);
  return dates.find((d) => d.startsWith(String(year))) ?? reference.date;
}

function dedupeStated(relations: StatedRelation[]): StatedRelation[] {
  const seen = new Set<string>();
  return relations.filter((r) => {
    const id = `${r.from}>${r.to}>${r.relation}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

function keyLookup(references: readonly Reference[]): (m: Mention) => string | null {
  const byNumber = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const r of references) {
    if (r.number?.text) byNumber.set(foldWords(r.number.text), r.key);
    if (r.name) byName.set(foldWords(r.name), r.key);
  }
  return (m) =>
    (m.number
      ? byNumber.get(foldWords(canonicalNumber(m.number)))
      : m.name
        ? byName.get(foldWords(m.name))
        : undefined) ?? null;
}
