/**
 * extractDeadlines(): the time limits in a stretch of a document's text.
 *
 * A date is a deadline only when a trigger of grammars/deadlines.json governs it ("trước ngày",
 * "chậm nhất là", "trong tháng", a "Thời gian hoàn thành:" label, a time-limit table column);
 * dates of events, citations and the document's own date have none. The date expression is
 * read by the chrono-based engine (engine.ts) and written as the output contract wants it:
 * YYYY-MM-DD, --MM-DD when the year is left out or repeats, ---DD for a day of every month,
 * null for a limit counted from an event.
 */
import type { Deadline } from '../../model/schema.js';
import { layout as layoutOf, type Layout } from '../../layout/index.js';
import type { ExtractContext, Extracted } from '../support/context.js';
import { dayOfEveryMonth, isoDate, monthDay } from './calendar.js';
import { closedAt, findCandidates, narratedBefore } from './candidates.js';
import { readLimit, type Limit } from './engine.js';
import { matchAt, sticky } from './deadline-patterns.js';
import { completedBy, recurrenceAt } from './recurrence.js';
import { referenceOf, type Reference } from './reference.js';
import type { Candidate, Texts } from './types.js';

/** Where {@link extractDeadlines} looks, and the date that completes dates without a year. */
export interface DeadlineOptions {
  /** start of the stretch to search (e.g. a task's span); default 0 */
  from?: number;
  /** end of the stretch to search, exclusive; default the end of the text */
  to?: number;
  /** the document's date, ISO YYYY-MM-DD or YYYY: the reference for dates that leave the year out */
  documentDate?: string | null;
  /** the text's layout, when the caller has it: its canonical and flat texts are not built again */
  layout?: Layout;
}

/**
 * A limit that fell more than a year before the document was signed is a cut-off in a
 * condition ("tham gia bảo hiểm xã hội trước ngày 01/01/1995"), not a time limit. Within a
 * year it may be a parent directive's limit the text restates, which counts.
 */
const MAX_PAST_MS = 366 * 24 * 3600 * 1000;

/**
 * The deadlines in `text` (the normalized document text, NFC) between `from` and `to`, in
 * text order. Each span indexes `text`, and `text.slice(...span)` is the deadline's `text`.
 * A date is a deadline only when a trigger governs it ("trước ngày", "chậm nhất là", "trong
 * tháng", a "Thời gian hoàn thành:" label); dates of events and citations are not. `date` is
 * YYYY-MM-DD, --MM-DD when the year is left out or repeats, ---DD for a day of every month (or
 * of one month in every quarter), null for a limit counted from an event or a weekday of every
 * week; `recurrence` says how often it comes back.
 *
 * @param text - the normalized document text
 * @param options - the stretch to search, and the document's date
 *
 * @example
 * ```ts
 * import { extractDeadlines } from 'vanban';
 *
 * extractDeadlines('Báo cáo về Sở Nội vụ trước ngày 15/11/2026.', { documentDate: '2026-05-04' });
 * // → [{ text: 'trước ngày 15/11/2026', date: '2026-11-15', recurrence: 'once', span: [21, 42] }]
 * extractDeadlines('Hoàn thành trong tháng 9/2026.')[0]?.date; // → '2026-09-30'
 * extractDeadlines('Các đơn vị báo cáo trước ngày 25 hằng tháng.')[0]; // → { date: '---25', recurrence: 'monthly' }
 * ```
 */
export function extractDeadlines(text: string, options: DeadlineOptions = {}): Deadline[] {
  // a layout of another text (another length) is not this text's
  const given = options.layout?.canonical.length === text.length ? options.layout : undefined;
  return readDeadlines({ text, layout: given ?? layoutOf(text) }, options).value;
}

/** The deadlines stage of {@link parse}: {@link extractDeadlines} on a text whose layout is read. */
export function readDeadlines(
  { text, layout }: ExtractContext,
  options: Omit<DeadlineOptions, 'layout'> = {},
): Extracted<Deadline[]> {
  const from = clamp(options.from ?? 0, text.length);
  const to = clamp(options.to ?? text.length, text.length);
  if (from >= to) return { value: [], diagnostics: [] };
  // tone marks in one placement (hoà = hòa), and line breaks as spaces for phrases and dates, which gazette text
  // wraps anywhere ("trước ngày 30⏎tháng 6 năm 2026"): both the length of `text`, so every offset holds for it
  const texts: Texts = { canonical: layout.canonical, flat: layout.flat };
  const reference = referenceOf(options.documentDate);
  const limitOf = limitReader(reference);
  const deadlines: Deadline[] = [];
  for (const candidate of findCandidates(texts, from, to)) {
    const deadline = toDeadline(text, texts, candidate, reference, limitOf);
    if (deadline) deadlines.push(deadline);
  }
  return { value: deadlines, diagnostics: [] };
}

/** The limit of a date expression, read once per document: a document repeats its days ("ngày 31/12/2026"). */
type LimitOf = (written: string, beforePeriod: boolean) => Limit | null;

/**
 * {@link readLimit} against one reference, each expression read once: chrono costs tens of microseconds a call and
 * a plan states the same limit again and again. The limits are never changed by their readers.
 */
function limitReader(reference: Reference): LimitOf {
  const read = new Map<string, Limit | null>();
  return (written, beforePeriod) => {
    const key = beforePeriod ? `<${written}` : ` ${written}`;
    let limit = read.get(key);
    if (limit === undefined) {
      limit = readLimit(written, reference, beforePeriod);
      read.set(key, limit);
    }
    return limit;
  };
}

function toDeadline(
  text: string,
  texts: Texts,
  candidate: Candidate,
  reference: Reference,
  limitOf: LimitOf,
): Deadline | null {
  const end = candidate.start + text.slice(candidate.start, candidate.end).trimEnd().length;
  const span: [number, number] = [candidate.start, end];
  const base = { text: text.slice(candidate.start, end), span };
  if (candidate.kind === 'weekly') return { ...base, date: null, recurrence: 'weekly' };
  if (candidate.kind === 'relative' || !candidate.when) return { ...base, date: null, recurrence: 'once' };
  if (candidate.kind === 'bareDay') return dayOfEveryPeriod(texts, candidate, base);
  if (candidate.kind === 'monthEnd') return { ...base, date: null, recurrence: monthEndRecurrence(texts, candidate) };
  if (candidate.kind === 'year' && !completedBy(texts, candidate.start)) return null;

  const limit = limitOf(texts.flat.slice(...candidate.when), candidate.beforePeriod);
  if (!limit) return null;
  if (limit.monthly)
    return { ...base, date: dayOfEveryMonth(limit.day), recurrence: limit.quarterly ? 'quarterly' : 'monthly' };
  if (limit.yearGiven) {
    if (reference.known && longPast(limit, reference)) return null;
    // "trước năm 2025" in a text of 2025 tells what came before, not a limit
    if (candidate.beforePeriod && reference.known && past(limit, reference)) return null;
    // a limit already past, in a clause telling the past, is one the text reports
    if (reference.known && past(limit, reference) && narratedBefore(texts, candidate.start)) return null;
    // a day already past in running text is a cut-off of a rule ("mà trước ngày 01 tháng 01 năm 2025 đã được …") or a
    // period a report tells ("Trong tháng 4 năm 2026, …"); only a completion restated from a parent directive
    // ("hoàn thành trước ngày 31/12/2024"), a label or a table cell sets it as a limit
    if (
      reference.known &&
      beforeDocumentDay(limit, reference) &&
      !stated(candidate) &&
      !completedBy(texts, candidate.start)
    )
      return null;
    return { ...base, date: isoDate(limit.year, limit.month, limit.day), recurrence: 'once' };
  }
  const recurrence = recurrenceAt(texts, candidate.start, candidate.cueAt ?? end);
  return { ...base, date: monthDay(limit.month, limit.day), recurrence };
}

/**
 * "Hằng tháng, báo cáo trước ngày 25": a day with no month is a day of every month (or quarter)
 * when a monthly (quarterly) cue governs it; under any other cue, or none, the month is missing.
 */
function dayOfEveryPeriod(texts: Texts, candidate: Candidate, base: Pick<Deadline, 'text' | 'span'>): Deadline | null {
  const recurrence = recurrenceAt(texts, candidate.start, candidate.end);
  if (recurrence !== 'monthly' && recurrence !== 'quarterly') return null;
  const day = Number(/\d+/u.exec(texts.flat.slice(...candidate.when!))![0]);
  return day >= 1 && day <= 31 ? { ...base, date: dayOfEveryMonth(day), recurrence } : null;
}

const MONTH_END = sticky('monthEndForm');
const QUARTER_MONTH_GROUP = 1;
const FOLLOWING_MONTH_GROUP = 2;

/**
 * "Chậm nhất ngày cuối cùng của tháng, báo cáo …": every month, unless a cue says otherwise; "… của tháng đầu mỗi
 * quý" every quarter; "… của tháng tiếp theo", "… của tháng thôi phục vụ" (the month of an event) once.
 */
function monthEndRecurrence(texts: Texts, candidate: Candidate): Deadline['recurrence'] {
  const month = matchAt(MONTH_END, texts.flat, candidate.when![0])!;
  if (month[QUARTER_MONTH_GROUP]) return 'quarterly';
  if (month[FOLLOWING_MONTH_GROUP]) return 'once';
  const cue = recurrenceAt(texts, candidate.start, candidate.end);
  if (cue !== 'once') return cue;
  return closedAt(texts.canonical, candidate.end) ? 'monthly' : 'once';
}

/** A value a time-limit label or column heads: what it is, the label says. */
function stated(candidate: Candidate): boolean {
  return candidate.cell === true || candidate.labelled === true;
}

const DAY_MS = 24 * 3600 * 1000;

/** A day before the document's own (a limit on the day it was signed is not yet past). */
function beforeDocumentDay(limit: Limit, reference: Reference): boolean {
  return Date.UTC(limit.year, limit.month - 1, limit.day) + DAY_MS <= reference.instant.getTime();
}

function past(limit: Limit, reference: Reference): boolean {
  return Date.UTC(limit.year, limit.month - 1, limit.day) < reference.instant.getTime();
}

function longPast(limit: Limit, reference: Reference): boolean {
  return Date.UTC(limit.year, limit.month - 1, limit.day) < reference.instant.getTime() - MAX_PAST_MS;
}

function clamp(offset: number, length: number): number {
  return Math.min(Math.max(0, Math.trunc(offset)), length);
}
