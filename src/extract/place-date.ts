/**
 * Place and date: "Hà Nội, ngày 01 tháng 7 năm 2024" (or "ngày 01/7/2024") → place Hà Nội,
 * 2024-07-01, a footnote mark glued to the year left out ("năm 20241"); a draft's
 * "ngày   tháng   năm 2024" → "2024". Texts of the National Assembly and its Standing
 * Committee have no such line and take the adoption date ("… thông qua ngày 22 tháng 11 năm 2012").
 */
import type { DocumentDate, Place } from '../model/schema.js';
import { HEADER } from '../layout/header-patterns.js';
import { diagnostic, type ExtractContext, type Extracted } from './support/context.js';

export interface PlaceAndDate {
  place: Place | null;
  date: DocumentDate | null;
}

export function extractPlaceDate({ text, layout }: ExtractContext): Extracted<PlaceAndDate> {
  const line = layout.header.dateLine;
  if (line) {
    const m = HEADER.placeDate.exec(line.canonical)!;
    const base = line.start + line.indent;
    const placeText = m.groups!.place!.trim();
    const dateText = m.groups!.dateText!;
    const dateAt = base + line.canonical.indexOf(dateText, placeText.length);
    // "ngày 15 tháng 3 năm 2026", or in figures as portals print it, "ngày 15/3/2026"
    const g = m.groups!;
    const iso = isoDate(g.year ?? g.nyear, g.month ?? g.nmonth, g.day ?? g.nday);
    const diagnostics =
      iso === undefined
        ? [
            diagnostic('date/invalid', 'warning', `"${dateText}" is not a calendar date.`, [
              dateAt,
              dateAt + dateText.length,
            ]),
          ]
        : [];
    if (iso !== undefined && iso !== null && iso.length === 4)
      diagnostics.push(blankDate(m.groups!.month, iso, [dateAt, dateAt + dateText.length]));
    return {
      value: {
        // the name as written (line.canonical has canonical tone marks): the span's own text
        place: { name: text.slice(base, base + placeText.length), span: [base, base + placeText.length] },
        date: {
          iso: iso ?? null,
          raw: text.slice(dateAt, dateAt + dateText.length),
          span: [dateAt, dateAt + dateText.length],
          inferred: false,
        },
      },
      diagnostics,
    };
  }
  // the layout's canonical copy of the whole text, not a second one
  const adopted = HEADER.adoption.exec(layout.canonical);
  if (adopted) {
    const g = adopted.groups!;
    const at = adopted.index + adopted[0].indexOf(g.dateText!);
    const span: [number, number] = [at, at + g.dateText!.length];
    return {
      value: {
        place: null,
        date: { iso: isoDate(g.year, g.month, g.day) ?? null, raw: text.slice(...span), span, inferred: true },
      },
      diagnostics: [
        diagnostic('date/from-adoption', 'info', 'No place-and-date line; the date is the adoption date.', span),
      ],
    };
  }
  return {
    value: { place: null, date: null },
    diagnostics: [diagnostic('date/missing', 'info', 'The document has no place-and-date line.')],
  };
}

/**
 * A draft's date left blank: `iso` keeps only the year (GOLD.md), so a month that is filled in
 * ("ngày    tháng 3 năm 2026") is said in the diagnostic rather than lost.
 */
function blankDate(month: string | undefined, year: string, span: [number, number]): ReturnType<typeof diagnostic> {
  if (!month) return diagnostic('date/blank', 'info', 'The day and month are left blank (a draft).', span);
  return diagnostic(
    'date/blank',
    'info',
    `The day is left blank (a draft); the month is filled in: ${Number(month)}/${year}.`,
    span,
  );
}

/**
 * Whether the day, month and year make a date of the calendar: counted for a year of four digits (every cited
 * instrument's), asked of Date for any other (a year below 100 is read as 19xx there, and so never matches).
 */
function isCalendarDate(y: number, mo: number, d: number): boolean {
  if (!Number.isInteger(y) || y < 100 || y > 9999 || !Number.isInteger(mo) || !Number.isInteger(d)) {
    const check = new Date(Date.UTC(y, mo - 1, d));
    return check.getUTCFullYear() === y && check.getUTCMonth() === mo - 1 && check.getUTCDate() === d;
  }
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

function daysInMonth(y: number, mo: number): number {
  if (mo === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
}

/** ISO date from the parts that are filled in; undefined when they do not make a calendar date. */
export function isoDate(year?: string, month?: string, day?: string): string | null | undefined {
  if (!year) return null;
  if (!month || !day) return year;
  const y = Number(year);
  const mo = Number(month);
  const d = Number(day);
  if (!isCalendarDate(y, mo, d)) return undefined;
  return `${year}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
