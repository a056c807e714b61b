/**
 * Candidate deadlines: the stretches of text a trigger governs, with the date expression
 * inside them. Which forms may follow which trigger:
 *
 * - "trước / chậm nhất (là|vào) / hạn chót" + a day ("trước ngày 15/11", "chậm nhất vào ngày 05 hằng tháng")
 * - "trong" + a month, quarter or half-year ("trong tháng 02/2026", "trong Quý II/2026"),
 *   or + "năm 2026" (kept only under a completion verb, see index.ts)
 * - "đến (hết)" + a day + completion ("đến ngày 30/6/2026 hoàn thành")
 * - a limit label + ":" + any date or range ("Thời gian hoàn thành: Trong tháng 8/2025",
 *   "Tiến độ thực hiện: 2026 - 2027", "Thời gian thực hiện: từ ngày … đến ngày …")
 * - a cell of a time-limit table column (table.ts)
 * - "trong thời hạn / chậm nhất" + an amount of days ("trong thời hạn 15 ngày kể từ …"): no date
 *
 * Overlapping candidates keep the one that starts first, then the longest ("Thời gian hoàn
 * thành: Trong tháng 8/2025" over its "trong tháng 8/2025").
 */
import { clauseEnd, opensClause } from './clause.js';
import { formAt, spacesAt, valueAt } from './expression.js';
import { matchAt, matchesIn, scanner, sticky } from './patterns.js';
import { tableCells } from './table.js';
import type { Candidate, Texts } from './types.js';

const BEFORE = scanner('beforeLead');
const WITHIN = scanner('withinLead');
const UNTIL = scanner('untilLead');
const UNTIL_TAIL = sticky('untilTail');
const LABEL = scanner('limitLabel');
const RELATIVE = scanner('relativeLead');
const RELATIVE_AMOUNT = sticky('relativeAmount');
const WORKING_DAYS = sticky('workingDays');
const RELATIVE_FROM = sticky('relativeFrom');

const LABEL_COLON = /[ \t]*:[ \t]*/y;
/** Between "đến <day>" and its completion verb, and between an amount and its event. */
const GAP = /,?[ \t]+/y;
// a month without its year ("trong tháng 12") only when punctuation or the line end follows:
// "trong tháng 02 chuyên mục" counts items
const AFTER_BARE_MONTH = /[ \t]*(?:[,.;:)\n]|$)/y;
const COMMA = /[ \t]*,/y;
const PAST = scanner('pastMarker');
/** How far into its clause a narrative period's past tense is looked for. */
const NARRATIVE_REACH = 150;

/**
 * "Trong quý I năm 2026, Hội đồng nhân dân tỉnh đã ban hành …": a period opening a clause in
 * the past tense tells when things happened (a report), not by when they must be done, unlike
 * "Trong quý III năm 2026, hoàn thành …".
 */
function isNarrative({ lines, flat }: Texts, start: number, end: number): boolean {
  if (!opensClause(lines, start) || !matchAt(COMMA, lines, end)) return false;
  const clauseStop = clauseEnd(lines, end, Math.min(lines.length, end + NARRATIVE_REACH));
  return !matchesIn(PAST, flat, end, clauseStop).next().done;
}

/** Candidates lying inside [from, to), in text order, not overlapping. */
export function findCandidates(texts: Texts, from: number, to: number): Candidate[] {
  const found = [
    ...before(texts.flat, from, to),
    ...within(texts, from, to),
    ...until(texts.flat, from, to),
    ...labels(texts.flat, from, to),
    ...relative(texts, from, to),
    ...tableCells(texts, from, to),
  ].filter((candidate) => candidate.start >= from && candidate.end <= to);
  return withoutOverlaps(found);
}

function dated(start: number, whenStart: number, whenEnd: number, end = whenEnd, beforePeriod = false): Candidate {
  return { kind: 'dated', start, end, when: [whenStart, whenEnd], beforePeriod };
}

function* before(flat: string, from: number, to: number): Generator<Candidate> {
  for (const lead of matchesIn(BEFORE, flat, from, to)) {
    const at = spacesAt(flat, lead.index + lead[0].length);
    const day = at < 0 ? null : formAt(flat, at, ['dayOfMonthForm', 'dayForm']);
    if (day) yield dated(lead.index, at, day.end);
  }
}

function* within(texts: Texts, from: number, to: number): Generator<Candidate> {
  const { flat, lines } = texts;
  for (const lead of matchesIn(WITHIN, flat, from, to)) {
    const at = spacesAt(flat, lead.index + lead[0].length);
    const period = at < 0 ? null : formAt(flat, at, ['monthForm', 'quarterForm', 'halfYearForm', 'yearForm']);
    if (!period) continue;
    if (period.form === 'monthForm' && !period.match[2] && !matchAt(AFTER_BARE_MONTH, lines, period.end)) continue;
    if (isNarrative(texts, lead.index, period.end)) continue;
    if (period.form === 'yearForm') yield { ...dated(lead.index, at, period.end), kind: 'year' };
    else yield dated(lead.index, at, period.end);
  }
}

function* until(flat: string, from: number, to: number): Generator<Candidate> {
  for (const lead of matchesIn(UNTIL, flat, from, to)) {
    const at = spacesAt(flat, lead.index + lead[0].length);
    const day = at < 0 ? null : formAt(flat, at, ['dayForm']);
    const gap = day ? matchAt(GAP, flat, day.end) : null;
    const tail = day && gap ? matchAt(UNTIL_TAIL, flat, day.end + gap[0].length) : null;
    if (day && tail) yield dated(lead.index, at, day.end, tail.index + tail[0].length);
  }
}

function* labels(flat: string, from: number, to: number): Generator<Candidate> {
  for (const label of matchesIn(LABEL, flat, from, to)) {
    const colon = matchAt(LABEL_COLON, flat, label.index + label[0].length);
    const value = colon ? valueAt(flat, colon.index + colon[0].length) : null;
    if (value) yield dated(label.index, value.when[0], value.when[1], value.when[1], value.beforePeriod);
  }
}

function* relative({ flat, lines }: Texts, from: number, to: number): Generator<Candidate> {
  for (const lead of matchesIn(RELATIVE, flat, from, to)) {
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
    if (event) end = clauseEnd(lines, end, eventAt + event[0].length);
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
