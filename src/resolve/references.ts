/**
 * resolve: mentions → references. Mentions of one instrument become one reference (same
 * number; a name repeated, with or without "năm 2016"; a law's name given once with its
 * number), each reference gets a key that names the instrument, not the string, and the text's
 * own statements "A … thực hiện B" become stated relations between two keys.
 */
import type { Diagnostic, DocumentNumber, Reference, Relation, StatedRelation } from '../model/schema.js';
import type { Mention } from '../model/mention.js';
import { RELATION_ORDER } from '../model/schema.js';
import { issuerByCode, nationalIssuerByCode } from '../grammar/issuer-codes.js';
import { foldWords } from '../grammar/tones.js';
import { isTitleWord } from '../grammar/laws.js';
import { isPartialKey, referenceKey } from './keys.js';
import { canonicalTones } from '../grammar/tones.js';
import { localityByName, PROVINCE_NAME } from '../grammar/localities.js';
import { lawKey, resolveLawName } from './law-enactments.js';
import { bodyAt } from '../grammar/public-bodies.js';
import { alternation, compile } from '../grammar/compile.js';
import { load } from '../grammar/load.js';
import { isTableSpelling, titleKey } from '../grammar/laws.js';
import { memoizeText } from '../grammar/memo.js';

export interface ResolveContext {
  /** the citing document's own number: a mention of it is the document itself */
  ownNumber: string | null;
  /** jurisdiction of the citing document (a province id, e.g. "ha-noi"), for local issuer codes */
  jurisdiction: string | null;
  /** the citing document's date (ISO): a law cited by name is the enactment in force then */
  date?: string | null;
  /** the citing document's title: a law names itself in its enacting formula */
  ownTitle?: string | null;
}

export interface RelatedMention {
  mention: Mention;
  relation: Relation;
}

export interface Resolved {
  references: Reference[];
  diagnostics: Diagnostic[];
}

export function resolveReferences(mentions: readonly RelatedMention[], ctx: ResolveContext): Resolved {
  const groups = new Map<string, RelatedMention[]>();
  const diagnostics: Diagnostic[] = [];
  const ownId = ctx.ownNumber ? `#${foldWords(ctx.ownNumber)}` : null;
  // the document's own title, keyed once (a long title is not kept by foldWords' memo)
  let ownTitle: string | undefined;
  const ownTitleKey = (): string => (ownTitle ??= ctx.ownTitle ? titleKey(ctx.ownTitle) : '');
  const byKind = new KindIndex();
  for (const item of mentions) {
    if (item.mention.backReference) {
      attachBackReference(item, byKind, diagnostics);
      continue;
    }
    const id = identity(item.mention);
    if (id === null || id === ownId || namesItself(item.mention, ctx, ownTitleKey)) continue;
    let group = groups.get(id);
    if (group) group.push(item);
    else groups.set(id, (group = [item]));
    byKind.add(group, item.mention);
  }
  foldNamesIntoNumbers(groups);
  foldYearlessNames(groups);
  const lawKeys = keyNamedLaws(groups, ctx, diagnostics);
  const references = [...groups.entries()]
    .map(([id, group]) => withIssuerOfCode(toReference(group, ctx, lawKeys.get(id) ?? null), diagnostics))
    .sort((a, b) => a.mentions[0]!.span[0] - b.mentions[0]!.span[0]);
  return { references, diagnostics };
}

/**
 * "Quyết định số 121/2009/QĐ-TTg" with no issuer named: the ký hiệu names one body of the whole country ("TTg",
 * "CP", "BLĐTBXH"), which is the issuer, inferred (a diagnostic says so). A local code ("UBND": which province's?), a
 * Party code ("TW": the Central Committee, the Politburo or the Secretariat) or a joint number names none.
 */
function withIssuerOfCode(reference: Reference, diagnostics: Diagnostic[]): Reference {
  const { number } = reference;
  if (reference.issuer !== null || !number?.issuerCode || number.issuerCodes.length !== 1) return reference;
  const asOf = reference.date ?? (number.year ? `${number.year}-01-01` : undefined);
  const body = nationalIssuerByCode(number.issuerCode, asOf);
  if (!body) return reference;
  diagnostics.push({
    code: 'reference/issuer-from-code',
    severity: 'info',
    message: `The issuer of ${number.text} is not named; "${body.name}" is inferred from its code ${body.code}.`,
    span: reference.mentions[0]!.span,
  });
  return { ...reference, issuer: body.name };
}

/**
 * "Luật Công đoàn" in the law whose title is "Công đoàn": the document itself. A year or date of
 * another year names an earlier enactment ("Luật Công đoàn năm 1990 hết hiệu lực …" in the law of 2012).
 */
function namesItself(mention: Mention, ctx: ResolveContext, ownTitleKey: () => string): boolean {
  if (mention.number || !mention.name || !ctx.ownTitle) return false;
  const ownYear = ctx.date?.slice(0, 4);
  const year = mention.year ?? mention.date?.slice(0, 4);
  if (ownYear && year && year !== ownYear) return false;
  const title = ownTitleKey();
  if (title === '') return false;
  const name = NAME_KEY(mention.name);
  return name === title || name === `${NAME_KEY(mention.kind.name)} ${title}`;
}

/** The title key of a cited name or kind word: a law cites the same few names again and again. */
const NAME_KEY = memoizeText(titleKey, { size: 4096 });

/**
 * Laws cited by name, keyed to the enactment the laws table gives for the citing document's
 * date (src/resolve/law-enactments.ts): one instrument is one reference, so a name keyed to a number the
 * text also cites joins that reference, and two spellings keyed to one law are one reference. A name the table cannot
 * key for sure keeps its name-only key; an info diagnostic says which and why.
 */
function keyNamedLaws(
  groups: Map<string, RelatedMention[]>,
  ctx: ResolveContext,
  diagnostics: Diagnostic[],
): Map<string, string> {
  const keys = new Map<string, string>();
  const byKey = new Map<string, string>();
  for (const [id, group] of [...groups]) {
    const mention = group[0]!.mention;
    if (!id.startsWith('@') || !isLaw(mention.kind.name)) continue;
    const year = group.map((m) => m.mention.year).find((y) => y) ?? null;
    const adoptedOn = group.map((m) => m.mention.date).find((d) => d) ?? null;
    // the laws an amending law names are those in force when it was adopted, not when it is cited
    const asOf = group.every((m) => m.mention.readAsOf) ? group[0]!.mention.readAsOf! : (ctx.date ?? null);
    const found = resolveLawName(mention.name!, year, asOf, adoptedOn);
    if (found.law === null) {
      if (found.reason !== 'not in the laws table') {
        diagnostics.push({
          code: 'reference/law-unresolved',
          severity: 'info',
          message: `"${mention.name}" keeps its name-only key: ${found.reason}.`,
          span: mention.span,
        });
      }
      continue;
    }
    const key = lawKey(found.law);
    const numbered = found.law.number ? `#${foldWords(found.law.number)}` : null;
    const into = numbered && groups.has(numbered) ? numbered : byKey.get(key);
    diagnostics.push({
      code: 'reference/law-keyed',
      severity: 'info',
      message: `"${mention.name}" is keyed to ${found.law.kind} ${found.law.number ?? found.law.title} (${found.basis === 'year' ? 'the year or date the text gives' : found.basis === 'date' ? `in force on ${asOf}` : 'its only enactment'}), inferred from the laws table.`,
      span: mention.span,
    });
    if (into) {
      groups.get(into)!.push(...group);
      groups.delete(id);
    } else {
      keys.set(id, key);
      byKey.set(key, id);
    }
  }
  return keys;
}

function isLaw(kind: string): boolean {
  return kind === 'Luật' || kind === 'Bộ luật' || kind === 'Pháp lệnh' || kind === 'Hiến pháp';
}

/**
 * The groups that hold a mention of each kind, with where the first such mention starts: what a
 * back reference asks, kept as the groups fill instead of walking every group for each one.
 */
class KindIndex {
  private readonly byKind = new Map<string, Map<RelatedMention[], number>>();

  add(group: RelatedMention[], mention: Mention): void {
    let groups = this.byKind.get(mention.kind.name);
    if (!groups) this.byKind.set(mention.kind.name, (groups = new Map()));
    const first = groups.get(group);
    if (first === undefined || mention.span[0] < first) groups.set(group, mention.span[0]);
  }

  /** The groups with a mention of `kind` that starts before `at`, in the order they were first given one. */
  before(kind: string, at: number): RelatedMention[][] {
    const out: RelatedMention[][] = [];
    for (const [group, first] of this.byKind.get(kind) ?? []) if (first < at) out.push(group);
    return out;
  }
}

/**
 * "Nghị quyết nêu trên" joins the one instrument of that kind cited before it; when several
 * were cited it is reported as ambiguous and joins none: a short form is never guessed.
 */
function attachBackReference(item: RelatedMention, byKind: KindIndex, diagnostics: Diagnostic[]): void {
  const { mention } = item;
  const candidates = byKind.before(mention.kind.name, mention.span[0]);
  if (candidates.length === 1) {
    candidates[0]!.push(item);
    byKind.add(candidates[0]!, mention);
  } else if (candidates.length > 1) {
    diagnostics.push({
      code: 'reference/ambiguous',
      severity: 'warning',
      message: `"${mention.kind.name}" here may be any of ${candidates.length} instruments of that kind cited before; it is left unattached.`,
      span: mention.span,
    });
  }
}

/** A number identifies a mention; a name does when there is no number. */
function identity(mention: Mention): string | null {
  if (mention.number?.text) return `#${foldWords(canonicalNumber(mention.number))}`;
  return mention.name ? `@${foldWords(mention.name)}` : null;
}

/** A Party number printed with the state separators ("36/CT-TW") is the Party's "36-CT/TW". */
export function canonicalNumber(number: DocumentNumber): string {
  const partyIssuer = number.issuerCode ? isPartyCode(number.issuerCode) : false;
  if (
    number.scheme === 'administrative' &&
    partyIssuer &&
    number.typeCode &&
    number.ordinal !== null &&
    !number.unitCode
  ) {
    return `${number.ordinal}-${number.typeCode}/${number.issuerCode}`;
  }
  return number.text ?? number.raw;
}

/**
 * Whether an issuer code is the Party's ("TW", "TU"): asked for every mention's number and again for its reference and
 * its stated relations, of the few codes a text uses; each code's answer is kept.
 */
function isPartyCode(code: string): boolean {
  let party = PARTY_CODES.get(code);
  if (party === undefined) {
    if (PARTY_CODES.size >= PARTY_CODES_KEPT) PARTY_CODES.clear();
    party = issuerByCode(code)?.family === 'party';
    PARTY_CODES.set(code, party);
  }
  return party;
}

const PARTY_CODES = new Map<string, boolean>();
const PARTY_CODES_KEPT = 4096;

/**
 * "Luật Phòng, chống tham nhũng" cited by name and once with its number is the numbered one —
 * unless the text names two enactments by that name (77/2015/QH13 and 72/2025/QH15), or the
 * name's own year or date says it is another ("Luật … ngày 13 tháng 11 năm 2020" is not 72/2006/QH11).
 */
function foldNamesIntoNumbers(groups: Map<string, RelatedMention[]>): void {
  const numberedNames = new Map<string, Set<string>>();
  for (const [id, group] of groups) {
    if (!id.startsWith('#')) continue;
    for (const { mention } of group) {
      if (!mention.name) continue;
      const name = foldWords(lawName(mention.name));
      numberedNames.set(name, new Set([...(numberedNames.get(name) ?? []), id]));
    }
  }
  for (const [id, group] of [...groups]) {
    if (!id.startsWith('@')) continue;
    const targets = numberedNames.get(foldWords(lawName(group[0]!.mention.name!)));
    if (targets?.size !== 1) continue;
    const target = [...targets][0]!;
    const numberYear = groups.get(target)![0]!.mention.number?.year ?? null;
    const givenYear = group.map((m) => m.mention.year ?? m.mention.date?.slice(0, 4)).find((y) => y) ?? null;
    if (numberYear && givenYear && String(numberYear) !== givenYear) continue;
    groups.get(target)!.push(...group);
    groups.delete(id);
  }
}

/** "Luật An toàn thực phẩm năm 2010" with "Luật An toàn thực phẩm" in the same text: one law. */
function foldYearlessNames(groups: Map<string, RelatedMention[]>): void {
  for (const [id, group] of [...groups]) {
    if (!id.startsWith('@')) continue;
    const bare = `@${foldWords(withoutYear(group[0]!.mention.name!))}`;
    if (bare !== id && groups.has(bare)) {
      groups.get(bare)!.push(...group);
      groups.delete(id);
    }
  }
}

function toReference(group: readonly RelatedMention[], ctx: ResolveContext, lawKey: string | null): Reference {
  const mentions = [...group].sort((a, b) => a.mention.span[0] - b.mention.span[0]);
  const first = <K extends keyof Mention>(key: K) =>
    mentions.map((m) => m.mention[key]).find((v) => v !== null && v !== undefined) ?? null;
  const numbered = mentions.find((m) => m.mention.number)?.mention;
  const typed =
    mentions.find((m) => m.mention.kind.code !== null || m.mention.number === null)?.mention ?? mentions[0]!.mention;
  const number = numbered?.number ? { ...numbered.number, text: canonicalNumber(numbered.number) } : null;
  const date = first('date') as string | null;
  // of "Luật Trẻ em" and "Luật Trẻ em năm 2016", the bare name; of two spellings, the table's; a name written out
  // before its abbreviation ("Luật Bảo hiểm xã hội", not "Luật BHXH")
  // each name's abbreviation read once, not at every comparison of the sort; a name cited again is the same name
  const names = [...new Set(mentions.map((m) => m.mention.name))]
    .flatMap((name) => (name === null ? [] : [{ name, abbreviated: Number(ABBREVIATED.test(name)) }]))
    .sort((a, b) => a.abbreviated - b.abbreviated || a.name.length - b.name.length)
    .map((n) => n.name);
  const name = names.find(isTableSpelling) ?? names[0] ?? null;
  const issuer = fullestIssuer(mentions.map((m) => m.mention.issuer));
  // read once: the issuer's level and the key's jurisdiction both ask for it
  const issuerPlace = issuer ? ISSUER_PLACE(issuer) : null;
  const namedIssuerLocal = issuer ? ISSUER_LOCAL(issuer) : null;
  const key =
    lawKey ??
    referenceKey(number, numbered ? null : name, date, typed.kind.name, {
      jurisdiction: issuerPlace ?? ctx.jurisdiction,
      namedIssuerLocal,
    });
  return {
    key,
    keyPartial: isPartialKey(number, key, namedIssuerLocal),
    kind: typed.kind,
    number,
    name: number ? (first('name') as string | null) : name,
    date,
    issuer,
    title: first('title') as string | null,
    relation: strongest(mentions.map((m) => m.relation)),
    mentions: mentions.map(({ mention }) => ({ span: mention.span, text: '', pinpoint: mention.pinpoint })),
  };
}

/**
 * The issuer as the first mention names it, or as a later one completes it when the first is a
 * head cut short by a line or page break ("của Sở", "của Bộ Lao ⏎⏎ động - Thương binh và Xã
 * hội"): at most two words, continued by a word names are made of. A longer name run on past its
 * end ("Thành ủy Hà Nội và Kế hoạch …", "Ủy ban nhân dân tỉnh Theo phân công") does not replace it.
 */
function fullestIssuer(issuers: readonly (string | null)[]): string | null {
  let best: string | null = null;
  for (const issuer of issuers) {
    // the same name again completes nothing: most mentions of an instrument name one issuer alike
    if (!issuer || issuer === best) continue;
    if (best === null || completes(issuer, best)) best = issuer;
  }
  return best;
}

const CUT_HEAD_WORDS = 2;

function completes(longer: string, cut: string): boolean {
  const [a, b] = [foldWords(longer), foldWords(cut)];
  if (b.split(' ').length > CUT_HEAD_WORDS || !a.startsWith(`${b} `)) return false;
  const next = /^\s*(?<word>[^\s,;.:()]+)/u.exec(longer.slice(cut.length))?.groups?.word;
  return next !== undefined && isTitleWord(next);
}

function strongest(relations: readonly Relation[]): Relation {
  return RELATION_ORDER.find((r) => relations.includes(r)) ?? 'cites';
}

/**
 * What a cited instrument's named issuer says of its level: a province in its name or a local
 * body of the gazetteer ("Sở Y tế", "Ủy ban nhân dân tỉnh") is local, a central one ("Bộ Lao động -
 * Thương binh và Xã hội") is not; null when no issuer is named or the gazetteer does not know it.
 */
const HOLDER_BEFORE_BODY = compile(
  'resolve#holderBeforeBody',
  String.raw`^(?:Thủ tướng|${alternation(load('agencies').holders)})[ \t]+(?=\p{Lu})`,
  'u',
);

function issuerIsLocal(issuer: string | null, place: string | null): boolean | null {
  if (!issuer) return null;
  if (place !== null) return true;
  const body = bodyAt(issuer.replace(HOLDER_BEFORE_BODY, ''));
  return body ? body.body.local === true : null;
}

/** "Thành ủy Hà Nội", "Ủy ban nhân dân tỉnh Kiên Giang": the province an issuer's name gives. */
function jurisdictionIn(issuer: string | null): string | null {
  if (!issuer) return null;
  const found = [...canonicalTones(issuer).matchAll(PROVINCE_NAME)].at(-1);
  return found ? (localityByName(found[0])?.id ?? null) : null;
}

/** Each issuer's province and level, read once: the references of a text share a few issuers. */
const ISSUER_PLACE = memoizeText(jurisdictionIn, { size: 4096 });
const ISSUER_LOCAL = memoizeText((issuer: string) => issuerIsLocal(issuer, ISSUER_PLACE(issuer)), { size: 4096 });

const YEAR_SUFFIX = /\s+năm\s+\d{4}$/u;

/** A word of capitals only after the kind word: "Luật BHXH", "Luật Ban hành văn bản QPPL". */
const ABBREVIATED = /[ \t]\p{Lu}{2,6}(?:$|[ \t])/u;

function withoutYear(name: string): string {
  return name.replace(YEAR_SUFFIX, '');
}

function lawName(name: string): string {
  return withoutYear(name.replace(/\s+số\s*$/u, ''));
}

/** "A … thực hiện B": what the text states between two mentions that follow each other. */
export function statedRelations(
  mentions: readonly Mention[],
  keyOf: (m: Mention) => string | null,
  match: string,
  implementsGap: RegExp,
): StatedRelation[] {
  const out: StatedRelation[] = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    if (!implementsGap.test(match.slice(a.span[1], b.span[0]))) continue;
    const from = keyOf(a);
    const to = keyOf(b);
    if (from && to && from !== to) out.push({ from, to, relation: 'implements', span: [a.span[0], b.span[1]] });
  }
  return dedupe(out);
}

function dedupe(relations: StatedRelation[]): StatedRelation[] {
  const seen = new Set<string>();
  return relations.filter((r) => {
    const id = `${r.from}>${r.to}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
