/**
 * One assignment phrase: "Sở Y tế:", "Giao Sở X chủ trì, phối hợp với Y …", "Đề nghị Ủy ban
 * Mặt trận … và các Hội Đoàn thể: …". Reads who leads, who coordinates, and where the work's
 * own text begins.
 */
import type { Agency } from '../../model/schema.js';
import {
  AGENCY,
  INLINE_ASSIGNMENTS,
  mayAssign,
  dutyIn,
  mayLeadOrState,
  mayOpenWithAgencyCut,
} from '../agencies/gazetteer.js';
import {
  agencyList,
  distributedList,
  listFrom,
  listOpening,
  type AgencyMention,
  type ListOpening,
} from '../agencies/list.js';

export interface Assignment {
  agencies: Agency[];
  coordinators: Agency[];
  /**
   * 'block': the agencies head the work below them ("2. Sở Y tế:"); 'sentence': the phrase assigns it ("Giao X chủ trì
   * …")
   */
  form: 'block' | 'sentence';
  /** the agencies end at a colon ("Sở Y tế: …") */
  colon: boolean;
  /** offset (in the phrase) where the work's text starts: after the ":" of a block, at the duty of a sentence */
  workStart: number;
}

/**
 * A name longer than this (in syllables: "Ban Chỉ đạo quốc gia về tìm kiếm, quy tập và xác định danh tính hài cốt liệt
 * sĩ" has 19) is a sentence that opens with a head.
 */
const MAX_NAME_WORDS = 24;
/** A figure right after the colon: a share of money or of a quantity, not work. */
const AMOUNT_AFTER_COLON = /^[ \t]*\p{N}[\p{N}.,]*(?:[ \t]|$)/u;
/** Where an agency list ends when no duty phrase ends it first. */
const LIST_END = /:|\.(?=[ \t]|$)(?<!TP\.)/u;

/**
 * Read `phrase` (canonical tones; `original` as written, same length; first character at
 * `offset` in the document). `triggered`: the caller already consumed "Giao"/"đề nghị".
 * `inAssigningSection`: the phrase heads a point of a part that hands out work ("TỔ CHỨC THỰC
 * HIỆN"), where an agency with any duty is assigned it.
 */
export function readAssignment(
  phrase: string,
  original: string,
  offset: number,
  triggered = false,
  inAssigningSection = false,
): Assignment | null {
  // most phrases open with no name: told at once, and not kept
  const opening = openingOf(phrase, triggered);
  if (opening === null) return null;
  // a heading is read by several passes (wrapped lines, a list's addressed points, its block): the reading is a
  // function of these arguments alone, so it is kept and handed out again (callers copy, never change it)
  const flags = (triggered ? 1 : 0) | (inAssigningSection ? 2 : 0);
  let here = READ.get(offset);
  if (here)
    for (const known of here)
      if (known.flags === flags && known.phrase === phrase && known.original === original) return known.read;
  const read = readAssignmentNow(phrase, original, offset, inAssigningSection, opening);
  if (kept >= MAX_READ) {
    READ.clear();
    kept = 0;
    here = undefined;
  }
  const reading = { phrase, original, flags, read };
  if (here) here.push(reading);
  else READ.set(offset, [reading]);
  kept++;
  return read;
}

/**
 * The last readings, by offset (a number: no key is built), with their texts and flags compared on a hit. Only the
 * phrases of the document being read repeat, so a few thousand suffice (cleared when full).
 */
const READ = new Map<number, Array<{ phrase: string; original: string; flags: number; read: Assignment | null }>>();
const MAX_READ = 4096;
let kept = 0;

/** Where the bodies of a phrase open (past "Giao", "Đề nghị" or a scope), and whether a trigger stands before them. */
interface Opening {
  at: number;
  hasTrigger: boolean;
  /** the bodies are kinds written without "các" after a title of duties ("Trách nhiệm của bộ, cơ quan ngang bộ") */
  bareKinds: boolean;
}

/** The phrase's {@link Opening}, or null when no name can open there: then it assigns nothing. */
function openingOf(phrase: string, triggered: boolean): Opening | null {
  let at = 0;
  const trigger = triggered ? null : AGENCY.trigger.exec(phrase);
  if (trigger) at = trigger[0].length;
  else if (!triggered) {
    const kinds = AGENCY.kindsAfterTitle.exec(phrase);
    if (kinds) return { at: kinds[0].length, hasTrigger: true, bareKinds: true };
    // "Trong thời hạn 30 ngày …, Hội X có trách nhiệm …": the bodies follow a scope or time limit set before them
    at = AGENCY.scopeBeforeSubject.exec(phrase)?.[0].length ?? 0;
  }
  // the bodies open the rest (or the assigner does, before "giao"): without a name there, nothing below reads one
  if (!mayOpenWithAgencyCut(phrase.slice(at))) return null;
  return { at, hasTrigger: triggered || trigger !== null, bareKinds: false };
}

function readAssignmentNow(
  phrase: string,
  original: string,
  offset: number,
  inAssigningSection: boolean,
  { at, hasTrigger, bareKinds }: Opening,
): Assignment | null {
  const relayed = hasTrigger ? undefined : relayedAssignment(phrase, original, offset, at, inAssigningSection);
  if (relayed !== undefined) return relayed;
  const rest = phrase.slice(at);
  const listEnd = LIST_END.exec(rest);
  const blockEnd = listEnd?.index ?? rest.length;
  // the opening of the bodies a block would name, where no duty here assigns work (none leads or states): a sentence
  // with one assigns nothing, and the phrase is a block or nothing
  let blockOpening: ListOpening | null = null;
  if (!hasTrigger && !inAssigningSection && !mayLeadOrState(rest)) {
    // a sentence that goes on past its full stop is none; a block opens with a name, and most phrases open with none.
    // Both are cheaper to tell than where the first duty is, which is cheaper than reading the names.
    if (listEnd?.[0] === '.' && rest.slice(listEnd.index + 1).trim() !== '') return null;
    blockOpening = listOpening(rest.slice(0, blockEnd));
    if (blockOpening === null) return null;
  }
  // a duty after the list's end is never read (dutyFirst is false): the scan for one stops there
  const duty = dutyIn(rest, listEnd?.index);
  const dutyFirst = duty !== null && (listEnd === null || duty.index < listEnd.index);
  // the bodies a block would name, read once: below, a block reads them again only where it ends at a duty
  let blockBodies: AgencyMention[] | null = null;
  if (blockOpening !== null) {
    if (dutyFirst) return null;
    blockBodies = listFrom(blockOpening, original.slice(at, at + blockEnd), offset + at);
    if (blockBodies.length === 0) return null;
  }
  const end = dutyFirst ? duty.index : (listEnd?.index ?? rest.length);
  const closedByColon = !dutyFirst && listEnd?.[0] === ':';
  // "+ Bộ Tài chính: 140.000 USD" allots a sum, it assigns no work
  if (closedByColon && AMOUNT_AFTER_COLON.test(rest.slice(listEnd.index + 1))) return null;
  // "Sở Y tế." alone on its line heads its block as "Sở Y tế:" does
  const alone = listEnd === null || rest.slice(listEnd.index + 1).trim() === '';
  const form = dutyFirst ? 'sentence' : closedByColon || alone ? 'block' : null;
  // without "Giao"/"Đề nghị", a sentence assigns only when its duty is to lead ("Sở Tài chính chủ trì, …");
  // "Các sở, ngành căn cứ …", "Công an tỉnh là lực lượng …" state, they do not assign
  const assigned =
    hasTrigger ||
    duty?.leads ||
    (inAssigningSection && !duty?.states) ||
    (dutyFirst && duty.states && leadsLater(rest.slice(duty.index + 1)));
  if (form === null || (form === 'sentence' && !assigned)) return null;
  // "IV. ĐOÀN KIỂM TRA, ĐƠN VỊ ĐƯỢC KIỂM TRA, THỜI GIAN KIỂM TRA": a heading that lists topics heads no body's work
  if (form === 'block' && !hasTrigger && AGENCY.topicInList.test(rest.slice(0, end))) return null;
  let agencies =
    blockBodies !== null && end === blockEnd
      ? blockBodies
      : bareKinds
        ? kindsList(rest.slice(0, end), original.slice(at, at + end), offset + at)
        : agencyList(rest.slice(0, end), original.slice(at, at + end), offset + at);
  if (agencies.length === 0 || agencies.some((a) => a.name.split(' ').length > MAX_NAME_WORDS)) return null;
  // "Ủy ban nhân dân tỉnh đã chỉ đạo …": a report of what was done assigns nothing
  if (dutyFirst && AGENCY.narration.test(rest.slice(agencies.at(-1)!.span[1] - offset - at, end))) return null;
  let workStart = form === 'block' ? at + end + (closedByColon ? 1 : 0) : at + end;
  let fieldsForm: Assignment['form'] = form;
  if (closedByColon && agencies.length === 1) {
    const period = /\.(?=[ \t]|$)|$/u.exec(phrase.slice(workStart))!.index;
    // "Các Bộ: Y tế, …, Tài chính và Ủy ban nhân dân tỉnh có trách nhiệm …": the fields end at their duty, which the
    // sentence assigns
    const fieldsDuty = dutyIn(phrase.slice(workStart, workStart + period));
    const fieldsEnd = fieldsDuty?.index ?? period;
    const fields = distributedList(
      agencies[0]!,
      phrase.slice(workStart, workStart + fieldsEnd),
      original.slice(workStart, workStart + fieldsEnd),
      offset + workStart,
    );
    if (fields && fieldsDuty && !(hasTrigger || fieldsDuty.leads || (inAssigningSection && !fieldsDuty.states)))
      return null;
    if (fields) [agencies, workStart, fieldsForm] = [fields, workStart + fieldsEnd, fieldsDuty ? 'sentence' : form];
  }
  return {
    agencies,
    coordinators: coordinatorsIn(phrase.slice(workStart), original.slice(workStart), offset + workStart),
    form: fieldsForm,
    colon: closedByColon,
    workStart,
  };
}

/**
 * "bộ, cơ quan ngang bộ, Ủy ban nhân dân cấp tỉnh" after a title of duties: read as with "các" before it ("Các bộ",
 * "Các cơ quan ngang bộ", …), the first name's span starting where the text does.
 */
function kindsList(canonical: string, original: string, offset: number): AgencyMention[] {
  const read = agencyList(PLURAL + canonical, PLURAL + original, offset - PLURAL.length);
  return read.map((a, k) => (k === 0 ? { ...a, span: [Math.max(a.span[0], offset), a.span[1]] } : a));
}

const PLURAL = 'các ';

/** INLINE_ASSIGNMENTS without 'g', for the first match: built once, not on every call (a fresh RegExp recompiles). */
const FIRST_INLINE_ASSIGNMENT = new RegExp(INLINE_ASSIGNMENTS.source, 'u');

/**
 * "Chủ tịch UBND tỉnh giao Sở Nội vụ chủ trì …": a body that hands work on ("giao", "đề nghị",
 * "yêu cầu") before any duty of its own is the one assigning, and the work is for the bodies
 * after the verb, as in "Giao Sở Nội vụ chủ trì …". `undefined` when the phrase does not open so.
 */
function relayedAssignment(
  phrase: string,
  original: string,
  offset: number,
  at: number,
  inAssigningSection: boolean,
): Assignment | null | undefined {
  const tail = phrase.slice(at);
  const verb = mayAssign(tail) ? FIRST_INLINE_ASSIGNMENT.exec(tail) : null;
  if (!verb || verb.index === 0) return undefined;
  const before = phrase.slice(at, at + verb.index);
  // the assigner is a name and nothing else: no duty of its own, no sentence that ends before the verb
  if (dutyIn(before) !== null || /[.;:]/u.test(before)) return undefined;
  const assigner = agencyList(before.trimEnd(), original.slice(at, at + before.trimEnd().length), offset + at);
  if (assigner.length === 0 || assigner.at(-1)!.span[1] - offset < at + before.trimEnd().length) return undefined;
  const from = at + verb.index + verb[0].length;
  const relayed = readAssignment(phrase.slice(from), original.slice(from), offset + from, true, inAssigningSection);
  return relayed && { ...relayed, workStart: relayed.workStart + from };
}

/**
 * "Các sở, ban, ngành và Ủy ban nhân dân các xã căn cứ kế hoạch …, định kỳ hằng tháng có trách
 * nhiệm rà soát …": after a duty that states a basis, a leading duty in the same sentence assigns it.
 */
function leadsLater(text: string): boolean {
  let sentence = text.slice(0, /;|\.(?=[ \t]|$)/u.exec(text)?.index ?? text.length);
  for (let duty = dutyIn(sentence); duty; duty = dutyIn(sentence)) {
    if (duty.leads) return true;
    sentence = sentence.slice(duty.index + 1);
  }
  return false;
}

/** "phối hợp với các sở, ngành và Ủy ban nhân dân huyện …": the bodies named, catch-alls left out. */
export function coordinatorsIn(text: string, original: string, offset: number): Agency[] {
  const sentenceEnd = /[;:]|\.(?=[ \t]|$)(?<!TP\.)/u.exec(text)?.index ?? text.length;
  const found = AGENCY.coordination.exec(text.slice(0, sentenceEnd));
  if (!found) return [];
  const from = found.index + found[0].length;
  const tail = text.slice(from, sentenceEnd);
  const end = dutyIn(tail)?.index ?? tail.length;
  return agencyList(tail.slice(0, end), original.slice(from, from + end), offset + from);
}
