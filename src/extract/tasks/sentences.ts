/**
 * Assignments inside running text: "Chủ tịch UBND tỉnh giao Sở Tài chính chủ trì, phối hợp
 * với … tham mưu …" — one task per assignment, its text the sentence it stands in.
 */
import type { Span } from '../../model/schema.js';
import { INLINE_ASSIGNMENTS, mayAssign } from '../agencies/gazetteer.js';
import { readAssignment } from './assignment.js';
import { draft } from './headed.js';
import type { DraftTask, TaskSource } from './draft.js';
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
