/**
 * Instruments cited by name only: "Luật Trẻ em", "Bộ luật Lao động", "Hiến pháp nước Cộng hòa
 * xã hội chủ nghĩa Việt Nam năm 1992", "Công ước Liên Hợp quốc về quyền trẻ em".
 *
 * A law's name ends where its title ends: the longest title of the laws table
 * (grammars/laws.json) that starts at its kind word; an amending law runs over every law it
 * names ("Luật sửa đổi, bổ sung một số điều của Luật A và Luật B"); a title the table lacks runs
 * over the words titles are made of. After the name, "năm 2010" gives the enactment's year and
 * "(sửa đổi)" marks the draft that will replace the law. A list "Luật A, Luật B và Luật C" is
 * three names, each read from its own kind word.
 */
import type { Mention } from '../../model/mention.js';
import type { DocumentNumber } from '../../model/schema.js';
import { describeAfter } from './tail.js';
import { documentTypeByWord } from '../../grammar/document-types.js';
import {
  enactedOn,
  lawsTitled,
  lawTitledAndNumbered,
  isTitleWord,
  knownTitleEnd,
  LAW_NAME,
  titleContinuationEnd,
} from '../../grammar/laws.js';
import { CITE } from './reference-patterns.js';
import { readDocumentNumber } from '../../number/parse-document-number.js';
import { afterWordChar, searchable } from '../../grammar/scan.js';
import { triggered, triggeredMatches } from './triggered.js';
import { isSpaceCode } from '../../grammar/white-space.js';

/** The longest name a convention is given, in words after its head. */
const MAX_WORDS = 24;
const WORD = /[^\s,;.:()“”"]+|,/gu;

/**
 * Where each law title that opens at a head word ends, read once per document: a number's lead
 * ({@link lawNameEndingAt}), the next number's and the named mentions ask for the same heads.
 * Keyed by the head's start; its head's end is kept to check that the same head is asked for.
 */
export interface LawTitles {
  /** the text they were read in */
  readonly match: string;
  readonly ends: Map<number, { afterHead: number; end: number | null }>;
  /** the ends read as items of an amending law's list, which are not amending laws themselves */
  readonly listEnds: Map<number, { afterHead: number; end: number | null }>;
}

/** An empty {@link LawTitles} for `match` (the canonical text), filled as titles are asked for. */
export function lawTitles(match: string): LawTitles {
  return { match, ends: new Map(), listEnds: new Map() };
}

export function findNamedMentions(text: string, match: string, titles: LawTitles = lawTitles(match)): Mention[] {
  return [...lawsByName(text, titles), ...shortNames(text, match)].sort((a, b) => a.span[0] - b.span[0]);
}

/**
 * "Đề án 06", "Thỏa thuận Paris": instruments cited by a short name (citations.json shortName),
 * the project's kind from the type word, the agreement's as printed.
 */
function shortNames(text: string, match: string): Mention[] {
  const mentions: Mention[] = [];
  for (const found of triggeredMatches(SHORT_NAME, match)) {
    const start = found.index;
    const end = start + found[0].length;
    const kindWord = collapse(found.groups!.project ?? found.groups!.agreement!);
    const type = documentTypeByWord(kindWord);
    const tail = describeAfter(text, match, end);
    mentions.push({
      span: [start, tail.end],
      core: [start, end],
      kind: { name: type?.name ?? kindWord, code: null },
      number: null,
      name: collapse(text.slice(start, end)),
      year: null,
      ...tail.fields,
      pinpoint: pinpointBefore(match, start),
      proposed: false,
      backReference: false,
    });
  }
  return mentions;
}

/** Searched where the words it opens with ("Đề", "Th") stand. */
const SHORT_NAME = triggered(CITE.shortName);

function lawsByName(text: string, titles: LawTitles): Mention[] {
  const { match } = titles;
  const mentions: Mention[] = [];
  let aliases: Set<string> | undefined;
  /** the end of a numbered amending law's title: the laws named in it have no number of their own */
  let amendedUntil = -1;
  /** the day the amending law was adopted: the laws its title names are the ones in force then */
  let amendedOn: string | null = null;
  for (let head = nextHead(match, 0), from = 0; head; head = nextHead(match, from)) {
    const start = head.index;
    from = start + head[0].length;
    const before = match.slice(Math.max(0, start - 40), start);
    if (CITE.blockedHead.test(before.slice(-15))) continue;
    // "(sau đây gọi là Luật PPP)": a short name the text gives a law it cites in full; it is that law, not another
    if (ALIAS_INTRO.test(before) || (before.endsWith('(') && ABBREVIATED_NAME.test(match.slice(start, start + 30))))
      continue;
    const kindWord = head.groups!.head!;
    const found = CITE.keepsSubject.test(kindWord)
      ? conventionName(match, start + head[0].length)
      : (lawName(titles, start, start + head[0].length) ?? bareConstitution(match, before, start + head[0].length));
    if (found === null) continue;
    from = found.end;
    const numberWord = start < amendedUntil ? null : CITE.numberWordAfter.exec(match.slice(found.end, found.end + 24));
    if (numberWord) {
      // the name of a numbered mention; when the number is an amending law's, the laws its title names are cited too
      const inner = amendedLaws(titles, start, head[0].length, found, numberWord[0].length);
      if (inner) [from, amendedUntil, amendedOn] = [inner.start, found.end, inner.adopted];
      continue;
    }
    if (LAW_NAME.enactingFormula.test(before)) continue; // "Quốc hội ban hành Luật …": the law itself
    aliases ??= definedAliases(match);
    if (aliases.has(collapse(match.slice(start, found.nameEnd)))) continue;
    const type = documentTypeByWord(kindWord)!;
    const tail = describeAfter(text, match, found.end);
    mentions.push({
      span: [start, tail.end],
      core: [start, found.end],
      kind: { name: type.name, code: null },
      number: null,
      name: found.name(text.slice(start, found.nameEnd)),
      year: found.year,
      ...tail.fields,
      pinpoint: pinpointBefore(match, start),
      proposed: false,
      backReference: false,
      ...(start < amendedUntil ? { inAmendingTitle: true, readAsOf: amendedOn } : {}),
    });
  }
  return mentions;
}

/**
 * Where the laws an amending law's title names start ("Luật sửa đổi, bổ sung một số điều của |Luật A, Luật B số N"),
 * and the day it was adopted when the table knows it, when the number after the title is the amending law's own; else
 * null (the number is Luật B's, or whose it is cannot be told).
 */
function amendedLaws(
  titles: LawTitles,
  start: number,
  headLength: number,
  found: FoundName,
  numberWordLength: number,
): { start: number; adopted: string | null } | null {
  const { match } = titles;
  const laws = amendedList(titles, start + headLength);
  if (!laws || laws.at(-1)![1] !== found.nameEnd) return null;
  const at = found.end + numberWordLength;
  const number = readDocumentNumber(match.slice(at, at + NUMBER_REACH));
  if (!number?.text || !isAmendingLawsNumber(match, start, laws, number)) return null;
  // the day the table gives, else the first of the number's year: the laws it names were in force then
  const adopted = lawTitledAndNumbered(match.slice(start, found.nameEnd), number.text)?.adopted;
  return { start: laws[0]![0], adopted: adopted ?? (number.year ? `${number.year}-01-01` : null) };
}

/**
 * Whether `number`, printed after an amending law's title ("Luật sửa đổi … của Luật A, …, Luật I số N"), is the
 * amending law's own (else Luật I's: "… của Luật Thuế thu nhập cá nhân số 04/2007/QH12"). Yes when the laws table gives
 * it to the amending title; no when it gives it to Luật I; else yes when the title names several laws (one number
 * cannot be theirs), or when the table knows an enactment of Luật I older than the number and none with it (a law is
 * amended after it is made).
 */
function isAmendingLawsNumber(match: string, start: number, laws: [number, number][], number: DocumentNumber): boolean {
  const [lastStart, end] = laws.at(-1)!;
  const text = number.text;
  if (!text) return false;
  if (lawTitledAndNumbered(match.slice(start, end), text)) return true;
  const last = match.slice(lastStart, end);
  if (lawTitledAndNumbered(last, text)) return false;
  if (laws.length > 1) return true;
  const year = number.year === null ? null : String(number.year);
  return year !== null && lawsTitled(last).some((law) => law.number !== null && enactedOn(law).slice(0, 4) < year);
}

/** How much text after "số" a number may take. */
const NUMBER_REACH = 32;

/**
 * The law's name that ends at `end` ("Luật Ban hành văn bản quy phạm pháp luật" before "số
 * 64/2025/QH15"), looked for from `from`: the name a numbered law is cited with.
 */
/** The heads scanned from a number back: one compiled scanner (its lastIndex set on each use). */
const NAMED_HEADS = new RegExp(CITE.namedHead.source, 'gu');
/** NAMED_HEADS without its word-start look-behind, which {@link nextHead} checks: faster to search for. */
const HEAD_SCAN = searchable(NAMED_HEADS);

/** The first head word of a law's name at or after `from`, as NAMED_HEADS finds it. */
function nextHead(match: string, from: number): RegExpExecArray | null {
  const { fast, wordStart } = HEAD_SCAN;
  fast.lastIndex = from;
  for (let m = fast.exec(match); m; m = fast.exec(match)) {
    if (!wordStart || !afterWordChar(match, m.index)) return m;
    // refused by the look-behind: the leftmost match goes on from the next character (a head word's first letter is
    // one code unit)
    fast.lastIndex = m.index + 1;
  }
  return null;
}

/** A law's head word at the start of a text. */
const NAMED_HEAD_HERE = new RegExp(`^${CITE.namedHead.source}`, 'u');

export function lawNameEndingAt(
  titles: LawTitles,
  from: number,
  end: number,
  number: DocumentNumber | null = null,
  farFrom = from,
): { start: number; head: string } | null {
  const { match } = titles;
  // searched in the text up to `end` only: a search of the whole text ran on to the next law name
  // in the document from every number, quadratic in a long text
  const before = match.slice(0, end);
  // the last name that ends there: in "Luật sửa đổi … của Luật Thuế thu nhập cá nhân số 04/2007/QH12" the number is the
  // amended law's. Unless it is the amending law's own (isAmendingLawsNumber): in "Luật sửa đổi … của Luật Chứng khoán,
  // …, Luật Xử lý vi phạm hành chính số 56/2024/QH15" the name is the whole title. The heads are searched as
  // NAMED_HEADS finds them, without its look-behind tried at every position
  const heads: { start: number; head: string }[] = [];
  for (let head = nextHead(before, from); head; head = nextHead(before, head.index + head[0].length)) {
    if (CITE.keepsSubject.test(head.groups!.head!)) continue;
    if (lawTitleEnd(titles, head.index, head.index + head[0].length) === end)
      heads.push({ start: head.index, head: head[0] });
  }
  const last = heads.at(-1) ?? null;
  if (!last || !number?.text) return last && { start: last.start, head: headWord(last.head) };
  // the last law of an amending law's list: the title may start further back than a name's reach
  if (
    from > farFrom &&
    heads.length === 1 &&
    LIST_ITEM_BEFORE.test(match.slice(Math.max(0, last.start - 12), last.start))
  )
    return lawNameEndingAt(titles, farFrom, end, number);
  for (const candidate of heads) {
    if (candidate === last) break;
    const laws = amendedList(titles, candidate.start + candidate.head.length);
    if (laws?.at(-1)?.[1] === end && isAmendingLawsNumber(match, candidate.start, laws, number))
      return { start: candidate.start, head: headWord(candidate.head) };
  }
  return { start: last.start, head: headWord(last.head) };
}

/** What stands before a law that is not the first of an amending law's list: a comma, "và", "của". */
const LIST_ITEM_BEFORE = /(?:,|[ \t\n]và|[ \t\n]của)[ \t\n]*$/u;

/** The kind word of a matched head. */
function headWord(matched: string): string {
  return NAMED_HEAD_HERE.exec(matched)?.groups?.head ?? matched;
}

interface FoundName {
  /** where the mention's words end (after "năm 2010", "(sửa đổi)") */
  end: number;
  /** where the name as printed ends */
  nameEnd: number;
  /** the name from the printed words */
  name: (printed: string) => string;
  /** the year of the enactment, when the text gives it */
  year: string | null;
}

/** A law, code, ordinance or Constitution cited by name, from its kind word at `start`. */
function lawName(titles: LawTitles, start: number, afterHead: number): FoundName | null {
  const { match } = titles;
  const titleEnd = lawTitleEnd(titles, start, afterHead);
  if (titleEnd === null) return null;
  const draft = LAW_NAME.draftMarker.exec(match.slice(titleEnd));
  if (draft)
    return { end: titleEnd + draft[0].length, nameEnd: titleEnd, name: (p) => `${collapse(p)} (sửa đổi)`, year: null };
  const year = LAW_NAME.yearSuffix.exec(match.slice(titleEnd));
  if (!year) return { end: titleEnd, nameEnd: titleEnd, name: collapse, year: null };
  const end = titleEnd + year[0].length;
  // a Constitution is named by its year ("Hiến pháp năm 1992"); a law's year only says which enactment
  const yearIsName = /^Hiến/u.test(match.slice(start, afterHead));
  return { end, nameEnd: yearIsName ? end : titleEnd, name: collapse, year: year.groups!.year! };
}

/**
 * Where the title that starts with the kind word at `start` ends: known, amending, or of the
 * general form. The laws an amending law names are not amending laws themselves: a list
 * "Luật sửa đổi … của Luật A, Luật sửa đổi … của Luật B" is two amending laws.
 */
function lawTitleEnd(titles: LawTitles, start: number, afterHead: number, inAmendingList = false): number | null {
  const known = (inAmendingList ? titles.listEnds : titles.ends).get(start);
  if (known?.afterHead === afterHead) return known.end;
  const end = readLawTitleEnd(titles, start, afterHead, inAmendingList);
  (inAmendingList ? titles.listEnds : titles.ends).set(start, { afterHead, end });
  return end;
}

function readLawTitleEnd(titles: LawTitles, start: number, afterHead: number, inAmendingList: boolean): number | null {
  const { match } = titles;
  const table = knownTitleEnd(match, start);
  // "Luật Thương mại điện tử": a title the table lacks that starts with one it knows
  const known = table === null ? null : (titleContinuationEnd(match, table) ?? table);
  const amending = inAmendingList ? null : amendingTitleEnd(titles, afterHead);
  if (known !== null || amending !== null) return Math.max(known ?? 0, amending ?? 0);
  return generalTitleEnd(match, start, afterHead);
}

/** "sửa đổi, bổ sung một số điều của Luật A, Luật B và Luật C": the name runs over every law amended. */
function amendingTitleEnd(titles: LawTitles, afterHead: number): number | null {
  return amendedList(titles, afterHead)?.at(-1)?.[1] ?? null;
}

/** The laws an amending law's title names, each as [start, end], after its kind word; null when it is no such title. */
function amendedList(titles: LawTitles, afterHead: number): [number, number][] | null {
  const { match } = titles;
  const gap = /^[ \t]+/u.exec(match.slice(afterHead));
  if (!gap) return null;
  const opening = LAW_NAME.amendingOpening.exec(match.slice(afterHead + gap[0].length));
  if (!opening) return null;
  let at = afterHead + gap[0].length + opening[0].length;
  const laws: [number, number][] = [];
  for (;;) {
    const head = NAMED_HEAD_HERE.exec(match.slice(at));
    if (!head) break;
    const inner = lawTitleEnd(titles, at, at + head[0].length, true);
    if (inner === null) break;
    laws.push([at, inner]);
    const joiner = LAW_NAME.listJoiner.exec(match.slice(inner));
    if (!joiner) break;
    at = inner + joiner[0].length;
  }
  // "…, Luật Hộ tịch (sửa đổi)": the last law of the list is a draft of its own, not one the law amends
  if (laws.length > 1 && LAW_NAME.draftMarker.test(match.slice(laws.at(-1)![1]))) laws.pop();
  return laws.length > 0 ? laws : null;
}

/**
 * A title the table lacks: a capitalised first word, then the words titles are made of; a comma
 * only between the short coordinated words a title opens with ("Phòng, chống …", "Cán bộ, công chức").
 */
function generalTitleEnd(match: string, start: number, afterHead: number): number | null {
  const words = new RegExp(WORD.source, 'gu');
  words.lastIndex = afterHead;
  let end = afterHead;
  let count = 0;
  let sinceComma = 0;
  let lowerFirst = false;
  let lastAbbreviated = false;
  for (let w = words.exec(match); w && count < MAX_WORDS; w = words.exec(match)) {
    const gap = match.slice(end, w.index);
    // a line break right after the kind word ends it, unless the line wraps inside a sentence ("(Luật An ninh dữ
    // liệu, Luật\nĐịnh danh …"): the kind word then does not open its line
    if (/[;.:()“”"]/u.test(gap)) break;
    if (count === 0 && gap.includes('\n') && (opensLine(match, start) || OUTLINE_LABEL.test(match.slice(w.index))))
      break;
    if (w[0] === ',') {
      const next = /^,[ \t]*(?<word>[^\s,;.:()“”"]+)/u.exec(match.slice(w.index));
      // "Luật PPP, chỉ …": an abbreviation is not one of a title's short coordinated words
      if (
        lastAbbreviated ||
        sinceComma > 2 ||
        !next ||
        !/^\p{Ll}/u.test(next.groups!.word!) ||
        !isTitleWord(next.groups!.word!)
      )
        break;
      sinceComma = 0;
      continue;
    }
    if (count > 0 && sinceComma <= MAX_CONJUNCT && LAW_NAME.coordinator.test(w[0])) {
      const coordinated = coordinatedEnd(match, w.index + w[0].length);
      if (coordinated !== null) return coordinated;
    }
    // "Luật Đường bộ quy định …", "… có hiệu lực": the sentence goes on, the title has ended
    if (count > 0 && CITE.nameEnd.test(match.slice(w.index))) break;
    // "Luật Ban hành văn bản QPPL": the title's last words abbreviated
    // not the first word of a line the kind word wrapped onto ("Luật\nUBND tỉnh"): a cell of a broken table
    const abbreviated = ABBREVIATION.test(w[0]) && !(count === 0 && gap.includes('\n'));
    lastAbbreviated = abbreviated;
    if (!abbreviated && !isTitleWord(w[0])) break;
    if (count === 0 && !/^\p{Lu}/u.test(w[0])) {
      // "Căn cứ Pháp lệnh phòng, chống mại dâm ngày 14 tháng 3 năm 2003": a title printed in lower case is a name
      // only when its enactment's date, number or year follows it, and not when it opens a sentence ("Luật có …")
      if (CITE.nameEnd.test(match.slice(w.index)) || CITE.notAName.test(match.slice(w.index))) break;
      lowerFirst = true;
    }
    // "Luật Trí tuệ số hóa năm 2025": the enactment's year follows the name
    if (count > 0 && LAW_NAME.yearSuffix.test(match.slice(end))) break;
    if (gap.includes('\n') && count > 0 && !/^\p{Ll}/u.test(w[0])) break;
    end = w.index + w[0].length;
    count++;
    sinceComma++;
  }
  if (lowerFirst && !LAW_NAME.yearSuffix.test(match.slice(end)) && !ENACTMENT_AFTER.test(match.slice(end))) return null;
  return count > 0 ? end : null;
}

/** A heading's word and number on the next line ("Điều 5.", "Chương II"), not a title wrapped onto it. */
const OUTLINE_LABEL = /^[^\s,;.:()“”"]+[ \t]+(?:\d|[IVXLC]+(?![\p{L}\p{N}]))/u;

/** Nothing but blanks between the line's start and `at`. */
function opensLine(match: string, at: number): boolean {
  return /(?:^|\n)[ \t]*$/u.test(match.slice(Math.max(0, at - 200), at));
}

/** "sau đây gọi là", "gọi tắt là" just before a name: the short name the text gives an instrument. */
const ALIAS_INTRO = /(?:gọi|viết)[ \t\n]+(?:tắt[ \t\n]+)?là[ \t\n]*[“"]?$/u;
const ALIAS =
  /(?:gọi|viết)[ \t\n]+(?:tắt[ \t\n]+)?là[ \t\n]*[“"]?(?<alias>(?:Bộ[ \t]+luật|Luật|Pháp[ \t]+lệnh)[ \t]+[^\s,;.:()“”"]+(?:[ \t]+[^\s,;.:()“”"]+){0,3})[ \t]*[”"]?[ \t]*\)/gu;

/** "(Bộ luật ISPS)" after a name: its abbreviation. */
const ABBREVIATED_NAME = /^(?:Bộ[ \t]+luật|Luật|Pháp[ \t]+lệnh)[ \t]+\p{Lu}{2,6}[ \t]*\)/u;
const ABBREVIATED_ALIAS = /\((?<alias>(?:Bộ[ \t]+luật|Luật|Pháp[ \t]+lệnh)[ \t]+\p{Lu}{2,6})[ \t]*\)/gu;

/** The short names a text gives the laws it cites ("(sau đây gọi là Luật PPP)", "(Bộ luật ISPS)"). */
function definedAliases(match: string): Set<string> {
  // each pattern only where the words it opens with stand: most texts have neither
  const given = triggeredMatches(ALIAS_SCAN, match);
  const abbreviated = ABBREVIATION_OPENINGS.some((w) => match.includes(w))
    ? [...match.matchAll(ABBREVIATED_ALIAS)]
    : [];
  return new Set([...given, ...abbreviated].map((m) => collapse(m.groups!.alias!)));
}

/** ALIAS searched where the words it opens with ("gọi", "viết") stand. */
const ALIAS_SCAN = triggered(ALIAS);
/** What ABBREVIATED_ALIAS opens with ("(" and a head's first word): a text without them has no match. */
const ABBREVIATION_OPENINGS = ['(Bộ', '(Luật', '(Pháp'];

/** Capitals for the words a title ends with: "QPPL" (quy phạm pháp luật), "NSNN" (ngân sách nhà nước). */
const ABBREVIATION = /^\p{Lu}{2,6}$/u;

/** "… ngày 14 tháng 3 năm 2003", "… số 10/2003/PL-UBTVQH11": the enactment's date or number after a name. */
const ENACTMENT_AFTER = /^[ \t]*(?:ngày|số)[ \t]*:?[ \t]*\d/u;

/** The most words either side of a title's "và" ("Quy hoạch đô thị và nông thôn"). */
const MAX_CONJUNCT = 4;
const MAX_COORDINATED = 6;
/** Where a name visibly ends: punctuation, a line end, the text's end. */
const NAME_STOP = /^[ \t]*(?:[,;.:()“”"\n]|$)/u;

/**
 * "Luật Bảo vệ và phát triển rừng", "Luật Quy hoạch đô thị và nông thôn": a title the table lacks
 * coordinates two subjects with "và". What follows "và" (at `from`) is the title's second subject
 * when it is lower-case title words (commas between them as in "cứu nạn, cứu hộ") and the name
 * visibly ends right after them: punctuation, the enactment's year, or the words that follow a
 * law's name (law-names.json coordinatedEnd: "số …", "hiện hành"). "Luật Đất đai và Luật Nhà ở", "… và các văn bản
 * hướng dẫn", "Luật Bảo vệ quyền lợi người tiêu dùng và quy định của Bộ" do not pass. The end, or null.
 */
function coordinatedEnd(match: string, from: number): number | null {
  const words = new RegExp(WORD.source, 'gu');
  words.lastIndex = from;
  let end = from;
  let count = 0;
  for (let w = words.exec(match); w && count <= MAX_COORDINATED; w = words.exec(match)) {
    const gap = match.slice(end, w.index);
    if (/[;.:()“”"]/u.test(gap) || (count === 0 && gap.includes('\n'))) break;
    const rest = match.slice(w.index);
    if (w[0] === ',') {
      const next = /^,[ \t]*(?<word>[^\s,;.:()“”"]+)/u.exec(rest);
      if (
        !next ||
        !/^\p{Ll}/u.test(next.groups!.word!) ||
        !isTitleWord(next.groups!.word!) ||
        CITE.nameEnd.test(rest.slice(next[0].length - next.groups!.word!.length))
      )
        break;
      continue;
    }
    if (!/^\p{Ll}/u.test(w[0]) || !isTitleWord(w[0]) || CITE.nameEnd.test(rest)) break;
    // "… nhân dân năm 1989": the enactment's year follows the name
    if (LAW_NAME.yearSuffix.test(match.slice(end))) break;
    end = w.index + w[0].length;
    count++;
  }
  if (count === 0 || count > MAX_COORDINATED) return null;
  const after = match.slice(end);
  const ends = NAME_STOP.test(after) || LAW_NAME.yearSuffix.test(after) || LAW_NAME.coordinatedEnd.test(after);
  return ends ? end : null;
}

/**
 * "Căn cứ Hiến pháp;": the Constitution cited as the basis by its kind word alone, the clause ending right after it.
 * Elsewhere the bare word is the general notion ("tuân thủ Hiến pháp và pháp luật").
 */
function bareConstitution(match: string, before: string, afterHead: number): FoundName | null {
  if (!/^Hiến/u.test(match.slice(afterHead - 9, afterHead))) return null;
  if (!BASIS_BEFORE.test(before) || !/^[ \t]*[;.]/u.test(match.slice(afterHead))) return null;
  return { end: afterHead, nameEnd: afterHead, name: collapse, year: null };
}
const BASIS_BEFORE = /(?:^|\n)[ \t]*[-*“]?[ \t]*Căn[ \t]+cứ[ \t]+$/u;

/** A convention keeps its subject ("Công ước Liên Hợp quốc về quyền trẻ em") and ends at a word that ends a name. */
function conventionName(match: string, from: number): FoundName | null {
  let end = from;
  let words = 0;
  const word = new RegExp(WORD.source, 'gu');
  word.lastIndex = from;
  for (let w = word.exec(match); w && words < MAX_WORDS; w = word.exec(match)) {
    const gap = match.slice(end, w.index);
    if (gap.includes('\n') || /[;.:()“”"]/u.test(gap) || w[0] === ',') break;
    const rest = match.slice(w.index);
    if (words === 0 && (CITE.notAName.test(rest) || !/^\p{L}/u.test(w[0]))) return null;
    if (CITE.nameEnd.test(rest) || (CITE.conjunction.test(w[0]) && words > 0)) break;
    end = w.index + w[0].length;
    words++;
  }
  return words > 0 ? { end, nameEnd: end, name: collapse, year: null } : null;
}

/** A name as printed, its line breaks and runs of spaces one space. */
export function collapse(printed: string): string {
  // most names are printed on one line with single spaces: such a name is kept as it is, not rebuilt
  return isCollapsed(printed) ? printed : printed.replace(/\s+/gu, ' ').trim();
}

/** No white space but single spaces between other characters. */
function isCollapsed(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isSpaceCode(code)) continue;
    if (code !== 0x20 || i === 0 || i === text.length - 1 || text.charCodeAt(i - 1) === 0x20) return false;
  }
  return true;
}

function pinpointBefore(match: string, at: number): string | null {
  const found = CITE.pinpoint.exec(match.slice(Math.max(0, at - 50), at));
  return found?.groups?.pinpoint?.trim() ?? null;
}
