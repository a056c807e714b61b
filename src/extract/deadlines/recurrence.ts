/**
 * How often a limit without a year recurs, from the words that govern it: a cue right after
 * it ("trước ngày 15/12 hằng năm"), else the nearest cue before it in its clause. Nearest wins,
 * so in "định kỳ 6 tháng (trước ngày 20/5), năm (trước ngày 15/11)" the first limit is
 * semiannual and the second yearly.
 */
import type { Deadline } from '../../model/schema.js';
import { clauseStart } from './clause.js';
import { matchAt, matchesIn, scanner, sticky } from './deadline-patterns.js';
import type { Texts } from './types.js';

type Recurring = Exclude<Deadline['recurrence'], 'once' | 'weekly'>;

const CUES: ReadonlyArray<[Recurring, RegExp]> = [
  ['semiannual', scanner('semiannual')],
  ['yearly', scanner('yearly')],
  ['quarterly', scanner('quarterly')],
  ['monthly', scanner('monthly')],
];

/** What may stand between a limit and a cue written after it (grammar entry cueBridge). */
const BRIDGE = sticky('cueBridge');
const AFTER_WINDOW = 40;
const WEEKLY = sticky('weekly');

/** Recurrence of the limit at [start, end). */
export function recurrenceAt({ canonical, flat }: Texts, start: number, end: number): Deadline['recurrence'] {
  const after = recurrenceCueAfter(flat, end);
  // "Báo cáo 6 tháng trước ngày 20/6, báo cáo năm trước ngày 20/12": past a comma, the cue after
  // opens the next item; the limit keeps the one before it, when there is one
  if (after && !commaAfter(flat, end)) return after;
  return cueBefore(flat, clauseStart(canonical, start), start) ?? after ?? 'once';
}

/** Whether the bridge to a cue after `end` crosses a comma. */
function commaAfter(text: string, end: number): boolean {
  return matchAt(BRIDGE, text, end)?.[0].includes(',') ?? false;
}

/**
 * The end of a weekly cue written right after `end` ("thứ Sáu [hằng tuần]"), or -1. Weekly is
 * not among the cues of a day of the year: "hằng tuần" governs a weekday, never "ngày 15/12".
 */
export function weeklyCueAfter(text: string, end: number): number {
  const at = end + (matchAt(BRIDGE, text, end)?.[0].length ?? 0);
  const cue = matchAt(WEEKLY, text, at);
  return cue ? at + cue[0].length : -1;
}

/** The recurrence a cue written right after a limit gives it ("trước ngày 15/12 [hằng năm]"), or null. */
export function recurrenceCueAfter(text: string, end: number): Recurring | null {
  const at = end + (matchAt(BRIDGE, text, end)?.[0].length ?? 0);
  for (const [recurrence, pattern] of CUES) {
    for (const match of matchesIn(pattern, text, at, at + AFTER_WINDOW)) {
      if (match.index === at) return recurrence;
      break;
    }
  }
  return null;
}

function cueBefore(text: string, from: number, start: number): Recurring | null {
  let nearest: { recurrence: Recurring; end: number } | null = null;
  for (const [recurrence, pattern] of CUES) {
    for (const match of matchesIn(pattern, text, from, start)) {
      const end = match.index + match[0].length;
      if (!nearest || end > nearest.end) nearest = { recurrence, end };
    }
  }
  return nearest?.recurrence ?? null;
}

/**
 * How far before "trong năm 2026" a completion verb may stand and still govern it: "hoàn thành
 * việc sắp xếp bộ máy trong năm 2026" is a limit; "xem nhiệm vụ hoàn thành việc lập quy hoạch
 * là nhiệm vụ hàng đầu trong năm 2026" names the year's priority, its verb a long way back.
 */
const COMPLETION_REACH = 60;

const COMPLETION = scanner('completion');

/** Whether a completion verb ("hoàn thành", "xong") governs the limit at `start` from near before it in its clause. */
export function completedBy({ canonical, flat }: Texts, start: number): boolean {
  const from = Math.max(clauseStart(canonical, start), start - COMPLETION_REACH);
  return !matchesIn(COMPLETION, flat, from, start).next().done;
}
