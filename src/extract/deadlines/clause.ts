/**
 * Where the clause around a deadline begins. Recurrence words ("định kỳ 6 tháng", "hằng năm")
 * and completion verbs govern a limit from earlier in the same clause, never across one.
 * Gazette text wraps lines inside sentences, so a bare line break is not a boundary; a blank
 * line or a line opening a list item is.
 */

import { alternation, classOf, compile } from '../../grammar/compile.js';
import { LIST_MARKS, UNIT_WORDS } from '../../outline/markers.js';

/** How far back a clause is looked for: a long sentence, not a page. */
const MAX_CLAUSE = 500;

/** List marks and the unit words of headings as written in running text ("Điều", not "ĐIỀU"), from outline.json. */
const MARKS = classOf(LIST_MARKS);
const UNIT = alternation(UNIT_WORDS.filter((word) => word !== word.toUpperCase()));

// sentence or clause punctuation (an ellipsis too) before whitespace | blank line | line break before a list
// marker or an article/chapter heading
const BOUNDARY = compile(
  'deadlines#clauseBoundary',
  String.raw`[.;!?…](?=\s)|\n[ \t]*\n|\n(?=[ \t]*(?:[${MARKS}]|\d{1,2}[.)]|\p{Ll}\)|(?:${UNIT})[ \t]+[\dIVXLC]))`,
  'gu',
);

const FIRST_BOUNDARY = new RegExp(BOUNDARY.source, 'u');

/** Offset where the clause containing `position` starts. */
export function clauseStart(text: string, position: number): number {
  const from = Math.max(0, position - MAX_CLAUSE);
  const window = text.slice(from, position);
  let start = from;
  for (const match of window.matchAll(BOUNDARY)) start = from + match.index + match[0].length;
  return start;
}

/** Where the clause running from `from` ends, at most at `to`: the first boundary in between. */
export function clauseEnd(text: string, from: number, to: number): number {
  const boundary = FIRST_BOUNDARY.exec(text.slice(from, to));
  return boundary ? from + boundary.index : to;
}

// what may stand between a clause's start and its first word: spaces, a list marker
const CLAUSE_OPENING = compile(
  'deadlines#clauseOpening',
  String.raw`^[\s${MARKS}]*(?:(?:\d{1,2}|\p{Ll})[.)][ \t]*)?$`,
  'u',
);

/** Whether `position` is the first word of its clause (after a list marker, if any). */
export function opensClause(text: string, position: number): boolean {
  return CLAUSE_OPENING.test(text.slice(clauseStart(text, position), position));
}
