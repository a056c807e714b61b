/**
 * A decision's closing article: "Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ … chịu trách
 * nhiệm thi hành Quyết định này" — one task naming every body (office holders read as their
 * bodies, catch-alls and individuals left out).
 */
import { lineSpan } from '../../layout/lines.js';
import type { DocumentOutline } from '../../outline/index.js';
import { AGENCY, closingIn } from '../agencies/gazetteer.js';
import { agencyList } from '../agencies/list.js';
import { draft } from './headed.js';
import { runsOn, type DraftTask, type TaskSource } from './draft.js';
import { closingsOf } from './closings.js';

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
