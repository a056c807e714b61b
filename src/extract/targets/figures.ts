/**
 * Figures: the numbers of a sentence with what they count. "95,5%" is 95.5 percent, "5.000
 * doanh nghiệp" 5000 of the unit "doanh nghiệp", "30% - 40%" and "04 - 05 nhóm" ranges read at
 * their lower bound. Numbers inside dates, document numbers, scales ("1:50.000") and list labels
 * ("(2)", "1.") are not figures.
 */
import { WORD_END, compile } from '../../grammar/compile.js';
import { phrases } from './grammar.js';

/** A number in the text and what follows it. */
export interface Figure {
  /** where the number (or range) starts, and where its unit ends */
  start: number;
  end: number;
  value: number;
  percent: boolean;
  /** "%" for a percentage, else the counted noun's head, lower case; null when no noun follows */
  unit: string | null;
  /** written as a range: the value is its lower bound */
  range: boolean;
  /** the unit is money ("tỷ đồng", "triệu USD") */
  money: boolean;
  /** the unit is time, age or a count of occurrences ("ngày", "tuổi", "lần") */
  timeUnit: boolean;
  /** a year-like number with no unit (2030): never a figure of a target */
  yearLike: boolean;
}

const NUMBER_PART = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;
/** A number not glued to a letter, another number, a slash, a colon or a dash before it. */
const NUMBER = compile(
  'targets#number',
  String.raw`(?<![\p{L}\p{N}/.,:\-–])(?:${NUMBER_PART})(?![\p{N}/]|[.,]\p{N})`,
  'gu',
);
// The tails are read at the end of a number: anchored, on the next few characters only.
const RANGE_TAIL = compile(
  'targets#rangeTail',
  String.raw`^(?<pct>[ \t]{0,3}%)?(?:[ \t]{0,3}[-–—][ \t]{0,3}|[ \t]+(?:đến|tới)[ \t]+(?=${NUMBER_PART}[ \t]{0,3}%))(?<hi>${NUMBER_PART})(?![\p{N}/]|[-/.,]\p{N})`,
  'iu',
);
const PERCENT_TAIL = compile('targets#percentTail', String.raw`^[ \t]{0,3}(?:%|phần[ \t]+trăm${WORD_END})`, 'iu');
const UNIT_TAIL = compile(
  'targets#unitTail',
  String.raw`^(?<gap>[ \t]{0,3})(?:(?<known>${phrases('units')})${WORD_END}|(?<word>\p{L}+))`,
  'iu',
);
/** How many characters after a number its tail is looked for in. */
const TAIL = 40;
const MONEY = compile('targets#moneyUnit', String.raw`^(?:${phrases('money')})$`, 'iu');
const TIME_UNIT = compile('targets#timeUnit', String.raw`^(?:${phrases('timeUnits')})$`, 'iu');

/** Read "5.000" as 5000 and "95,5" as 95.5 (Vietnamese: dot for thousands, comma for decimals). */
export function readNumber(written: string): number {
  return Number(written.replace(/\./g, '').replace(',', '.'));
}

/** The figures of `flat` between `from` and `to`, in text order. */
export function findFigures(flat: string, from: number, to: number): Figure[] {
  const slice = flat.slice(0, to);
  const figures: Figure[] = [];
  NUMBER.lastIndex = from;
  for (let m = NUMBER.exec(slice); m; m = NUMBER.exec(slice)) {
    const figure = readFigure(slice, m.index, m[0]);
    if (figure) {
      figures.push(figure);
      NUMBER.lastIndex = Math.max(NUMBER.lastIndex, figure.end);
    }
  }
  return figures;
}

function readFigure(text: string, start: number, written: string): Figure | null {
  let at = start + written.length;
  // "(2)": a list label
  if (text[start - 1] === '(' && text[at] === ')') return null;
  let value = readNumber(written);
  let range = false;
  let percent = false;
  const rangeMatch = RANGE_TAIL.exec(text.slice(at, at + TAIL));
  if (rangeMatch && readNumber(rangeMatch.groups!.hi!) > value) {
    range = true;
    at += rangeMatch[0].length;
  } else if (rangeMatch?.groups?.pct === undefined && /^[ \t]*[-–—]\p{N}/u.test(text.slice(at, at + 3))) {
    return null; // "16-06-2026": a date
  }
  const percentMatch = PERCENT_TAIL.exec(text.slice(at, at + TAIL));
  if (percentMatch) {
    percent = true;
    at += percentMatch[0].length;
  }
  if (percent)
    return { start, end: at, value, percent, unit: '%', range, money: false, timeUnit: false, yearLike: false };
  // a year takes no unit: the word after it belongs to the sentence ("năm 2026 tăng 13%")
  const yearLike = !written.includes('.') && value >= 1900 && value <= 2100 && !range;
  if (yearLike)
    return {
      start,
      end: start + written.length,
      value,
      percent,
      unit: null,
      range,
      money: false,
      timeUnit: false,
      yearLike,
    };
  const unitMatch = UNIT_TAIL.exec(text.slice(at, at + TAIL));
  // a word glued to the number is a unit only when known ("500ha"); "2Š" is a misread digit
  if (unitMatch && unitMatch.groups!.known === undefined && unitMatch.groups!.gap === '') return null;
  const unit = unitMatch ? lowerCase(unitMatch.groups!.known ?? unitMatch.groups!.word!) : null;
  if (unitMatch) at += unitMatch[0].length;
  value = Number.isFinite(value) ? value : 0;
  return {
    start,
    end: at,
    value,
    percent,
    unit,
    range,
    money: unit !== null && MONEY.test(unit),
    timeUnit: unit !== null && TIME_UNIT.test(unit),
    yearLike: false,
  };
}

/** Lower case, as GOLD.md writes units, except an acronym ("tỷ USD"). */
function lowerCase(unit: string): string {
  return unit
    .split(/[ \t]+/u)
    .map((word) => (/^\p{Lu}{2,}$/u.test(word) ? word : word.toLowerCase()))
    .join(' ');
}
