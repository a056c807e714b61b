/**
 * Mentions of cited instruments, each with what the text says of it right there: the number,
 * the kind (from the type word before it, else from its ký hiệu), the date and issuer after it
 * ("… ngày 19/6/2020 của Quốc hội về …"), a pinpoint before it ("khoản 2, Điều 94 Luật Trẻ em"),
 * or, for an instrument cited by name only, its name ("Luật Trẻ em", "Bộ luật Lao động").
 */
import type { DocumentNumber } from '../../model/schema.js';
import type { Mention } from '../../model/mention.js';
import { readDocumentNumber } from '../../number/parse-document-number.js';
import { documentTypeByCode, documentTypeByWord } from '../../grammar/document-types.js';
import { expandInline } from '../support/recase.js';
import { bodyHead } from '../support/issuer-patterns.js';
import { CITE, numberBodies, numberMayStartAt, TYPE_WORD_AT_END, TYPE_WORDS } from './reference-patterns.js';
import { collapse, findNamedMentions, lawNameEndingAt, lawTitles, type LawTitles } from './named.js';
import { cleanIssuer, describeAfter, issuerAt, titleStartIn } from './tail.js';
import { issuerByCode } from '../../grammar/issuer-codes.js';
import { foldWords } from '../../grammar/tones.js';
import { completeIssuer } from './issuer-name.js';
import { isSpaceCode } from '../../grammar/white-space.js';
import { lastAtOrBefore } from '../../ingest/search.js';
import { memoizeText } from '../../grammar/memo.js';
import { searchable } from '../../grammar/scan.js';
import { firstMatch, lastMatch, triggered, triggeredExec, triggeredMatches } from './triggered.js';

/** How far before a number its type word may stand ("Luật Phòng, chống tham nhũng số 36/2018/QH14"). */
const KIND_REACH = 90;
/** How far before its number an amending law's title may start ("Luật sửa đổi, bổ sung … của Luật A, …, Luật I"). */
const AMENDING_TITLE_REACH = 600;
/** How much text a number may take (the parser reads its own end). */
const NUMBER_REACH = 100;
/** A code never has a lower-case letter before a digit ("Km109"); "TTg", "TCT06" are fine. */
const LOWER_THEN_DIGIT = /\p{Ll}\d/u;
const GENERIC_KIND = { name: 'Văn bản', code: null };
const CONG_VAN = 'Công văn';

/** Every mention in `text` (normalized); `match` is the same text with canonical tone marks. */
export function findMentions(text: string, match: string): Mention[] {
  // the law titles a number's lead reads are the ones the named mentions read: each read once
  const titles = lawTitles(match);
  const numbered = findNumberedMentions(text, titles);
  const overlapsNumbered = overlapsAny(numbered);
  const named = findNamedMentions(text, match, titles).filter((m) => m.inAmendingTitle || !overlapsNumbered(m.span));
  const cited = [...numbered, ...named];
  const overlapsCited = overlapsAny(cited);
  const back = findBackReferences(match).filter((m) => !overlapsCited(m.span));
  const all = [...cited, ...back].sort((a, b) => a.span[0] - b.span[0]);
  // each mention was made here: its title is set in place, not on a copy of it
  all.forEach((m, i) => {
    // a law cited by its name has no trích yếu besides it: "… một số điều của Luật BHXH về BHXH bắt buộc" says what
    // the citing clause details
    if (!isNamedLaw(m)) m.title = titleAfter(text, match, m.span[1], all[i + 1]?.span[0] ?? text.length);
  });
  return all;
}

/** A law, code, ordinance or constitution cited by name ("Luật Đấu thầu"): its name is its title. */
const isNamedLaw = (m: Mention) =>
  m.number === null && m.name !== null && !m.backReference && isNormativeKind(m.kind.name);

const isNormativeKind = (name: string) => documentTypeByWord(name)?.families.includes('normative') ?? false;

/** "Nghị quyết nêu trên", "Kế hoạch trên": a type word pointing back. */
function findBackReferences(match: string): Mention[] {
  const out: Mention[] = [];
  // the pointing phrase is rarer than type words: find it first, then the type word just before it
  for (const back of backPhrases(match)) {
    const before = match.slice(Math.max(0, back.index - TYPE_WORD_REACH), back.index).trimEnd();
    const word = firstMatch(TYPE_WORD_AT_END, before);
    if (!word || !/^\p{Lu}/u.test(word[0])) continue;
    const type = documentTypeByWord(word[0]);
    if (!type) continue;
    const start = Math.max(0, back.index - TYPE_WORD_REACH) + word.index;
    out.push({
      span: [start, back.index + back[0].length],
      core: [start, start + word[0].length],
      kind: { name: type.name, code: type.codes[0] ?? null },
      number: null,
      name: null,
      date: null,
      issuer: null,
      title: null,
      pinpoint: null,
      proposed: false,
      backReference: true,
    });
  }
  return out;
}

/** The longest type word ("Chương trình hành động", "Nghị quyết liên tịch") fits in this many characters. */
const TYPE_WORD_REACH = 40;
// the grammar's "^[ \t]+(?:nêu trên|…)" as a scan: the space or tab before the phrase a look-behind, the phrase
// searched where its first words stand (a run of spaces, or a look-behind, opening the pattern made the engine try it
// at every position)
const BACK_PHRASES = triggered(
  new RegExp(`(?<=[ \\t])${CITE.backReference.source.replace(/^\^\[ \\t\]\+/u, '')}`, 'gu'),
);

/** The matches of "(?<=[ \t])" + the pointing phrase, as matchAll gives them. */
function backPhrases(match: string): RegExpExecArray[] {
  return triggeredMatches(BACK_PHRASES, match);
}

/** How long a cited instrument's trích yếu may run. */
const TITLE_REACH = 250;

/** The trích yếu after a mention: "về …" up to the end of the clause or the next mention, or a quotation. */
function titleAfter(text: string, match: string, from: number, next: number): string | null {
  const opening = CITE.titleAfter.exec(match.slice(from, from + 20));
  if (!opening) return null;
  const start = from + opening[0].length;
  if (match[start] === '“') {
    const close = match.indexOf('”', start + 1);
    return close > start && close - start < 2 * TITLE_REACH ? text.slice(start + 1, close).trim() : null;
  }
  const limit = Math.min(next, start + TITLE_REACH);
  const stop = /[;\n(“]|\.\s/u.exec(match.slice(start, limit));
  const title = text
    .slice(start, stop ? start + stop.index : limit)
    .trim()
    .replace(/[,.]$/u, '')
    .trim();
  return title.length > 2 ? title : null;
}

function findNumberedMentions(text: string, titles: LawTitles): Mention[] {
  const { match } = titles;
  const mentions: Mention[] = [];
  // indexes of the mentions whose issuer the text names before them (a proposer, an agent)
  const namedBefore = new Set<number>();
  // where the search goes on, as NUMBER_BODY's lastIndex would: after the match, unless set otherwise below
  let from = 0;
  const nextNumberBody = numberBodies(match);
  for (let m = nextNumberBody(0); m; m = nextNumberBody(from)) {
    const at = m.index;
    from = at + m[0].length;
    if (!numberMayStartAt(match, at)) {
      // what NUMBER_START's look-behind refuses: its leftmost match goes on from the next character
      from = at + 1;
      continue;
    }
    const parsed = withoutFootnoteMark(text, at, readDocumentNumber(text.slice(at, at + NUMBER_REACH)));
    if (!parsed || parsed.blank || !parsed.span || parsed.span[0] !== 0) continue;
    // a Party number names its type and issuer ("56-KH/TU"); "56-KH", "Khu số 4-Khu đô thị", a road's "Km112+500-Km109"
    // or a form's "Mẫu số 01/BC" is no citation
    if (parsed.scheme === 'party' && (!parsed.issuerCode || (!parsed.typeCode && !isCode(parsed.issuerCode)))) continue;
    if (LOWER_THEN_DIGIT.test(parsed.text ?? '') || CITE.formBefore.test(match.slice(Math.max(0, at - 20), at)))
      continue;
    if (isExample(match, at)) continue;
    const end = at + parsed.span[1];
    from = end;
    const number = { ...parsed, span: [at, end] as [number, number] };
    const lead = kindBefore(titles, at, number);
    const tail = describeAfter(text, match, end);
    const joint =
      tail.issuerStart !== null && number.issuerCodes.length > 1
        ? jointIssuer(text, match, { start: tail.issuerStart, end: tail.end }, number)
        : null;
    if (joint) {
      tail.fields.issuer = joint.issuer;
      tail.end = joint.end;
    }
    const proposer = issuerBefore(text, match, lead.start);
    const agent = proposer || tail.fields.issuer ? null : agentFitting(agentBefore(text, match, lead.start), number);
    if (!tail.fields.issuer && (proposer || agent)) namedBefore.add(mentions.length);
    tail.fields.issuer = completeIssuer(tail.fields.issuer ?? proposer?.name ?? agent, number);
    mentions.push({
      span: [lead.start, tail.end],
      core: [at, end],
      kind: lead.kind,
      number,
      name: lead.name,
      ...tail.fields,
      pinpoint: null,
      proposed: proposer?.proposed ?? false,
      backReference: false,
    });
  }
  return shareIssuers(mentions, match, namedBefore);
}

/** How far back in its sentence "Ví dụ" may introduce a number. */
const EXAMPLE_REACH = 200;

/** "Ví dụ: Nghị quyết số 15-NQ/TW, Chỉ thị số 05-CT/TU": a number shown as an example in its sentence. */
function isExample(match: string, at: number): boolean {
  const before = match.slice(Math.max(0, at - EXAMPLE_REACH), at);
  // "Ví dụ:" is rare: a window without it shows no example, and its sentence is not cut out
  if (!EXAMPLE_CUE.test(before)) return false;
  const sentence = before.slice(Math.max(before.lastIndexOf('\n'), before.search(/\.\s[^.]*$/u)) + 1);
  return CITE.exampleCue.test(sentence);
}

/**
 * The example cue without its word-start look-behind: a sentence {@link isExample} cuts out of the window (its
 * look-behind then sees the sentence's start) cannot match where the window does not. The cue ends with its colon,
 * before the number.
 */
const EXAMPLE_CUE = new RegExp(searchable(CITE.exampleCue).fast.source, CITE.exampleCue.flags.replace(/[gy]/gu, ''));

/**
 * A ký hiệu code is a known issuer ("90-TTg") or capitals of two letters or more ("GCN-MT"), not a word ("Khu",
 * "Vimico").
 */
function isCode(code: string): boolean {
  return issuerByCode(code) !== undefined || (code.length > 1 && !/\p{Ll}/u.test(code));
}

/**
 * A footnote mark glued to a number ("Luật số 42/2024/QH15¹" extracted as "42/2024/QH151",
 * "105/2025/NĐ-CP2"): when the issuer code is unknown and is a known one followed by a digit,
 * the digit is the mark.
 */
function withoutFootnoteMark(text: string, at: number, parsed: DocumentNumber | null): DocumentNumber | null {
  const code = parsed?.issuerCode;
  if (!parsed?.span || !code || !/\d$/u.test(code) || issuerByCode(code) || !issuerByCode(code.slice(0, -1)))
    return parsed;
  const trimmed = readDocumentNumber(text.slice(at, at + parsed.span[1] - 1));
  return trimmed?.issuerCode === code.slice(0, -1) ? trimmed : parsed;
}

/**
 * "Công văn 4503/TCT … và Công văn số 3169/TCT06 … của Tổ công tác": one issuer for both; and
 * a body named before a list ("đề nghị của Bộ X tại Tờ trình số A … và văn bản số B", "Cục Y đã
 * có Văn bản số A … và Văn bản số B") issued every item of it.
 */
function shareIssuers(mentions: Mention[], match: string, namedBefore: Set<number>): Mention[] {
  for (let i = mentions.length - 2; i >= 0; i--) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    if (!a.issuer && b.issuer && CITE.joiner.test(match.slice(a.span[1], b.span[0]))) a.issuer = b.issuer;
  }
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    if (
      !(a.proposed || namedBefore.has(i)) ||
      !a.issuer ||
      b.issuer ||
      !b.number ||
      !CITE.joiner.test(match.slice(a.span[1], b.span[0]))
    )
      continue;
    // only a body of the kind the item's own code names ("UBND tỉnh … Quyết định số …/QĐ-UBND và Công văn số …/SNV-…"
    // is not one list)
    if (!agentFitting(a.issuer, b.number)) continue;
    b.issuer = a.issuer;
    b.proposed = a.proposed;
    namedBefore.add(i + 1);
  }
  return mentions;
}

/**
 * "Xét đề nghị của Sở Nội vụ tại Tờ trình số …", "… tại Đơn đề nghị số 258/ĐĐN-ĐLS … và Sở Tư
 * pháp tại Tờ trình số 141/TTr-STP": the issuer is named before the mention, after "của", or
 * after the last "và" once an earlier proposer has had its "tại".
 */
function issuerBefore(text: string, match: string, start: number): { name: string; proposed: boolean } | null {
  const from = Math.max(0, start - 240);
  const before = match.slice(from, start);
  // the request's words stand before the "tại" that ends the window, and most windows have none: looked for first
  if (!firstMatch(CITE.proposalWords, before)) return null;
  const at = CITE.atWordEnd.exec(before);
  if (!at) return null;
  const head = before.slice(0, at.index).replace(/[\s:]+$/u, '');
  if (!CITE.proposalWords.test(head)) return null;
  const afterAt = lastEnd(CITE.atSplit, head);
  let begin = afterAt >= 0 ? lastEnd(CITE.andSplit, head.slice(afterAt)) + afterAt : lastEnd(CITE.ofSplit, head);
  if (begin < 0 || (afterAt >= 0 && begin < afterAt)) return null;
  // "…, Bộ Nông nghiệp và Phát triển nông thôn tại …": the last split a body's name follows, not the "và" inside it
  const proposer = afterAt >= 0 ? lastProposer(head, afterAt) : afterAt;
  if (proposer > afterAt && afterAt >= 0) begin = proposer;
  begin = lastProposer(head, begin);
  let name = head.slice(begin).trim();
  // "… Ủy ban nhân dân tỉnh Lào Cai đã tham gia ý kiến tại văn bản số …": the name ends at its verb
  const verb = titleStartIn(name);
  if (verb) name = name.slice(0, verb.index).trimEnd();
  if (!/^\p{Lu}/u.test(name)) return null;
  const offset = from + begin + head.slice(begin).indexOf(name);
  return { name: cleanIssuer(text.slice(offset, offset + name.length)), proposed: !isOpinion(head) };
}

const PROPOSAL_WORDS = new RegExp(CITE.proposalWords.source, `${CITE.proposalWords.flags}g`);

/**
 * "…, ý kiến của Bộ Tài chính tại văn bản số …": the last such word is an opinion, not a request (lc-030 gold: cites).
 */
function isOpinion(head: string): boolean {
  const words = [...head.matchAll(PROPOSAL_WORDS)];
  return /^ý/iu.test(words.at(-1)?.[0] ?? '');
}

/** How far back the body that issued a mention may be named ("Cục Đăng kiểm Việt Nam đã có Văn bản số …"). */
const AGENT_REACH = 160;

/**
 * The body named as the subject that issued the mention: "Công ty cổ phần Miền Tây tại Văn bản
 * số …", "UBND tỉnh Lào Cai đã ban hành Quyết định số …", "… được Thủ tướng Chính phủ phê duyệt
 * tại Quyết định số …": the last body head of the clause before the verb.
 */
function agentBefore(text: string, match: string, start: number): string | null {
  const from = Math.max(0, start - AGENT_REACH);
  const before = match.slice(from, start);
  const verb = firstMatch(CITE.agentVerb, before);
  if (!verb) return null;
  const direct = firstBodyOfClause(text, before.slice(0, verb.index), from);
  if (direct || !/^tại/iu.test(verb[0])) return direct;
  // "UBND tỉnh Lào Cai đã ban hành Phương án quản lý, bảo vệ khoáng sản … tại Quyết định số …": the body before the
  // issuing verb
  const issuing = lastMatch(CITE.issuingVerb, before.slice(0, verb.index));
  return issuing && !/[.;\n]/u.test(before.slice(issuing.index, verb.index))
    ? firstBodyOfClause(text, before.slice(0, issuing.index), from)
    : null;
}

/** The first body a clause (the text before a verb, from `from` in the text) names after its last boundary. */
function firstBodyOfClause(text: string, clause: string, from: number): string | null {
  const boundary = Math.max(...['.', ';', ':', '(', ')', ',', '\n'].map((c) => clause.lastIndexOf(c)));
  // the first body the clause names: "… được Thủ tướng Chính phủ" is the Prime Minister, not "Chính phủ"
  for (let i = boundary + 1; i < clause.length; i++) {
    if (!/\p{Lu}/u.test(clause[i]!) || (i > 0 && /[\p{L}\p{N}]/u.test(clause[i - 1]!))) continue;
    if (!bodyHead(clause.slice(i))) continue;
    let name = clause.slice(i).trimEnd();
    const verb = titleStartIn(name);
    if (verb) name = name.slice(0, verb.index).trimEnd();
    return name.length > 1 ? expandInline(text.slice(from + i, from + i + name.length).replace(/\s+/gu, ' ')) : null;
  }
  return null;
}

/**
 * An agent whose kind differs from the body its number's issuer code names ("Sở Nội vụ" for a "…/KH-UBND") did not
 * issue it.
 */
function agentFitting(agent: string | null, number: DocumentNumber): string | null {
  const body = number.issuerCode ? issuerByCode(number.issuerCode) : undefined;
  if (!agent || !body) return agent;
  const first = (name: string) => foldWords(name).split(' ')[0];
  return first(agent) === first(body.name) ? agent : null;
}

/** Of joint proposers ("Hội A, Hội B và Sở Tư pháp"), the one that signs the submission: the last body. */
function lastProposer(head: string, begin: number): number {
  let best = begin;
  CITE.andSplit.lastIndex = begin;
  for (let m = CITE.andSplit.exec(head); m; m = CITE.andSplit.exec(head)) {
    if (bodyHead(head.slice(m.index + m[0].length))) best = m.index + m[0].length;
  }
  return best;
}

/** Where the last match of a global pattern ends, or -1. */
function lastEnd(pattern: RegExp, text: string): number {
  let end = -1;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) end = m.index + m[0].length;
  return end;
}

interface Lead {
  start: number;
  kind: { name: string; code: string | null };
  name: string | null;
}

/** "số" before a number, searched where the word stands. */
const NUMBER_WORD = triggered(CITE.numberWord);

/** The type word before a number, with or without "số", and a law's name between them. */
function kindBefore(titles: LawTitles, at: number, number: DocumentNumber): Lead {
  const { match } = titles;
  const from = Math.max(0, at - KIND_REACH);
  const before = match.slice(from, at);
  const so = triggeredExec(NUMBER_WORD, before);
  const head = so ? before.slice(0, so.index) : before;
  const direct = typeWordAtEnd(head);
  const law = so
    ? lawNameEndingAt(titles, from, from + head.trimEnd().length, number, Math.max(0, at - AMENDING_TITLE_REACH))
    : null;
  if (law) return leadFrom(law.start, law.head, match.slice(law.start, from + head.trimEnd().length), number);
  if (direct) return leadFrom(from + direct.index, direct.word, null, number);
  if (so) {
    const last = lastTypeWord(head);
    if (last && isName(head.slice(last.index + last[0].length))) {
      const name = match.slice(from + last.index, from + head.trimEnd().length);
      return leadFrom(from + last.index, last[0], name, number);
    }
  }
  const generic = CITE.genericWord.exec(head.trimEnd());
  // a later item of a list that shares its type word ("Quyết định số A, số B") starts at its own "số"
  const start = generic ? from + generic.index : so ? from + so.index : at;
  return { start, kind: kindFromCode(number), name: null };
}

function leadFrom(start: number, word: string, printed: string | null, number: DocumentNumber): Lead {
  // a name wrapped over lines ("Luật \nĐường sắt") is one name
  const name = printed === null ? null : collapse(printed);
  const type = documentTypeByWord(word);
  if (!type) return { start, kind: kindFromCode(number), name };
  return { start, kind: { name: type.name, code: number.typeCode ?? type.codes[0] ?? null }, name };
}

/** The type word the text ends with ("… căn cứ Nghị định "), longest first: the last one to four words. */
function typeWordAtEnd(text: string): { index: number; word: string } | null {
  const trimmed = text.trimEnd();
  // "(Tờ trình số …": a bracket or quote before the type word is not part of it
  const from = lastWordStarts(trimmed, 4)[0];
  if (from === undefined) return null;
  const at = TYPE_WORD_IN_TAIL(trimmed.slice(from));
  return at === null ? null : { index: from + at, word: trimmed.slice(from + at) };
}

/**
 * Where the type word that ends a text's last four words (`tail`) starts in it, longest first, or null. Asked once per
 * number, mostly of the same few tails ("Căn cứ Nghị định", "tại Quyết định"): the answer is kept, not looked up word
 * by word again.
 */
const TYPE_WORD_IN_TAIL = memoizeText((tail: string): number | null => {
  for (const start of lastWordStarts(tail, 4)) if (documentTypeByWord(tail.slice(start))) return start;
  return null;
});

/**
 * Where the last `count` words of `text` start, first to last: a word is a run of characters other
 * than white space (`\s`), "(", "“" and '"'. Read from the end, so a long text costs nothing more.
 */
function lastWordStarts(text: string, count: number): number[] {
  const starts: number[] = [];
  let i = text.length;
  while (starts.length < count) {
    while (i > 0 && isWordBreak(text.charCodeAt(i - 1))) i--;
    if (i === 0) break;
    while (i > 0 && !isWordBreak(text.charCodeAt(i - 1))) i--;
    starts.push(i);
  }
  return starts.reverse();
}

/** The code units `[\s(“"]` matches: white space and line terminators ({@link isSpaceCode}), a bracket, quotes. */
function isWordBreak(code: number): boolean {
  return code === 0x28 || code === 0x22 || code === 0x201c || isSpaceCode(code);
}

function lastTypeWord(text: string): RegExpExecArray | null {
  return lastMatch(TYPE_WORDS, text);
}

/**
 * What may stand between a law's type word and "số": a name, no sentence punctuation, no number or date of its own
 * ("Quyết định số A ngày …, số B").
 */
function isName(between: string): boolean {
  const trimmed = between.trim();
  return trimmed !== '' && !/[;.:()“”"]/.test(trimmed) && !/\d[/-]/u.test(trimmed) && /^\p{L}/u.test(trimmed);
}

export function kindFromCode(number: DocumentNumber): { name: string; code: string | null } {
  const type = number.typeCode ? documentTypeByCode(number.typeCode) : undefined;
  if (type) return { name: type.name, code: number.typeCode };
  if (number.scheme === 'administrative' && !number.year) return { name: CONG_VAN, code: null };
  return GENERIC_KIND;
}

const JOINT_SEPARATOR = /^[ \t]*(?:,|và|,[ \t]*và)[ \t]+(?=\p{Lu})/u;

/**
 * A joint instrument (several issuer codes: 12/2016/TTLT-BLĐTBXH-BGDĐT-BTC) names its issuers
 * one after the other: "của Bộ Lao động - Thương binh và Xã hội, Bộ Giáo dục và Đào tạo, Bộ Tài
 * chính về …". The issuer runs over each further body joined by "," or "và", each name checked
 * against its code; null when the text names only one.
 */
function jointIssuer(
  text: string,
  match: string,
  first: { start: number; end: number },
  number: DocumentNumber,
): { issuer: string; end: number } | null {
  const codes = number.issuerCodes;
  const parts = [completeIssuer(cleanIssuer(text.slice(first.start, first.end)), single(number, codes[0]!))];
  let end = first.end;
  for (let k = 1; k < codes.length; k++) {
    const joined = JOINT_SEPARATOR.exec(match.slice(end, end + 10));
    if (!joined) break;
    const from = end + joined[0].length;
    const next = issuerAt(` của ${match.slice(from, from + 130)}`, 0);
    if (!next || next.end <= 5) break;
    parts.push(text.slice(end, from).trim() === ',' ? ', ' : ` ${text.slice(end, from).trim()} `);
    parts.push(completeIssuer(cleanIssuer(text.slice(from, from + next.end - 5)), single(number, codes[k]!)));
    end = from + next.end - 5;
  }
  return parts.length > 1 ? { issuer: parts.join(''), end } : null;
}

function single(number: DocumentNumber, code: string): DocumentNumber {
  return { ...number, issuerCode: code, issuerCodes: [code] };
}

/**
 * Whether a span overlaps the span of any of `mentions`: their spans sorted by start, with the furthest end reached so
 * far, on the first question (most texts ask none: no back reference), each span then found by a binary search
 * instead of a walk over every mention.
 */
export function overlapsAny(mentions: readonly Mention[]): (span: readonly [number, number]) => boolean {
  let starts: number[] | undefined;
  const furthest: number[] = [];
  return ([start, stop]) => {
    if (!starts) {
      const spans = mentions.map((m) => m.span).sort((a, b) => a[0] - b[0]);
      starts = spans.map((s) => s[0]);
      let end = -Infinity;
      for (const span of spans) furthest.push((end = Math.max(end, span[1])));
    }
    // a span [s, e] overlaps another that starts before e and ends after s
    const k = lastAtOrBefore(starts, stop - 1);
    return k >= 0 && furthest[k]! > start;
  };
}
