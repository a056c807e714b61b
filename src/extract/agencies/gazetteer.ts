/** The agency grammar (grammars/agencies.json) compiled: heads, office holders, assignment phrases, successions. */
import { alternation } from '../../grammar/compile.js';
import { load } from '../../grammar/load.js';
import { loadPatterns } from '../../grammar/patterns.js';
import { BODY_NAMES, KINDS_OF_BODY, bodyAt, mayOpenKind } from '../../grammar/public-bodies.js';
import { canonicalTones } from '../../grammar/tones.js';

const data = load('agencies');

/**
 * A name opens with a head ("Sở", "Ủy ban nhân dân") or is a body of the gazetteer ("Tổng Liên
 * đoàn Lao động Việt Nam"), matched on text in canonical tones: "Quỹ" is read there as "Qũy".
 */
const HEAD_WORDS = [...new Set([...data.heads.flatMap((h) => [h, canonicalTones(h)]), ...BODY_NAMES])];
const CAPITAL_ONLY = new Set(data.headsNamingOnlyWithCapital.flatMap((h) => [h, canonicalTones(h)]));
const HEAD = alternation(HEAD_WORDS.filter((h) => !CAPITAL_ONLY.has(h)));
/**
 * "Quỹ Khuyến học" names a body, "Quỹ bảo hiểm xã hội" a kind of fund: these heads open a name only before a capital.
 */
const CAPITAL_HEAD = `(?:${alternation([...CAPITAL_ONLY])})(?=[ \\t]\\p{Lu})`;
const HOLDER = alternation(data.holders);

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
    'inlineAssignment',
    'coordination',
    'assigningSection',
    'narratingSection',
    'narration',
    'execution',
    'closingRequest',
    'scopeAfterName',
    'catchAll',
    'definingParenthetical',
    'leadField',
    'coordinatorField',
    'scopeBeforeSubject',
    'localityItem',
    'workingAttachment',
    'powersSection',
  ] as const,
  {
    head: HEAD,
    duties: alternation(data.duties),
    notInName: alternation(data.notInName),
    individuals: alternation(data.individuals),
    kindPredicates: alternation(data.kindPredicates),
    // in lower case and with a capital, as a heading recased from capitals writes them ("Báo Cáo")
    notAfterHead: `(?:${alternation(data.wordsMakingHeadCommon.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]))})`,
    holder: HOLDER,
    // the first word of a gazetteer name is enough to see that a body follows, and keeps the pattern small
    startAhead: `(?:(?:${HOLDER})[ \\t]+)?(?:[Cc]ác[ \\t]+)?(?:${alternation([...new Set([...HEAD_WORDS, ...CAPITAL_ONLY].map((n) => n.split(' ')[0]!))])})(?![\\p{L}\\p{N}])`,
  },
);

/**
 * Where an agency's name starts: an optional office title, then a head ("Sở", "Ủy ban nhân dân")
 * or a collective ("các cơ quan"). Built from three grammar entries each checked on its own
 * (literal alternations, linear by construction), joined by one run of spaces after a literal,
 * which keeps it linear: checked whole, its automaton is too large for the backtracking check.
 */
const START_SOURCE =
  `(?<![\\p{L}\\p{N}])(?:(?<titled>${AGENCY.holder.source})[ \\t]+(?<titledBody>${AGENCY.titledBody.source})` +
  `|(?:(?<holder>${AGENCY.holder.source})[ \\t]+)?(?:(?:(?<collective>[Cc]ác[ \\t]+)?(?<head>${AGENCY.head.source}|${CAPITAL_HEAD})(?![ \\t]+(?:${AGENCY.notAfterHead.source})(?![\\p{L}\\p{N}])))|(?<group>${AGENCY.collective.source})|(?:[Cc]ác[ \\t]+)?(?<kind>${alternation(KINDS_OF_BODY)})))(?![\\p{L}\\p{N}])`;
export const AGENCY_START = new RegExp(START_SOURCE, 'u');
/** Global copy for scanning (matchAll clones it, so sharing one is safe). */
export const AGENCY_STARTS = new RegExp(START_SOURCE, 'gu');
export const INLINE_ASSIGNMENTS = new RegExp(AGENCY.inlineAssignment.source, 'gu');
/** The verbs that assign a task to the body after them ("giao", "đề nghị", "yêu cầu"). */
export const ASSIGNING_VERBS: readonly string[] = data.fragments!.assigningVerb as string[];
/** Each assigning verb's words, as INLINE_ASSIGNMENTS spells them (canonical tones, case as written). */
const VERB_WORDS: readonly (readonly string[])[] = ASSIGNING_VERBS.map((verb) =>
  canonicalTones(verb.normalize('NFC').trim()).split(/\s+/u),
);

/**
 * Could `text` hold a match of INLINE_ASSIGNMENTS? Only if it holds every word of one assigning verb as written ("đề"
 * and "nghị"): a text that does not is passed over before that pattern (with its look-behinds at every position) runs.
 * Case counts, as in the pattern: "Nghị định" is no verb.
 */
export function mayAssign(text: string): boolean {
  return VERB_WORDS.some((words) => words.every((word) => text.includes(word)));
}

/** Upper-case first words of every head, office title and "các": a phrase opening otherwise names no agency. */
const FIRST_WORDS: ReadonlySet<string> = new Set(
  [...HEAD_WORDS, ...CAPITAL_ONLY, ...KINDS_OF_BODY, ...data.holders, 'các'].map((h) => h.split(' ')[0]!.toUpperCase()),
);

const LONGEST_FIRST_WORD = Math.max(...[...FIRST_WORDS].map((w) => w.length));

/** A cheap test before the full pattern: could `phrase` open with an agency name? */
export function mayOpenWithAgency(phrase: string): boolean {
  const first = /^\S+/u.exec(phrase)?.[0];
  return first !== undefined && FIRST_WORDS.has(first.toUpperCase());
}

/**
 * Could `phrase`, cut anywhere inside its first word, open with an agency name? The first word of any piece cut from
 * its start is a prefix of its own: when no prefix is a first word of a name, no piece names an agency.
 */
export function mayOpenWithAgencyCut(phrase: string): boolean {
  const first = /^\S+/u.exec(phrase)?.[0];
  if (first === undefined) return false;
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
 * cơ quan, đơn vị trực tiếp sử dụng ngân sách nhà nước", "Các địa phương").
 */
const ANY_BODY = `(?:${alternation(data.anyBodyWords)})`;
export const ANY_BODY_LIST = new RegExp(
  `^(?:[Cc]ác[ \\t]+)?(?:${alternation(data.anyBodyWords.map((w) => w.charAt(0).toUpperCase() + w.slice(1)))}|${ANY_BODY})(?:(?:[ \\t]*,[ \\t]*|[ \\t]+và[ \\t]+)${ANY_BODY})+[ \\t.,;:]*$`,
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
  // an exec loop on the one global pattern: matchAll would clone it on every call
  DUTY_SEPARATOR.lastIndex = 0;
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
    const phrase = word[0].replace(/\s+/gu, ' ');
    return { index: separator.index, leads: LEAD_DUTIES.has(phrase), states: STATING_DUTIES.has(phrase) };
  }
  return null;
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
