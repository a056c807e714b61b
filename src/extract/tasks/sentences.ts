/**
 * Assignments inside running text: "Chủ tịch UBND tỉnh giao Sở Tài chính chủ trì, phối hợp
 * với … tham mưu …" — one task per assignment, its text the sentence it stands in.
 */
import type { Span } from '../../model/schema.js';
import { lineSpan } from '../../layout/lines.js';
import { INLINE_ASSIGNMENTS, mayAssign } from '../agencies/gazetteer.js';
import { readAssignment } from './assignment.js';
import { draft, MAX_WRAPPED_LINES, paragraphAssignment } from './headed.js';
import { runsOn, type DraftTask, type TaskSource } from './draft.js';
import { allMatches } from '../../grammar/scan.js';

export function sentenceTasks(source: TaskSource, lines: readonly number[]): DraftTask[] {
  const tasks: DraftTask[] = [];
  for (const index of lines) {
    const line = source.lines[index]!;
    if (!mayAssign(line.canonical)) continue;
    const base = line.start + line.indent;
    // the verb's look-behind checked after a match, not at every position (grammar/scan.ts)
    for (const found of allMatches(INLINE_ASSIGNMENTS, line.canonical)) {
      const from = base + found.index + found[0].length;
      const to = base + line.canonical.length;
      const assignment = readAssignment(source.canonical.slice(from, to), source.text.slice(from, to), from, true);
      if (assignment?.form !== 'sentence') continue;
      tasks.push(
        draft(
          source,
          assignment.agencies,
          assignment.coordinators,
          sentenceAround(source.text, base + found.index, to),
        ),
      );
    }
  }
  return tasks;
}

/** From the sentence's start (after the last "." or line start) to its end. */
function sentenceAround(text: string, at: number, lineEnd: number): Span {
  let start = at;
  while (start > 0 && text[start - 1] !== '\n' && !(text[start - 1] === ' ' && text[start - 2] === '.')) start--;
  let end = at;
  while (end < lineEnd && !(text[end] === '.' && (end + 1 === lineEnd || text[end + 1] === ' '))) end++;
  return [start, end];
}

/**
 * Paragraphs of running text that open with bodies and a duty to lead: "Sở Y tế chủ trì, phối hợp với Sở Tài chính
 * hướng dẫn thực hiện." in a letter, as a point of its list would be. A paragraph with "giao", "đề nghị" … is
 * {@link sentenceTasks}'s; one with any other duty ("Các sở, ngành căn cứ …") states, it does not assign.
 */
export function openingTasks(source: TaskSource, lines: readonly number[]): DraftTask[] {
  const tasks: DraftTask[] = [];
  // `lines` ascend: a line's neighbour is free when it stands next to it in the list
  lines.forEach((first, k) => {
    const line = source.lines[first]!;
    // a paragraph opens after a line that ends its sentence (or after the text the outline or a table took)
    if (lines[k - 1] === first - 1 && runsOn(source.lines[first - 1]!.canonical, line.canonical)) return;
    let end = first;
    for (
      let j = k;
      lines[j + 1] === end + 1 && runsOn(source.lines[end]!.canonical, source.lines[end + 1]!.canonical);
      j++
    )
      end++;
    const last = Math.min(end, first + MAX_WRAPPED_LINES - 1);
    const from = lineSpan(line)[0];
    const to = lineSpan(source.lines[end]!)[1];
    const paragraph = source.canonical.slice(from, to);
    if (mayAssign(paragraph) && allMatches(INLINE_ASSIGNMENTS, paragraph).length > 0) return;
    const read = paragraphAssignment(source, first, last, false);
    if (!read) return;
    const { agencies, coordinators, workStart } = read.assignment;
    // the bodies are the duty's subject: "Ủy ban nhân dân tỉnh nhận được Công văn … về việc tham mưu …" is not
    if (!/^[\s,]*$/u.test(source.canonical.slice(agencies.at(-1)!.span[1], read.from + workStart))) return;
    tasks.push(draft(source, agencies, coordinators, [read.from, to]));
  });
  return tasks;
}
