/**
 * How the citing document relates to one mention: "Căn cứ …" → basedOn, "Thực hiện …" →
 * implements, "Xét đề nghị …" → proposal (opening triggers of the preamble, clause by clause,
 * and of the title), "bãi bỏ / thay thế / sửa đổi, bổ sung …" → repeals / replaces / amends
 * (the verb in the mention's own sentence), a title opening "Hướng dẫn …" → guides; else cites.
 */
import type { Relation } from '../../model/schema.js';
import type { Line } from '../../layout/lines.js';
import { lastAtOrBefore } from '../../ingest/search.js';
import { OPERATIVE_VERB, RELATION } from './reference-patterns.js';
import type { Mention } from '../../model/mention.js';
import { expiryNamesList, expiryPhrases } from './governed.js';
import { WORD_START } from '../../grammar/compile.js';
import { isSpaceCode } from '../../grammar/white-space.js';
import { firstMatch } from './triggered.js';

export interface RelationContext {
  /** the text with canonical tone marks (`Layout.canonical`) */
  canonical: string;
  lines: readonly Line[];
  /** the document's title, which may state what it implements, amends or guides */
  title: [number, number] | null;
  /** index of the first line after the preamble (the first outline label) */
  preambleEnd: number;
  /** the title publishes a list of instruments ("công bố Danh mục …"): it ends none of them */
  publishesList?: boolean;
  /** index of the first line after the body (the annexes' forms quote "Căn cứ …" lines of their own) */
  bodyEnd?: number;
  /** where the expiry phrases stand ({@link expiryPhrases}), when the caller has found them */
  expiries?: readonly number[];
}

/** How far into a paragraph its opening may reach ("Ủy ban nhân dân tỉnh nhận được …"). */
const OPENING_REACH = 100;

/** How far before the mention an operative verb may stand ("Bãi bỏ Thông tư số …"). */
const VERB_REACH = 60;
/** How much further the verb may stand before an instrument another text is attached to ("ban hành kèm theo …"). */
const ATTACHED_REACH = 80;

export function relationOf(mention: Mention, ctx: RelationContext): Relation {
  // a law named in the title of a cited amending law (GOLD.md: listed, as cites)
  if (mention.inAmendingTitle) return 'cites';
  const at = mention.span[0];
  if (ctx.title && at >= ctx.title[0] && at < ctx.title[1]) return titleRelation(mention, ctx, ctx.title);
  const line = lineAt(ctx.lines, at);
  if (line) {
    const index = documentIndex(ctx);
    const start = paragraphStart(ctx.lines, line, index.paragraphs);
    const clause = clauseAt(ctx.canonical, index, start, at);
    const paragraph = ctx.canonical.slice(start, line.end);
    if (line.index < ctx.preambleEnd) {
      // a submission named with its proposer ("đề nghị của Sở Nội vụ tại Tờ trình số …")
      if (mention.proposed && !mention.number?.year) return 'proposal';
      const opening =
        openingRelation(clause, paragraph, mention, ctx.canonical) ?? continuedBasis(ctx, ctx.lines, start, at, index);
      if (opening) return opening === 'basedOn' && isInsideTitle(mention, ctx.canonical, start) ? 'cites' : opening;
    } else if (
      line.index < (ctx.bodyEnd ?? ctx.lines.length) &&
      (RELATION.basedOnDirect.test(clause + ctx.canonical.slice(at, at + 40)) || RELATION.basedOnDirect.test(paragraph))
    ) {
      // "- Căn cứ Luật Khoáng sản … thì …" in the body, or a footnote quoting an amending text's Căn cứ
      return isInsideTitle(mention, ctx.canonical, start) ? 'cites' : 'basedOn';
    }
  }
  if (ctx.publishesList) return 'cites';
  const operative = operativeRelation(mention, ctx);
  // "các Điều 7, 8 của Thông tư số 06/2020/TT-BKHĐT hướng dẫn … một số điều của Luật Đấu thầu … hết hiệu lực": the
  // verb ends the numbered instrument; the law named in its title is only cited
  if (operative && operative !== 'cites' && namedInTitleOfNumbered(mention, ctx.canonical)) return 'cites';
  return operative ?? 'cites';
}

/** How far back the numbered instrument whose title names a law may stand. */
const TITLE_REACH = 300;

/**
 * A named law without a pinpoint of its own, after a numbered instrument of its clause and not joined to it as an item
 * of a list: a word of that instrument's title.
 */
function namedInTitleOfNumbered(mention: Mention, match: string): boolean {
  if (mention.pinpoint) return false;
  const before = match.slice(Math.max(0, mention.span[0] - TITLE_REACH), mention.span[0]);
  const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf('.\n')) + 1);
  if (!NUMBERED_BEFORE.test(clause) || RELATION.listJoinerBefore.test(clause)) return false;
  // a numbered one only right after the words of a title that name it ("… hướng dẫn thực hiện Nghị định số …"), and
  // not as the next item of a list ("- Quyết định số …")
  if (mention.number === null) return true;
  const last = lastNumberEnd(clause);
  return TITLE_VERB_BEFORE.test(clause) && !LIST_ITEM.test(clause.slice(last));
}

/** Where the last document number of the clause ends. */
function lastNumberEnd(clause: string): number {
  let end = 0;
  for (const m of clause.matchAll(new RegExp(NUMBERED_BEFORE.source, 'gu'))) end = m.index + m[0].length;
  return end;
}

/** The words of a title that name the instrument it details, guides or amends, just before it. */
const TITLE_VERB_BEFORE =
  /(?:hướng[ \t\n]+dẫn(?:[ \t\n]+(?:thực[ \t\n]+hiện|thi[ \t\n]+hành))?|quy[ \t\n]+định[ \t\n]+chi[ \t\n]+tiết|sửa[ \t\n]+đổi,?[ \t\n]+bổ[ \t\n]+sung(?:[ \t\n]+một[ \t\n]+số[ \t\n]+điều)?)(?:[ \t\n]+của)?[ \t\n]+$/u;
/** A new item of a list: a bullet or a number opening a line. */
const LIST_ITEM = /\n[ \t]*(?:[-+•]|\d{1,2}[.)]|\p{Ll}\))[ \t]/u;

/**
 * "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;\nLuật sửa đổi, bổ sung … ngày 18 tháng 6
 * năm 2020;": a preamble line that opens with the instrument, after a "Căn cứ" line ended by ";", is the next item of
 * that basis list.
 */
function continuedBasis(
  ctx: RelationContext,
  lines: readonly Line[],
  start: number,
  at: number,
  index: DocumentIndex,
): Relation | null {
  if (ctx.canonical.slice(start, at).trim() !== '') return null;
  const line = lineAt(lines, start);
  if (!line || line.index === 0) return null;
  const above = lines[line.index - 1]!;
  if (!/;\s*$/u.test(above.canonical)) return null;
  const aboveStart = paragraphStart(lines, above, index.paragraphs);
  return triggerOf(ctx.canonical.slice(aboveStart, above.end)) === 'basedOn' ? 'basedOn' : null;
}

/** The mention stands inside curly quotes ({@link isQuoted}). */
export function isQuotedMention(mention: Mention, ctx: RelationContext): boolean {
  return isQuoted(ctx.canonical, documentIndex(ctx), mention.span[0]);
}

/** The mention stands inside curly quotes: the new wording an amending text inserts. */
function isQuoted(match: string, index: DocumentIndex, at: number): boolean {
  const k = lastAtOrBefore(index.quotes, at);
  return k >= 0 && match[index.quotes[k]!] === '“';
}

function titleRelation(mention: Mention, ctx: RelationContext, title: [number, number]): Relation {
  const text = ctx.canonical.slice(title[0], title[1]);
  if (RELATION.implementsInTitle.test(ctx.canonical.slice(title[0], mention.span[0]))) return 'implements';
  const operative = operativeRelation(mention, ctx);
  if (operative) return operative;
  return RELATION.guides.test(text) ? 'guides' : 'cites';
}

/** The trigger of the mention's clause (after the last ";"), else of its paragraph. */
function openingRelation(clause: string, paragraph: string, mention: Mention, match: string): Relation | null {
  const opening = triggerOf(clause) ?? triggerOf(paragraph);
  if (opening) return opening;
  // "… nhận được Công văn số …": only the clause that says so
  return RELATION.received.test(clause.slice(0, OPENING_REACH)) ||
    (clause === '' && RELATION.received.test(paragraph.slice(0, OPENING_REACH)))
    ? receivedRelation(mention, match)
    : null;
}

function triggerOf(text: string): Relation | null {
  if (RELATION.basedOn.test(text)) return 'basedOn';
  if (RELATION.proposal.test(text)) return 'proposal';
  if (RELATION.implements.test(text)) return 'implements';
  return null;
}

/** How far after a received instrument the document may pass it on ("…; giao Công an tỉnh …"). */
const PASS_ON_REACH = 700;

/** How much of a received letter's subject is read ("… về việc tham gia ý kiến …"). */
const SUBJECT_REACH = 250;

/**
 * A received instrument (GOLD.md): one the document passes on to a body ("giao Sở Tài chính …")
 * is implemented; a request for comments it only answers is cited; a request it decides on is a
 * proposal.
 */
function receivedRelation(mention: Mention, match: string): Relation {
  const after = match.slice(mention.span[1], mention.span[1] + PASS_ON_REACH);
  if (RELATION.passesOn.test(after)) return 'implements';
  const subject = after.slice(0, SUBJECT_REACH).split(/[.;\n]/u)[0]!;
  return RELATION.commentRequest.test(subject) ? 'cites' : 'proposal';
}

/** The clause the mention stands in, when the paragraph has several ("Căn cứ …; để thực hiện …"). */
function clauseAt(match: string, index: DocumentIndex, start: number, at: number): string {
  const k = lastClauseBreak(match, index, at);
  return k < 0 || index.breakStarts[k]! < start ? '' : match.slice(index.breakEnds[k], at).trimStart();
}

/**
 * The matches of /;|\.\s+(?=\p{Lu})/gu: each ";" and "." found by indexOf (a scan of the pattern, or of a class of the
 * two, built a match for every one), the white space and capital after a "." checked there.
 */
function clauseBreaks(match: string, index: DocumentIndex): void {
  let semicolon = match.indexOf(';');
  let stop = match.indexOf('.');
  while (semicolon >= 0 || stop >= 0) {
    if (semicolon >= 0 && (stop < 0 || semicolon < stop)) {
      index.breakStarts.push(semicolon);
      index.breakEnds.push(semicolon + 1);
      semicolon = match.indexOf(';', semicolon + 1);
      continue;
    }
    const at = stop;
    stop = match.indexOf('.', at + 1);
    if (!mayBeSpace(match.charCodeAt(at + 1))) continue;
    SPACE_BEFORE_CAPITAL.lastIndex = at + 1;
    if (!SPACE_BEFORE_CAPITAL.test(match)) continue;
    index.breakStarts.push(at);
    index.breakEnds.push(SPACE_BEFORE_CAPITAL.lastIndex);
  }
}

/** Every code unit `\s` matches passes (U+0009–U+000D, space, no-break space, and all above U+1000), and few others. */
function mayBeSpace(code: number): boolean {
  return (code >= 0x09 && code <= 0x0d) || code === 0x20 || code === 0xa0 || code > 0x1000;
}

const SPACE_BEFORE_CAPITAL = /\s+(?=\p{Lu})/uy;

/**
 * The last clause break before `at` (its index in the document's list), -1 when none. A break
 * counts only when it lies wholly before the mention: ". " needs its capital before `at` too.
 */
function lastClauseBreak(match: string, index: DocumentIndex, at: number): number {
  const k = lastAtOrBefore(index.breakEnds, at);
  return k >= 0 && index.breakEnds[k] === at && match[index.breakStarts[k]!] === '.' ? k - 1 : k;
}

/**
 * A paragraph runs back over lines that do not end a sentence (hard-wrapped text), but not over
 * a heading in capitals, and not past a line that opens with a trigger of its own. Each line's
 * answer is kept, so that a thousand mentions in one long paragraph walk it once.
 */
function paragraphStart(lines: readonly Line[], line: Line, known: Map<number, number>): number {
  const walked: number[] = [];
  let first = line.index;
  for (;;) {
    const found = known.get(first);
    if (found !== undefined) {
      first = found;
      break;
    }
    walked.push(first);
    if (!continuesUp(lines, first)) break;
    first--;
  }
  for (const i of walked) known.set(i, first);
  return lines[first]!.start + lines[first]!.indent;
}

/** The paragraph of line `i` runs on to the line above. */
function continuesUp(lines: readonly Line[], i: number): boolean {
  if (i === 0 || triggerOf(lines[i]!.canonical) !== null) return false;
  const above = lines[i - 1]!;
  return !(above.blank || above.caps || /[.;:!?]$/u.test(above.canonical));
}

/**
 * A named law inside the title of the instrument a "Căn cứ" clause cites ("Căn cứ Nghị định số
 * 115/2015/NĐ-CP … quy định chi tiết một số điều của Luật Bảo hiểm xã hội", "… thi hành Luật Đất
 * đai") is cited, not a basis.
 */
function isInsideTitle(mention: Mention, match: string, start: number): boolean {
  if (mention.number !== null) return false;
  if (RELATION.ofBefore.test(match.slice(Math.max(start, mention.span[0] - 12), mention.span[0]))) return true;
  // "Căn cứ Nghị quyết số 254/2025/QH15 quy định … thi hành Luật Đất đai": after a numbered instrument of the clause, a
  // named law not joined to it as an item of the list stands in its title
  const clause = match.slice(start, mention.span[0]);
  const opened = clause.lastIndexOf(';') + 1;
  return NUMBERED_BEFORE.test(clause.slice(opened)) && !RELATION.listJoinerBefore.test(clause);
}

/** A document number in the clause before a named mention ("… số 254/2025/QH15 …"). */
const NUMBERED_BEFORE = /\d{1,5}[ \t]?[/-][ \t]?(?:\d{4}\/)?\p{Lu}/u;

/**
 * An operative verb of the mention's clause: opening it ("Bãi bỏ Thông tư số …", "Điều 1. Đính
 * chính … Thông tư số …"), after "và" ("… và thay thế Quyết định số …"), or "hết hiệu lực" after it.
 */
export function operativeRelation(mention: Mention, ctx: RelationContext): Relation | null {
  // asked once by the governed lists and again by relationOf: read once per mention
  let known = OPERATIVE.get(ctx);
  if (!known) OPERATIVE.set(ctx, (known = new WeakMap()));
  const cached = known.get(mention);
  if (cached !== undefined) return cached;
  const relation = readOperative(mention, ctx);
  known.set(mention, relation);
  return relation;
}

const OPERATIVE = new WeakMap<RelationContext, WeakMap<Mention, Relation | null>>();

function readOperative(mention: Mention, ctx: RelationContext): Relation | null {
  const { canonical } = ctx;
  // a quoted mention, or one an expiry phrase ends, is told by the document's index: its clause is not read
  const index = documentIndex(ctx);
  if (isQuoted(canonical, index, mention.span[0])) return null;
  if (expiresAfter(canonical, index, mention.span[1])) return 'repeals';
  // "Sửa đổi, bổ sung một số điều của Quy định … ban hành kèm theo Quyết định số …": the verb governs the instrument
  // the amended text is attached to, further back
  const reach = firstMatch(RELATION.attachedTo, canonical.slice(Math.max(0, mention.span[0] - 30), mention.span[0]))
    ? VERB_REACH + ATTACHED_REACH
    : VERB_REACH;
  const clauseStart = lastBoundary(canonical, mention.span[0], reach);
  let before = canonical.slice(Math.max(clauseStart, mention.span[0] - reach), mention.span[0]);
  // far from the clause start only the "và thay thế …" form counts
  before = mention.span[0] - clauseStart <= reach ? before.trimStart() : ` ${before}`;
  before = before.slice(RELATION.clauseLead.exec(before)?.[0].length ?? 0);
  // each of the three needs one of the operative verbs: a window without any is not tried three times
  if (OPERATIVE_VERB.test(before)) {
    for (const relation of ['replaces', 'repeals', 'amends'] as const) {
      const verb = RELATION[relation].exec(before);
      if (verb)
        return relation === 'replaces' && RELATION.partialObject.test(before.slice(verb.index)) ? 'amends' : relation;
    }
  }
  // "… này quy định chi tiết …" needs its first word in the window's last sentence part: most have none, and are not
  // read further
  const part = lastSentencePart(canonical.slice(Math.max(0, mention.span[0] - GUIDES_REACH), mention.span[0]));
  if (GUIDES_CUE !== null && !GUIDES_CUE.test(part)) return null;
  return RELATION.guidesSelf.test(part.replace(/\s+/gu, ' ')) ? 'guides' : null;
}

/**
 * What follows the last ".", ";" or ":" and the white space after it in `text`: the whole text when none. Read from the
 * end; no two such stops overlap, so the last is the last found. The part only, not the window, then has its white
 * space made single spaces.
 */
export function lastSentencePart(text: string): string {
  for (let i = text.length - 2; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if ((code === 0x2e || code === 0x3b || code === 0x3a) && isSpaceCode(text.charCodeAt(i + 1))) {
      let end = i + 1;
      while (end < text.length && isSpaceCode(text.charCodeAt(end))) end++;
      return text.slice(end);
    }
  }
  return text;
}

/**
 * The literal word guidesSelf opens with ("này"), with the pattern's flags: a window without it cannot match. Searched
 * in the few windows read (a search of the whole text found it in every "Quyết định này"). Null when the grammar's
 * pattern does not open with a literal word.
 */
const GUIDES_WORD = leadingWord(RELATION.guidesSelf);
const GUIDES_CUE = GUIDES_WORD
  ? new RegExp(GUIDES_WORD.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'), RELATION.guidesSelf.flags.replace(/[gy]/gu, ''))
  : null;

/** The letters a pattern opening with the word-start look-behind then matches literally ("này" of "…này[ \t]+…"). */
function leadingWord(pattern: RegExp): string | null {
  if (!pattern.source.startsWith(WORD_START)) return null;
  const word = /^\p{L}+/u.exec(pattern.source.slice(WORD_START.length))?.[0] ?? '';
  // a letter followed by a quantifier is not matched literally
  const next = pattern.source.charAt(WORD_START.length + word.length);
  return word.length > 0 && !'?*+{'.includes(next) ? word : null;
}

/**
 * How far before the mention "… này quy định chi tiết" may stand ("Nghị định này quy định chi tiết khoản 3 Điều 5, …
 * của Luật …").
 */
const GUIDES_REACH = 200;

/**
 * How far past the mention the phrase "hết hiệu lực" is read directly (a match there may need the mention's own end as
 * its boundary).
 */
const EXPIRES_WINDOW = 40;

/**
 * RELATION.expires.test(match.slice(at, nextBoundary)), without testing a whole long clause for
 * every mention: the phrases found once in the document, plus a direct test right at `at`, where
 * the slice's start (not the mention's last letter) is what the pattern looks behind at.
 */
function expiresAfter(match: string, index: DocumentIndex, at: number): boolean {
  const end = nextBoundary(match, index, at);
  const k = lastAtOrBefore(index.expires, at - 1) + 1;
  if (k < index.expires.length && index.expires[k]! < end) return true;
  const near = RELATION.expires.exec(match.slice(at, Math.min(end, at + EXPIRES_WINDOW)));
  return near !== null && !expiryNamesList(match, at + near.index);
}

/**
 * Where the clause before `at` starts, looked for no further back than VERB_REACH + 1: farther
 * than that only tells that it is far, and scanning on made a long unpunctuated line quadratic.
 */
function lastBoundary(match: string, at: number, reach = VERB_REACH): number {
  const stop = Math.max(0, at - reach - 1);
  let i = at - 1;
  while (i >= stop && !isClauseBoundary(match.charCodeAt(i))) i--;
  return i + 1;
}

/**
 * ".", ";", ":" or a line break, compared directly: a pattern tested on every character cost more than the verbs'
 * search.
 */
function isClauseBoundary(code: number): boolean {
  return code === 0x2e || code === 0x3b || code === 0x3a || code === 0x0a;
}

/**
 * The first ".", ";" or line break at or after `at` (the text's end when none), searched from `at`: a sentence is
 * short, and the last answer is kept, so that mentions in one long sentence without a stop do not each search it.
 */
function nextBoundary(match: string, index: DocumentIndex, at: number): number {
  const known = index.sentenceEnd;
  if (known && at >= known.from && at <= known.end) return known.end;
  SENTENCE_END.lastIndex = at;
  const found = SENTENCE_END.exec(match);
  const end = found ? found.index : match.length;
  index.sentenceEnd = { from: at, end };
  return end;
}

const SENTENCE_END = /[.;\n]/g;

/**
 * What relationOf looks up for every mention, found once per document: the clause breaks, the
 * quotation marks, and each line's paragraph start (kept as they are asked for).
 */
interface DocumentIndex {
  /** where "hết hiệu lực" stands */
  expires: number[];
  /** where each curly quotation mark stands */
  quotes: number[];
  breakStarts: number[];
  breakEnds: number[];
  /** the last sentence end asked for, from where it was searched */
  sentenceEnd: { from: number; end: number } | null;
  paragraphs: Map<number, number>;
}

const QUOTES = new RegExp(RELATION.quotedRule.source, 'gu');
const INDEXES = new WeakMap<readonly Line[], DocumentIndex>();

function documentIndex(ctx: RelationContext): DocumentIndex {
  let index = INDEXES.get(ctx.lines);
  if (!index) {
    index = {
      expires: [...(ctx.expiries ?? expiryPhrases(ctx.canonical))],
      quotes: [],
      breakStarts: [],
      breakEnds: [],
      sentenceEnd: null,
      paragraphs: new Map(),
    };
    for (const m of ctx.canonical.matchAll(QUOTES)) index.quotes.push(m.index);
    clauseBreaks(ctx.canonical, index);
    INDEXES.set(ctx.lines, index);
  }
  return index;
}

function lineAt(lines: readonly Line[], at: number): Line | undefined {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const line = lines[mid]!;
    if (at < line.start) hi = mid - 1;
    else if (at > line.end) lo = mid + 1;
    else return line;
  }
  return undefined;
}
