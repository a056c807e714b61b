/**
 * What follows a cited number or name: its date, and the issuer named by "của …" up to where the
 * cited title opens. Shared by numbered and named mentions.
 */
import { isoDate } from '../place-date.js';
import { expandInline } from '../support/recase.js';
import { CITE } from './reference-patterns.js';
import { subjectBodyEnd } from './subject-body.js';
import { bodyAt } from '../../grammar/public-bodies.js';
import { memoizeText } from '../../grammar/memo.js';

export interface Tail {
  end: number;
  /** where the issuer's name starts, when one follows */
  issuerStart: number | null;
  fields: { date: string | null; issuer: string | null; title: string | null };
}

/** The date, issuer and title that follow a mention: ", ngày 10 tháng 4 năm 2013 của Ban Thường vụ Tỉnh ủy về …". */
export function describeAfter(text: string, match: string, from: number): Tail {
  let end = from;
  let date: string | null = null;
  const dated = CITE.dateAfter.exec(match.slice(end, end + 40));
  if (dated) {
    const g = dated.groups!;
    date = isoDate(g.year ?? g.year2, g.month ?? g.month2, g.day ?? g.day2) ?? null;
    end += dated[0].length;
  }
  let issuer: string | null = null;
  let issuerStart: number | null = null;
  const by = issuerAt(match, end);
  if (by) {
    // a name by subject keeps its "và" and level words: "… đổi mới sáng tạo và chuyển đổi số"
    const named = text.slice(by.start, by.end);
    issuer = by.bySubject ? expandInline(named.replace(/\s+/g, ' ').trim()) : cleanIssuer(named);
    issuerStart = by.start;
    end = by.end;
  }
  return { end, issuerStart, fields: { date, issuer: issuer && issuer.length > 1 ? issuer : null, title: null } };
}

/**
 * The issuer named by "của …" at `from`: where its name starts and ends; `bySubject` for a body
 * named by its subject ("Ban Chỉ đạo Trung ương về …", subject-body.ts).
 */
export function issuerAt(match: string, from: number): { start: number; end: number; bySubject?: boolean } | null {
  const by = CITE.issuerAfter.exec(match.slice(from, from + 130));
  if (!by) return null;
  const raw = by.groups!.issuer!;
  const start = from + by[0].length - raw.length;
  const subject = subjectBodyEnd(match, start);
  if (subject !== null) return { start, end: subject, bySubject: true };
  const complete = CITE.completeBody.exec(raw);
  const cut = complete ? null : titleStartIn(raw);
  const name = (complete ? complete[0] : cut ? raw.slice(0, cut.index) : raw).trimEnd();
  return { start, end: jointTopEnd(match, start, start + name.length) };
}

/** "của Bộ Chính trị, Ban Bí thư về …": the highest bodies that issued an instrument together, one name. */
function jointTopEnd(match: string, start: number, end: number): number {
  if (!CITE.topBody.test(match.slice(start, end).replace(/\s+/gu, ' '))) return end;
  for (let m = CITE.jointTopBody.exec(match.slice(end)); m; m = CITE.jointTopBody.exec(match.slice(end))) {
    end += m[0].length;
  }
  return end;
}

const TITLE_START = new RegExp(CITE.titleStart.source, `${CITE.titleStart.flags.replace('g', '')}g`);

/**
 * Where a cited title opens in `name` ("… của Bộ Tài chính về …"), past a word that only looks like its verb ("Bộ Giao
 * thông vận tải").
 */
export function titleStartIn(name: string): RegExpExecArray | null {
  // a body named by its subject: its "về …" is part of its name; a body of the gazetteer: its whole name ("Ban Tổ
  // chức Trung ương")
  TITLE_START.lastIndex = Math.max(subjectBodyEnd(name, 0) ?? 0, bodyAt(name, 0)?.end ?? 0);
  for (let m = TITLE_START.exec(name); m; m = TITLE_START.exec(name)) {
    if (!CITE.notTitleStart.test(name.slice(m.index))) return m;
  }
  return null;
}

/**
 * One line, cut where the name visibly ends, abbreviations expanded: "UBND tỉnh" → "Ủy ban nhân dân tỉnh". Asked of the
 * same few names after every number of a text: each is read once.
 */
export const cleanIssuer: (raw: string) => string = memoizeText(cleanIssuerNow, { size: 4096 });

function cleanIssuerNow(raw: string): string {
  let name = raw.replace(/\s+/g, ' ').trim();
  const after = CITE.issuerEndsAfter.exec(name);
  if (after) name = name.slice(0, after.index + after[0].length);
  const before = CITE.issuerEndsBefore.exec(name);
  if (before) name = name.slice(0, before.index);
  return expandInline(name);
}
