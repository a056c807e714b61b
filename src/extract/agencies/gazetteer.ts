/** The agency grammar (grammars/agencies.json) compiled: heads, office holders, assignment phrases, successions. */
import { alternation, escapeRegExp, prefixAlternation, wordAlternation } from '../../grammar/compile.js';
import { load } from '../../grammar/load.js';
import { loadPatterns } from '../../grammar/patterns.js';
import { BODY_NAMES, KINDS_OF_BODY, bodyAt, mayOpenKind } from '../../grammar/public-bodies.js';
import { canonicalTones } from '../../grammar/tones.js';
import { hasTopLevelAlternation } from '../../grammar/scan.js';
import { isSpaceCode, wordEndFrom } from '../../grammar/white-space.js';

const data = load('agencies');

/**
 * A name opens with a head ("Sở", "Ủy ban nhân dân") or is a body of the gazetteer ("Tổng Liên
 * đoàn Lao động Việt Nam"), matched on text in canonical tones: "Quỹ" is read there as "Qũy".
 */
const FULL_HEADS = [...data.heads.flatMap((h) => [h, canonicalTones(h)]), ...BODY_NAMES];
const HEAD_WORDS = [...new Set([...FULL_HEADS, ...abbreviatedHeads(FULL_HEADS)])];
/**
 * An abbreviation is read as the name it abbreviates, with the same locality rules: "BHXH tỉnh" is "Bảo hiểm xã hội
 * tỉnh" as "KBNN tỉnh" is "Kho bạc Nhà nước tỉnh". So an abbreviation (grammars/names.json) opens a name wherever its
 * long form does: when that long form opens with a head.
 */
function abbreviatedHeads(heads: readonly string[]): string[] {
  // a set and the long form's prefixes before each space: a scan of every head per abbreviation cost 17 ms of import
  const known = new Set(heads);
  const opensWithHead = (long: string) =>
    known.has(long) || [...long.matchAll(/ /gu)].some((space) => known.has(long.slice(0, space.index)));
  return Object.entries(load('names').abbreviations)
    .filter(([, long]) => opensWithHead(long))
    .map(([short]) => short);
}
const HEAD_SET: ReadonlySet<string> = new Set(HEAD_WORDS);
/**
 * A head or gazetteer name standing alone ("Thanh tra", "Công an", "Chính phủ"): at the start of a point it may as
 * well be the point's verb or a name the reader cannot place.
 */
export const isBareHead = (name: string): boolean => HEAD_SET.has(canonicalTones(name));

/** The abbreviations of grammars/names.json as written, whole words: a name in capitals keeps them when recased. */
export const ABBREVIATION_WORD = new RegExp(wordAlternation(Object.keys(load('names').abbreviations)), 'gu');

const CAPITAL_ONLY = new Set(data.headsNamingOnlyWithCapital.flatMap((h) => [h, canonicalTones(h)]));
const HEAD = prefixAlternation(HEAD_WORDS.filter((h) => !CAPITAL_ONLY.has(h)));
/**
 * "Quỹ Khuyến học" names a body, "Quỹ bảo hiểm xã hội" a kind of fund: these heads open a name only before a capital.
 */
const CAPITAL_HEAD = `(?:${alternation([...CAPITAL_ONLY])})(?=[ \\t]\\p{Lu})`;
/**
 * "Trưởng phòng", "Trưởng ban": a title whose last word is its body's head in lower case. Before a head it is a title
 * like any ("Trưởng ban Ban Tổ chức"); before a capital it opens the body's name itself ("Trưởng phòng Nội vụ" heads
 * the Phòng Nội vụ).
 */
const FUSED_HOLDERS: readonly string[] = data.holdersFusingTheirHead;
const FUSED_HOLDER = prefixAlternation(FUSED_HOLDERS);
const HOLDER = prefixAlternation([...data.holders, ...FUSED_HOLDERS]);

export const AGENCY = loadPatterns(
  'agencies',
  [
    'holder',
    'head',
    'notAfterHead',
    'notInName',
    'listEnd',
    'kindPredicate',
    'topicInList',
    'locality',
    'collective',
    'titledBody',
    'duty',
    'dutyWord',
    'trigger',
    'kindsAfterTitle',
    'inlineAssignment',
    'coordination',
    'assigningSection',
    'narratingSection',
    'narration',
    'execution',
    'closingRequest',
    'scopeAfterName',
    'agentClause',
    'catchAll',
    'definingParenthetical',
    'leadField',
    'coordinatorField',
    'scopeBeforeSubject',
    'localityItem',
    'workingAttachment',
    'powersSection',
    'compositionSection',
    'honorific',
  ] as const,
  {
    head: HEAD,
    duties: prefixAlternation(data.duties),
    notInName: prefixAlternation(data.notInName),
    agentVerbs: prefixAlternation(data.agentVerbs),
    individuals: prefixAlternation(data.individuals),
    kindPredicates: prefixAlternation(data.kindPredicates),
    // a head and the word after it in lower case, as a sentence writes a common compound ("ban hành", "Báo cáo"); a
    // capital there opens a proper name ("Ban Hành chính"), except in a heading recased from capitals
    notAfterHead: commonCompounds(false),
    holder: HOLDER,
    // the first word of a gazetteer name is enough to see that a body follows, and keeps the pattern small
    startAhead: `(?:(?:(?:${HOLDER})[ \\t]+)?(?:[Cc]ác[ \\t]+)?(?:${prefixAlternation([...new Set([...HEAD_WORDS, ...CAPITAL_ONLY].map((n) => n.split(' ')[0]!))])})(?![\\p{L}\\p{N}])|(?:${FUSED_HOLDER})[ \\t]+\\p{Lu})`,
  },
);

/**
 * The compounds a head forms with a common word ("ban hành", "bộ máy"), as one alternation: their first word in either
 * case; the others in lower case, or in either case on a heading recased from capitals ("Ban Hành"). Whole compounds,
 * so that "hành" makes "Ban" common and not "Học viện" ("Học viện Hành chính").
 */
function commonCompounds(recased: boolean): string {
  const eitherCase = (word: string) => {
    const initial = word.charAt(0);
    const upper = initial.toUpperCase();
    return upper === initial ? escapeRegExp(word) : `[${upper}${initial}]${escapeRegExp(word.slice(1))}`;
  };
  const pattern = (compound: string, restInEitherCase: boolean) =>
    canonicalTones(compound.normalize('NFC'))
      .split(/\s+/u)
      .map((word, k) => (k === 0 || restInEitherCase ? eitherCase(word) : escapeRegExp(word)))
      .join('[ \\t]+');
  // a heading in capitals says nothing of the case, and "TRUNG TÂM DỮ LIỆU QUỐC GIA" names a body there
  const compounds = [
    ...data.wordsMakingHeadCommon.map((c) => ({ c, either: recased })),
    ...data.wordsMakingHeadCommonInLowerCase.map((c) => ({ c, either: false })),
  ].sort((x, y) => y.c.length - x.c.length);
  return `(?:${compounds.map(({ c, either }) => pattern(c, either)).join('|')})`;
}

/**
 * Where an agency's name starts: an optional office title, then a head ("Sở", "Ủy ban nhân dân")
 * or a collective ("các cơ quan"). Built from three grammar entries each checked on its own
 * (literal alternations, linear by construction), joined by one run of spaces after a literal,
 * which keeps it linear: checked whole, its automaton is too large for the backtracking check.
 */
/** "Chủ tịch tỉnh", "Chánh Thanh tra huyện": a title before a level alone, which names the body it heads there. */
const LEVEL_HOLDER = prefixAlternation(Object.keys(data.holdersOfLevel));
const LEVEL = `(?:${prefixAlternation(data.administrativeUnits)})`;
/** The body each such title heads at a level: "Chủ tịch tỉnh" is the Ủy ban nhân dân tỉnh. */
export const LEVEL_HOLDER_BODY: Readonly<Record<string, string>> = data.holdersOfLevel;

function startSource(notAfterHead: string): string {
  return (
    `(?<![\\p{L}\\p{N}])(?:(?<levelled>${LEVEL_HOLDER})(?=[ \\t]+(?:các[ \\t]+)?${LEVEL}(?![\\p{L}\\p{N}]))|(?<titled>${AGENCY.holder.source})[ \\t]+(?<titledBody>${AGENCY.titledBody.source})` +
    `|(?:(?<holder>${AGENCY.holder.source})[ \\t]+)?(?:(?:(?<collective>[Cc]ác[ \\t]+)?(?!(?:${notAfterHead})(?![\\p{L}\\p{N}]))(?<head>${AGENCY.head.source}|${CAPITAL_HEAD}))|(?<group>${AGENCY.collective.source})|(?:[Cc]ác[ \\t]+)?(?<kind>${prefixAlternation(KINDS_OF_BODY)}))|(?<fused>${FUSED_HOLDER})(?=[ \\t]+\\p{Lu}))(?![\\p{L}\\p{N}])`
  );
}
const START_SOURCE = startSource(AGENCY.notAfterHead.source);
export const AGENCY_START = new RegExp(START_SOURCE, 'u');
/** Global copy for scanning (matchAll clones it, so sharing one is safe). */
export const AGENCY_STARTS = new RegExp(START_SOURCE, 'gu');
/**
 * The same on a heading recased from capitals: the recaser writes the word after a head with a capital ("BAN HÀNH" →
 * "Ban Hành", "BÁO CÁO" → "Báo Cáo"), so there the capital says nothing and the common words count in both cases.
 */
const RECASED_START_SOURCE = startSource(commonCompounds(true));
export const RECASED_AGENCY_START = new RegExp(RECASED_START_SOURCE, 'u');
export const RECASED_AGENCY_STARTS = new RegExp(RECASED_START_SOURCE, 'gu');
export const INLINE_ASSIGNMENTS = new RegExp(AGENCY.inlineAssignment.source, 'gu');
/** The verbs that assign a task to the body after them ("giao", "đề nghị", "yêu cầu"). */
export const ASSIGNING_VERBS: readonly string[] = data.fragments!.assigningVerb as string[];

/**
 * Could `text` hold a match of INLINE_ASSIGNMENTS? Only if it holds one assigning verb as that pattern spells it ("đề"
 * and "nghị" apart by spaces or tabs): a text that does not is passed over before the pattern (with its look-behinds
 * at every position) runs. Case counts, as in the pattern: "Nghị định" is no verb.
 */
export function mayAssign(text: string): boolean {
  return ASSIGNING_VERB.test(text);
}

/** The assigning verbs as INLINE_ASSIGNMENTS spells them (its fragment assigningVerb): any of them, anywhere. */
const ASSIGNING_VERB = new RegExp(alternation(ASSIGNING_VERBS), 'u');

/** Upper-case first words of every head, office title and "các": a phrase opening otherwise names no agency. */
const FIRST_WORDS: ReadonlySet<string> = new Set(
  [...HEAD_WORDS, ...CAPITAL_ONLY, ...KINDS_OF_BODY, ...data.holders, ...FUSED_HOLDERS, 'các'].map((h) =>
    h.split(' ')[0]!.toUpperCase(),
  ),
);

/**
 * "Đồng chí Giám đốc Sở …" opens with a title after its word of address; "Đồng thời, …" opens many sentences and no
 * agency, so the word alone lets no phrase through.
 */
const addressed = (first: string, phrase: string) =>
  opensWithD(first) && first.toUpperCase() === 'ĐỒNG' && honorificAt(phrase) > 0;

/** Only "Đ" and "đ" upper-case to "Đ": a word that opens otherwise is no "ĐỒNG", told before it is upper-cased. */
function opensWithD(word: string): boolean {
  const code = word.charCodeAt(0);
  return code === 0x110 || code === 0x111;
}

/** "đồng chí " before an office title, where it is tried (sticky), and anywhere (global). */
const HONORIFIC_AT = new RegExp(AGENCY.honorific.source, 'uy');
const HONORIFICS = new RegExp(AGENCY.honorific.source, 'gu');
/** How far before a title its word of address may open ("các đồng chí "). */
const HONORIFIC_REACH = 16;

/** The length of the word of address ("đồng chí ") that opens `text` at `at` before an office title, or 0. */
export function honorificAt(text: string, at = 0): number {
  HONORIFIC_AT.lastIndex = at;
  return HONORIFIC_AT.exec(text)?.[0].length ?? 0;
}

/** The length of the word of address that ends at `end` in `text`, right before an office title, or 0. */
export function honorificBefore(text: string, end: number): number {
  // the word of address ends in "chí" and a space, within the 8 characters before `end`: read back from `end`, a cheap
  // test before the pattern, which would scan on past `end`
  const from = Math.max(0, end - 8);
  let blank = end;
  while (blank > from && (text[blank - 1] === ' ' || text[blank - 1] === '\t')) blank--;
  if (blank === end || blank - 3 < from || !text.startsWith('chí', blank - 3)) return 0;
  HONORIFICS.lastIndex = Math.max(0, end - HONORIFIC_REACH);
  for (let m = HONORIFICS.exec(text); m && m.index < end; m = HONORIFICS.exec(text))
    if (m.index + m[0].length === end) return m[0].length;
  return 0;
}

const LONGEST_FIRST_WORD = Math.max(...[...FIRST_WORDS].map((w) => w.length));

/** A cheap test before the full pattern: could `phrase` open with an agency name? */
export function mayOpenWithAgency(phrase: string): boolean {
  const read = readFirstWord(phrase, false);
  if (read !== undefined)
    return read || (wordEndFrom(phrase, 0) === ADDRESS_LENGTH && addressed(phrase.slice(0, ADDRESS_LENGTH), phrase));
  const first = /^\S+/u.exec(phrase)?.[0];
  return first !== undefined && (FIRST_WORDS.has(first.toUpperCase()) || addressed(first, phrase));
}

/**
 * Could `phrase`, cut anywhere inside its first word, open with an agency name? The first word of any piece cut from
 * its start is a prefix of its own: when no prefix is a first word of a name, no piece names an agency.
 */
export function mayOpenWithAgencyCut(phrase: string): boolean {
  const read = readFirstWord(phrase, true);
  if (read !== undefined)
    return read || (wordEndFrom(phrase, 0) === ADDRESS_LENGTH && addressed(phrase.slice(0, ADDRESS_LENGTH), phrase));
  const first = /^\S+/u.exec(phrase)?.[0];
  if (first === undefined) return false;
  if (addressed(first, phrase)) return true;
  // upper case never shortens a word: a prefix longer than every first word is none
  const head = first.slice(0, LONGEST_FIRST_WORD);
  const upper = head.toUpperCase();
  // one upper-casing for every prefix when it keeps each letter's place (it does in Vietnamese: "ß" would not)
  if (upper.length === head.length) {
    for (let end = head.length; end > 0; end--) if (FIRST_WORDS.has(upper.slice(0, end))) return true;
    return false;
  }
  for (let end = head.length; end > 0; end--) if (FIRST_WORDS.has(first.slice(0, end).toUpperCase())) return true;
  return false;
}

/** The word of address, "ĐỒNG" in capitals: only a word of its length may be it (upper case never shortens a word). */
const ADDRESS_LENGTH = 'ĐỒNG'.length;

/** FIRST_WORDS as a tree of their code units: a word is looked up a letter at a time, with no string built. */
interface WordNode {
  word: boolean;
  next: Map<number, WordNode>;
}
const FIRST_WORD_TREE: WordNode = { word: false, next: new Map() };
for (const word of FIRST_WORDS) {
  let node = FIRST_WORD_TREE;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    let next = node.next.get(code);
    if (!next) node.next.set(code, (next = { word: false, next: new Map() }));
    node = next;
  }
  node.word = true;
}

/** Each code unit in upper case, plus one, when that is one code unit; -1 when it is not; 0 not yet read. */
const UPPER_CODE = new Int32Array(0x10000);

function upperCode(code: number): number {
  let upper = UPPER_CODE[code]!;
  if (upper === 0) {
    const text = String.fromCharCode(code).toUpperCase();
    UPPER_CODE[code] = upper = text.length === 1 && !isSurrogateCode(code) ? text.charCodeAt(0) + 1 : -1;
  }
  return upper < 0 ? -1 : upper - 1;
}

const isSurrogateCode = (code: number) => code >= 0xd800 && code <= 0xdfff;

/**
 * The first word of `phrase` (up to white space) read through {@link FIRST_WORD_TREE} in upper case: whether it is a
 * first word (`prefix`: whether one of its prefixes is); undefined when a letter of it does not upper-case to one
 * code unit, which the caller reads by strings. The word of address is not looked for.
 */
function readFirstWord(phrase: string, prefix: boolean): boolean | undefined {
  let node = FIRST_WORD_TREE;
  for (let i = 0; i < phrase.length; i++) {
    const code = phrase.charCodeAt(i);
    if (isSpaceCode(code)) break;
    const upper = upperCode(code);
    if (upper < 0) return undefined;
    const next = node.next.get(upper);
    if (!next) return false;
    if (prefix && next.word) return true;
    node = next;
  }
  return !prefix && node.word;
}

/**
 * "Bộ trưởng" with no ministry named, "Các Bộ trưởng": the heads of every body of a kind, which
 * name the bodies "Các Bộ" (GOLD.md). Built from the office titles that are their body's name and
 * "trưởng" (Bộ trưởng, Cục trưởng, Viện trưởng …).
 */
export const BARE_TITLE = new RegExp(
  `^(?<les>[Cc]ác[ \\t]+)?(?<body>${alternation(data.holders.filter((h) => h.endsWith(' trưởng')).map((h) => h.slice(0, -' trưởng'.length)))})[ \\t]+trưởng[ \\t]*$`,
  'u',
);

/**
 * A head alone in lower case ("Hiệp hội", "Tòa án", "Hội đồng", "Bảo hiểm xã hội") is the common
 * noun, the body a rule speaks of, not a body named; "Ban Chỉ đạo" is a name.
 */
export const BARE_HEAD = new RegExp(
  `^(?:${alternation(data.heads.filter((h) => !/\s\p{Lu}/u.test(h)))})[ \\t.,;:]*$`,
  'u',
);

/**
 * "Các cơ quan, đơn vị, địa phương": words that fit any body, listed with nothing to say which, a
 * catch-all (GOLD.md), unlike a group of kinds ("Các sở, ban, ngành") or a qualified one ("Các
 * cơ quan, đơn vị trực tiếp sử dụng ngân sách nhà nước", "Các địa phương"). The generic parties of a rule may stand
 * among them ("các cơ quan, tổ chức, doanh nghiệp"): still no kind of body.
 */
const ANY_BODY = `(?:${alternation(data.anyBodyWords)})`;
const ANY_BODY_OR_PARTY = `(?:${alternation([...data.anyBodyWords, ...data.genericParties])})`;
export const ANY_BODY_LIST = new RegExp(
  `^(?:[Cc]ác[ \\t]+)?(?:${alternation(data.anyBodyWords.map((w) => w.charAt(0).toUpperCase() + w.slice(1)))}|${ANY_BODY})(?:(?:[ \\t]*,[ \\t]*|[ \\t]+và[ \\t]+)${ANY_BODY_OR_PARTY})+[ \\t.,;:]*$`,
  'u',
);

/** "Các cơ quan", "Đơn vị" alone: a word for any body that names none (GOLD.md catch-alls); "Các địa phương" does. */
export const LONE_BODY_WORD = new RegExp(
  `^(?:[Cc]ác[ \\t]+)?(?:${alternation(data.bodyWordsNamingNone.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]))})[ \\t.,;:]*$`,
  'u',
);

/**
 * The generic private parties of a rule ("Nhà đầu tư", "doanh nghiệp"): no body of their own unless the text names
 * which ("Nhà đầu tư của dự án X").
 */
export const GENERIC_PARTIES = new RegExp(
  `^(?:[Cc]ác[ \\t]+)?(?:${alternation(data.genericParties.flatMap((p) => [p, p.charAt(0).toUpperCase() + p.slice(1)]))})(?![ \\t]+(?:của|dự[ \\t]+án|\\p{Lu}|\\p{N}))(?![\\p{L}\\p{N}])`,
  'u',
);

/** The units of administration a body's locality names ("tỉnh", "thành phố", "đặc khu"). */
export const AGENCY_UNITS: readonly string[] = data.administrativeUnits;

/**
 * Heads that name a body only with a level or locality after them ("Ủy ban nhân dân các cấp"), in both tone placements.
 */
export const LEVELLED_HEADS: readonly string[] = [
  ...new Set(data.headsTakingLevel.flatMap((h) => [h, canonicalTones(h)])),
];

/** "Chánh Văn phòng UBND tỉnh" is the body "Văn phòng UBND tỉnh": the title names the body. */
export const HOLDER_BODY: Readonly<Record<string, string>> = data.holdersKeepingTheirBody;

export interface Succession {
  name: string;
  until: string;
  successors: string[];
}
export const SUCCESSIONS: readonly Succession[] = data.successions;

/**
 * "Văn phòng HĐND và UBND huyện": the office two bodies share, one body, whose "và" joins no two (its locality follows
 * the second), in both tone placements.
 */
export const JOINT_OFFICES = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alternation([...new Set(data.jointOffices.flatMap((o) => [o, canonicalTones(o)]))])})(?![\\p{L}\\p{N}])`,
  'gu',
);

/** Field names that hold a comma ("Văn hóa, Thể thao và Du lịch"), longest first. */
export const MULTI_COMMA: readonly string[] = [...data.multiCommaFields].sort((a, b) => b.length - a.length);

const DUTY_SEPARATOR = new RegExp(AGENCY.duty.source, 'gu');
const DUTY_WORD = new RegExp(`(?:${AGENCY.dutyWord.source})(?![\\p{L}\\p{N}])`, 'uy');

const LEAD_DUTIES: ReadonlySet<string> = new Set(data.leadDuties);
const STATING_DUTIES: ReadonlySet<string> = new Set(data.statingDuties);

export interface Duty {
  /** where the separator before the duty begins: the end of the agency's name */
  index: number;
  /** the duty says the agency leads the work ("chủ trì", "tham mưu", "có trách nhiệm" …) */
  leads: boolean;
  /** the phrase states how bodies act rather than giving work ("Các sở, ngành căn cứ chức năng …") */
  states: boolean;
}

/**
 * The first word of every duty, as DUTY_WORD spells it: a separator is followed by one of them or by no duty, and the
 * word after it (a run of letters) is looked up before DUTY_WORD runs there. Null when a duty's first word is not a
 * run of letters (then the look-up could pass a duty over, and every separator is tried).
 */
const DUTY_FIRST_WORDS: ReadonlySet<string> | null = (() => {
  const words = data.duties.map((d) => canonicalTones(d.normalize('NFC').trim()).split(/\s+/u)[0]!);
  return words.every((w) => /^\p{L}+$/u.test(w)) ? new Set(words) : null;
})();
const LETTERS = /\p{L}+/uy;
/** The first two characters (UTF-16 units) of every such word, as numbers: most words after a separator fail here. */
const DUTY_OPENINGS: ReadonlySet<number> | null =
  DUTY_FIRST_WORDS && [...DUTY_FIRST_WORDS].every((w) => w.length >= 2)
    ? new Set([...DUTY_FIRST_WORDS].map((w) => w.charCodeAt(0) * 0x10000 + w.charCodeAt(1)))
    : null;

/**
 * Could a duty word open `text` at `at`? Only if the word there is the first word of one: then that word, else null
 * (true when the words are not known).
 */
function mayOpenDuty(text: string, at: number): string | null | true {
  if (DUTY_FIRST_WORDS === null) return true;
  if (DUTY_OPENINGS !== null && !DUTY_OPENINGS.has(text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1)))
    return null;
  LETTERS.lastIndex = at;
  const word = LETTERS.exec(text)?.[0];
  return word !== undefined && DUTY_FIRST_WORDS.has(word) ? word : null;
}

/** Whether a duty's first word may open a kind of body ("tổ chức" → "tổ chức đảng"), by word. */
const OPENS_KIND = new Map<string, boolean>();

/**
 * A kind of body opens at `at`, where a duty whose first word is `first` was read (true: not known). The word is the
 * gazetteer's first token there (a duty's word is followed by no letter or digit): one that opens no kind's name
 * spares the lookup.
 */
function kindAt(text: string, at: number, first: string | true): boolean {
  if (first !== true) {
    let may = OPENS_KIND.get(first);
    if (may === undefined) OPENS_KIND.set(first, (may = mayOpenKind(first)));
    if (!may) return false;
  }
  return bodyAt(text, at)?.body.kind === 'kind';
}

/**
 * The duty that ends an agency's name in `text` ("Sở Y tế chủ trì, …" → index 6), or null. `before`: only a duty whose
 * separator opens before that offset is wanted (the caller reads none after it): the scan stops there.
 */
export function dutyIn(text: string, before = Infinity): Duty | null {
  const first = firstDutyIn(text, 0, before);
  // the clause is read again only for a duty that leads: a text without one's words holds none
  if (!first || first.leads || !mayLead(text) || !endsWithHead(text, first.index)) return first;
  // "Ban Chỉ đạo thực hiện chính sách bảo hiểm y tế tỉnh chủ trì …": a verb right after a head opens the field the body
  // is named for, when the clause goes on to the duty that leads; with none ("Giao Ban Chỉ đạo triển khai kế hoạch")
  // the verb is the duty
  const clause = text.slice(0, first.index + (CLAUSE_END.exec(text.slice(first.index))?.index ?? text.length));
  for (let duty = firstDutyIn(clause, first.index + 1); duty; duty = firstDutyIn(clause, duty.index + 1))
    if (duty.leads) return duty.index < before ? duty : null;
  return first;
}

/**
 * Each leading (stating) duty as LEAD_DUTIES (STATING_DUTIES) spells it, its words apart by white space: a duty read
 * leads (states) only when its words, spaces made one, are one of these, so the text holds it so written.
 */
const LEAD_PHRASE = dutyPhrases(LEAD_DUTIES);
const STATING_PHRASE = dutyPhrases(STATING_DUTIES);

function dutyPhrases(duties: ReadonlySet<string>): RegExp {
  return new RegExp([...duties].map((duty) => duty.split(' ').map(escapeRegExp).join(String.raw`\s+`)).join('|'), 'u');
}

/** Could `text` hold a duty that leads? Only if it holds one so written: most texts do not, and are read once. */
function mayLead(text: string): boolean {
  return LEAD_PHRASE.test(text);
}

/**
 * Could a duty {@link dutyIn} reads in `text` lead or state ({@link Duty})? Only if `text` holds one such duty so
 * written: when it does not, no duty read in it (or in a piece of it) does.
 */
export function mayLeadOrState(text: string): boolean {
  return LEAD_OR_STATING_PHRASE.test(text);
}

/** Either kind of duty so written, found by one scan of the text. */
const LEAD_OR_STATING_PHRASE = new RegExp(`${LEAD_PHRASE.source}|${STATING_PHRASE.source}`, 'u');

/** The first duty at or after `from` in `text` whose separator opens before `before`. */
function firstDutyIn(text: string, from: number, before = Infinity): Duty | null {
  // an exec loop on the one global pattern: matchAll would clone it on every call
  DUTY_SEPARATOR.lastIndex = from;
  for (let separator = DUTY_SEPARATOR.exec(text); separator; separator = DUTY_SEPARATOR.exec(text)) {
    if (separator.index >= before) return null;
    const wordAt = separator.index + separator[0].length;
    const first = mayOpenDuty(text, wordAt);
    if (first === null) continue;
    DUTY_WORD.lastIndex = wordAt;
    const word = DUTY_WORD.exec(text);
    // "Các cấp ủy, tổ chức đảng, chính quyền": a word that opens a kind of body ("tổ chức đảng") is no duty ("tổ chức")
    if (!word || kindAt(text, word.index, first)) continue;
    // "Cục Quản lý, giám sát kế toán, kiểm toán": a comma inside a gazetteer name is no end of the body
    if (insideBodyName(text, separator.index)) continue;
    // "Ban chỉ đạo tỉnh": a head written in lower case holds a duty's words ("chỉ đạo")
    if (insideHead(text, separator.index)) continue;
    const phrase = word[0].replace(/\s+/gu, ' ');
    return { index: separator.index, leads: LEAD_DUTIES.has(phrase), states: STATING_DUTIES.has(phrase) };
  }
  return null;
}

/** How far back a head may open before the duty after it. */
const HEAD_REACH = 40;
/**
 * A head right before a duty, with only a space between: "Ban Chỉ đạo| thực hiện", "Tổ công tác| triển khai"; not a
 * body named in full ("Bộ Tài chính| tăng cường"), whose name is complete.
 */
const FIELD_HEADS: ReadonlySet<string> = new Set(data.heads.flatMap((h) => [h, canonicalTones(h)]));
const FIELD_HEAD_WORDS = Math.max(...[...FIELD_HEADS].map((h) => h.split(' ').length));

/** The last word of every such head: a name that ends with another word ends with no head. */
const FIELD_HEAD_LAST_WORDS: ReadonlySet<string> = new Set([...FIELD_HEADS].map((h) => h.split(' ').at(-1)!));

/** The words before `end` are a head, whole: its last one, two … words looked up, no pattern scanned. */
function endsWithHead(text: string, end: number): boolean {
  // the last word first, read without splitting the slice: it is a head's last word or no head ends there
  const from = Math.max(0, end - HEAD_REACH);
  let lastStart = end;
  while (lastStart > from && text[lastStart - 1] !== ' ' && text[lastStart - 1] !== '\t') lastStart--;
  if (!FIELD_HEAD_LAST_WORDS.has(text.slice(lastStart, end))) return false;
  const words = text.slice(from, end).split(/[ \t]+/u);
  for (let n = 1; n <= FIELD_HEAD_WORDS && n <= words.length; n++) {
    // the first word taken must be whole: the slice may cut one
    if (n === words.length && end > HEAD_REACH) break;
    if (FIELD_HEADS.has(words.slice(-n).join(' '))) return true;
  }
  return false;
}
/** Where the clause of a duty ends: no name goes on past a semicolon, a colon or a full stop. */
const CLAUSE_END = /[;:]|\.(?=[ \t]|$)/u;
/** Heads whose words after the first open with a duty's words: "Ban chỉ đạo" holds "chỉ đạo". */
const HEADS_HOLDING_DUTY = data.heads.filter((h) => {
  const tail = h.slice(h.indexOf(' ') + 1);
  return h.includes(' ') && data.duties.some((d) => tail === d || tail.startsWith(`${d} `));
});
const HEAD_HOLDING_DUTY =
  HEADS_HOLDING_DUTY.length > 0
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(HEADS_HOLDING_DUTY)})(?![\\p{L}\\p{N}])`, 'gu')
    : null;

const HOLDING_FIRST_WORDS: ReadonlySet<string> = new Set(HEADS_HOLDING_DUTY.map((h) => h.split(' ')[0]!));

/** `at` lies inside a head that holds a duty's words ("Ban| chỉ đạo tỉnh"). */
function insideHead(text: string, at: number): boolean {
  // such a head opens with one of a few words, right before the separator: a cheap test before the pattern
  if (
    !HEAD_HOLDING_DUTY ||
    !HOLDING_FIRST_WORDS.has(/[\p{L}]+$/u.exec(text.slice(Math.max(0, at - 12), at))?.[0] ?? '')
  )
    return false;
  HEAD_HOLDING_DUTY.lastIndex = Math.max(0, at - HEAD_REACH);
  for (let m = HEAD_HOLDING_DUTY.exec(text); m && m.index < at; m = HEAD_HOLDING_DUTY.exec(text))
    if (m.index + m[0].length > at) return true;
  return false;
}

/** How far back a gazetteer name may open before a separator inside it. */
const NAME_REACH = 60;

/** `at` lies inside a gazetteer name that opens with a capital word before it. */
function insideBodyName(text: string, at: number): boolean {
  const from = Math.max(0, at - NAME_REACH);
  const before = text.slice(from, at);
  CAPITAL_WORD.lastIndex = 0;
  for (let word = CAPITAL_WORD.exec(before); word; word = CAPITAL_WORD.exec(before)) {
    const found = bodyAt(text, from + word.index);
    if (found && found.end > at) return true;
  }
  return false;
}

/** A word that opens with a capital, read in the slice before a separator (nothing before it counts). */
const CAPITAL_WORD = /(?<![\p{L}\p{N}])\p{Lu}/gu;

/** The closing sentence's phrase (entry execution) opens with this look-behind: no letter before its first word. */
const NOT_AFTER_LETTER = String.raw`(?<![\p{L}])`;
const LETTER = /\p{L}/u;

/**
 * The closing phrase searched for without its look-behind, which is checked by hand on each match (`checked`): the
 * engine then skips ahead to the phrase's first letters instead of testing the look-behind at every position. Built on
 * first use.
 */
let closingSearch: { pattern: RegExp; checked: boolean } | undefined;

/**
 * The first closing phrase ("… chịu trách nhiệm thi hành …", entry execution) at or after `from` in `text`, as a
 * global search with that pattern finds it; null when there is none.
 */
export function closingIn(text: string, from = 0): RegExpExecArray | null {
  closingSearch ??= closingSearchOf(AGENCY.execution);
  const { pattern, checked } = closingSearch;
  pattern.lastIndex = from;
  for (let found = pattern.exec(text); found; found = pattern.exec(text)) {
    if (!checked || !afterLetter(text, found.index)) return found;
    // what the look-behind refuses: the leftmost match goes on from the next character (a whole code point)
    pattern.lastIndex = found.index + (isPairAt(text, found.index) ? 2 : 1);
  }
  return null;
}

function closingSearchOf(execution: RegExp): { pattern: RegExp; checked: boolean } {
  const rest = execution.source.slice(NOT_AFTER_LETTER.length);
  const checked = execution.source.startsWith(NOT_AFTER_LETTER) && !hasTopLevelAlternation(rest);
  const flags = `${execution.flags.replace('g', '')}g`;
  return { pattern: new RegExp(checked ? rest : execution.source, flags), checked };
}

/** Whether a letter (a whole code point) ends just before `index`: what the look-behind `(?<![\p{L}])` refuses. */
function afterLetter(text: string, index: number): boolean {
  if (index <= 0) return false;
  const low = text.charCodeAt(index - 1);
  if (low < 0x80) return (low >= 0x41 && low <= 0x5a) || (low >= 0x61 && low <= 0x7a);
  const pair = index >= 2 && isPairAt(text, index - 2);
  return LETTER.test(pair ? text.slice(index - 2, index) : text.charAt(index - 1));
}

/** A surrogate pair opens at `at`: one code point of two code units. */
function isPairAt(text: string, at: number): boolean {
  const high = text.charCodeAt(at);
  const low = text.charCodeAt(at + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}
