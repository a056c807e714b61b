/**
 * Candidate deadlines: the stretches of text a trigger governs, with the date expression
 * inside them. Which forms may follow which trigger:
 *
 * - "trước / chậm nhất (là|vào) / hạn chót" + a day ("trước ngày 15/11", "chậm nhất vào ngày 05 hằng tháng")
 * - "trong" + a month, quarter or half-year ("trong tháng 02/2026", "trong Quý II/2026"),
 *   or + "năm 2026" (kept only under a completion verb, see index.ts)
 * - "đến (hết)" + a day or period + completion ("đến ngày 30/6/2026 hoàn thành", "Đến hết năm 2025,
 *   hoàn thành …"), or "bảo đảm đến hết" + a day or period
 * - a limit label + ":" + any date or range ("Thời gian hoàn thành: Trong tháng 8/2025",
 *   "Tiến độ thực hiện: 2026 - 2027", "Thời gian thực hiện: từ ngày … đến ngày …")
 * - a cell of a time-limit table column (table.ts; pipe-table.ts for "| … | Quý III/2026 |" rows)
 * - "trong thời hạn / chậm nhất" + an amount of days ("trong thời hạn 15 ngày kể từ …"): no date
 * - "trước / chậm nhất" + (an hour) + a period ("trước năm 2025", "chậm nhất trong tháng 6 hằng năm")
 *   or a weekday of every week ("trước 16 giờ ngày thứ Sáu hằng tuần": weekly, no date)
 * - "vào / định kỳ" + a day of every month or week ("vào ngày 25 hằng tháng", "định kỳ thứ Hai
 *   hằng tuần"), and "ngày 25 hằng tháng" wherever it stands, outside a range
 *
 * A day after "trước" that a state must be reached by ("hợp đồng được giao kết trước ngày …") is
 * a condition of eligibility, not a limit (conditionCue).
 *
 * Overlapping candidates keep the one that starts first, then the longest ("Thời gian hoàn
 * thành: Trong tháng 8/2025" over its "trong tháng 8/2025").
 */
import { anchorIndex, anchoredScanner, anchorsIn, scanAt, type AnchoredScanner } from './anchors.js';
import { clauseEnd, clauseStart, opensClause } from './clause.js';
import { DAY_OR_PERIOD_FORM_IDS, formAt, spacesAt, valueAt, type FormMatch } from './expression.js';
import { DEADLINE_PATTERNS, PERIOD_FORM_IDS, matchAt, matchesIn, scanner, sticky } from './deadline-patterns.js';
import { recurrenceCueAfter, weeklyCueAfter } from './recurrence.js';
import { pipeTableCells } from './pipe-table.js';
import { tableCells } from './table.js';
import type { Candidate, Texts } from './types.js';

const DAY_FORM = ['dayForm'] as const;
const BEFORE = anchoredScanner('beforeLead');
const WITHIN = anchoredScanner('withinLead');
const UNTIL = anchoredScanner('untilLead');
const UNTIL_TAIL = sticky('untilTail');
const UNTIL_GOAL = new RegExp(DEADLINE_PATTERNS.untilGoal.source, DEADLINE_PATTERNS.untilGoal.flags);
const UNTIL_COUNT = new RegExp(DEADLINE_PATTERNS.untilCount.source, DEADLINE_PATTERNS.untilCount.flags);
/** Characters before a lead where a word qualifying it is looked for: a goal verb, a noun, a cut-off phrase. */
const WORDS_BEFORE_REACH = 16;
const TRAILING_GAP = /[ \t]*,?[ \t]*$/u;
const LABEL = anchoredScanner('limitLabel');
const RELATIVE = anchoredScanner('relativeLead');
const RELATIVE_AMOUNT = sticky('relativeAmount');
const WORKING_DAYS = sticky('workingDays');
const RELATIVE_FROM = sticky('relativeFrom');
const TIME_OF_DAY = sticky('timeOfDay');
const WEEKDAY = sticky('weekdayForm');
const WEEKDAY_OF_DAY = sticky('weekdayOfDay');
const DAY_LIST_JOIN = sticky('dayListJoin');
const DAY_LIST_LEAD = sticky('dayListLead');
const BARE_DAY = sticky('bareDayForm');
/** "từ ngày 01 hằng tháng …", "đến ngày 25 hằng tháng": the ends of a period, not a limit. */
const RANGE_BEFORE = /(?:^|[^\p{L}])(?:từ|đến|tới)[ \t]+$/iu;
/** "cuối", "ngày cuối cùng của" before a period: its last day ("trước cuối năm 2026", "trước ngày cuối tháng 6"). */
const PERIOD_END = sticky('periodEnd');
/** "ngày cuối cùng của tháng" with no number: a day of every month, or of the month after an event. */
const MONTH_END = sticky('monthEndForm');
const HOLIDAY = sticky('holidayForm');
const SCHEDULE = anchoredScanner('scheduleLead');
const COMPLETED = anchoredScanner('completionLead');
const COMPLETION_NOUN = new RegExp(DEADLINE_PATTERNS.completionNoun.source, DEADLINE_PATTERNS.completionNoun.flags);
/** "ngày 25 hằng tháng": a day of every month, a limit wherever it stands. */
const EVERY_MONTH_DAY = anchoredScanner('everyMonthDay');
/** The trigger families, looked for together once per document (anchors.ts). */
const TRIGGERS = anchorIndex([BEFORE, WITHIN, UNTIL, LABEL, RELATIVE, SCHEDULE, COMPLETED, EVERY_MONTH_DAY]);
/** The matches of a trigger family from `start` to the end of the stretch. */
type Leads = (scanner: AnchoredScanner, start: number) => Generator<RegExpExecArray>;
const CONDITION = scanner('conditionCue');
const CONDITION_MODAL = scanner('conditionModal');
const CONDITION_THEN = sticky('conditionThen');
const COMPLETION = scanner('completion');
const COMPLETION_BY = scanner('completionBy');
const VISION = scanner('visionCue');
/** How far before "trước ngày" a condition's verb may stand: "được giao kết và bắt đầu thực hiện". */
const CONDITION_REACH = 80;
/** A comma between clauses, not the decimal comma of "hệ số 0,7". */
const CLAUSE_COMMA = /,(?!\d)/u;

const LABEL_COLON = /[ \t]*:[ \t]*/y;
/** "Thời hạn nộp hồ sơ là ngày 30/6/2026": a copula in place of the colon. */
const LABEL_COPULA = sticky('labelCopula');
/** Words a label may take before its colon ("Thời hạn [nộp hồ sơ]: …"), at most LABEL_WORDS of them. */
const LABEL_WORD = /[ \t]+[\p{L}\p{N}]+/uy;
const LABEL_WORDS = 3;
/** Between "đến <day>" and its completion verb, and between an amount and its event. */
const GAP = /,?[ \t]+/y;
/** The comma closing "Đến ngày 30/6/2026," before the clause it limits. */
const CLAUSE_COMMA_AFTER = /[ \t]*,[ \t]*/y;
// a month without its year ("trong tháng 12") only when punctuation or the line end follows:
// "trong tháng 02 chuyên mục" counts items
const AFTER_BARE_MONTH = /[ \t]*(?:[,.;:)\n]|$)/y;
/** "trong tháng 6 tới": the coming month, closed as by punctuation. */
const COMING_MONTH = sticky('comingMonth');

/** Whether punctuation or the line end follows `at`: nothing qualifies the words before it. */
export function closedAt(canonical: string, at: number): boolean {
  return matchAt(AFTER_BARE_MONTH, canonical, at) !== null;
}
// a parenthetical may stand between the period and its comma: "Trong 6 tháng cuối năm (sau khi sáp nhập tỉnh), UBND
// tỉnh đã …"
const COMMA = /[ \t]*(?:\([^()\n]{0,80}\)[ \t]*)?,/y;
const PAST = scanner('pastMarker');
/** How far into its clause a narrative period's past tense is looked for. */
const NARRATIVE_REACH = 150;

/**
 * "Trong quý I năm 2026, Hội đồng nhân dân tỉnh đã ban hành …": a period opening a clause in
 * the past tense tells when things happened (a report), not by when they must be done, unlike
 * "Trong quý III năm 2026, hoàn thành …".
 */
function isNarrative({ canonical, flat }: Texts, start: number, end: number): boolean {
  if (!opensClause(canonical, start) || !matchAt(COMMA, canonical, end)) return false;
  const clauseStop = clauseEnd(canonical, end, Math.min(canonical.length, end + NARRATIVE_REACH));
  return !matchesIn(PAST, flat, end, clauseStop).next().done;
}

const FORECAST = scanner('forecastCue');
/**
 * How far before a trigger "dự kiến" governs it: "dự kiến hoàn thành xong trong quý 2/2026", "dự kiến tổ chức khảo sát,
 * đánh giá Chỉ số SIPAS trong tháng 12/2025".
 */
const FORECAST_REACH = 80;

/** A report's forecast: "dự kiến" shortly before the trigger, in its clause. */
function isForecast({ canonical, flat }: Texts, start: number): boolean {
  const from = Math.max(clauseStart(canonical, start), start - FORECAST_REACH);
  return !matchesIn(FORECAST, flat, from, start).next().done;
}

/** Whether the clause before `start` is in the past tense ("… đã có Văn bản … đề nghị … trước ngày …"). */
export function narratedBefore({ canonical, flat }: Texts, start: number): boolean {
  return !matchesIn(PAST, flat, clauseStart(canonical, start), start).next().done;
}

/** Candidates lying inside [from, to), in text order, not overlapping. */
export function findCandidates(texts: Texts, from: number, to: number): Candidate[] {
  // where every trigger family's first words stand, found once; each family's pattern runs only there
  const starts = anchorsIn(TRIGGERS, texts.flat, 0, to);
  const leads: Leads = (scanner, start) =>
    scanAt(scanner, starts[TRIGGERS.scanners.indexOf(scanner)] ?? null, texts.flat, start, to);
  // one scan for the limit labels, read both as "<label>: <date>" and as time-limit column headers
  const labelled = limitLabels(leads, from);
  const found = [
    ...before(texts, from, leads),
    ...within(texts, from, leads),
    ...schedules(texts, from, leads),
    ...until(texts, from, leads),
    ...completed(texts, from, leads),
    ...labels(texts.flat, labelled.inStretch),
    ...relative(texts, from, leads),
    ...tableCells(texts, from, to, labelled.all),
    ...pipeTableCells(texts, from, to),
  ].filter((candidate) => candidate.start >= from && candidate.end <= to);
  // a cell's header ("Thời gian hoàn thành (dự kiến)") is no forecast of the cells under it
  return withoutOverlaps(found).filter(
    (candidate) => candidate.kind === 'relative' || candidate.cell || !isForecast(texts, candidate.start),
  );
}

function dated(start: number, whenStart: number, whenEnd: number, end = whenEnd, beforePeriod = false): Candidate {
  return { kind: 'dated', start, end, when: [whenStart, whenEnd], beforePeriod };
}

function* before(texts: Texts, from: number, leads: Leads): Generator<Candidate> {
  const { flat } = texts;
  for (const lead of leads(BEFORE, from)) {
    const { at, hour } = afterHour(flat, lead.index + lead[0].length);
    if (at < 0) continue;
    // "trước 16 giờ 00, thứ Năm, ngày 14/5/2026": the weekday names the day after it
    const weekdayOfDay = matchAt(WEEKDAY_OF_DAY, flat, at) ?? matchAt(DAY_LIST_LEAD, flat, at);
    const dayAt = weekdayOfDay ? at + weekdayOfDay[0].length : at;
    const day = formAt(flat, dayAt, ['dayOfMonthForm', 'dayForm']);
    if (day) {
      const list = dayList(flat, day.end);
      // "… trước ngày 01/7/2025 thì …": the date conditions what follows
      const listEnd = list.at(-1)?.end ?? day.end;
      if (isCondition(texts, lead.index) || matchAt(CONDITION_THEN, flat, pastSpaces(flat, listEnd))) continue;
      const cueAt = list.length > 0 ? listEnd : undefined;
      yield { ...dated(lead.index, dayAt, day.end), cueAt };
      for (const item of list) yield { ...dated(item.start, item.start, item.end), cueAt };
      continue;
    }
    const weekly = weeklyAt(flat, lead.index, at, hour);
    if (weekly) {
      yield weekly;
      continue;
    }
    const bareDay = matchAt(BARE_DAY, flat, at);
    if (bareDay) {
      yield {
        kind: 'bareDay',
        start: lead.index,
        end: at + bareDay[0].length,
        when: [at, at + bareDay[0].length],
        beforePeriod: false,
      };
      continue;
    }
    // "trước cuối năm 2026", "chậm nhất cuối quý II/2026": the period's last day
    const edge = matchAt(PERIOD_END, flat, at);
    const periodAt = edge ? at + edge[0].length : at;
    const period = formAt(flat, periodAt, PERIOD_FORM_IDS);
    if (period && periodIsLimit(texts, lead.index, period) && !isVision(texts, lead.index)) {
      yield dated(lead.index, periodAt, period.end, period.end, !edge && lead[0].toLowerCase() === 'trước');
    } else if (edge && !period) {
      const monthEnd = monthEndAt(flat, lead.index, periodAt);
      if (monthEnd) yield monthEnd;
    } else if (!period) {
      // "xong trước Tết Nguyên đán": a festival's day moves with the lunar calendar, a limit with no date
      const holiday = matchAt(HOLIDAY, flat, at);
      if (holiday)
        yield { kind: 'relative', start: lead.index, end: at + holiday[0].length, when: null, beforePeriod: false };
    }
  }
}

/** "vào ngày cuối cùng của tháng": only with "ngày" ("vào cuối tháng" tells when something happens). */
function dayMonthEndAt(flat: string, start: number, at: number): Candidate | null {
  const edge = matchAt(PERIOD_END, flat, at);
  return edge?.[0].toLowerCase().startsWith('ngày') ? monthEndAt(flat, start, at + edge[0].length) : null;
}

/** "(trước) ngày cuối cùng của tháng": the last day of every month (or of a month of every quarter); no date. */
function monthEndAt(flat: string, start: number, at: number): Candidate | null {
  const month = matchAt(MONTH_END, flat, at);
  if (!month) return null;
  const end = at + month[0].length;
  return { kind: 'monthEnd', start, end, when: [at, end], beforePeriod: false };
}

/** The further days of a list after a trigger's first day ("trước ngày 15/6 [và 15/12]"), each with its span. */
function dayList(flat: string, firstEnd: number): Array<{ start: number; end: number }> {
  const items: Array<{ start: number; end: number }> = [];
  for (let end = firstEnd; ; ) {
    const join = matchAt(DAY_LIST_JOIN, flat, end);
    const day = join ? formAt(flat, end + join[0].length, ['dayForm']) : null;
    if (!day) return items;
    items.push({ start: end + join![0].length, end: day.end });
    end = day.end;
  }
}

/**
 * Where the date after a lead starts: past the spaces and an hour ("trước 16 giờ ngày …"),
 * and whether there was an hour; `at` is -1 when no date can start.
 */
function afterHour(flat: string, leadEnd: number): { at: number; hour: boolean } {
  const at = spacesAt(flat, leadEnd);
  if (at < 0) return { at, hour: false };
  const hour = matchAt(TIME_OF_DAY, flat, at);
  const afterSpaces = hour ? spacesAt(flat, at + hour[0].length) : -1;
  return afterSpaces < 0 ? { at, hour: false } : { at: afterSpaces, hour: true };
}

/**
 * "(ngày) thứ Sáu hằng tuần", or an hour then "hằng tuần", at `at`: a weekly limit, no date.
 * A bare "định kỳ hằng tuần" is a frequency with no limit.
 */
function weeklyAt(flat: string, start: number, at: number, hour: boolean): Candidate | null {
  const weekday = matchAt(WEEKDAY, flat, at);
  if (!weekday && !hour) return null;
  const cueEnd = weeklyCueAfter(flat, weekday ? at + weekday[0].length : spacesBefore(flat, at));
  return cueEnd < 0 ? null : { kind: 'weekly', start, end: cueEnd, when: null, beforePeriod: false };
}

/** Past the spaces at `at` (none is fine). */
function pastSpaces(flat: string, at: number): number {
  let position = at;
  while (flat[position] === ' ' || flat[position] === '\t') position++;
  return position;
}

/** Back over the spaces before `at` (the cue bridge reads them again). */
function spacesBefore(flat: string, at: number): number {
  let position = at;
  while (position > 0 && (flat[position - 1] === ' ' || flat[position - 1] === '\t')) position--;
  return position;
}

/**
 * A period a trigger governs is a limit unless it is a month without its year that nothing
 * closes ("trong tháng 02 chuyên mục" counts items; "trong tháng 6 hằng năm" is a limit) or it
 * opens a clause narrating the past.
 */
function periodIsLimit(texts: Texts, start: number, period: FormMatch): boolean {
  const { flat, canonical } = texts;
  if (period.form === 'monthForm' && !period.match[2]) {
    const comingAt = spacesAt(flat, period.end);
    const closed =
      matchAt(AFTER_BARE_MONTH, canonical, period.end) ?? (comingAt < 0 ? null : matchAt(COMING_MONTH, flat, comingAt));
    if (!closed && recurrenceCueAfter(flat, period.end) === null) return false;
  }
  return !isNarrative(texts, start, period.end);
}

/**
 * "hợp đồng lao động được giao kết và bắt đầu thực hiện trước ngày 01/4/2022": a state to be in
 * by a date is a condition of eligibility, unless a modal makes it a duty ("phải được phê duyệt").
 */
function isCondition({ canonical, flat }: Texts, leadStart: number): boolean {
  const from = Math.max(clauseStart(canonical, leadStart), leadStart - CONDITION_REACH);
  let cueEnd = -1;
  for (const cue of matchesIn(CONDITION, flat, from, leadStart)) cueEnd = cue.index + cue[0].length;
  if (cueEnd < 0 || CLAUSE_COMMA.test(flat.slice(cueEnd, leadStart))) return false;
  const none = (pattern: RegExp, start: number) => matchesIn(pattern, flat, start, leadStart).next().done === true;
  return none(CONDITION_MODAL, from) && none(COMPLETION, cueEnd);
}

/** "hướng tới mục tiêu phát thải ròng bằng 0 trước năm 2050": a target's horizon, in the clause before the lead. */
function isVision({ canonical, flat }: Texts, leadStart: number): boolean {
  return !matchesIn(VISION, flat, clauseStart(canonical, leadStart), leadStart).next().done;
}

/** "vào ngày 25 hằng tháng", "định kỳ thứ Hai hằng tuần", and "Ngày 25 hằng tháng, …" opening a clause. */
function* schedules(texts: Texts, from: number, leads: Leads): Generator<Candidate> {
  const { flat, canonical } = texts;
  for (const lead of leads(SCHEDULE, from)) {
    const { at, hour } = afterHour(flat, lead.index + lead[0].length);
    if (at < 0) continue;
    const day = formAt(flat, at, ['dayOfMonthForm']);
    if (day) yield dated(lead.index, at, day.end);
    else {
      const weekly = weeklyAt(flat, lead.index, at, hour) ?? dayMonthEndAt(flat, lead.index, at);
      if (weekly) yield weekly;
      else if (!hour && lead[0].toLowerCase() === 'vào') {
        const completed = completedAt(texts, lead.index, at);
        if (completed) yield completed;
      }
    }
  }
  // "ngày 25 hằng tháng" names a day that comes back, wherever it stands, unless a range opens it
  for (const day of leads(EVERY_MONTH_DAY, from)) {
    if (!RANGE_BEFORE.test(canonical.slice(Math.max(0, day.index - 8), day.index))) {
      yield dated(day.index, day.index, day.index + day[0].length);
    }
  }
}

/**
 * "hoàn thành vào quý III/2026", "hoàn thành vào cuối năm 2026": a day or period after "vào" is
 * a limit when a completion verb governs it; "tổ chức sơ kết vào tháng 6/2026" names an event.
 */
function completedAt(texts: Texts, leadStart: number, at: number): Candidate | null {
  // the date first: most "vào" name no day or period, and the clause around them is then never read
  const edge = matchAt(PERIOD_END, texts.flat, at);
  const periodAt = edge ? at + edge[0].length : at;
  const when = formAt(texts.flat, periodAt, edge ? PERIOD_FORM_IDS : DAY_OR_PERIOD_FORM_IDS);
  if (!when || !completionGoverns(texts, leadStart) || narratedBefore(texts, leadStart) || isVision(texts, leadStart))
    return null;
  if (!periodIsLimit(texts, leadStart, when)) return null;
  return dated(leadStart, periodAt, when.end);
}

/** How far before "vào" its completion verb may stand: "hoàn thành việc cấp giấy chứng nhận vào năm 2026". */
const COMPLETION_REACH = 60;

/**
 * A completion verb shortly before `leadStart`, with no comma between: "Sau khi hoàn thành, tổ chức … vào" has none.
 */
function completionGoverns({ canonical, flat }: Texts, leadStart: number): boolean {
  const from = Math.max(clauseStart(canonical, leadStart), leadStart - COMPLETION_REACH);
  let verbEnd = -1;
  for (const verb of matchesIn(COMPLETION_BY, flat, from, leadStart)) verbEnd = verb.index + verb[0].length;
  return verbEnd >= 0 && !/[,;:]/u.test(flat.slice(verbEnd, leadStart));
}

/**
 * "hoàn thành quý III/2026", "xong cuối năm 2026": a period right after a completion verb is a limit, its last
 * day. Not when the verb is part of a noun phrase ("Thời hạn hoàn thành năm 2025", "tỷ lệ hoàn thành năm 2025"),
 * in a clause telling the past ("đã hoàn thành năm 2025"), or naming an aim.
 */
function* completed(texts: Texts, from: number, leads: Leads): Generator<Candidate> {
  const { flat } = texts;
  for (const lead of leads(COMPLETED, from)) {
    const at = spacesAt(flat, lead.index + lead[0].length);
    if (at < 0) continue;
    const edge = matchAt(PERIOD_END, flat, at);
    const periodAt = edge ? at + edge[0].length : at;
    const period = formAt(flat, periodAt, PERIOD_FORM_IDS);
    if (!period || !periodIsLimit(texts, lead.index, period)) continue;
    if (nounBefore(flat, lead.index) || narratedBefore(texts, lead.index) || isVision(texts, lead.index)) continue;
    yield dated(at, periodAt, period.end);
  }
}

/** "Thời hạn hoàn thành …": a word right before the verb that makes it a noun. */
function nounBefore(flat: string, leadStart: number): boolean {
  return COMPLETION_NOUN.test(textBefore(flat, leadStart));
}

function* within(texts: Texts, from: number, leads: Leads): Generator<Candidate> {
  const { flat } = texts;
  for (const lead of leads(WITHIN, from)) {
    const at = spacesAt(flat, lead.index + lead[0].length);
    const period = at < 0 ? null : formAt(flat, at, PERIOD_FORM_IDS);
    if (!period) continue;
    if (!periodIsLimit(texts, lead.index, period)) continue;
    if (period.form === 'yearForm') yield { ...dated(lead.index, at, period.end), kind: 'year' };
    else yield dated(lead.index, at, period.end);
  }
}

function* until(texts: Texts, from: number, leads: Leads): Generator<Candidate> {
  const { flat, canonical } = texts;
  for (const lead of leads(UNTIL, from)) {
    const at = spacesAt(flat, lead.index + lead[0].length);
    // "đến cuối năm 2026 hoàn thành": the period's last day, as after "đến hết"
    const edge = at < 0 ? null : matchAt(PERIOD_END, flat, at);
    const dayAt = edge ? at + edge[0].length : at;
    const toEnd = /hết$/iu.test(lead[0]) || edge !== null;
    const day = at < 0 ? null : formAt(flat, dayAt, toEnd ? DAY_OR_PERIOD_FORM_IDS : DAY_FORM);
    if (!day) continue;
    const period = day.form !== 'dayForm';
    // "đến năm 2030" alone is a target's horizon; a period's end is a limit only as "đến hết",
    // on one line with its verb ("tầm nhìn đến năm 2045⏎Hoàn thành …" is a heading, then a task)
    if (period && (!periodIsLimit(texts, lead.index, day) || isVision(texts, lead.index))) continue;
    // "Tính đến ngày 30/6/2026, … hoàn thành 80%": a report's cut-off
    if (UNTIL_COUNT.test(textBefore(flat, lead.index))) continue;
    const gap = matchAt(GAP, period ? canonical : flat, day.end);
    const tail = gap ? matchAt(UNTIL_TAIL, flat, day.end + gap[0].length) : null;
    const tailEnd = tail ? tail.index + tail[0].length : subjectThenTail(texts, day.end);
    if (tailEnd >= 0) yield dated(lead.index, dayAt, day.end, tailEnd);
    else if (toEnd && goalBefore(flat, lead.index)) yield dated(lead.index, dayAt, day.end);
  }
}

/** How far after "Đến ngày 30/6/2026," the completion verb of its clause may stand. */
const SUBJECT_REACH = 60;
const TAIL_IN_CLAUSE = scanner('untilTail');

/**
 * "Đến ngày 30/6/2026, các sở phải hoàn thành …": a comma, a subject, then the completion verb in the same clause,
 * with no past tense between ("Đến ngày 30/6/2026, toàn tỉnh đã hoàn thành 80%" reports). The end of the verb, or -1.
 */
function subjectThenTail({ canonical, flat }: Texts, dateEnd: number): number {
  const comma = matchAt(CLAUSE_COMMA_AFTER, canonical, dateEnd);
  if (!comma) return -1;
  const from = dateEnd + comma[0].length;
  const to = clauseEnd(canonical, from, Math.min(canonical.length, from + SUBJECT_REACH));
  const tail = matchesIn(TAIL_IN_CLAUSE, flat, from, to).next();
  if (tail.done || /[,:]/u.test(flat.slice(from, tail.value.index))) return -1;
  if (!matchesIn(PAST, flat, from, tail.value.index).next().done) return -1;
  return tail.value.index + tail.value[0].length;
}

/** "bảo đảm đến hết năm 2030 …": a goal verb right before the lead. */
function goalBefore(flat: string, leadStart: number): boolean {
  return UNTIL_GOAL.test(textBefore(flat, leadStart));
}

/** The few words right before a lead, without the spaces and comma that close them. */
function textBefore(flat: string, leadStart: number): string {
  return flat.slice(Math.max(0, leadStart - WORDS_BEFORE_REACH), leadStart).replace(TRAILING_GAP, '');
}

/**
 * The limit labels before `to`: all of them (a table's header may lie before `from`), and those of [from, to). A
 * label straddling `from` would hide one starting inside it from a scan that starts there: then [from, to) is
 * scanned on its own.
 */
function limitLabels(leads: Leads, from: number): { all: RegExpExecArray[]; inStretch: RegExpExecArray[] } {
  const all = [...leads(LABEL, 0)];
  const straddles = all.some((label) => label.index < from && label.index + label[0].length > from);
  const inStretch = straddles ? [...leads(LABEL, from)] : all.filter((label) => label.index >= from);
  return { all, inStretch };
}

function* labels(flat: string, found: readonly RegExpExecArray[]): Generator<Candidate> {
  for (const label of found) {
    const colon = colonAfter(flat, label.index + label[0].length);
    const value = colon ? valueAt(flat, colon.index + colon[0].length) : null;
    if (value)
      yield { ...dated(label.index, value.when[0], value.when[1], value.when[1], value.beforePeriod), labelled: true };
  }
}

/** The colon (or copula) after a label and up to LABEL_WORDS words: "Thời hạn nộp hồ sơ: …", "… là ngày …". */
function colonAfter(flat: string, at: number): RegExpExecArray | null {
  let position = at;
  for (let words = 0; ; words++) {
    const colon = matchAt(LABEL_COLON, flat, position) ?? matchAt(LABEL_COPULA, flat, position);
    if (colon || words === LABEL_WORDS) return colon;
    const word = matchAt(LABEL_WORD, flat, position);
    if (!word) return null;
    position += word[0].length;
  }
}

function* relative({ flat, canonical }: Texts, from: number, leads: Leads): Generator<Candidate> {
  for (const lead of leads(RELATIVE, from)) {
    const at = spacesAt(flat, lead.index + lead[0].length);
    const amount = at < 0 ? null : matchAt(RELATIVE_AMOUNT, flat, at);
    if (!amount) continue;
    let end = at + amount[0].length;
    const workingAt = spacesAt(flat, end);
    const working = workingAt < 0 ? null : matchAt(WORKING_DAYS, flat, workingAt);
    if (working) end = workingAt + working[0].length;
    const eventAt = spacesAt(flat, end);
    const event = eventAt < 0 ? null : matchAt(RELATIVE_FROM, flat, eventAt);
    // the event runs to its clause's end (a flattened line break hides where a paragraph ends)
    if (event) end = clauseEnd(canonical, end, eventAt + event[0].length);
    yield { kind: 'relative', start: lead.index, end, when: null, beforePeriod: false };
  }
}

function withoutOverlaps(candidates: Candidate[]): Candidate[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const candidate of candidates) {
    const last = kept.at(-1);
    if (!last || candidate.start >= last.end) kept.push(candidate);
  }
  return kept;
}
