/**
 * The Markdown edits of a text that carries no markup but ATX headings, "*" emphasis, list markers and hard breaks
 * (what the legal portals' converters write), read line by line instead of by remark: the same edits remark's tree
 * gives (markdown.ts), at a small part of its cost. A text with anything else (a character that opens another
 * construct, an indented line, a rule, an empty item, a list marker whose reading depends on remark's containers)
 * is left to remark: null.
 *
 * What remark does with such a text: a paragraph runs over the lines after its first until a blank line, a heading
 * or a list item that may interrupt it (a bullet, or "1." / "1)"); a line's trailing spaces inside a paragraph are a
 * hard break (two or more, replaced with the line break) or dropped (one); a heading's "#"s and trailing spaces are
 * dropped; "*" runs pair as CommonMark's emphasis rules say (micromark's attention: flanking, the rule of three), and
 * each pair's markers are dropped.
 */
import type { Edit } from './offset-map.js';

/** A character that opens a construct read here by remark alone (or that it reads other than as written). */
const OTHER_MARKUP = /[\\`_[\]<>&~=\0-\x09\x0b-\x1f\x7f\ud800-\udfff]/;
const BLANK = /^ *$/;
/**
 * A thematic break, an empty list item, a setext underline under a paragraph ("-", "--"), or a list item whose content
 * is set off by more than one space (an indent remark reads by its containers).
 */
const BLOCK_RULE = /^(?:(?:[-+*] *|-+ *|\d{1,9}[.)] *)$|(?:[-+*]|\d{1,9}[.)]) {2})/;
const THEMATIC_BREAK = /^([-*_])(?: *\1){2,} *$/;
const HEADING = /^(#{1,6})(?: +|$)/;
const BULLET = /^[-+*] (?! )/;
const ORDERED = /^(\d{1,9})([.)]) (?! )/;
/** What a list item may not open with: another block (remark would nest it). */
const BLOCK_START = /^(?:#{1,6}(?: |$)|[-+*](?: |$)|\d{1,9}[.)](?: |$))/;

/** How a line opens a paragraph's content, or null when it continues the one open. */
interface Opening {
  /** where the content starts */
  at: number;
  /** the ordered list delimiter that owns the paragraph (an item of the same list may follow it), "" for none */
  list: string;
}

export function lineLevelEdits(source: string): Edit[] | null {
  if (OTHER_MARKUP.test(source)) return null;
  const edits: Edit[] = [];
  // the open paragraph: its line ranges [start, end) and the list that owns it
  let paragraph: number[] = [];
  let owner = '';
  const close = () => {
    if (paragraph.length > 0) paragraphEdits(source, paragraph, edits);
    paragraph = [];
  };
  for (let start = 0; start <= source.length; ) {
    let end = source.indexOf('\n', start);
    if (end === -1) end = source.length;
    const line = source.slice(start, end);
    if (BLANK.test(line)) close();
    else {
      if (line.charCodeAt(0) === 0x20 || BLOCK_RULE.test(line) || THEMATIC_BREAK.test(line)) return null;
      const heading = HEADING.exec(line);
      if (heading) {
        close();
        if (!headingEdits(source, start, end, heading[0].length, edits)) return null;
      } else {
        const opening = openingOf(line, paragraph.length > 0, owner);
        if (opening === undefined) return null;
        if (opening === null) paragraph.push(start, end);
        else {
          close();
          paragraph.push(start + opening.at, end);
          owner = opening.list;
        }
      }
    }
    if (end === source.length) break;
    start = end + 1;
  }
  close();
  return edits;
}

/**
 * How a line that is neither blank nor a heading opens a paragraph: null when it continues the open one,
 * undefined when remark's reading of it is not followed here.
 */
function openingOf(line: string, open: boolean, owner: string): Opening | null | undefined {
  const bullet = BULLET.exec(line);
  const ordered = bullet ? null : ORDERED.exec(line);
  const marker = bullet ?? ordered;
  if (!marker) return open ? null : { at: 0, list: '' };
  const content = line.slice(marker[0].length);
  if (BLOCK_START.test(content) || THEMATIC_BREAK.test(content)) return undefined;
  // an ordered item interrupts a paragraph when it is "1." (or the next item of the list that owns it); remark
  // reads the others by its containers
  if (ordered && open && ordered[1] !== '1' && ordered[2] !== owner) return undefined;
  return { at: marker[0].length, list: ordered ? ordered[2]! : '' };
}

/** A heading: its "#"s and the spaces after them dropped, its trailing spaces too; its content read inline. */
function headingEdits(source: string, start: number, end: number, prefix: number, edits: Edit[]): boolean {
  let last = end;
  while (last > start + prefix && source.charCodeAt(last - 1) === 0x20) last--;
  // an empty heading or one that may close with "#"s is remark's
  if (last === start + prefix || source.charCodeAt(last - 1) === 0x23) return false;
  edits.push({ start, end: start + prefix, insert: '' });
  emphasisEdits(source, start + prefix, last, edits);
  if (last < end) edits.push({ start: last, end, insert: '' });
  return true;
}

/**
 * A paragraph's lines [start, end) in pairs: the emphasis over its content, then the breaks between its lines. One
 * trailing space is dropped with the text around it; right after emphasis it stands outside any text, and stays.
 */
function paragraphEdits(source: string, lines: readonly number[], edits: Edit[]): void {
  let last = lines.at(-1)!;
  while (last > lines.at(-2)! && source.charCodeAt(last - 1) === 0x20) last--;
  const emphasisEnds = emphasisEdits(source, lines[0]!, last, edits);
  for (let k = 0; k + 2 < lines.length; k += 2) {
    const end = lines[k + 1]!;
    let spaces = end;
    while (spaces > lines[k]! && source.charCodeAt(spaces - 1) === 0x20) spaces--;
    if (end - spaces >= 2) edits.push({ start: spaces, end: end + 1, insert: '\n' });
    else if (end - spaces === 1 && !emphasisEnds.has(spaces)) edits.push({ start: spaces, end, insert: '' });
  }
}

/** A run of "*": where it stands, what is left of it, and whether it may open or close emphasis. */
interface Run {
  start: number;
  end: number;
  open: boolean;
  close: boolean;
}

const WHITE = 1;
const PUNCTUATION = 2;

/** micromark's classifyCharacter: white space (or none), punctuation (Unicode P and S), or other (0). */
function kindOf(source: string, at: number, from: number, to: number): number {
  if (at < from || at >= to) return WHITE;
  const char = source[at]!;
  if (char === '\n' || char === ' ' || /\s/.test(char)) return WHITE;
  return /\p{P}|\p{S}/u.test(char) ? PUNCTUATION : 0;
}

const NO_ENDS: ReadonlySet<number> = new Set();

/**
 * The "*" pairs of the content [from, to) as micromark's attention resolves them: their markers dropped. Returns where
 * the emphasis ends (after each closing marker).
 */
function emphasisEdits(source: string, from: number, to: number, edits: Edit[]): ReadonlySet<number> {
  let at = source.indexOf('*', from);
  if (at === -1 || at >= to) return NO_ENDS;
  const ends = new Set<number>();
  const runs: Run[] = [];
  for (; at !== -1 && at < to; at = source.indexOf('*', at)) {
    let end = at;
    while (end < to && source.charCodeAt(end) === 0x2a) end++;
    const before = kindOf(source, at - 1, from, to);
    const after = kindOf(source, end, from, to);
    runs.push({
      start: at,
      end,
      open: after === 0 || (after === PUNCTUATION && before !== 0),
      close: before === 0 || (before === PUNCTUATION && after !== 0),
    });
    at = end;
  }
  for (let c = 0; c < runs.length; c++) {
    const closer = runs[c]!;
    if (!closer.close) continue;
    for (let o = c - 1; o >= 0 && closer.end > closer.start; o--) {
      const opener = runs[o]!;
      if (!opener.open || opener.end === opener.start) continue;
      const openLength = opener.end - opener.start;
      const closeLength = closer.end - closer.start;
      if ((opener.close || closer.open) && closeLength % 3 !== 0 && (openLength + closeLength) % 3 === 0) continue;
      const use = openLength > 1 && closeLength > 1 ? 2 : 1;
      edits.push({ start: opener.end - use, end: opener.end, insert: '' });
      edits.push({ start: closer.start, end: closer.start + use, insert: '' });
      ends.add(closer.start + use);
      opener.end -= use;
      closer.start += use;
      // the runs between the pair are text now: none of them pairs with a later one
      for (let k = o + 1; k < c; k++) runs[k]!.end = runs[k]!.start;
      // what is left of the closer looks back again from the opener (what is left of it, or the runs before)
      o++;
    }
  }
  return ends;
}
