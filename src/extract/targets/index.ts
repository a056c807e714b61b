/**
 * extractTargets(): the quantitative targets (chỉ tiêu) a document sets for the future.
 *
 * A figure is a target where a target is being set: inside a targets section (a heading that
 * opens with "Mục tiêu", "Chỉ tiêu", "Tầm nhìn"), after a goal word in its sentence ("Phấn
 * đấu", "mục tiêu"), or in a sentence that opens with a year to reach ("Đến năm 2030, …").
 * There, a percentage is a target; a count only after a comparator or a lead word ("trên 45
 * xã", "có 06 huyện"). Never: years, counts of days, ages or occurrences, results and present
 * figures ("đã", "chiếm", "hiện có"), qualifiers of what is counted ("có doanh thu … đạt 20 triệu
 * USD"), money without a level to reach, and figures due before the document was signed.
 * Elsewhere — the articles of a law, a decree's procedural limits — nothing is read.
 */
import type { Target, Task } from '../../model/schema.js';
import { canonicalTones } from '../../grammar/tones.js';
import { compile } from '../../grammar/compile.js';
import { layout as layoutOf, type Layout } from '../../layout/index.js';
import { buildOutline, type DocumentOutline } from '../../outline/index.js';
import { extractTitle } from '../title.js';
import type { ExtractContext, Extracted } from '../support/context.js';
import { inRanges, quotedRanges, type Range } from '../support/quotes.js';
import { agenciesFor } from './agencies.js';
import { clausesOf, paragraphs, semicolonsOf, sentences, type Semicolons, type Stretch } from './clauses.js';
import { findFigures, type Figure } from './figures.js';
import { phrases, phraseSet } from './grammar.js';
import { changeOf, comparatorOf, hasCountLead, writtenComparator } from './qualifiers.js';
import { Sections, type Placement } from './sections.js';
import { dueOf, timePhrases, yearOf, type TimePhrase } from './time.js';
import { allMatches } from '../../grammar/scan.js';

/** What {@link extractTargets} may be given; whatever is left out is read from the text. */
export interface TargetOptions {
  /** the text's layout and outline, when the caller has them */
  layout?: Layout;
  outline?: DocumentOutline;
  /** the document's title: its period or year ("giai đoạn 2026 - 2030") is the horizon of its targets sections */
  title?: string | null;
  /** the document's date (YYYY-MM-DD or YYYY): a figure due before its year is a past result */
  documentDate?: string | null;
  /** the document's tasks: a target inside one takes its agencies */
  tasks?: readonly Task[];
}

const WORD = String.raw`(?<![\p{L}\p{N}])`;
const GOAL_WORD = phraseSet('goalWords');
const NOT_GOAL_WORD = phraseSet('notGoalWords');
const PAST = compile('targets#past', String.raw`${WORD}(?:${phrases('pastMarkers')})(?![\p{L}\p{N}])`, 'iu');
const CONDITION = compile('targets#condition', String.raw`${WORD}(?:${phrases('conditions')})(?![\p{L}\p{N}])`, 'iu');
const PER_YEAR = compile('targets#perYear', String.raw`^[ \t]*(?:${phrases('perYear')})(?![\p{L}\p{N}])`, 'iu');
const REACH = compile('targets#reachBefore', String.raw`${WORD}đạt(?:[ \t]+\p{L}+){0,2}[ \t]*$`, 'iu');
/** How far into its sentence a year to reach may stand and still open it ("- Đến năm 2015, …"). */
const OPENER_REACH = 4;

/**
 * The targets of a document, in text order. Each span is the clause that sets the target
 * (`text.slice(...span)` is its `text`); `by` is the year or date it is due, from its sentence,
 * its headings, or — inside a targets section — the period of the document's title (then
 * `byInferred`).
 *
 * @param text - the normalized document text
 * @param options - the layout, outline, title, date and tasks when the caller has them
 *
 * @example
 * ```ts
 * import { extractTargets } from 'vanban';
 *
 * const [first, second] = extractTargets('1. Chỉ tiêu\n- Đến năm 2015, có 06 huyện; trên 45 xã xây dựng mô hình.\n');
 * first; // → { value: 6, unit: 'huyện', by: '2015', comparator: '=', change: 'level' }
 * second; // → { value: 45, unit: 'xã', by: '2015', comparator: '>' }
 * extractTargets('Phấn đấu mỗi năm giảm 5% số vụ trẻ em bị xâm hại.')[0];
 * // → { value: 5, unit: '%', by: null, recurrence: 'yearly', change: 'decrease', comparator: '=' }
 * extractTargets('Điều 5. Người lao động từ đủ 15 tuổi được nghỉ tối đa 30 ngày.'); // → []
 * ```
 */
export function extractTargets(text: string, options: TargetOptions = {}): Target[] {
  return readTargets({ text, layout: options.layout ?? layoutOf(text) }, options).value;
}

/** The targets stage of {@link parse}: {@link extractTargets} on a text whose layout is read. */
export function readTargets(
  { text, layout }: ExtractContext,
  options: Omit<TargetOptions, 'layout'> = {},
): Extracted<Target[]> {
  const outline = options.outline ?? buildOutline(layout);
  const flat = layout.flat;
  const title = options.title !== undefined ? options.title : (extractTitle({ text, layout }).value?.text ?? null);
  const read: Reading = {
    text,
    flat,
    semicolons: semicolonsOf(flat),
    sections: new Sections(layout, outline, flat),
    quoted: quoteTest(text),
    horizon: title ? horizonOf(title) : null,
    year: yearOfDate(options.documentDate ?? null),
  };
  const targets: Target[] = [];
  const holdsDigit = digitTest(flat);
  for (const paragraph of paragraphs(text, layout.lines, outline.first)) {
    // every figure has a digit: a paragraph without one holds no target, and is not split into sentences; a sentence
    // without one is not looked at for cues
    if (!holdsDigit(paragraph.start, paragraph.end)) continue;
    const placed = read.sections.mayBeInTargets(paragraph.start);
    for (const sentence of sentences(flat, paragraph)) {
      if (holdsDigit(sentence.start, sentence.end)) targets.push(...sentenceTargets(read, sentence, placed));
    }
  }
  const value = options.tasks
    ? targets.map((target) => ({ ...target, agencies: agenciesFor(target, options.tasks!) }))
    : targets;
  return { value, diagnostics: [] };
}

/**
 * Whether `flat` holds a digit (0-9, what \d matches) in [start, end), for stretches asked in text order: the next
 * digit found is kept, so the text is scanned once for all of them.
 */
function digitTest(flat: string): (start: number, end: number) => boolean {
  // the first digit at or after `from`
  let from = 0;
  let next = -1;
  return (start, end) => {
    if (start < from || next < start) {
      from = start;
      next = nextDigit(flat, start);
    }
    return next < end;
  };
}

const DIGIT = /[0-9]/g;

/**
 * The first digit at or after `from`. Asked once a paragraph (not once a digit), the engine's scan of the digitless
 * stretches beats a loop of code units (corpus paragraphs: 7-12 ms against 19-20 ms a round).
 */
function nextDigit(flat: string, from: number): number {
  DIGIT.lastIndex = from;
  return DIGIT.exec(flat)?.index ?? Number.POSITIVE_INFINITY;
}

/** {@link Reading.quoted}: the quoted passages are found on the first question, asked only of a cued figure. */
function quoteTest(text: string): (offset: number) => boolean {
  let quotes: Range[] | undefined;
  return (offset) => inRanges((quotes ??= quotedRanges(text)), offset);
}

interface Reading {
  text: string;
  flat: string;
  semicolons: Semicolons;
  sections: Sections;
  /** whether an offset is in a quoted passage (“…”): a goal quoted from another instrument is not set by this one */
  quoted: (offset: number) => boolean;
  horizon: string | null;
  /** the year the document was signed, when known */
  year: number | null;
}

/**
 * `placed`: the sentence may lie in a targets section; if not, only a goal word or a year that opens it cues a figure.
 */
function sentenceTargets(read: Reading, sentence: Stretch, placed: boolean): Target[] {
  const { flat } = read;
  // most figures are in no target's place: each cue is read only when a figure needs it, and the
  // sentence's time phrases only for a figure that is a target, or when a lead word opens the sentence
  let goals: number[] | null = null;
  let opens: boolean | null = null;
  let times: TimePhrase[] | null = null;
  const goalsOf = () => (goals ??= goalWords(flat, sentence));
  const timesOf = () => (times ??= timePhrases(flat, sentence.start, sentence.end));
  const opensOf = () => (opens ??= opensWithYear(read, sentence, timesOf));
  // no cue at all: its figures are not read
  if (!placed && goalsOf().length === 0 && !opensOf()) return [];
  const out: Target[] = [];
  for (const clause of clausesOf(flat, sentence, read.semicolons)) {
    let from = clause.start;
    const changes = changeChain(flat);
    for (const figure of findFigures(flat, clause.start, clause.end)) {
      const segment = from;
      from = figure.end;
      const change = changes.next(segment, figure);
      const placement = read.sections.placementAt(figure.start);
      if (placement.inPast) continue;
      const goal = goalsOf()
        .filter((at) => at < figure.start)
        .at(-1);
      const cued = placement.inTargets || goal !== undefined || opensOf();
      if (!cued || read.quoted(figure.start)) continue;
      if (!isTargetFigure(flat, Math.max(clause.start, goal ?? 0), segment, figure)) continue;
      const due = dueFor(read, figure, clause, timesOf(), placement);
      if (due.by !== null && read.year !== null && yearOf(due.by) < read.year) continue;
      out.push(toTarget(read, clause, segment, figure, due, change()));
    }
  }
  return out;
}

/**
 * The first words a year to reach can open with: those of the date leads ("đến ngày", "trước ngày",
 * "chậm nhất ngày") and "đến", "tới" (the year leads that set one). A sentence none of them opens
 * has no opener, and its time phrases are not read for one.
 */
const OPENER_WORDS = [
  ...new Set([...phrases('untilDate').split('|'), 'đến', 'tới'].map((lead) => lead.split(String.raw`[ \t]+`)[0]!)),
];
const OPENER_WORD = compile('targets#openerWord', `(?:${OPENER_WORDS.join('|')})`, 'iu');
const OPENER_WORD_LENGTH = Math.max(...OPENER_WORDS.map((word) => word.length));

/** "Đến năm 2030, …": a year to reach, not before the document's own, opens the sentence. */
function opensWithYear(read: Reading, sentence: Stretch, timesOf: () => TimePhrase[]): boolean {
  const head = read.flat.slice(
    sentence.start,
    Math.min(sentence.end, sentence.start + OPENER_REACH + OPENER_WORD_LENGTH),
  );
  if (!OPENER_WORD.test(head)) return false;
  const opener = timesOf().find((t) => t.until && t.start - sentence.start <= OPENER_REACH);
  return opener !== undefined && (read.year === null || yearOf(opener.by!) >= read.year);
}

/**
 * The change each figure of a clause states, in order: a figure with no verb of its own takes the
 * one before it in a list ("tăng 5% …, 10% …"). Read only when a figure is a target, the figures
 * before it first, so that the chain is the same as read figure by figure.
 */
function changeChain(flat: string) {
  const figures: Array<{ segment: number; figure: Figure }> = [];
  const changes: Array<Target['change']> = [];
  let previous: Target['change'] | null = null;
  const changeAt = (k: number): Target['change'] => {
    for (let i = changes.length; i <= k; i++) {
      const { segment, figure } = figures[i]!;
      const change = changeOf(flat, segment, figure, previous);
      previous = figure.yearLike ? previous : change;
      changes.push(change);
    }
    return changes[k]!;
  };
  return {
    next(segment: number, figure: Figure): () => Target['change'] {
      const k = figures.push({ segment, figure }) - 1;
      return () => changeAt(k);
    },
  };
}

/**
 * Where the goal words of a sentence start, leaving out those inside a phrase that sets no goal ("chương trình mục
 * tiêu").
 */
function goalWords(flat: string, sentence: Stretch): number[] {
  const text = flat.slice(sentence.start, sentence.end);
  const goals = allMatches(GOAL_WORD, text);
  // the long list of phrases that hold a goal word only matters where a goal word stands
  if (goals.length === 0) return [];
  const not = allMatches(NOT_GOAL_WORD, text).map((m) => [m.index, m.index + m[0].length] as const);
  return goals
    .filter((m) => !not.some(([from, to]) => m.index >= from && m.index < to))
    .map((m) => sentence.start + m.index);
}

/**
 * Whether a figure in a target's place is one: `since` is where its own statement starts (its
 * clause, or the goal word nearest before it), `segment` where the words of this figure start
 * (after the previous figure).
 */
function isTargetFigure(flat: string, since: number, segment: number, figure: Figure): boolean {
  if (figure.yearLike || figure.timeUnit) return false;
  if (!figure.percent) {
    if (figure.unit === null || !hasCountLead(flat, segment, figure)) return false;
    if (
      figure.money &&
      writtenComparator(flat, segment, figure) === null &&
      !REACH.test(flat.slice(segment, figure.start))
    )
      return false;
  }
  if (PAST.test(flat.slice(since, figure.start))) return false;
  // a qualifier stands in the figure's own phrase: "… doanh nghiệp có doanh thu … đạt 20 triệu USD"
  const phrase = flat.slice(segment, figure.start);
  return !CONDITION.test(phrase.slice(phrase.lastIndexOf(',') + 1));
}

interface Due {
  by: string | null;
  recurrence: Target['recurrence'];
  inferred: boolean;
}

/**
 * The due time: the last time phrase before the figure in its sentence, else the first after it in
 * its clause, else its headings', else (in a targets section) the title's horizon. "30%/năm" is
 * yearly and keeps the due year of its section.
 */
function dueFor(read: Reading, figure: Figure, clause: Stretch, times: TimePhrase[], placement: Placement): Due {
  const perYear = figure.percent && PER_YEAR.test(read.flat.slice(figure.end, figure.end + 8));
  const recurrence = perYear ? 'yearly' : 'once';
  const stated =
    times.filter((t) => t.end <= figure.start).at(-1) ??
    times.find((t) => t.start >= figure.end && t.end <= clause.end);
  if (stated)
    return stated.yearly
      ? { by: null, recurrence: 'yearly', inferred: false }
      : { by: stated.by, recurrence, inferred: false };
  if (placement.due) return { by: placement.due, recurrence, inferred: true };
  if (placement.inTargets && read.horizon) return { by: read.horizon, recurrence, inferred: true };
  return { by: null, recurrence, inferred: false };
}

function toTarget(
  read: Reading,
  clause: Stretch,
  segment: number,
  figure: Figure,
  due: Due,
  change: Target['change'],
): Target {
  return {
    text: read.text.slice(clause.start, clause.end),
    value: figure.value,
    unit: figure.unit,
    metric: metricOf(read.text, clause, figure),
    by: due.by,
    recurrence: due.recurrence,
    change,
    comparator: comparatorOf(read.flat, segment, clause.end, figure),
    byInferred: due.inferred,
    agencies: [],
    span: [clause.start, clause.end],
  };
}

/** What is measured, as written: the words after the figure in its clause, else those before it. */
function metricOf(text: string, clause: Stretch, figure: Figure): string | null {
  const clean = (s: string) => s.replace(/\s+/gu, ' ').replace(/^[\s,.:;–-]+|[\s,.:;–-]+$/gu, '');
  // "55 tỷ USD/năm": the rate's "/năm" belongs to the figure
  const after = clean(text.slice(figure.end, clause.end).replace(/^\/\s*\p{L}+/u, ''));
  if (after !== '') return after;
  const before = clean(text.slice(clause.start, figure.start));
  return before === '' ? null : before;
}

function horizonOf(title: string): string | null {
  const flat = canonicalTones(title.normalize('NFC')).replace(/\s+/gu, ' ');
  return dueOf(flat, 0, flat.length);
}

function yearOfDate(date: string | null): number | null {
  const year = date ? Number(date.slice(0, 4)) : NaN;
  return Number.isInteger(year) && year > 0 ? year : null;
}
