/**
 * The reference instant for dates that leave the year out: the document's own date
 * (ISO "YYYY-MM-DD", or "YYYY" when only the year is filled in), at noon in Vietnam.
 */

/** Vietnam is UTC+7 all year (no daylight saving). */
export const VIETNAM_OFFSET_MINUTES = 7 * 60;

export interface Reference {
  instant: Date;
  /** false when the document has no date: the instant is then "now" and only steers year inference */
  known: boolean;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_YEAR = /^(\d{4})$/;

export function referenceOf(documentDate: string | null | undefined): Reference {
  const value = documentDate?.trim() ?? '';
  const day = ISO_DAY.exec(value);
  if (day) return { instant: noonInVietnam(+day[1]!, +day[2]!, +day[3]!), known: true };
  const year = ISO_YEAR.exec(value);
  if (year) return { instant: noonInVietnam(+year[1]!, 1, 1), known: true };
  return { instant: new Date(), known: false };
}

function noonInVietnam(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day, 12 - VIETNAM_OFFSET_MINUTES / 60));
}
