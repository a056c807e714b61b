/**
 * An agency list as written in an assignment ("Báo Đồng Tháp, Đài Phát thanh và Truyền hình
 * Đồng Tháp", "Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ và Chủ tịch UBND các huyện") →
 * one agency per body. A list splits only where ",", ";" or "và" is followed by a new agency
 * head, so "Sở Văn hóa, Thể thao và Du lịch" stays one name; an office title stands for its body.
 */
import type { Span } from '../../model/schema.js';
import { expandAbbreviations, expandInline, recase } from '../support/recase.js';
import { bodyAt } from '../../grammar/public-bodies.js';
import { canonicalTones } from '../../grammar/tones.js';
import { alternation } from '../../grammar/compile.js';
import { allMatches } from '../../grammar/scan.js';
import {
  AGENCY,
  AGENCY_STARTS,
  ANY_BODY_LIST,
  ABBREVIATION_WORD,
  BARE_HEAD,
  BARE_TITLE,
  GENERIC_PARTIES,
  LONE_BODY_WORD,
  HOLDER_BODY,
  JOINT_OFFICES,
  LEVELLED_HEADS,
  LEVEL_HOLDER_BODY,
  AGENCY_UNITS,
  MULTI_COMMA,
  RECASED_AGENCY_STARTS,
  SUCCESSIONS,
  honorificAt,
  honorificBefore,
  mayOpenWithAgency,
} from './gazetteer.js';
import { foldName } from './fold.js';
import { memoizeText } from '../../grammar/memo.js';

export interface AgencyMention {
  /** the body's name in normal case, abbreviations expanded */
  name: string;
  span: Span;
  /** the bodies that took over its work after the 2025 reorganization; empty when it still exists */
  successors: string[];
}

/** AGENCY_STARTS anchored where it is tried; the same for a heading recased from capitals. */
const OPENING = new RegExp(AGENCY_STARTS.source, 'uy');
const RECASED_OPENING = new RegExp(RECASED_AGENCY_STARTS.source, 'uy');

/** The words and marks a separator between two agencies holds, any of them: a phrase without them is one name. */
const MAY_SEPARATE = /[,;]|và|hoặc/u;

/** What may stand between two agencies of a list. */
const SEPARATOR = /(?:[ \t]*[,;][ \t]*(?:(?:và|hoặc)[ \t]+)?|[ \t]+(?:và|hoặc)[ \t]+)$/u;
const TRAILING = /[\s,;:.\-–]+$/u;

/**
 * Split `phrase` (canonical tones; `original` is the same text as written, same length) whose
 * first character is at `offset` in the document. Returns [] when it does not open with an agency.
 */
export function agencyList(written: string, original: string, offset: number): AgencyMention[] {
  const opening = listOpening(written);
  return opening === null ? [] : listFrom(opening, original, offset);
}

/**
 * How a list opens with an agency: the text from its first name on (past a word of address), as matched (`phrase`,
 * recased when printed so), and how far into the text it starts.
 */
export interface ListOpening {
  phrase: string;
  recased: boolean;
  skipped: number;
  /** the name's opening, matched where the phrase starts */
  first: RegExpExecArray;
}

/**
 * Whether `written` may open an agency list, told before it is split: null when no name opens it (most phrases), which
 * {@link agencyList} reads as no list.
 */
export function listOpening(written: string): ListOpening | null {
  let skipped = 0;
  for (;;) {
    if (!mayOpenWithAgency(written)) return null;
    // "Đồng chí Giám đốc Sở Y tế": the title holder, addressed
    const addressed = honorificAt(written);
    if (addressed === 0) break;
    written = written.slice(addressed);
    skipped += addressed;
  }
  let phrase = caseForMatching(written);
  let recased = phrase !== written;
  let first = openingOf(phrase, recased);
  if (first === null) {
    // "Ủy Ban Nhân Dân tỉnh": a name typed in Title Case is matched as recased from capitals, and keeps its printed
    // form; tried only where the text as written opens no name, so normal names ("Chánh Văn phòng …") read as ever
    const titled = recased ? null : (recasedRun(written, TITLE_CASE_RUN) ?? recasedRun(written, CAPITALS_RUN));
    first = titled === null || titled === written ? null : openingOf(titled, true);
    if (first === null) return null;
    phrase = titled!;
    recased = true;
  } else if (!recased && TITLE_CASE_RUN.test(written) && openingOf(written, true) === null) {
    // "Ban Hành Quy Chế", "Trường Hợp Khẩn Cấp": in Title Case a capital after a head says nothing either
    return null;
  }
  return { phrase, recased, skipped, first };
}

/** The list that `opening` (read from the text `original` is written as) opens, its first character at `offset`. */
export function listFrom(
  { phrase, recased, skipped, first }: ListOpening,
  original: string,
  offset: number,
): AgencyMention[] {
  if (skipped > 0) {
    original = original.slice(skipped);
    offset += skipped;
  }
  // a list splits only after a separator: a phrase with none is one name, the one its opening matched (the leftmost
  // match of a scan), and is not scanned for more
  const starts = MAY_SEPARATE.test(phrase)
    ? allMatches(recased ? RECASED_AGENCY_STARTS : AGENCY_STARTS, phrase)
    : [first];
  if (starts[0]?.index !== 0) return [];
  const cuts = listCuts(
    phrase,
    // "…; đồng chí Giám đốc Sở Nội vụ": a title after its word of address opens a body of the list as it does alone
    starts.filter(
      (m) =>
        m.index === 0 ||
        (endsWithSeparator(phrase, m.index - honorificBefore(phrase, m.index)) &&
          !isFieldOfColonList(phrase, m.index) &&
          !isAgentAt(phrase, m.index)),
    ),
  );
  // "Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ": the heads of every such body, each kind plural
  const plural = /^[Cc]ác[ \t]/u.test(phrase);
  const out: AgencyMention[] = [];
  for (let k = 0; k < cuts.length; k++) {
    const at = cuts[k]!.index;
    const next = cuts[k + 1]?.index;
    const to = next === undefined ? phrase.length : next - honorificBefore(phrase, next);
    const part = phrase.slice(at, to).replace(SEPARATOR, '');
    const groups = cuts[k]!.groups;
    const mention = groups?.levelled
      ? levelledAgency(part, original.slice(at, at + part.length), offset + at, groups.levelled)
      : groups?.fused
        ? fusedAgency(part, original.slice(at, at + part.length), offset + at, groups.fused)
        : agencyOf(
            part,
            original.slice(at, at + part.length),
            offset + at,
            groups?.holder ?? groups?.titled,
            plural && groups?.titled !== undefined,
          );
    if (mention)
      out.push(
        ...(fieldsAfterColon(mention, part, original.slice(at, at + part.length), offset + at) ??
          perLocality(mention, part, original.slice(at, at + part.length), offset + at)),
      );
  }
  return withSharedLevel(out);
}

/**
 * "Chánh Thanh tra tỉnh", "Chủ tịch các huyện": an office title before a level alone is the holder of that office at
 * that level; the row names the body the title heads there (GOLD.md: rows name bodies), with the level as written.
 */
function levelledAgency(part: string, original: string, offset: number, title: string): AgencyMention | null {
  const body = LEVEL_HOLDER_BODY[title];
  const place = body === undefined ? null : AGENCY.locality.exec(part.slice(title.length));
  if (!body || !place || place[0].trim() === '') return null;
  const end = title.length + place[0].length;
  const name = normalName(`${body}${original.slice(title.length, end)}`);
  return { name, span: [offset, offset + end], successors: successorsOf(name) };
}

/**
 * "Trưởng phòng Nội vụ", "Trưởng ban Dân tộc tỉnh": the title's last word is the body's head, written in lower case;
 * the body is read from that word on as if the text wrote its capital ("Phòng Nội vụ"), which the name keeps.
 */
function fusedAgency(part: string, original: string, offset: number, title: string): AgencyMention | null {
  const at = title.search(/\S+$/u);
  const capital = (text: string) => text.charAt(at).toUpperCase() + text.slice(at + 1);
  return agencyOf(capital(part), capital(original), offset + at, undefined, false);
}

/** perLocality's sticky scanner, built once (a RegExp built per call recompiles); its loop scans with nothing else. */
const LOCALITY_ITEM = new RegExp(AGENCY.localityItem.source, 'uy');

/**
 * "Hội Cựu chiến binh tỉnh Lâm Đồng, tỉnh Bình Thuận, tỉnh Đắk Nông (trước sắp xếp)", "Liên đoàn
 * X các tỉnh Lâm Đồng, Bình Thuận và Đắk Nông": one head with a list of localities names one body
 * per locality, each with the note the list ends with. `part` is the piece of the list that opens
 * with `mention` (first character at `offset`).
 */
function perLocality(mention: AgencyMention, part: string, original: string, offset: number): AgencyMention[] {
  const from = mention.span[0] - offset;
  const written = original.slice(from, mention.span[1] - offset);
  // an abbreviation expanded ("UBND") leaves the name and the text of different lengths: kept whole
  if (written.length !== mention.name.length) return [mention];
  const own = OWN_LOCALITY.exec(part.slice(from));
  if (!own) return [mention];
  const items: Array<{ unit: string; place: string; note: string | undefined; span: Span }> = [];
  const item = LOCALITY_ITEM;
  item.lastIndex = from + own[0].length;
  for (let m = item.exec(part); m; m = item.exec(part)) {
    const unit = m.groups!.unit ?? (own.groups!.les ? own.groups!.unit : undefined);
    if (!unit) break;
    const at = m.index + m[0].length - m.groups!.place!.length - (m.groups!.note?.length ?? 0);
    items.push({
      unit,
      place: original.slice(at, at + m.groups!.place!.length),
      note: m.groups!.note?.trim(),
      span: [offset + at, offset + m.index + m[0].length],
    });
  }
  // the localities must close the piece: a name that goes on after them is no such list
  const end = items.at(-1)?.span[1] ?? 0;
  if (items.length === 0 || part.slice(end - offset).replace(TRAILING, '') !== '') return [mention];
  const note = items.at(-1)!.note;
  const base = mention.name.slice(0, own.groups!.base!.length);
  const ownNote = own.groups!.note?.trim();
  const firstEnd = offset + from + own[0].length;
  const named = (unit: string, place: string, itsNote: string | undefined, span: Span): AgencyMention => {
    const name = normalName(`${base} ${unit} ${place}${(itsNote ?? note) ? ` ${itsNote ?? note}` : ''}`);
    return { name, span, successors: successorsOf(name) };
  };
  return [
    named(
      own.groups!.unit!,
      original.slice(
        firstEnd - offset - (own.groups!.note?.length ?? 0) - own.groups!.place!.length,
        firstEnd - offset - (own.groups!.note?.length ?? 0),
      ),
      ownNote,
      [mention.span[0], firstEnd],
    ),
    ...items.map((i) => named(i.unit, i.place, i.note, i.span)),
  ];
}

/**
 * A name that opens with its head and a named locality: "Hội Cựu chiến binh tỉnh Bình Thuận", "Liên đoàn X các tỉnh Lâm
 * Đồng".
 */
const UNIT = alternation(AGENCY_UNITS.flatMap((u) => [u, u.charAt(0).toUpperCase() + u.slice(1)]));
const OWN_LOCALITY = new RegExp(
  `^(?<base>[^,;:()\\n]+?)[ \\t]+(?<les>các[ \\t]+)?(?<unit>${UNIT})[ \\t]+(?<place>(?:\\p{Lu}\\p{Ll}{0,10}|\\p{N}{1,3})(?![\\p{L}\\p{N}])(?:[ \\t]+(?:\\p{Lu}\\p{Ll}{0,10}|\\p{N}{1,3})(?![\\p{L}\\p{N}])){0,3})(?<note>[ \\t]*\\([^()\\n]{1,40}\\))?(?=[ \\t]*(?:[,;]|và[ \\t]|$))`,
  'u',
);

/**
 * "Cấp ủy, tổ chức đảng các cấp", "Hội đồng nhân dân, Ủy ban nhân dân các cấp": a level or a
 * plural locality after a bare kind or head belongs to every bare one before it, up to the one
 * before that names its own ("Hội đồng nhân dân, Ủy ban nhân dân cấp tỉnh, Hội đồng nhân dân, Ủy
 * ban nhân dân cấp xã": two of each level); alone, they name no body (GOLD.md: lc-001 gives "Cấp
 * ủy các cấp"). A body named in full keeps its own name: "Sở Y tế, Ủy ban nhân dân các huyện" is
 * the province's department.
 */
function withSharedLevel(list: AgencyMention[]): AgencyMention[] {
  if (list.length < 2) return list;
  const out = [...list];
  let level: string | null = null;
  for (let k = out.length - 1; k >= 0; k--) {
    const m = out[k]!;
    const bare = bareEnd(m.name);
    if (bare === null) continue;
    if (bare < m.name.length) {
      level = SHARED_LEVEL.exec(m.name.slice(bare))?.[0].trim() ?? null;
      continue;
    }
    if (level) out[k] = { ...m, name: `${m.name} ${level}`, successors: successorsOf(`${m.name} ${level}`) };
  }
  return out;
}

/**
 * A level or a plural locality that a list may share: "các cấp", "cấp tỉnh", "các tỉnh, thành phố trực thuộc Trung
 * ương".
 */
const SHARED_LEVEL = /^[ \t]+(?:các|cấp)[ \t]+\p{L}[^()]*$/u;

/**
 * Where the local kind of body or bare head that `name` opens with ends ("Các cấp ủy" → 11), or null when it opens with
 * neither.
 */
function bareEnd(name: string): number | null {
  const les = /^[Cc]ác[ \t]+/u.exec(name)?.[0].length ?? 0;
  const kind = bodyAt(name, les);
  // a central kind ("cơ quan ngang bộ") takes no locality: "Các Bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh"
  if (kind?.body.kind === 'kind') return kind.body.local ? kind.end : null;
  // "Thuế các tỉnh": a body named only with its locality
  if (kind?.body.needsLocality) return kind.end;
  // "Uỷ ban nhân dân" as written, matched in canonical tones (same length)
  const head = BARE_HEAD_NAME.exec(canonicalTones(name.slice(les)));
  return head ? les + head[0].length : null;
}

/** A head that is a body only with its level or locality: "Ủy ban nhân dân", "Hội đồng nhân dân". */
const BARE_HEAD_NAME = new RegExp(`^(?:${alternation(LEVELLED_HEADS)})(?![\\p{L}\\p{N}])`, 'u');

/**
 * "Bộ trưởng các Bộ: Kế hoạch và Đầu tư, Tài chính, Xây dựng" inside a list: the collective and
 * its fields name one body each, as "Các Bộ: …" heading a block does ({@link distributedList}).
 */
function fieldsAfterColon(
  mention: AgencyMention,
  part: string,
  original: string,
  offset: number,
): AgencyMention[] | null {
  const colon = part.indexOf(':', mention.span[1] - offset);
  // "Các Bộ trưởng: Tài chính, Nội vụ": the title's body takes the fields
  if (colon < 0 || !/^(?:[ \t]+trưởng)?[ \t]*$/u.test(part.slice(mention.span[1] - offset, colon))) return null;
  // "Các Bộ: Tài chính, …, Quốc phòng theo chức năng, nhiệm vụ …": the fields end where the sentence goes on
  const scope = AGENCY.scopeAfterName.exec(part.slice(colon + 1))?.index;
  const fields = part.slice(colon + 1, scope === undefined ? undefined : colon + 1 + scope).replace(TRAILING, '');
  return distributedList(mention, fields, original.slice(colon + 1, colon + 1 + fields.length), offset + colon + 1);
}

/**
 * Where a list splits. Not before a kind of body in a group row that goes on with bare kinds
 * ("Các bộ, cơ quan ngang bộ, địa phương" is one group, "Các bộ, cơ quan ngang bộ, Ủy ban nhân
 * dân …" three bodies), nor before a bare party committee that completes the one before
 * ("Ban Thường vụ Tỉnh ủy, Thành ủy": the standing committees of both).
 */
function listCuts(phrase: string, cuts: RegExpExecArray[]): RegExpExecArray[] {
  const kinds = cuts.filter((m) => m.groups?.kind !== undefined);
  const inGroup = kinds.some((m, k) => {
    const next = cuts[cuts.indexOf(m) + 1]?.index ?? phrase.length;
    return GROUP_GOES_ON.test(phrase.slice(m.index + m.groups!.kind!.length, next)) && k === kinds.length - 1;
  });
  return cuts.filter((m, k) => {
    if (k === 0) return true;
    if (inGroup && m.groups?.kind !== undefined) return false;
    if (insideJointOffice(phrase, cuts[k - 1]!.index, m.index)) return false;
    const bare = BARE_COMMITTEE.exec(phrase.slice(m.index));
    return !(bare && BARE_COMMITTEE_END.test(phrase.slice(cuts[k - 1]!.index, m.index)));
  });
}

const JOINT_OFFICE_AT = new RegExp(JOINT_OFFICES.source, 'uy');

/** The length of the joint office that opens `written` with its locality ("Văn phòng HĐND và UBND huyện"), or null. */
function jointOfficeLength(written: string): number | null {
  JOINT_OFFICE_AT.lastIndex = 0;
  const office = JOINT_OFFICE_AT.exec(written);
  if (!office) return null;
  const end = office[0].length;
  return end + (AGENCY.locality.exec(written.slice(end))?.[0].length ?? 0);
}

/** A joint office's name ("Văn phòng HĐND và UBND") opens at or after `from` and runs over `at`: no cut there. */
function insideJointOffice(phrase: string, from: number, at: number): boolean {
  // a cheap test first: every such name holds "và" right before the cut
  if (!/và[ \t]+$/u.test(phrase.slice(Math.max(from, at - 8), at))) return false;
  JOINT_OFFICES.lastIndex = from;
  for (let m = JOINT_OFFICES.exec(phrase); m && m.index < at; m = JOINT_OFFICES.exec(phrase))
    if (m.index + m[0].length > at) return true;
  return false;
}

/** After a kind of body, a comma and a bare word of kind ("…, địa phương"): the list is one group. */
const GROUP_GOES_ON =
  /^[ \t]*,[ \t]*(?:các[ \t]+)?(?:ngành|địa[ \t]+phương|đơn[ \t]+vị|đoàn[ \t]+thể)(?![\p{L}\p{N}])/u;
const COMMITTEE = '(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng)[ \t]+ủy';
const BARE_COMMITTEE = new RegExp(`^${COMMITTEE}(?=[ \\t]*(?:[,;]|và|$))`, 'u');
const MORE_COMMITTEES = new RegExp(`^(?:(?:[ \\t]*,[ \\t]*|[ \\t]+và[ \\t]+)${COMMITTEE}(?![\\p{L}\\p{N}]))+`, 'u');
const BARE_COMMITTEE_END = new RegExp(`${COMMITTEE}[ \\t]*(?:[,;][ \\t]*|[ \\t]+và[ \\t]+)$`, 'u');

/**
 * SEPARATOR.test(phrase.slice(0, end)), read backwards from `end`: the regex, anchored at the end,
 * is still tried from every offset of the prefix, which made a list of thousands quadratic.
 */
function endsWithSeparator(phrase: string, end: number): boolean {
  const j = skipBlanksBack(phrase, end);
  if (isListPunctuation(phrase[j - 1])) return true;
  // "Hội đồng trọng tài lao động hoặc Tòa án": a body or another, each a body of its own
  const word = j >= 2 && phrase.startsWith('và', j - 2) ? 2 : j >= 4 && phrase.startsWith('hoặc', j - 4) ? 4 : 0;
  if (j === end || word === 0) return false;
  const k = skipBlanksBack(phrase, j - word);
  return k < j - word || isListPunctuation(phrase[k - 1]);
}

function skipBlanksBack(text: string, end: number): number {
  let i = end;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i;
}

const isListPunctuation = (ch: string | undefined) => ch === ',' || ch === ';';

/** A heading printed in capitals ("SỞ Y TẾ") is matched in normal case; recasing keeps the length. */
function caseForMatching(phrase: string): string {
  if (/\p{Ll}/u.test(phrase)) return phrase;
  const recased = recase(phrase);
  if (recased.length !== phrase.length) return phrase;
  // an abbreviation keeps its capitals: "KBNN", "UBND TỈNH" are read as their long form, not as "Kbnn", "Ubnd tỉnh"
  let kept = recased;
  for (const word of phrase.matchAll(ABBREVIATION_WORD))
    kept = kept.slice(0, word.index) + word[0] + kept.slice(word.index + word[0].length);
  return kept;
}

/**
 * The agency that opens `phrase`, as a scan would match it first, or null. The leftmost match is at 0 only if one
 * matches there: a sticky try spares scanning the whole phrase.
 */
function openingOf(phrase: string, recased: boolean): RegExpExecArray | null {
  const opening = recased ? RECASED_OPENING : OPENING;
  opening.lastIndex = 0;
  return opening.exec(phrase);
}

/** Two or more words that open with a capital, at the start of a phrase: "Ủy Ban Nhân Dân", "Sở Tài Chính". */
const TITLE_CASE_RUN = /^\p{Lu}\p{Ll}*(?:[ \t]+\p{Lu}\p{Ll}*)+(?![\p{L}\p{N}])/u;

/** Two or more words in capitals at the start of a phrase, a list's commas and dashes between them: "GIÁM ĐỐC SỞ NỘI
 * VỤ, CHÁNH VĂN PHÒNG UBND TỈNH chịu trách nhiệm …". */
const CAPITALS_RUN = /^\p{Lu}+(?:(?:,?[ \t]+|[ \t]+[-–][ \t]+)\p{Lu}+)+(?![\p{L}\p{N}])/u;

/**
 * The run of words `run` finds at the phrase's start matched as it reads recased from capitals, the rest as written;
 * null when the phrase opens with no such run. A name typed in Title Case ("Ủy Ban Nhân Dân tỉnh", "Phòng Giáo Dục và
 * Đào Tạo", common in documents typed by hand) or printed in capitals before a sentence in normal case ("GIÁM ĐỐC SỞ
 * NỘI VỤ chịu trách nhiệm …") reads as "Ủy ban nhân dân tỉnh", "Giám đốc Sở Nội vụ". The name itself keeps its printed
 * form (GOLD.md: rows are named as printed).
 */
function recasedRun(phrase: string, run: RegExp): string | null {
  const found = run.exec(phrase)?.[0];
  if (found === undefined) return null;
  const recased = caseForMatching(found.toUpperCase());
  return recased.length === found.length ? recased + phrase.slice(found.length) : null;
}

/** `pluralKind`: a body named by its kind after a title, in a list that opened with "Các". */
function agencyOf(
  part: string,
  original: string,
  offset: number,
  holder: string | undefined,
  pluralKind: boolean,
): AgencyMention | null {
  let from = 0;
  if (holder) {
    const kept = HOLDER_BODY[holder];
    from = kept ? holder.length - kept.length : holder.length;
    while (/\s/u.test(part[from] ?? '')) from++;
  }
  // "Bộ Y tế theo chức năng, nhiệm vụ được giao": the name ends where the sentence goes on; "Các đơn vị thuộc Bộ;
  // người đứng đầu …", "… Hội đồng nhân dân, đại biểu …": a semicolon or the individuals a list goes on with end it
  const scope = AGENCY.scopeAfterName.exec(part.slice(from));
  const listEnd = AGENCY.listEnd.exec(part.slice(from));
  const stop = Math.min(scope?.index ?? Infinity, listEnd?.index ?? Infinity, part.length - from);
  const written = part.slice(from, from + stop);
  if (written.trim() === '') return null;
  // "Bộ trưởng, …" with no ministry named: the ministers of every ministry, the bodies "Các Bộ"
  // the gazetteer body that opens the name, read once for every test below
  const les = /^[Cc]ác[ \t]+/u.exec(written)?.[0].length ?? 0;
  const opening = bodyAt(written, les);
  const known = completedBody(written, les, opening);
  const length = jointOfficeLength(written) ?? nameLength(written, known);
  // "… Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương, cơ quan, tổ chức, cá nhân có liên quan": a catch-all
  // after a gazetteer name leaves that body named; "các cơ quan, đơn vị có liên quan" is one
  if (AGENCY.catchAll.test(known === null ? written : written.slice(0, length))) return null;
  const bareTitle = holder === undefined ? BARE_TITLE.exec(written.slice(0, length)) : null;
  const end = bareTitle ? bareTitle.groups!.body!.length + (bareTitle.groups!.les?.length ?? 0) : length;
  // "Các cơ quan ngang bộ (sau đây gọi tắt là bộ)": the short name it defines is no part of the name
  const defined = AGENCY.definingParenthetical.exec(written.slice(0, end));
  const text = original.slice(from, from + (defined ? Math.min(end, defined.index) : end)).replace(TRAILING, '');
  // the name as written ("Uỷ ban"), the tests on one tone placement ("Ủy ban")
  const key = canonicalTones(text);
  if (key === '' || GENERIC_PARTIES.test(key) || ANY_BODY_LIST.test(key) || LONE_BODY_WORD.test(key)) return null;
  const kind = opening?.body.kind === 'kind';
  const plural = (pluralKind || kind || bareTitle !== null) && !/^[Cc]ác[ \t]/u.test(text);
  if (!plural && BARE_HEAD.test(key) && bodyAt(key)?.end !== key.length) return null;
  // "Cấp ủy, …" → "Các cấp ủy": a kind is a common noun once "các" stands before it
  const name = normalName(plural ? `các ${kind ? text.charAt(0).toLowerCase() + text.slice(1) : text}` : text);
  return { name, span: [offset + from, offset + from + text.length], successors: successorsOf(name) };
}

/**
 * How much of `written` is the body's name: the longest gazetteer name completed by its locality
 * ("Sở Y tế tỉnh Lâm Đồng", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"); for a
 * body the gazetteer lacks, the head and the words after it up to the first verb or particle.
 */
export function nameLength(written: string, completed?: number | null): number {
  const les = /^[Cc]ác[ \t]+/u.exec(written)?.[0].length ?? 0;
  const known = completed === undefined ? completedBody(written, les) : completed;
  if (known !== null) return known;
  // a colon ends a name: what follows it says which ("các Bộ: Tài chính, Xây dựng"); so does a year,
  // the next cell of a table ("Các tỉnh, thành phố / 2026 - 2030"): a name holds small numbers only ("Phường 2")
  const year = YEAR.exec(written.slice(les))?.index;
  const colon =
    year !== undefined && (written.indexOf(':') < 0 || les + year < written.indexOf(':'))
      ? les + year
      : written.indexOf(':');
  // a group named by kinds, common nouns ("Các bộ, cơ quan, địa phương", "cơ quan, đơn vị"), holds kinds and their
  // qualifiers: a verb opens the predicate. A proper name ("Ban Vận động thành lập Hiệp hội …") is no such group.
  let kinds = les > 0 || /^\p{Ll}/u.test(written);
  const comma = written.indexOf(',', les);
  WORD_START.lastIndex = 0;
  for (let word = WORD_START.exec(written); word; word = WORD_START.exec(written)) {
    if (colon >= 0 && word.index > colon) return colon;
    if (word.index <= les) continue;
    const rest = written.slice(word.index);
    // tried where the word opens only: a search would read the rest of the phrase at every word
    NOT_IN_NAME.lastIndex = 0;
    if (NOT_IN_NAME.test(rest)) return word.index;
    if (/^\p{Lu}/u.test(rest)) kinds = false;
    // "Các cơ quan, đơn vị được kiểm tra": after "được" the verb qualifies the kinds
    else if (kinds && comma >= 0 && comma < word.index && isKindPredicate(written, word.index)) return word.index;
  }
  return colon >= 0 ? colon : written.length;
}

/**
 * Where a gazetteer body opening at `from` ends, with its locality, a nested body or a parenthetical; null if none
 * opens there.
 */
function completedBody(text: string, from: number, found = bodyAt(text, from)): number | null {
  if (!found) return null;
  // "Đảng ủy Ủy ban nhân dân tỉnh", "Thanh tra Sở Xây dựng": a body of another body
  if (found.body.local && !found.body.needsLocality) {
    const gap = /^[ \t]+/u.exec(text.slice(found.end))?.[0].length ?? 0;
    const nested = gap > 0 ? completedBody(text, found.end + gap) : null;
    if (nested !== null) return nested;
  }
  // "Ban Thường vụ Tỉnh ủy, Thành ủy": the committees of both
  const committees = /ủy$/u.test(found.name) ? (MORE_COMMITTEES.exec(text.slice(found.end))?.[0].length ?? 0) : 0;
  if (committees > 0) return found.end + committees;
  // a central body takes no locality, only a parenthetical ("Bộ Tài chính (Cục Thuế)")
  const locality = (found.body.local ? AGENCY.locality : PARENTHETICAL).exec(text.slice(found.end));
  const located = locality !== null && locality[0].trim() !== '';
  if (found.body.needsLocality && !located) return null;
  const end = found.end + (located ? locality[0].length : 0);
  // "Ban cán sự đảng Chính phủ", "Đảng ủy Các cơ quan Đảng tỉnh": capitals that open a longer name, read as words of a
  // name (not after a unit of administration: "Công an tỉnh Lâm Đồng trực tiếp quản lý" ends at the province)
  if (
    locality?.groups?.proper &&
    locality[0].startsWith(locality.groups.proper) &&
    /^[ \t]+\p{Ll}/u.test(text.slice(end)) &&
    !NOT_IN_NAME_AT.test(text.slice(end).trimStart())
  )
    return null;
  return end;
}

const PARENTHETICAL = /^[ \t]*\([^()\n]{1,40}\)/u;
const YEAR = /(?<=[ \t])(?:19|20)\p{N}{2}(?![\p{L}\p{N}])/u;
const NOT_IN_NAME = new RegExp(AGENCY.notInName.source, 'uy');
const WORD_START = /(?<![\p{L}\p{N}])\p{L}/gu;
const NOT_IN_NAME_AT = new RegExp(`^(?:${AGENCY.notInName.source})`, 'u');
const KIND_PREDICATE = new RegExp(AGENCY.kindPredicate.source, 'uy');

/** A verb opens the predicate at `at`; "Các cơ quan, đơn vị được kiểm tra": after "được" it qualifies the kinds. */
function isKindPredicate(written: string, at: number): boolean {
  KIND_PREDICATE.lastIndex = at;
  return KIND_PREDICATE.test(written) && !/được[ \t]+$/u.test(written.slice(0, at));
}

/** Normal case, abbreviations expanded, the first letter a capital ("các sở" → "Các sở"). */
export function normalName(text: string): string {
  return NORMAL_NAMES(text);
}

/** The same bodies are named again and again, in one document and across documents. */
const NORMAL_NAMES = memoizeText(normalNameNow);

function normalNameNow(text: string): string {
  const spaced = text.replace(/\s+/gu, ' ').trim();
  // a name in capitals is expanded before it is recased: recased first, "BHXH" would read "Bhxh"
  const name = (/\p{Ll}/u.test(spaced) ? expandInline(spaced) : recase(expandAbbreviations(spaced))).replace(
    DOUBLED_UNIT,
    '$<unit>',
  );
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * A unit of administration typed twice ("Hiệp hội Doanh nghiệp tỉnh tỉnh Đắk Nông"): no name holds
 * it twice in a row, so it is read once, as the same body written elsewhere without the slip.
 */
const DOUBLED_UNIT = new RegExp(`(?<![\\p{L}\\p{N}])(?<unit>${UNIT}) \\k<unit>(?![\\p{L}\\p{N}])`, 'gu');

const SUCCESSION_KEYS = SUCCESSIONS.map((s) => ({ key: foldName(s.name), successors: s.successors }));

function successorsOf(name: string): string[] {
  // a copy: the caller's array is its own
  return [...SUCCESSORS(name)];
}

const SUCCESSORS = memoizeText(successorsNow);

function successorsNow(name: string): readonly string[] {
  const folded = foldName(name);
  // a name that goes on past the body's whole words is that body: "Sở Kế hoạch và Đầu tư tỉnh Bình Phước", "Ủy ban nhân
  // dân các huyện, thị xã"
  const succession = SUCCESSION_KEYS.find(
    ({ key }) => folded.startsWith(key) && !/[\p{L}\p{N}]/u.test(folded.charAt(key.length)),
  );
  return succession ? succession.successors : [];
}

/** "Các Bộ" / "các Sở" before a colon that lists the fields ("Các Bộ: Y tế, Công Thương, …"). */
const COLLECTIVE_OF_HEAD = /^(?:(?<prefix>.*?) )?[Cc]ác (?<head>\p{L}+)$/u;
const FIELD = /^\p{Lu}[^;:()]*$/u;
const MAX_FIELD_WORDS = 7;

/**
 * "Các Bộ: Y tế, Công Thương, Nông nghiệp và Môi trường" → Bộ Y tế, Bộ Công Thương, Bộ Nông
 * nghiệp và Môi trường. Fields split at commas only ("và" joins words of one field), except the
 * field names that hold a comma themselves (grammars/agencies.json multiCommaFields).
 */
export function distributedList(
  collective: AgencyMention,
  fields: string,
  original: string,
  offset: number,
  partOfList = false,
): AgencyMention[] | null {
  const groups = COLLECTIVE_OF_HEAD.exec(collective.name)?.groups;
  if (!groups) return null;
  const head = groups.prefix ? `${groups.prefix} ${groups.head}` : groups.head!;
  // "Các Bộ: Y tế, Tài chính và Ủy ban nhân dân tỉnh, thành phố": the fields end where a body of its own is named;
  // a field the gazetteer names with the head is none ("Các Bộ trưởng: …, Quốc phòng, Công an, …": Bộ Công an)
  const own = allMatches(AGENCY_STARTS, fields).find(
    (m) =>
      m.index > 0 && endsWithSeparator(fields, m.index) && knownFieldEnd(capitalized(head), fields, m.index) === null,
  );
  if (own) {
    const cut = own.index - (SEPARATOR.exec(fields.slice(0, own.index))?.[0].length ?? 0);
    const before = distributedList(collective, fields.slice(0, cut), original.slice(0, cut), offset, true) ?? [];
    const after = agencyList(caseForMatching(fields.slice(own.index)), original.slice(own.index), offset + own.index);
    return before.length > 0 && after.length > 0 ? [...before, ...after] : null;
  }
  const out: AgencyMention[] = [];
  for (const field of fieldsOf(capitalized(head), fields)) {
    const name = fields.slice(...field).replace(TRAILING, '');
    if (!FIELD.test(name.replaceAll(',', '')) || name.split(' ').length > MAX_FIELD_WORDS) return null;
    out.push({
      name: capitalized(`${head} ${normalName(original.slice(field[0], field[0] + name.length))}`),
      span: [offset + field[0], offset + field[0] + name.length],
      successors: [],
    });
  }
  return out.length > 1 || (out.length === 1 && partOfList)
    ? out.map((a) => ({ ...a, successors: successorsOf(a.name) }))
    : null;
}

const capitalized = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * Where each field of "Các Bộ: Y tế, Văn hóa, Thể thao và Du lịch, Nội vụ và Tài chính" opens and ends ([from, to) in
 * `fields`). The gazetteer says where a name of the head ends ("Bộ Văn hóa, Thể thao và Du lịch", "Bộ Kế hoạch và Đầu
 * tư"): after it, "," or "và" opens the next field. A field it does not know runs to the next comma before a capital
 * ("Cục: Quản lý Khám, chữa bệnh" is one field), and "và" stays inside it.
 */
function fieldsOf(head: string, fields: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let at = 0;
  while (at < fields.length) {
    const from = at + (/^[ \t]*/u.exec(fields.slice(at))?.[0].length ?? 0);
    if (from >= fields.length) break;
    const known = knownFieldEnd(head, fields, from);
    const to = known ?? unknownFieldEnd(fields, from);
    out.push([from, to]);
    const separator = FIELD_SEPARATOR.exec(fields.slice(to));
    if (!separator) break;
    at = to + separator[0].length;
  }
  return out;
}

/**
 * "người đứng đầu cơ quan do Chính phủ, Thủ tướng Chính phủ thành lập, Hội đồng nhân dân …": a name inside a clause of
 * agents, between its "do" and its verb, is none of the list's bodies.
 */
function isAgentAt(phrase: string, at: number): boolean {
  const clause = phrase.lastIndexOf(' do ', at);
  if (clause < 0) return false;
  const agents = AGENCY.agentClause.exec(phrase.slice(clause))?.groups?.agents;
  return agents !== undefined && phrase.indexOf(agents, clause) + agents.length > at;
}

/**
 * "Các Bộ trưởng: Tài chính, …, Quốc phòng, Công an, Chủ tịch …": a head that opens a name ("Công an") is a field of
 * the list when the gazetteer names it with the collective's head ("Bộ Công an"), not a body of its own.
 */
function isFieldOfColonList(phrase: string, at: number): boolean {
  const colon = phrase.lastIndexOf(':', at);
  if (colon < 0 || /[;:]/u.test(phrase.slice(colon + 1, at))) return false;
  const head = COLLECTIVE_BEFORE_COLON.exec(phrase.slice(0, colon))?.groups?.head;
  return head !== undefined && knownFieldEnd(head, phrase, at) !== null;
}

/** "Các Bộ", "Bộ trưởng các Bộ", "Các Bộ trưởng" before the colon of a list of fields: the head the fields complete. */
const COLLECTIVE_BEFORE_COLON = /(?:^|[ \t,;])(?:[Cc]ác[ \t]+)?(?<head>\p{Lu}\p{Ll}*)(?:[ \t]+trưởng)?[ \t]*$/u;

/** Between two fields: a comma, a comma and "và", or "và" alone. */
const FIELD_SEPARATOR = /^[ \t]*(?:,[ \t]*(?:và[ \t]+)?|và[ \t]+)/u;
/** What may follow a field: the next field or the end. */
const FIELD_CLOSED = /^[ \t]*(?:,|và[ \t]|[.;]?[ \t]*$)/u;

/** The end of the gazetteer name `head` + the field opening at `from` ("Bộ" + "Nội vụ"), when it closes the field. */
function knownFieldEnd(head: string, fields: string, from: number): number | null {
  const probe = `${head} ${fields.slice(from)}`;
  const found = bodyAt(probe);
  if (!found || found.end <= head.length + 1) return null;
  const end = from + found.end - head.length - 1;
  if (MULTI_COMMA.some((name) => fields.startsWith(name, from) && from + name.length > end)) return null;
  return FIELD_CLOSED.test(fields.slice(end)) ? end : null;
}

/** A field the gazetteer does not name: a name of its own that holds a comma, else up to a comma before a capital. */
function unknownFieldEnd(fields: string, from: number): number {
  const multi = MULTI_COMMA.find((name) => fields.startsWith(name, from));
  if (multi) return from + multi.length;
  NEXT_FIELD.lastIndex = from;
  return NEXT_FIELD.exec(fields)?.index ?? fields.length;
}

/** A comma before a capital: the next field ("Quản lý Khám, chữa bệnh" holds a comma before a small letter). */
const NEXT_FIELD = /[ \t]*,(?=[ \t]*(?:và[ \t]+)?\p{Lu})/gu;
