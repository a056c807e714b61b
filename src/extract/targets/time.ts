/**
 * The time a target is due: a year ("Đến năm 2015", "tới năm 2026", "Tầm nhìn đến 2045"), a
 * period read to its last year ("giai đoạn 2021-2025" → 2025, "Giai đoạn 1 (2026 - 2028)" → 2028),
 * a whole date ("đến ngày 30/6/2026" → 2026-06-30), or every year ("mỗi năm", "hằng năm").
 */
import { WORD_END, WORD_START, compile } from '../../grammar/compile.js';
import { phrases } from './grammar.js';
import { allMatches } from '../../grammar/scan.js';

/** A time phrase found in the text: where it is and what it makes of a target. */
export interface TimePhrase {
  start: number;
  end: number;
  /** YYYY or YYYY-MM-DD; null for a yearly phrase */
  by: string | null;
  yearly: boolean;
  /** "Đến năm 2030" and the like: a year to reach, which may open a target sentence */
  until: boolean;
}

const YEAR = String.raw`(?:19|20)\d{2}`;
const DASH = String.raw`[ \t]*[-–—][ \t]*`;

const PERIOD = compile(
  'targets#period',
  String.raw`${WORD_START}(?:${phrases('periodWords')})[ \t]+(?:\d{1,2}[ \t]+)?(?:\([ \t]?)?(?<from>${YEAR})${DASH}(?<to>${YEAR})(?!\p{N})`,
  'giu',
);
/** A bare "(2026 - 2028)" or "2021-2025" after a stage name: read the same way. */
const BARE_PERIOD = compile(
  'targets#barePeriod',
  String.raw`(?<![\p{L}\p{N}/.])\(?(?<from>${YEAR})${DASH}(?<to>${YEAR})\)?(?![\p{N}/])`,
  'gu',
);
const DATE = compile(
  'targets#dueDate',
  String.raw`${WORD_START}(?:${phrases('untilDate')})[ \t]+(?<day>\d{1,2})(?:[/.-]|[ \t]+tháng[ \t]+)(?<month>\d{1,2})(?:[/.-]|[ \t]+năm[ \t]+)(?<year>${YEAR})(?!\p{N})`,
  'giu',
);
const YEAR_PHRASE = compile(
  'targets#dueYear',
  String.raw`${WORD_START}(?<lead>${phrases('untilYear')})[ \t]+(?<year>${YEAR})(?![\p{N}/])`,
  'giu',
);
/** "tháng 7 năm 2021": the year of a date, not a due time. */
const MONTH_BEFORE = compile('targets#monthBefore', String.raw`(?:tháng|[/.-])[ \t]*\d{1,2}[ \t]*$`, 'iu');
/** "so với năm 2024", "kể từ năm 2026": a baseline or a start, not a due time. */
const BASELINE_BEFORE = compile(
  'targets#baselineBefore',
  String.raw`${WORD_START}(?:${phrases('baselineLeads')})[ \t]*$`,
  'iu',
);
const YEARLY = compile('targets#yearly', String.raw`${WORD_START}(?:${phrases('yearly')})${WORD_END}`, 'giu');
const HAS_YEAR = new RegExp(YEAR, 'u');
const HAS_NAM = /năm/iu;
const UNTIL_LEAD = compile('targets#untilLead', String.raw`^(?:đến|tới)`, 'iu');

/** Every time phrase in `flat` between `from` and `to`, in text order, overlapping ones dropped (the longer kept). */
export function timePhrases(flat: string, from: number, to: number): TimePhrase[] {
  const found: TimePhrase[] = [];
  const slice = flat.slice(from, to);
  // every phrase but the yearly ones holds a year, and those hold "năm": most sentences hold neither
  const hasYear = HAS_YEAR.test(slice);
  if (!hasYear && !HAS_NAM.test(slice)) return found;
  for (const m of hasYear ? allMatches(DATE, slice) : []) {
    const { day, month, year } = m.groups!;
    const iso = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
    found.push({ start: from + m.index, end: from + m.index + m[0].length, by: iso, yearly: false, until: true });
  }
  for (const pattern of hasYear ? [PERIOD, BARE_PERIOD] : []) {
    for (const m of allMatches(pattern, slice)) {
      const { from: first, to: last } = m.groups!;
      if (Number(last) <= Number(first)) continue;
      found.push({ start: from + m.index, end: from + m.index + m[0].length, by: last!, yearly: false, until: false });
    }
  }
  for (const m of hasYear ? allMatches(YEAR_PHRASE, slice) : []) {
    const lead = m.groups!.lead!;
    const before = slice.slice(Math.max(0, m.index - 24), m.index);
    if (MONTH_BEFORE.test(before)) continue;
    if (BASELINE_BEFORE.test(before) || BASELINE_BEFORE.test(before + lead.replace(/[ \t]*năm$/iu, ''))) continue;
    found.push({
      start: from + m.index,
      end: from + m.index + m[0].length,
      by: m.groups!.year!,
      yearly: false,
      until: UNTIL_LEAD.test(lead),
    });
  }
  for (const m of allMatches(YEARLY, slice)) {
    found.push({ start: from + m.index, end: from + m.index + m[0].length, by: null, yearly: true, until: false });
  }
  return dropOverlaps(found);
}

function dropOverlaps(found: TimePhrase[]): TimePhrase[] {
  const byLength = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: TimePhrase[] = [];
  for (const phrase of byLength) {
    if (kept.some((k) => k.start < phrase.end && phrase.start < k.end)) continue;
    kept.push(phrase);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * The due time a heading or a title gives its targets: its first dated phrase ("đến năm 2030,
 * tầm nhìn đến năm 2045" is due 2030; the vision is a heading of its own). A yearly phrase gives none.
 */
export function dueOf(flat: string, from: number, to: number): string | null {
  return timePhrases(flat, from, to).find((phrase) => phrase.by !== null)?.by ?? null;
}

/** The year of a due time (YYYY or YYYY-MM-DD). */
export function yearOf(by: string): number {
  return Number(by.slice(0, 4));
}
