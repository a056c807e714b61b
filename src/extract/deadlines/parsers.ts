/**
 * Custom chrono parsers for the Vietnamese period forms chrono's `vi` locale does not read:
 * a month with a zero-padded number ("tháng 02/2026"), quarters ("Quý II/2026"), half-years
 * ("6 tháng đầu năm 2026"), year spans ("2026 - 2027") and a day of every month ("ngày 05
 * hằng tháng"). Their patterns come from grammars/deadlines.json; the numbered groups are the
 * *_GROUP constants below. A period is a chrono range (start and end components) whose end
 * leaves the day (or the month) implied, so the engine can take the period's last day.
 */
import type { Parser, ParsingContext, ParsingComponents, ParsingResult, Refiner } from 'chrono-node';
import { DEADLINE_PATTERNS } from './deadline-patterns.js';

/** Tag of a day of every month: the engine writes it `---DD`. */
export const DAY_OF_MONTH_TAG = 'vanban/dayOfMonth';
/** Tag of a day of one month in every quarter ("ngày 20 của tháng cuối quý"): also `---DD`, quarterly. */
export const DAY_OF_QUARTER_TAG = 'vanban/dayOfQuarter';

const MONTH_GROUP = 1;
const MONTH_YEAR_GROUP = 2;
const QUARTER_GROUP = 1;
const QUARTER_YEAR_GROUP = 2;
const HALF_GROUP = 2;
const HALF_YEAR_GROUP = 3;
const FIRST_YEAR_GROUP = 1;
const LAST_YEAR_GROUP = 2;
const DAY_GROUP = 1;
const QUARTER_MONTH_GROUP = 2;

const ROMAN_QUARTERS: Readonly<Record<string, number>> = { I: 1, II: 2, III: 3, IV: 4 };

/** The reference year as the document's calendar sees it (chrono shifts to the reference timezone). */
function referenceYear(context: ParsingContext): number {
  return context.reference.getDateWithAdjustedTimezone().getFullYear();
}

/** Year as written, or implied from the reference (chrono's forwardDate then moves it ahead if needed). */
function withYear(context: ParsingContext, components: ParsingComponents, year: string | undefined): ParsingComponents {
  return year ? components.assign('year', +year) : components.imply('year', referenceYear(context));
}

/** A run of months [first, last] of one year: day and month bounds implied where the text gives none. */
function monthSpan(context: ParsingContext, first: number, last: number, year: string | undefined) {
  const start = withYear(context, context.createParsingComponents({ month: first }), year).imply('day', 1);
  const end = withYear(context, context.createParsingComponents({ month: last }), year).imply('day', 1);
  return { start, end };
}

// tháng 6/2026 | tháng 02/2026 | tháng 8 năm 2025 | tháng 12
const monthParser: Parser = {
  pattern: () => DEADLINE_PATTERNS.monthForm,
  extract(context, match) {
    const month = +match[MONTH_GROUP]!;
    const components = withYear(context, context.createParsingComponents({ month }), match[MONTH_YEAR_GROUP]);
    return components.imply('day', 1).addTag('vanban/month');
  },
};

// Quý II/2026 | quý III năm 2025 | quý 1
const quarterParser: Parser = {
  pattern: () => DEADLINE_PATTERNS.quarterForm,
  extract(context, match) {
    const written = match[QUARTER_GROUP]!.toUpperCase();
    const quarter = ROMAN_QUARTERS[written] ?? +written;
    const { start, end } = monthSpan(context, quarter * 3 - 2, quarter * 3, match[QUARTER_YEAR_GROUP]);
    return context.createParsingResult(match.index!, match[0], start, end).addTag('vanban/quarter');
  },
};

// 6 tháng đầu năm 2026 | 06 tháng cuối năm 2025
const halfYearParser: Parser = {
  pattern: () => DEADLINE_PATTERNS.halfYearForm,
  extract(context, match) {
    const second = match[HALF_GROUP]!.toLowerCase() === 'cuối';
    const { start, end } = monthSpan(context, second ? 7 : 1, second ? 12 : 6, match[HALF_YEAR_GROUP]);
    return context.createParsingResult(match.index!, match[0], start, end).addTag('vanban/halfYear');
  },
};

// 2026 - 2027 | 2026-2030
const yearSpanParser: Parser = {
  pattern: () => DEADLINE_PATTERNS.yearSpanForm,
  extract(context, match) {
    const first = +match[FIRST_YEAR_GROUP]!;
    const last = +match[LAST_YEAR_GROUP]!;
    if (last < first) return null;
    const start = context.createParsingComponents({ year: first }).imply('month', 1).imply('day', 1);
    const end = context.createParsingComponents({ year: last }).imply('month', 1).imply('day', 1);
    return context.createParsingResult(match.index!, match[0], start, end).addTag('vanban/yearSpan');
  },
};

// ngày 05 hằng tháng | 15 hàng tháng | ngày 05 của tháng liền kề: the day is known, the month is
// every month (or one month of every quarter: "ngày 20 của tháng cuối quý")
const dayOfMonthParser: Parser = {
  pattern: () => DEADLINE_PATTERNS.dayOfMonthForm,
  extract(context, match) {
    const reference = context.reference.getDateWithAdjustedTimezone();
    const components = context
      .createParsingComponents({ day: +match[DAY_GROUP]! })
      .imply('month', reference.getMonth() + 1)
      .imply('year', reference.getFullYear())
      .addTag(DAY_OF_MONTH_TAG);
    return match[QUARTER_MONTH_GROUP] ? components.addTag(DAY_OF_QUARTER_TAG) : components;
  },
};

/** Parsers to put before the `vi` ones (on equal spans chrono keeps the earlier parser's result). */
export const VIETNAMESE_PERIOD_PARSERS: readonly Parser[] = [
  monthParser,
  quarterParser,
  halfYearParser,
  yearSpanParser,
  dayOfMonthParser,
];

// "01/6 đến ngày 30/6", "01/6 đến hết ngày 30/6": the vi range refiner only merges when
// nothing but "đến"/"-" stands between the two dates, and a repeated "ngày" is the usual form.
const RANGE_BETWEEN = new RegExp(String.raw`^\s*(?:${DEADLINE_PATTERNS.rangeJoin.source}|[-–])\s*(?:ngày\s+)?$`, 'iu');

/** Merges "<date> đến (hết) ngày <date>" into one range result. */
export const mergeDayRanges: Refiner = {
  refine(context, results) {
    const merged: ParsingResult[] = [];
    for (const result of results) {
      const previous = merged.at(-1);
      const between = previous ? context.text.slice(previous.index + previous.text.length, result.index) : null;
      if (previous && !previous.end && between !== null && RANGE_BETWEEN.test(between)) {
        merged[merged.length - 1] = context.createParsingResult(
          previous.index,
          result.index + result.text.length,
          previous.start,
          result.end ?? result.start,
        );
      } else {
        merged.push(result);
      }
    }
    return merged;
  },
};
