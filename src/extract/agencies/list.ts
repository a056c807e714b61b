/**
 * An agency list as written in an assignment ("Báo Đồng Tháp, Đài Phát thanh và Truyền hình
 * Đồng Tháp", "Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ và Chủ tịch UBND các huyện") →
 * one agency per body. A list splits only where ",", ";" or "và" is followed by a new agency
 * head, so "Sở Văn hóa, Thể thao và Du lịch" stays one name; an office title stands for its body.
 */
import type { Span } from '../../model/schema.js';
import { expandInline, recase } from '../recase.js';
import { AGENCY, AGENCY_STARTS, HOLDER_BODY, MULTI_COMMA, PLURAL_TITLE, SUCCESSIONS, mayOpenWithAgency } from './gazetteer.js';
import { foldName } from './fold.js';

export interface AgencyMention {
  /** the body's name in normal case, abbreviations expanded */
  name: string;
  span: Span;
  /** the bodies that took over its work after the 2025 reorganization; empty when it still exists */
  successors: string[];
}

/** What may stand between two agencies of a list. */
const SEPARATOR = /(?:[ \t]*[,;][ \t]*(?:và[ \t]+)?|[ \t]+và[ \t]+)$/u;
const TRAILING = /[\s,;:.\-–]+$/u;

/**
 * Split `phrase` (canonical tones; `original` is the same text as written, same length) whose
 * first character is at `offset` in the document. Returns [] when it does not open with an agency.
 */
export function agencyList(written: string, original: string, offset: number): AgencyMention[] {
  if (!mayOpenWithAgency(written)) return [];
  const phrase = caseForMatching(written);
  const starts = [...phrase.matchAll(AGENCY_STARTS)];
  const first = starts[0];
  if (first?.index !== 0) return [];
  const cuts = starts.filter((m) => m.index === 0 || endsWithSeparator(phrase, m.index));
  // "Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ": the heads of every such body, each kind plural
  const plural = /^[Cc]ác[ \t]/u.test(phrase);
  const out: AgencyMention[] = [];
  for (let k = 0; k < cuts.length; k++) {
    const at = cuts[k]!.index;
    const to = k + 1 < cuts.length ? cuts[k + 1]!.index : phrase.length;
    const part = phrase.slice(at, to).replace(SEPARATOR, '');
    const groups = cuts[k]!.groups;
    const mention = agencyOf(part, original.slice(at, at + part.length), offset + at, groups?.holder ?? groups?.titled, plural && groups?.titled !== undefined);
    if (mention) out.push(mention);
  }
  return out;
}

/**
 * SEPARATOR.test(phrase.slice(0, end)), read backwards from `end`: the regex, anchored at the end,
 * is still tried from every offset of the prefix, which made a list of thousands quadratic.
 */
function endsWithSeparator(phrase: string, end: number): boolean {
  const j = skipBlanksBack(phrase, end);
  if (isListPunctuation(phrase[j - 1])) return true;
  if (j === end || phrase.slice(j - 2, j) !== 'và') return false;
  const k = skipBlanksBack(phrase, j - 2);
  return k < j - 2 || isListPunctuation(phrase[k - 1]);
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
  return recased.length === phrase.length ? recased : phrase;
}

/** `pluralKind`: a body named by its kind after a title, in a list that opened with "Các". */
function agencyOf(part: string, original: string, offset: number, holder: string | undefined, pluralKind: boolean): AgencyMention | null {
  let from = 0;
  if (holder) {
    const kept = HOLDER_BODY[holder];
    from = kept ? holder.length - kept.length : holder.length;
    while (/\s/u.test(part[from] ?? '')) from++;
  }
  // "Bộ Y tế theo chức năng, nhiệm vụ được giao": the name ends where the sentence goes on
  const scope = AGENCY.scopeAfterName.exec(part.slice(from));
  const end = scope ? from + scope.index : part.length;
  const written = part.slice(from, end);
  let text = original.slice(from, end).replace(TRAILING, '');
  if (text === '' || AGENCY.catchAll.test(written)) return null;
  const title = PLURAL_TITLE.exec(written);
  if (title) text = text.slice(0, title[0].length);
  const name = normalName(pluralKind ? `các ${text}` : text);
  return { name, span: [offset + from, offset + from + text.length], successors: successorsOf(name) };
}

/** Normal case, abbreviations expanded, the first letter a capital ("các sở" → "Các sở"). */
export function normalName(text: string): string {
  const spaced = text.replace(/\s+/gu, ' ').trim();
  const name = expandInline(/\p{Ll}/u.test(spaced) ? spaced : recase(spaced));
  return name.charAt(0).toLocaleUpperCase('vi') + name.slice(1);
}

const SUCCESSION_KEYS = SUCCESSIONS.map((s) => ({ key: foldName(s.name), successors: s.successors }));

function successorsOf(name: string): string[] {
  const folded = foldName(name);
  // a name that goes on past the body's whole words is that body: "Sở Kế hoạch và Đầu tư tỉnh Bình Phước", "Ủy ban nhân dân các huyện, thị xã"
  const succession = SUCCESSION_KEYS.find(({ key }) => folded.startsWith(key) && !/[\p{L}\p{N}]/u.test(folded.charAt(key.length)));
  return succession ? [...succession.successors] : [];
}

/** "Các Bộ" / "các Sở" before a colon that lists the fields ("Các Bộ: Y tế, Công Thương, …"). */
const COLLECTIVE_OF_HEAD = /^(?:(?<prefix>.*?) )?[Cc]ác (?<head>\p{L}+)$/u;
const FIELD = /^\p{Lu}[^,;:()]*$/u;
const MAX_FIELD_WORDS = 7;

/**
 * "Các Bộ: Y tế, Công Thương, Nông nghiệp và Môi trường" → Bộ Y tế, Bộ Công Thương, Bộ Nông
 * nghiệp và Môi trường. Fields split at commas only ("và" joins words of one field), except the
 * field names that hold a comma themselves (grammars/agencies.json multiCommaFields).
 */
export function distributedList(collective: AgencyMention, fields: string, original: string, offset: number): AgencyMention[] | null {
  const groups = COLLECTIVE_OF_HEAD.exec(collective.name)?.groups;
  if (!groups) return null;
  const head = groups.prefix ? `${groups.prefix} ${groups.head}` : groups.head!;
  let text = fields;
  const held: string[] = [];
  for (const name of MULTI_COMMA) text = text.replaceAll(name, (m) => `\u0000${held.push(m) - 1}\u0000`);
  const out: AgencyMention[] = [];
  let at = 0;
  for (const piece of text.split(',')) {
    const field = piece.replace(/\u0000(\d+)\u0000/gu, (_, i: string) => held[Number(i)]!);
    const lead = field.length - field.trimStart().length;
    const name = field.trim().replace(TRAILING, '');
    if (!FIELD.test(name) || name.split(' ').length > MAX_FIELD_WORDS) return null;
    const from = offset + at + lead;
    out.push({ name: `${head} ${normalName(original.slice(at + lead, at + lead + name.length))}`, span: [from, from + name.length], successors: [] });
    at += field.length + 1;
  }
  return out.length > 1 ? out.map((a) => ({ ...a, successors: successorsOf(a.name) })) : null;
}
