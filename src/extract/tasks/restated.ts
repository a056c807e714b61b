/**
 * A task one part of a document assigns and an assignment table restates (GOLD.md: "counted
 * once"): a point of the body's content ("II. NHIỆM VỤ, GIẢI PHÁP") and the table's row name the
 * same body and say the same work, so the point is dropped and the row, which carries the
 * deadline and coordinators, is kept. The part that hands out work ("TỔ CHỨC THỰC HIỆN") assigns
 * its own points beside the table's rows: they are kept.
 */
import { foldName } from '../agencies/fold.js';
import type { DraftTask } from './draft.js';

/** Share of the shorter text's words the longer one also holds, above which two texts say the same work. */
const SAME_WORK = 0.6;
/** Words too short to tell works apart are not compared. */
const MIN_WORDS = 6;

export function withoutRestated(
  tasks: readonly DraftTask[],
  rows: readonly DraftTask[],
  inAssigningPart: (task: DraftTask) => boolean,
): DraftTask[] {
  // a row's words are read once, when a task names one of its bodies
  const keyed = rows.map((row) => {
    let words: Set<string> | null = null;
    return { agencies: new Set(row.agencies.map((a) => foldName(a.name))), words: () => (words ??= wordsOf(row.text)) };
  });
  // the rows that name each body, in their order: a task looks up its bodies, not every row
  const rowsNaming = new Map<string, number[]>();
  keyed.forEach((row, k) => {
    for (const agency of row.agencies) {
      const naming = rowsNaming.get(agency);
      if (naming) naming.push(k);
      else rowsNaming.set(agency, [k]);
    }
  });
  return tasks.filter((task) => {
    if (inAssigningPart(task)) return true;
    // only a row that names one of the task's bodies may restate it: the task's words are read for those alone
    const naming = new Set(task.agencies.flatMap((a) => rowsNaming.get(foldName(a.name)) ?? []));
    const sameBodies = [...naming].sort((x, y) => x - y).map((k) => keyed[k]!);
    if (sameBodies.length === 0) return true;
    const words = wordsOf(task.text);
    if (words.size < MIN_WORDS) return true;
    return !sameBodies.some((row) => row.words().size >= MIN_WORDS && overlap(words, row.words()) >= SAME_WORK);
  });
}

function wordsOf(text: string): Set<string> {
  return new Set(
    text
      .toLocaleLowerCase('vi')
      .normalize('NFC')
      .match(/\p{L}+/gu) ?? [],
  );
}

/** |a ∩ b| / min(|a|, |b|). */
function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const word of small) if (large.has(word)) shared++;
  return shared / small.size;
}
