/**
 * A decision's closing article: "Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ … chịu trách
 * nhiệm thi hành Quyết định này" — one task naming every body (office holders read as their
 * bodies, catch-alls and individuals left out).
 */
import { lineSpan, type Line } from '../../layout/lines.js';
import type { DocumentOutline } from '../../outline/index.js';
import { AGENCY, closingIn } from '../agencies/gazetteer.js';
import { agencyList } from '../agencies/list.js';
import { draft } from './headed.js';
import { runsOn, type DraftTask, type TaskSource } from './draft.js';

export function executionTasks(source: TaskSource, outline: DocumentOutline): DraftTask[] {
  const tasks: DraftTask[] = [];
  const closings = closingsOf(source);
  for (let i = outline.first; i < outline.end; i++) {
    const line = source.lines[i]!;
    const found = closings ? closings.get(i) : closingIn(line.canonical)?.index;
    if (found === undefined) continue;
    const subjectEnd = line.start + line.indent + found;
    for (const paragraph of subjectStarts(source, outline, i)) {
      const agencies = subjectAgencies(source, paragraph, subjectEnd);
      if (agencies.length === 0) continue;
      tasks.push(draft(source, agencies, [], [paragraph, lineSpan(line)[1]]));
      break;
    }
  }
  return tasks;
}

/** Each document's closings (its text and outlines are read once for all of them), by its lines. */
const CLOSINGS = new WeakMap<readonly Line[], ReadonlyMap<number, number> | null>();

/**
 * Where the closing sentence's phrase first stands in each line that holds one (line index → offset in its canonical
 * text), found by one scan of the document instead of one a line. Null when the scan could read otherwise than a line
 * alone: a match across the break between two lines (two cells of a table row), or a line that a letter touches
 * (where the phrase's word boundaries, its only look-arounds, would see it); each line is then searched by itself.
 */
function closingsOf(source: TaskSource): ReadonlyMap<number, number> | null {
  let known = CLOSINGS.get(source.lines);
  if (known !== undefined) return known;
  known = scanClosings(source);
  CLOSINGS.set(source.lines, known);
  return known;
}

function scanClosings({ canonical, lines }: TaskSource): ReadonlyMap<number, number> | null {
  for (const line of lines) {
    const from = line.start + line.indent;
    if (isLetterAt(canonical, from - 1) || isLetterAt(canonical, from + line.canonical.length)) return null;
  }
  const found = new Map<number, number>();
  let k = 0;
  for (let m = closingIn(canonical); m; m = closingIn(canonical, m.index + m[0].length)) {
    while (k < lines.length && lineEnd(lines[k]!) <= m.index) k++;
    const line = lines[k];
    const from = line ? line.start + line.indent : -1;
    if (!line || m.index < from || m.index + m[0].length > lineEnd(line)) return null;
    if (!found.has(k)) found.set(k, m.index - from);
  }
  return found;
}

const lineEnd = (line: Line) => line.start + line.indent + line.canonical.length;

const LETTER = /\p{L}/u;

/** A letter stands at `at` (a whole character: a letter outside the BMP has none of its halves a letter alone). */
function isLetterAt(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return false;
  const code = text.charCodeAt(at);
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  const point = text.codePointAt(at)!;
  // the low half of a pair: the letter it belongs to stands one before
  if (code >= 0xdc00 && code <= 0xdfff && at > 0) return LETTER.test(String.fromCodePoint(text.codePointAt(at - 1)!));
  return LETTER.test(String.fromCodePoint(point));
}

/**
 * Where the sentence's subject may start: its paragraph's start, which may be the article's "Điều 3." line (the
 * subject wraps over it); else, when that line is the article's title ("Điều 3. Trách nhiệm thi hành"), the line
 * after it.
 */
function subjectStarts(source: TaskSource, outline: DocumentOutline, index: number): number[] {
  const first = paragraphLine(source, outline, index);
  const line = source.lines[first]!;
  const entry = outline.entries.find((e) => e.line === first);
  const starts = [entry?.headingSpan ? entry.headingSpan[0] : line.start + line.indent];
  if (entry && first < index) {
    const next = source.lines[first + 1]!;
    starts.push(next.start + next.indent);
  }
  return starts;
}

function subjectAgencies(source: TaskSource, paragraph: number, subjectEnd: number) {
  // the subject may wrap over lines: a line break reads as the space it stands for
  const flat = (text: string) => text.slice(paragraph, subjectEnd).replace(/\n/gu, ' ');
  const canonical = flat(source.canonical);
  const scope = AGENCY.scopeBeforeSubject.exec(canonical)?.[0].length ?? 0;
  return agencyList(canonical.slice(scope), flat(source.text).slice(scope), paragraph + scope);
}

/** The first line of the sentence's paragraph: its article's "Điều 3." line, or the line its sentence starts on. */
function paragraphLine(source: TaskSource, outline: DocumentOutline, index: number): number {
  let first = index;
  while (
    first > outline.first &&
    !labelled(outline, first) &&
    runsOn(source.lines[first - 1]!.canonical, source.lines[first]!.canonical)
  )
    first--;
  return first;
}

function labelled(outline: DocumentOutline, line: number): boolean {
  return outline.entries.some((e) => e.line === line);
}
