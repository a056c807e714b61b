/**
 * One verb governs every instrument of the list it introduces (GOLD.md "references"): "Bãi bỏ
 * các văn bản sau: 1. … 2. …", "… sau đây chấm dứt hiệu lực: điểm h … Nghị định số A; khoản 4 …
 * Nghị định số B", "thay thế Quyết định số A; Quyết định số B", "Nghị định số A, Nghị định số B
 * hết hiệu lực". Only the instrument each item names is governed, not one named inside an
 * item's title ("… sửa đổi, bổ sung một số điều của Nghị định số C").
 */
import type { Relation } from '../../model/schema.js';
import type { Line } from '../../layout/lines.js';
import { OPERATIVE_VERB, RELATION } from './reference-patterns.js';
import type { Mention } from '../../model/mention.js';
import { triggered, triggeredMatches } from './triggered.js';
import { lastAtOrBefore } from '../../ingest/search.js';

type Operative = 'repeals' | 'replaces' | 'amends';

/** How far a list introduced by a colon may run. */
const LIST_REACH = 6000;
/** How far back the clause before a colon is read. */
const CLAUSE_REACH = 400;
/** How far back the sentence an expiry phrase ends is read. */
const SENTENCE_REACH = CLAUSE_REACH * 8;

/**
 * The relation each governed mention takes from the verb of its list, by the mention's start.
 * `firstRelation` gives the relation a mention has from a verb right before it (the list's first item).
 */
export function governedRelations(
  mentions: readonly Mention[],
  match: string,
  lines: readonly Line[],
  firstRelation: (m: Mention) => Relation | null,
  expiries: readonly number[] = expiryPhrases(match),
): Map<number, Relation> {
  const out = new Map<number, Relation>();
  const sorted = [...mentions].filter((m) => !m.backReference).sort((a, b) => a.span[0] - b.span[0]);
  // a text without a mention has nothing to govern: its colons and expiry phrases are not read
  if (sorted.length === 0) return out;
  const starts = sorted.map((m) => m.span[0]);
  for (const list of colonLists(match, lines, starts)) governItems(list, sorted, match, out);
  for (const list of expiryLists(match, starts, expiries)) governItems(list, sorted, match, out);
  for (const [i, m] of sorted.entries()) {
    const relation = firstRelation(m);
    // "… và sửa đổi, bổ sung một số điều của Thông tư A, Thông tư B" is mostly a title: amending lists only after a
    // colon
    if (relation === 'repeals' || relation === 'replaces') {
      governItems({ relation, start: m.span[1], end: sentenceEnd(match, m.span[1]), after: i }, sorted, match, out);
    }
  }
  return out;
}

interface GovernedList {
  relation: Operative;
  /** where the items start (after the colon, after the first item) */
  start: number;
  end: number;
  /** index of the mention the list continues from, -1 when the list opens at `start` */
  after: number;
}

/** Each mention of the list that heads an item takes the list's relation. */
function governItems(
  list: GovernedList,
  mentions: readonly Mention[],
  match: string,
  out: Map<number, Relation>,
): void {
  let previousEnd = list.start;
  let previousHead = true;
  for (let j = Math.max(list.after + 1, firstStartingFrom(mentions, list.start)); j < mentions.length; j++) {
    const m = mentions[j]!;
    if (m.span[0] >= list.end) break;
    const gap = match.slice(previousEnd, m.span[0]);
    previousEnd = Math.max(previousEnd, m.span[1]);
    previousHead = isItemHead(gap, previousHead);
    if (previousHead && !out.has(m.span[0])) out.set(m.span[0], list.relation);
  }
}

/** The index of the first of the mentions (sorted by start) that starts at or after `at` (a binary search). */
function firstStartingFrom(mentions: readonly Mention[], at: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.span[0] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The gap before a mention leaves it heading an item: after a separator (";", ":", a list label),
 * or right after the previous item ("A, B và điểm d khoản 4 C"), only a label and a pinpoint.
 * After an instrument named inside an item's title, only a separator opens a new item.
 */
function isItemHead(gap: string, previousHead: boolean): boolean {
  const separator = Math.max(gap.lastIndexOf(';'), gap.lastIndexOf(':'), lastLabelBreak(gap));
  if (separator < 0 && !previousHead) return false;
  const lead = (separator >= 0 ? gap.slice(separator + 1) : gap).replace(/^[\s)]+/u, '');
  return RELATION.listItemLead.test(lead);
}

/** A line break followed by a list label ("\n2. ", "\nb) ", "\n- "): a new item. */
function lastLabelBreak(gap: string): number {
  let found = -1;
  for (const m of gap.matchAll(/\n[ \t]*(?:\d{1,3}[.)]|[a-zđ]\)|[-–+•])/gu)) found = m.index;
  return found;
}

/** "Bãi bỏ các văn bản sau:", "… sau đây chấm dứt hiệu lực:": a verb whose list follows the colon. */
function colonLists(match: string, lines: readonly Line[], starts: readonly number[]): GovernedList[] {
  const out: GovernedList[] = [];
  for (let at = match.indexOf(':'); at >= 0; at = match.indexOf(':', at + 1)) {
    // a list no mention follows within its reach governs nothing: its clause is not read
    if (!startsWithin(starts, at + 1, at + 1 + LIST_REACH)) continue;
    const clauseStart = clauseStartBefore(match, at);
    const clause = match.slice(clauseStart, at);
    if (startsWithin(starts, clauseStart, at)) continue;
    // the verb first: most clauses have none, and "như sau" is then not looked for
    const relation = listVerb(clause);
    if (!relation || RELATION.listIntro.test(clause)) continue;
    out.push({ relation, start: at + 1, end: listEnd(match, lines, clauseStart, at), after: -1 });
  }
  return out;
}

/**
 * The verb a list-introducing clause carries: an expiry phrase or repeal/replace verb anywhere, an amending one only
 * opening it.
 */
function listVerb(clause: string): Operative | null {
  // each of the three needs one of the operative verbs: a clause without any is not tried four times
  if (!OPERATIVE_VERB.test(clause) || RELATION.byAgent.test(clause)) return null;
  if (RELATION.listRepeals.test(clause)) return 'repeals';
  if (RELATION.listReplaces.test(clause)) return 'replaces';
  if (RELATION.amends.test(clause.replace(RELATION.clauseLead, '').trimStart())) return 'amends';
  return null;
}

/** A mention starts (a value of the sorted `starts`) at or after `from` and before `to`. */
function startsWithin(starts: readonly number[], from: number, to: number): boolean {
  const k = lastAtOrBefore(starts, from - 1) + 1;
  return k < starts.length && starts[k]! < to;
}

/** "A; B và C hết hiệu lực": the instruments of the sentence an expiry phrase ends. */
function expiryLists(match: string, starts: readonly number[], expiries: readonly number[]): GovernedList[] {
  // a phrase no mention stands before within its sentence's reach ends nothing: its sentence is not read
  return expiries.flatMap((at): GovernedList[] => {
    if (!startsWithin(starts, at - SENTENCE_REACH, at)) return [];
    const start = clauseStartBefore(match, at, true);
    // the last mention that starts before the sentence
    return [{ relation: 'repeals', start, end: at, after: lastAtOrBefore(starts, start - 1) }];
  });
}

/**
 * Where an expiry phrase stands that ends what the text cites (not one naming a published list): found once per
 * document, for the lists it ends and for the mention each follows.
 */
export function expiryPhrases(match: string): number[] {
  const out: number[] = [];
  for (const phrase of triggeredMatches(EXPIRY, match))
    if (!expiryNamesList(match, phrase.index)) out.push(phrase.index);
  return out;
}

/** Searched where the words its phrases open with ("hết", "không", …) stand. */
const EXPIRY = triggered(RELATION.expires);

/** How far back in its clause "công bố Danh mục văn bản …" may name the list an expiry phrase ends. */
const LIST_NAME_REACH = 200;

/**
 * "Quyết định số 82/QĐ-UBND … về việc Công bố Danh mục văn bản QPPL hết hiệu lực": the expiry
 * phrase at `at` names the list another instrument publishes; it ends nothing.
 */
export function expiryNamesList(match: string, at: number): boolean {
  const before = match.slice(Math.max(0, at - LIST_NAME_REACH), at);
  const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf('.'), before.lastIndexOf('\n')) + 1);
  return RELATION.publishesList.test(clause);
}

/**
 * Where the clause before `at` starts: after the last ".", ";" or ":" (a list item's ";" too
 * when `wholeSentence` is false), or a line that opens with a label; hard-wrapped lines run on.
 */
export function clauseStartBefore(match: string, at: number, wholeSentence = false): number {
  const from = Math.max(0, at - (wholeSentence ? SENTENCE_REACH : CLAUSE_REACH));
  const end = lastStopEnd(match, from, at, wholeSentence ? SENTENCE_STOP : CLAUSE_STOP);
  return end < 0 ? from : end;
}

/** A clause's stops, each opening with one of the characters `opens` (what {@link lastStopEnd} looks for). */
interface Stops {
  global: RegExp;
  sticky: RegExp;
  /** by code unit below 128 (the characters are ASCII): whether a stop opens with it, asked of every character read */
  opens: Uint8Array;
}

function stops(source: string, opens: string): Stops {
  const table = new Uint8Array(128);
  for (const c of opens) table[c.charCodeAt(0)] = 1;
  return { global: new RegExp(source, 'gu'), sticky: new RegExp(source, 'uy'), opens: table };
}

const SENTENCE_STOP = stops(String.raw`\.(?=\s)|:|\n[ \t]*\n|\n(?=[ \t]*(?:\d{1,3}\.|[a-zđ]\)|Điều[ \t]))`, '.:\n');
const CLAUSE_STOP = stops(
  String.raw`\.(?=\s)|;|:|\n[ \t]*\n|\n(?=[ \t]*(?:\d{1,3}\.|[a-zđ]\)|[-–+•]|Điều[ \t]))`,
  '.;:\n',
);

/**
 * Where the last match of the stops in match.slice(from, at) ends (an offset in `match`), -1 when none. Read back from
 * `at`, trying the stops where a character they open with stands: a clause mostly stops near, and a colon's whole
 * reach, 400 characters, was scanned for each colon. The last place a stop matches is where the last match of a scan
 * from `from` starts, unless a blank line's match ("\n[ \t]*\n") took its line break: then that scan is made.
 */
function lastStopEnd(match: string, from: number, at: number, stop: Stops): number {
  const slice = match.slice(from, at);
  for (let i = slice.length - 1; i >= 0; i--) {
    const code = slice.charCodeAt(i);
    if (code >= 128 || stop.opens[code] === 0) continue;
    stop.sticky.lastIndex = i;
    if (!stop.sticky.test(slice)) continue;
    if (code !== LINE_BREAK || !afterBlankRun(slice, i)) return from + stop.sticky.lastIndex;
    let last = -1;
    for (const m of slice.matchAll(stop.global)) last = m.index + m[0].length;
    return from + last;
  }
  return -1;
}

const LINE_BREAK = 0x0a;

/** A line break before `i`, only spaces and tabs between. */
function afterBlankRun(text: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09)) k--;
  return k >= 0 && text.charCodeAt(k) === LINE_BREAK;
}

/** The end of the sentence that starts at `at`: ". ", a blank line or a line opening with a label. */
function sentenceEnd(match: string, at: number): number {
  const rest = match.slice(at, at + LIST_REACH);
  const end = /\.(?=\s)|\n[ \t]*\n|\n(?=[ \t]*(?:\d{1,3}\.|[a-zđ]\)|[-–+•]|Điều[ \t]))/u.exec(rest);
  return end ? at + end.index : at + rest.length;
}

/**
 * A numbered list after a colon ("được sửa đổi, bổ sung bởi: ⏎ 1. Luật số … ; ⏎ 2. Luật số … .")
 * runs over its items' labels to the full stop that ends the last one, a blank line or an article.
 */
function numberedListEnd(match: string, at: number): number {
  const rest = match.slice(at, at + LIST_REACH);
  const end = /(?<!(?:^|\n)[ \t]*\d{1,3})\.(?=\s)|\n[ \t]*\n|\n(?=[ \t]*Điều[ \t])/u.exec(rest);
  return end ? at + end.index : at + rest.length;
}

/**
 * A list after a colon runs to the next line whose label ranks as high as the one of the
 * paragraph that introduced it ("b) … sau đây chấm dứt hiệu lực:" runs to "c)"), or to the next
 * article or heading.
 */
function listEnd(match: string, lines: readonly Line[], clauseStart: number, colon: number): number {
  const limit = Math.min(match.length, colon + LIST_REACH);
  let i = firstLineEndingFrom(lines, clauseStart);
  if (i < 0) return limit;
  // the paragraph's label stands on its first line
  let first = i;
  while (
    first > 0 &&
    labelRank(lines[first]!.canonical) === NO_LABEL &&
    !lines[first - 1]!.blank &&
    !/[.;:]$/u.test(lines[first - 1]!.canonical)
  )
    first--;
  const own = labelRank(lines[first]!.canonical);
  const rank = own === NO_LABEL ? ARTICLE : own;
  for (i = firstLineEndingFrom(lines, colon) + 1; i > 0 && i < lines.length; i++) {
    const line = lines[i]!;
    if (line.start >= limit) return limit;
    if (line.blank) continue;
    if (labelRank(line.canonical) <= rank || (line.caps && line.canonical.length > 3)) return line.start;
  }
  return limit;
}

/** `lines.findIndex((l) => l.end >= at)` by bisection: the lines' ends increase. */
function firstLineEndingFrom(lines: readonly Line[], at: number): number {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid]!.end >= at) hi = mid;
    else lo = mid + 1;
  }
  return lo < lines.length ? lo : -1;
}

const ARTICLE = 1;
const NO_LABEL = 9;

/** Chương/Mục/Phần 0, Điều and I. 1, 1. 2, 1.1. 3, a) 4, - + 5, none 9. */
function labelRank(line: string): number {
  if (/^(?:Chương|Mục|Phần)[ \t]/u.test(line)) return 0;
  if (/^Điều[ \t]+\d/u.test(line) || /^[IVXLC]{1,6}\.[ \t]/u.test(line) || /^Nơi[ \t]+nhận/u.test(line)) return ARTICLE;
  if (/^\d{1,3}\.\d{1,3}\.?[ \t]/u.test(line)) return 3;
  if (/^\d{1,3}\.[ \t]/u.test(line)) return 2;
  // "13)" also starts a line where a hard wrap splits "Điều 13)"
  if (/^[a-zđ]\)[ \t]?/u.test(line) || /^\d{1,3}\)[ \t]/u.test(line)) return 4;
  if (/^[-–+•][ \t]/u.test(line)) return 5;
  return NO_LABEL;
}

/** How far before "được sửa đổi … bởi" the amended instrument may be named. */
const BASE_REACH = 600;

/** A relation the text states between two of its mentions: `from` amends (replaces, repeals) `to`. */
export interface StatedChange {
  from: Mention;
  to: Mention;
  relation: Operative;
  span: [number, number];
}

/**
 * "Thông tư số A …, được sửa đổi, bổ sung bởi: Thông tư số B …" (a consolidated text's header, a
 * Căn cứ line "Luật số A được sửa đổi, bổ sung bởi Luật số B", a reason cell "Được thay thế bởi
 * Nghị định số B"): B amends (replaces, repeals) A, the first instrument of the clause before the phrase.
 */
export function statedChanges(mentions: readonly Mention[], match: string): StatedChange[] {
  const sorted = [...mentions].filter((m) => !m.backReference).sort((a, b) => a.span[0] - b.span[0]);
  const out: StatedChange[] = [];
  if (sorted.length === 0) return out;
  const starts = sorted.map((m) => m.span[0]);
  for (const phrase of triggeredMatches(CHANGED_BY, match)) {
    const at = phrase.index;
    // the changed instrument starts within BASE_REACH before the phrase: without one, the phrase is not read
    if (!startsWithin(starts, at - BASE_REACH, at + 1)) continue;
    // the instrument the clause is about: its first, not one named inside its title
    const clauseStart = Math.max(clauseStartBefore(match, at), at - BASE_REACH);
    const base = firstWithin(sorted, starts, clauseStart, at);
    if (!base) continue;
    const g = phrase.groups!;
    const relation: Operative = g.replaces ? 'replaces' : g.repeals ? 'repeals' : 'amends';
    const governed = new Map<number, Relation>();
    const end = at + phrase[0].length;
    const listed = /^[ \t]*:/u.test(match.slice(end));
    const list = {
      relation,
      start: end,
      end: listed ? numberedListEnd(match, end) : sentenceEnd(match, end),
      after: -1,
    };
    governItems(list, sorted, match, governed);
    // only the mentions of the list can be governed: the others are not walked for every phrase
    for (let k = lastAtOrBefore(starts, end - 1) + 1; k < sorted.length && starts[k]! < list.end; k++) {
      const m = sorted[k]!;
      if (governed.has(m.span[0]) && m !== base)
        out.push({ from: m, to: base, relation, span: [base.span[0], m.span[1]] });
    }
  }
  return out;
}

/** The first of the mentions (sorted by start, their `starts`) that lies wholly between `from` and `to`. */
function firstWithin(sorted: readonly Mention[], starts: readonly number[], from: number, to: number): Mention | null {
  for (let k = lastAtOrBefore(starts, from - 1) + 1; k < sorted.length && starts[k]! <= to; k++) {
    if (sorted[k]!.span[1] <= to) return sorted[k]!;
  }
  return null;
}

/** Searched where its opening word ("được") stands. */
const CHANGED_BY = triggered(RELATION.changedBy);
