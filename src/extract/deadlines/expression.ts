/**
 * Composition of the grammar's pieces into date expressions: a form ("Quý II/2026"), or a
 * range "từ <date> đến (hết) <date>". Triggers decide which forms may follow them
 * (candidates.ts). Runs on the matching text (canonical tones, line breaks flattened), where
 * "[ \t]+" also spans a wrapped line.
 */
import { FORM_IDS, PERIOD_FORM_IDS, matchAt, sticky, stickyAny, type FormId } from './deadline-patterns.js';

/** Any form a label or a table cell may hold. */
export const ANY_FORM: readonly FormId[] = FORM_IDS;

/** Forms that may stand at either end of a range. */
const RANGE_POINT: readonly FormId[] = ['dayForm', 'monthForm', 'quarterForm'];

const FORMS = new Map<FormId, RegExp>(ANY_FORM.map((id) => [id, sticky(id)]));
const RANGE_LEAD = sticky('rangeLead');
const RANGE_JOIN = sticky('rangeJoin');
const PERIOD_LEAD = sticky('periodLead');
const PERIOD_END = sticky('periodEnd');
const TIME_OF_DAY = sticky('timeOfDay');
const SPACES = /[ \t]+/y;
/**
 * What a value ({@link valueAt}) opens with: a lead word, an hour, a period's end, a range or a date form. Most lines
 * of a time-limit column hold none, and one sticky test refuses them where a dozen would.
 */
const VALUE_OPENING = stickyAny(['periodLead', 'timeOfDay', 'periodEnd', 'rangeLead', ...ANY_FORM]);

export interface FormMatch {
  form: FormId;
  match: RegExpExecArray;
  end: number;
}

/** End of the run of spaces at `at`, or -1 when there is none. */
export function spacesAt(text: string, at: number): number {
  SPACES.lastIndex = at;
  return SPACES.exec(text) ? SPACES.lastIndex : -1;
}

/** A day, or a period as a trigger takes it. */
export const DAY_OR_PERIOD_FORM_IDS: readonly FormId[] = ['dayForm', ...PERIOD_FORM_IDS];

/**
 * For the lists of forms tried after every trigger word ("trong" alone stands thousands of times in a plan), one
 * sticky alternation of the list: where none of its forms matches, which is most places, one test says so.
 */
const FORM_GATES = new Map<readonly FormId[], RegExp>(
  [PERIOD_FORM_IDS, DAY_OR_PERIOD_FORM_IDS, ANY_FORM].map((forms) => [forms, stickyAny(forms)]),
);

/** The longest of `forms` matching exactly at `at`. */
export function formAt(text: string, at: number, forms: readonly FormId[]): FormMatch | null {
  const gate = FORM_GATES.get(forms);
  if (gate && !matchAt(gate, text, at)) return null;
  let best: FormMatch | null = null;
  for (const form of forms) {
    const match = matchAt(FORMS.get(form)!, text, at);
    if (match && (!best || match[0].length > best.match[0].length)) best = { form, match, end: at + match[0].length };
  }
  return best;
}

/** "từ <point> đến (hết) <point>" at `at`: its end, or -1. */
export function rangeAt(text: string, at: number): number {
  const lead = matchAt(RANGE_LEAD, text, at);
  if (!lead) return -1;
  let position = spacesAt(text, at + lead[0].length);
  const first = position < 0 ? null : formAt(text, position, RANGE_POINT);
  if (!first) return -1;
  position = spacesAt(text, first.end);
  const join = position < 0 ? null : matchAt(RANGE_JOIN, text, position);
  if (!join) return -1;
  position = spacesAt(text, position + join[0].length);
  const last = position < 0 ? null : formAt(text, position, RANGE_POINT);
  return last ? last.end : -1;
}

/** A range or one of `forms` at `at`: the end of the date expression, or -1. */
export function dateAt(text: string, at: number, forms: readonly FormId[]): number {
  const range = rangeAt(text, at);
  if (range >= 0) return range;
  return formAt(text, at, forms)?.end ?? -1;
}

/**
 * The value after "<label>:" or in a table cell: an optional lead word ("Trong tháng 8/2025",
 * "Trước năm 2025"), then a date or a range.
 */
export function valueAt(text: string, at: number): { when: [number, number]; beforePeriod: boolean } | null {
  if (!matchAt(VALUE_OPENING, text, at)) return null;
  const lead = matchAt(PERIOD_LEAD, text, at);
  const afterLead = lead ? spacesAt(text, at + lead[0].length) : at;
  if (afterLead < 0) return null;
  // "Hạn nộp hồ sơ: 17 giờ 00 ngày 30/6/2026": the day after the hour
  const hour = matchAt(TIME_OF_DAY, text, afterLead);
  const afterHour = hour ? spacesAt(text, afterLead + hour[0].length) : -1;
  const start = afterHour < 0 ? afterLead : afterHour;
  // "Cuối quý II/2026", "trước ngày cuối tháng 6/2026": the period's last day, also after "trước"
  const edge = matchAt(PERIOD_END, text, start);
  const period = edge ? formAt(text, start + edge[0].length, PERIOD_FORM_IDS) : null;
  if (period) return { when: [start + edge![0].length, period.end], beforePeriod: false };
  const end = dateAt(text, start, ANY_FORM);
  if (end < 0) return null;
  return { when: [start, end], beforePeriod: lead?.[0].toLowerCase() === 'trước' };
}
