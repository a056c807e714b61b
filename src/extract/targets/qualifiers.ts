/**
 * What the words around a figure make of it: its comparator ("trên 45 xã" >, "tối thiểu 95%"
 * >=, "không quá 03 trường" <=, a range's lower bound >=) and its change ("giảm 5%" decrease,
 * "tăng trên 3%" increase, "tăng … lên trên 08 khu" a level to reach).
 */
import type { Target } from '../../model/schema.js';
import { WORD_END, WORD_START, compile } from '../../grammar/compile.js';
import type { Figure } from './figures.js';
import { phrases } from './grammar.js';

/**
 * A filler word at the end of the text before a figure ("tối đa bằng 70%"): stripped before a comparator is looked for.
 */
const TRAILING_FILLER = compile(
  'targets#trailingFiller',
  String.raw`${WORD_START}(?:${phrases('comparatorFillers')})[ \t]*$`,
  'iu',
);
const before = (id: Parameters<typeof phrases>[0]) =>
  compile(`targets#${id}Before`, String.raw`${WORD_START}(?:${phrases(id)})[ \t]*$`, 'iu');

const COMPARATORS: ReadonlyArray<[Target['comparator'], RegExp]> = [
  ['>', before('greater')],
  ['>=', before('atLeast')],
  ['<', before('less')],
  ['<=', before('atMost')],
];
const OR_MORE = compile(
  'targets#orMoreAfter',
  String.raw`^[ \t]*(?:[\p{L}/]+[ \t]+){0,4}?(?:${phrases('orMore')})${WORD_END}`,
  'iu',
);
const OR_LESS = compile(
  'targets#orLessAfter',
  String.raw`^[ \t]*(?:[\p{L}/]+[ \t]+){0,4}?(?:${phrases('orLess')})${WORD_END}`,
  'iu',
);
const COUNT_LEAD = compile(
  'targets#countLeadBefore',
  String.raw`${WORD_START}(?:${phrases('countLead')})[ \t]*$`,
  'iu',
);
const CHANGE_VERB = compile(
  'targets#changeVerb',
  String.raw`${WORD_START}(?:(?<not>${phrases('notChange')})|(?<growth>${phrases('growth')})|(?<increase>${phrases('increase')})|(?<decrease>${phrases('decrease')}))${WORD_END}`,
  'giu',
);
const TO_LEVEL = compile('targets#toLevel', String.raw`${WORD_START}(?:${phrases('toLevel')})${WORD_END}`, 'iu');

/** How far back a comparator is looked for: a few words. */
const LOOK_BACK = 40;

/** The comparator written just before the figure (the longest phrase wins: "không dưới" over "dưới"), if any. */
export function writtenComparator(flat: string, from: number, figure: Figure): Target['comparator'] | null {
  let text = flat.slice(Math.max(from, figure.start - LOOK_BACK), figure.start);
  for (let m = TRAILING_FILLER.exec(text); m; m = TRAILING_FILLER.exec(text)) text = text.slice(0, m.index);
  let best: { comparator: Target['comparator']; at: number } | null = null;
  for (const [comparator, pattern] of COMPARATORS) {
    const m = pattern.exec(text);
    if (m && (best === null || m.index < best.at)) best = { comparator, at: m.index };
  }
  return best?.comparator ?? null;
}

/**
 * The figure's comparator: written before it, "… trở lên" / "… trở xuống" after it, a range's lower bound, else "=".
 */
export function comparatorOf(flat: string, from: number, to: number, figure: Figure): Target['comparator'] {
  const written = writtenComparator(flat, from, figure);
  if (written) return written;
  const after = flat.slice(figure.end, Math.min(to, figure.end + LOOK_BACK));
  if (OR_MORE.test(after)) return '>=';
  if (OR_LESS.test(after)) return '<=';
  return figure.range ? '>=' : '=';
}

/** A count is a target only after a comparator or a lead word ("có 06 huyện", "đạt 60 doanh nghiệp", "lên 08 khu"). */
export function hasCountLead(flat: string, from: number, figure: Figure): boolean {
  if (writtenComparator(flat, from, figure) !== null) return true;
  return COUNT_LEAD.test(flat.slice(Math.max(from, figure.start - LOOK_BACK), figure.start));
}

/** A figure that only continues a list ("cắt giảm 50% thời gian, 50% chi phí") shares the change of the one before. */
const LIST_CONTINUES = compile(
  'targets#listContinues',
  String.raw`(?:,|${WORD_START}và)(?:[ \t]+\p{L}+){0,2}[ \t]*$`,
  'iu',
);

/**
 * The change: the last change verb between `from` and the figure, a level when "lên"/"xuống"/"còn"/"đạt"
 * follows it; with no verb there, a figure that continues a list takes the change of the one before it.
 */
export function changeOf(
  flat: string,
  from: number,
  figure: Figure,
  previous: Target['change'] | null = null,
): Target['change'] {
  const text = flat.slice(from, figure.start);
  let last: RegExpExecArray | null = null;
  let growth = false;
  CHANGE_VERB.lastIndex = 0;
  for (let m = CHANGE_VERB.exec(text); m; m = CHANGE_VERB.exec(text)) {
    if (m.groups!.not !== undefined) continue;
    if (m.groups!.growth !== undefined) growth = true;
    last = m;
  }
  if (growth) return 'increase';
  if (!last) return previous !== null && LIST_CONTINUES.test(text) ? previous : 'level';
  if (TO_LEVEL.test(text.slice(last.index + last[0].length))) return 'level';
  return last.groups!.decrease !== undefined ? 'decrease' : 'increase';
}
