/** Calendar arithmetic and the ISO / XML Schema forms a deadline's date is written in. */

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month of a given year (February follows the leap-year rule). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** YYYY-MM-DD */
export function isoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** --MM-DD (xs:gMonthDay): a day of a year left out or of every year. */
export function monthDay(month: number, day: number): string {
  return `--${pad(month)}-${pad(day)}`;
}

/** ---DD (xs:gDay): a day of every month. */
export function dayOfEveryMonth(day: number): string {
  return `---${pad(day)}`;
}
