/**
 * Instruments cited by name only: "Luật Trẻ em", "Luật Trẻ em năm 2016", "Bộ luật Lao động",
 * "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992", "Công ước Liên Hợp quốc về
 * quyền trẻ em". A name runs word by word from its head until a word that ends it ("ngày",
 * "số", "của", "và các" …), sentence punctuation, or a comma or "và" before another instrument.
 */
import type { Mention } from './mentions.js';
import { describeAfter } from './mentions.js';
import { documentTypeByWord } from '../../grammar/document-types.js';
import { CITE, TYPE_WORD_AT_START } from './patterns.js';

/** The longest name a law or convention is given, in words after its head (amending laws run long). */
const MAX_WORDS = 24;
const WORD = /[^\s,;.:()“”"]+|,/gu;

export function findNamedMentions(text: string, match: string): Mention[] {
  const mentions: Mention[] = [];
  CITE.namedHead.lastIndex = 0;
  const heads = new RegExp(CITE.namedHead.source, 'gu');
  for (let head = heads.exec(match); head; head = heads.exec(match)) {
    const start = head.index;
    if (CITE.blockedHead.test(match.slice(Math.max(0, start - 15), start))) continue;
    const end = nameEnd(match, start + head[0].length, head.groups!.head!);
    if (end === null) continue;
    if (CITE.numberWordAfter.test(match.slice(end, end + 8))) continue; // the name of a numbered mention
    const type = documentTypeByWord(head.groups!.head!)!;
    const tail = describeAfter(text, match, end);
    mentions.push({
      span: [start, tail.end],
      core: [start, end],
      kind: { name: type.name, code: null },
      number: null,
      name: text.slice(start, end),
      ...tail.fields,
      pinpoint: pinpointBefore(match, start),
      proposed: false,
      backReference: false,
    });
    heads.lastIndex = end;
  }
  return mentions;
}

/** Where the name that starts after its head ends; null when the head is not a name ("Luật sư", "Luật này"). */
function nameEnd(match: string, from: number, head: string): number | null {
  const keepsSubject = CITE.keepsSubject.test(head);
  let end = from;
  let words = 0;
  let amending = false;
  WORD.lastIndex = from;
  for (let w = WORD.exec(match); w && words < MAX_WORDS; w = WORD.exec(match)) {
    const gap = match.slice(end, w.index);
    if (gap.includes('\n') || /[;.:()“”"]/.test(gap)) break;
    const rest = match.slice(w.index);
    if (words === 0 && (CITE.notAName.test(rest) || !/^\p{L}/u.test(w[0]))) return null;
    if (w[0] === ',') {
      if (!/^,[ \t]*\p{Ll}/u.test(rest) || TYPE_WORD_AT_START.test(rest.slice(1).trimStart())) break;
      continue;
    }
    if (words === 0) amending = CITE.amendingName.test(rest);
    if (endsName(rest, keepsSubject, amending)) break;
    if (CITE.conjunction.test(w[0]) && TYPE_WORD_AT_START.test(match.slice(w.index + w[0].length).trimStart())) break;
    end = w.index + w[0].length;
    words++;
    if (CITE.yearWord.test(w[0])) continue;
    if (/^\d{4}$/u.test(w[0]) && CITE.yearAfterWord.test(match.slice(w.index - 6, w.index))) break;
  }
  return words > 0 ? end : null;
}

function endsName(rest: string, keepsSubject: boolean, amending: boolean): boolean {
  if (!keepsSubject && CITE.subjectWord.test(rest)) return true;
  const of = CITE.ofWord.exec(rest);
  if (amending && of && TYPE_WORD_AT_START.test(rest.slice(of[0].length))) return false;
  return CITE.nameEnd.test(rest);
}

function pinpointBefore(match: string, at: number): string | null {
  const found = CITE.pinpoint.exec(match.slice(Math.max(0, at - 50), at));
  return found?.groups?.pinpoint?.trim() ?? null;
}
