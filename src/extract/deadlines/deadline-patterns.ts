/**
 * The deadline grammar (grammars/deadlines.json): the date forms a limit may take, the
 * trigger phrases that make a date a limit, table columns, and the recurrence words.
 * Entries are small on purpose (phrases and single forms, each checkable for backtracking);
 * expression.ts composes them.
 */
import { afterWordChar, searchable } from '../../grammar/scan.js';
import { loadPatterns, patternSource } from '../../grammar/patterns.js';

/** Every date form, in the order a label or table cell tries them. */
export const FORM_IDS = [
  'dayForm',
  'dayOfMonthForm',
  'monthForm',
  'quarterForm',
  'halfYearForm',
  'yearForm',
  'yearSpanForm',
  'bareYearForm',
  'monthYearForm',
  'monthSpanForm',
  'quarterSpanForm',
] as const;

/** Forms a trigger takes as a period (read to its last day, or before "trước" to the day before it starts). */
export const PERIOD_FORM_IDS = [
  'monthForm',
  'quarterForm',
  'halfYearForm',
  'yearForm',
  'monthSpanForm',
  'quarterSpanForm',
] as const;

export const DEADLINE_PATTERNS = loadPatterns('deadlines', [
  ...FORM_IDS,
  'thisYearForm',
  'comingMonth',
  'beforeLead',
  'withinLead',
  'untilLead',
  'untilTail',
  'untilGoal',
  'untilCount',
  'limitLabel',
  'labelCopula',
  'columnHeadLead',
  'columnHeadNote',
  'cellTail',
  'periodLead',
  'rangeLead',
  'rangeJoin',
  'columnEnd',
  'relativeLead',
  'relativeAmount',
  'workingDays',
  'relativeFrom',
  'semiannual',
  'yearly',
  'quarterly',
  'monthly',
  'weekly',
  'timeOfDay',
  'everyMonthDay',
  'bareDayForm',
  'periodEnd',
  'monthEndForm',
  'weekdayForm',
  'weekdayOfDay',
  'holidayForm',
  'dayListJoin',
  'dayListLead',
  'scheduleLead',
  'conditionCue',
  'conditionModal',
  'conditionThen',
  'visionCue',
  'cueBridge',
  'completion',
  'completionBy',
  'completionLead',
  'completionNoun',
  'pastMarker',
  'forecastCue',
] as const);

export type DeadlinePatternId = keyof typeof DEADLINE_PATTERNS;
export type FormId = (typeof FORM_IDS)[number];

/**
 * A global copy of a grammar pattern for scanning a text from an offset. The grammar keeps
 * the originals without 'g' because chrono's scanner calls exec() on them repeatedly.
 */
export function scanner(id: DeadlinePatternId): RegExp {
  const pattern = patternSource(DEADLINE_PATTERNS, id);
  return new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '') + 'g');
}

/** A sticky copy: matches only exactly at `lastIndex`. */
export function sticky(id: DeadlinePatternId): RegExp {
  const pattern = patternSource(DEADLINE_PATTERNS, id);
  return new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '') + 'y');
}

/**
 * One sticky pattern that matches at a place exactly when one of the entries `ids` does there: their alternation,
 * each entry in a group of its own. For a cheap first test of places where any of them may stand.
 */
export function stickyAny(ids: readonly DeadlinePatternId[]): RegExp {
  const flags = new Set(ids.map((id) => DEADLINE_PATTERNS[id].flags.replace(/[gy]/g, '')));
  // a back-reference would point at another entry's group once the entries stand side by side
  if (flags.size !== 1 || ids.some((id) => /\\(?:[1-9]|k<)/u.test(DEADLINE_PATTERNS[id].source)))
    throw new Error(`stickyAny: ${ids.join(', ')} cannot be joined`);
  return new RegExp(ids.map((id) => `(?:${DEADLINE_PATTERNS[id].source})`).join('|'), `${[...flags][0]}y`);
}

/** Every match of a scanner that starts at or after `from` and ends at or before `to`. */
export function* matchesIn(pattern: RegExp, text: string, from: number, to: number): Generator<RegExpExecArray> {
  // search a window, not the rest of the text: a pattern that does not occur in [from, to) would
  // otherwise scan to the end of the document on every call. The margin keeps the look-arounds' context.
  const offset = Math.max(0, from - CONTEXT);
  const window =
    offset === 0 && to + CONTEXT >= text.length ? text : text.slice(offset, Math.min(text.length, to + CONTEXT));
  const { fast, wordStart } = searchable(pattern);
  fast.lastIndex = from - offset;
  for (let match = fast.exec(window); match !== null && match.index + offset < to; match = fast.exec(window)) {
    if (wordStart && afterWordChar(window, match.index)) {
      // what the look-behind would have refused: the leftmost match goes on from the next character
      fast.lastIndex = match.index + 1;
      continue;
    }
    if (match[0].length === 0) fast.lastIndex++;
    match.index += offset;
    if (match.index + match[0].length <= to) yield match;
  }
}

/** Characters kept around a search window for look-behinds and look-aheads. */
export const CONTEXT = 64;

/** The match of a sticky pattern exactly at `at`, or null. */
export function matchAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}
