/**
 * The date engine: chrono-node's Vietnamese locale (strict: casual "trước ngày" would read as
 * "the day before"), extended with our period parsers and range refiner, run on the date
 * expression a trigger captured, with the document date as the reference and forward dates
 * (a day without year falls on or after the document date, not "closest to" it).
 *
 * What the engine returns is the limit: a range's end, and a period's last day (a month, a
 * quarter, a year: the components chrono leaves implied are filled with the last day).
 */
// the vi locale alone: the package root loads every locale, a fifth of a second at each worker's start
import { Chrono, createConfiguration } from 'chrono-node/vi';
import type { ParsedComponents } from 'chrono-node';
import { daysInMonth } from './calendar.js';
import { DAY_OF_MONTH_TAG, DAY_OF_QUARTER_TAG, VIETNAMESE_PERIOD_PARSERS, mergeDayRanges } from './parsers.js';
import { DEADLINE_PATTERNS } from './deadline-patterns.js';
import { VIETNAM_OFFSET_MINUTES, type Reference } from './reference.js';

/** The last day a date expression allows. */
export interface Limit {
  year: number;
  month: number;
  day: number;
  /** the text gives the year (otherwise `year` is only the reference's guess) */
  yearGiven: boolean;
  /** a day of every month ("ngày 05 hằng tháng") */
  monthly: boolean;
  /** the day's month is one of every quarter ("ngày 20 của tháng cuối quý"): with `monthly` */
  quarterly?: boolean;
}

const engine = (() => {
  // Day-first slash dates (07/01/2021 is 7 January) come with the vi configuration itself.
  const configuration = createConfiguration(true);
  configuration.parsers.unshift(...VIETNAMESE_PERIOD_PARSERS);
  // after the first overlap removal, before the vi range refiner
  configuration.refiners.splice(1, 0, mergeDayRanges);
  return new Chrono(configuration);
})();

/** "15/12 năm 2026": chrono reads the day and the year apart; written "15/12/2026" it reads one date. */
const SLASH_DAY_WORD_YEAR = /(\d{1,2}[/.-]\d{1,2})[ \t]+năm[ \t]+(\d{4})/iu;
/** "30 / 6 / 2026", "30/6/ 2026": spaces typed (or OCR'd) around a slash, which chrono does not read. */
const SPACED_SLASH = /(\d)[ \t]*\/[ \t]*(?=\d)/gu;
const whole = (pattern: RegExp) => new RegExp(`^(?:${pattern.source})$`, pattern.flags);
const BARE_YEAR = whole(DEADLINE_PATTERNS.bareYearForm);
const MONTH_YEAR = whole(DEADLINE_PATTERNS.monthYearForm);
const MONTH_SPAN = whole(DEADLINE_PATTERNS.monthSpanForm);
const QUARTER_SPAN = whole(DEADLINE_PATTERNS.quarterSpanForm);
const ROMAN_QUARTERS: Readonly<Record<string, number>> = { I: 1, II: 2, III: 3, IV: 4 };
const THIS_YEAR = new RegExp(DEADLINE_PATTERNS.thisYearForm.source, `${DEADLINE_PATTERNS.thisYearForm.flags}g`);

/**
 * "trong quý III năm nay": the document's year written in place of "năm nay"; with no document date the words go
 * and the year is left out ("--09-30"), as when the text writes none.
 */
function withThisYear(expression: string, reference: Reference): string {
  if (!THIS_YEAR.test(expression)) return expression;
  THIS_YEAR.lastIndex = 0;
  const year = new Date(reference.instant.getTime() + VIETNAM_OFFSET_MINUTES * 60_000).getUTCFullYear();
  return reference.known ? expression.replace(THIS_YEAR, `năm ${year}`) : expression.replace(THIS_YEAR, '').trim();
}

/**
 * The limit a date expression sets, or null when it is not a date. `beforePeriod`: the
 * expression follows "trước" in a label or cell, so a period ends the day before it starts
 * ("Trước năm 2025" → 2024-12-31); a day stays itself ("trước ngày 15/11" → 15/11).
 */
export function readLimit(written: string, reference: Reference, beforePeriod = false): Limit | null {
  const expression = withThisYear(written, reference);
  // Chrono drops any result whose text is only digits (UnlikelyFormatFilter, not configurable),
  // so a year alone in a table cell ("2026") is read here.
  const bareYear = BARE_YEAR.exec(expression.trim());
  if (bareYear) {
    const year = +bareYear[1]! - (beforePeriod ? 1 : 0);
    return { year, month: 12, day: 31, yearGiven: true, monthly: false };
  }
  // "6/2026": chrono reads a day and a month in it
  const monthYear = MONTH_YEAR.exec(expression.trim());
  if (monthYear) return monthYearLimit(+monthYear[1]!, +monthYear[2]!, beforePeriod);
  const span = periodSpanLimit(expression.trim(), beforePeriod);
  if (span) return span;

  const results = engine.parse(
    expression.replace(SPACED_SLASH, '$1/').replace(SLASH_DAY_WORD_YEAR, '$1/$2'),
    { instant: reference.instant, timezone: VIETNAM_OFFSET_MINUTES },
    { forwardDate: true },
  );
  const last = results.at(-1);
  if (!last) return null;
  const first = results[0]!.start;
  if (beforePeriod && !first.isCertain('day')) return dayBefore(first);
  return lastDayOf(last.end ?? last.start);
}

/**
 * "Tháng 6 - 7/2026", "Quý I - II/2026": a run of periods sharing one year ends with its last
 * one; before it ("trước tháng 6 - 7/2026"), the limit is the day before its first one starts.
 */
function periodSpanLimit(expression: string, beforePeriod: boolean): Limit | null {
  const months = MONTH_SPAN.exec(expression);
  if (months) {
    const first = +/\d{1,2}/u.exec(expression)![0];
    return monthYearLimit(beforePeriod ? first : +months[1]!, +months[2]!, beforePeriod);
  }
  const quarters = QUARTER_SPAN.exec(expression);
  if (!quarters) return null;
  const quarterOf = (written: string) => ROMAN_QUARTERS[written.toUpperCase()] ?? +written;
  if (!beforePeriod) return monthYearLimit(quarterOf(quarters[1]!) * 3, +quarters[2]!, false);
  const first = quarterOf(/[ \t](IV|I{1,3}|[1-4])/iu.exec(expression)![1]!);
  return monthYearLimit(first * 3 - 2, +quarters[2]!, true);
}

/** The last day of a month given as numbers (or, before it, of the month before); null for no month. */
function monthYearLimit(month: number, startYear: number, beforePeriod: boolean): Limit | null {
  if (month < 1 || month > 12) return null;
  const shifted = beforePeriod ? month - 1 : month;
  const year = shifted === 0 ? startYear - 1 : startYear;
  const last = shifted === 0 ? 12 : shifted;
  return { year, month: last, day: daysInMonth(year, last), yearGiven: true, monthly: false };
}

/** The day before a period starts: the end of the month (or year) before it. */
function dayBefore(period: ParsedComponents): Limit {
  const yearGiven = period.isCertain('year');
  const startYear = period.get('year')!;
  const startMonth = period.isCertain('month') ? period.get('month')! : 1;
  const year = startMonth === 1 ? startYear - 1 : startYear;
  const month = startMonth === 1 ? 12 : startMonth - 1;
  return { year, month, day: daysInMonth(year, month), yearGiven, monthly: false };
}

/** A period's last day: the day (or month and day) chrono only implied are taken at their end. */
function lastDayOf(components: ParsedComponents): Limit {
  const year = components.get('year')!;
  const yearGiven = components.isCertain('year');
  const tags = components.tags();
  if (tags.has(DAY_OF_MONTH_TAG)) {
    const quarterly = tags.has(DAY_OF_QUARTER_TAG);
    return {
      year,
      month: components.get('month')!,
      day: components.get('day')!,
      yearGiven: false,
      monthly: true,
      quarterly,
    };
  }
  if (!components.isCertain('month')) return { year, month: 12, day: 31, yearGiven, monthly: false };
  const month = components.get('month')!;
  const day = components.isCertain('day') ? components.get('day')! : daysInMonth(year, month);
  return { year, month, day, yearGiven, monthly: false };
}
