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
    const base = line.start + line.indent;
    const subjectStart = paragraphStart(source, outline, i);
    const subjectEnd = base + found.index;
    const agencies = agencyList(source.canonical.slice(subjectStart, subjectEnd), source.text.slice(subjectStart, subjectEnd), subjectStart);
    if (agencies.length === 0) continue;
    const span: Span = [subjectStart, lineSpan(line)[1]];
    tasks.push(draft(source, agencies, [], span));
  }
  return tasks;
}

/** Where the article's subject starts: after its "Điều 3." label, or at the first line of its sentence. */
function paragraphStart(source: TaskSource, outline: DocumentOutline, index: number): number {
  let first = index;
  while (first > outline.first && !labelled(outline, first) && runsOn(source.lines[first - 1]!.match, source.lines[first]!.match)) first--;
  const line = source.lines[first]!;
  const entry = outline.entries.find((e) => e.line === first);
  return entry?.headingSpan ? entry.headingSpan[0] : line.start + line.indent;
}

function labelled(outline: DocumentOutline, line: number): boolean {
  return outline.entries.some((e) => e.line === line);
}
