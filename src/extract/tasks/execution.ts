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
    const paragraph = paragraphStart(source, outline, i);
    const subjectEnd = base + found.index;
    // the subject may wrap over lines: a line break reads as the space it stands for
    const flat = (text: string) => text.slice(paragraph, subjectEnd).replace(/\n/gu, ' ');
    const scope = AGENCY.scopeBeforeSubject.exec(flat(source.canonical))?.[0].length ?? 0;
    const subjectStart = paragraph + scope;
    const agencies = agencyList(flat(source.canonical).slice(scope), flat(source.text).slice(scope), subjectStart);
    if (agencies.length === 0) continue;
    const span: Span = [paragraph, lineSpan(line)[1]];
    tasks.push(draft(source, agencies, [], span));
  }
  return tasks;
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
