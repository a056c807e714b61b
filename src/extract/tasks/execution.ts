/**
 * A decision's closing article: "Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ … chịu trách
 * nhiệm thi hành Quyết định này" — one task naming every body (office holders read as their
 * bodies, catch-alls and individuals left out).
 */
import type { Span } from '../../model/schema.js';
import { lineSpan } from '../../layout/lines.js';
import type { DocumentOutline } from '../../outline/index.js';
import { AGENCY } from '../agencies/gazetteer.js';
import { agencyList } from '../agencies/list.js';
import { draft } from './headed.js';
import { runsOn, type DraftTask, type TaskSource } from './draft.js';

export function executionTasks(source: TaskSource, outline: DocumentOutline): DraftTask[] {
  const tasks: DraftTask[] = [];
  for (let i = outline.first; i < outline.end; i++) {
    const line = source.lines[i]!;
    const found = AGENCY.execution.exec(line.match);
    if (!found) continue;
    const subjectEnd = line.start + line.indent + found.index;
    const read = subjectStarts(source, outline, i)
      .map((paragraph) => ({ paragraph, agencies: subjectAgencies(source, paragraph, subjectEnd) }))
      .find((r) => r.agencies.length > 0);
    if (!read) continue;
    const span: Span = [read.paragraph, lineSpan(line)[1]];
    tasks.push(draft(source, read.agencies, [], span));
  }
  return tasks;
}

/**
 * Where the sentence's subject may start: its paragraph's start, which may be the article's "Điều 3." line (the
 * subject wraps over it); else, when that line is the article's title ("Điều 3. Trách nhiệm thi hành"), the line
 * after it.
 */
function subjectStarts(source: TaskSource, outline: DocumentOutline, index: number): number[] {
  const paragraph = paragraphStart(source, outline, index);
  const first = source.lines.findIndex((l, k) => k > 0 && k <= index && l.start > paragraph);
  if (first === -1 || !labelled(outline, first - 1)) return [paragraph];
  const next = source.lines[first]!;
  return [paragraph, next.start + next.indent];
}

function subjectAgencies(source: TaskSource, paragraph: number, subjectEnd: number) {
  // the subject may wrap over lines: a line break reads as the space it stands for
  const flat = (text: string) => text.slice(paragraph, subjectEnd).replace(/\n/gu, ' ');
  const scope = AGENCY.scopeBeforeSubject.exec(flat(source.canonical))?.[0].length ?? 0;
  return agencyList(flat(source.canonical).slice(scope), flat(source.text).slice(scope), paragraph + scope);
}

/** Where the article's subject starts: after its "Điều 3." label, or at the first line of its sentence. */
function paragraphStart(source: TaskSource, outline: DocumentOutline, index: number): number {
  let first = index;
  while (
    first > outline.first &&
    !labelled(outline, first) &&
    runsOn(source.lines[first - 1]!.match, source.lines[first]!.match)
  )
    first--;
  const line = source.lines[first]!;
  const entry = outline.entries.find((e) => e.line === first);
  return entry?.headingSpan ? entry.headingSpan[0] : line.start + line.indent;
}

function labelled(outline: DocumentOutline, line: number): boolean {
  return outline.entries.some((e) => e.line === line);
}
