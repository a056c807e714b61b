/**
 * Work headed by agencies in the outline: "2. Sở Y tế:" with its bullets, "11. Đề nghị Ủy ban
 * Mặt trận … và các Hội Đoàn thể: …", "- Giao Sở X chủ trì …". One task per point of work:
 * each child item, or each paragraph when the block has no items.
 */
import type { Agency, Span } from '../../model/schema.js';
import type { Line } from '../../layout/index.js';
import { lineSpan } from '../../layout/lines.js';
import type { DocumentOutline, OutlineEntry } from '../../outline/index.js';
import { foldName } from '../agencies/fold.js';
import { bodyAt } from '../../grammar/public-bodies.js';
import {
  AGENCY,
  INLINE_ASSIGNMENTS,
  closingIn,
  dutyIn,
  isBareHead,
  mayAssign,
  mayOpenWithAgency,
} from '../agencies/gazetteer.js';
import { readAssignment, coordinatorsIn, type Assignment } from './assignment.js';
import { agencyList } from '../agencies/list.js';
import { runsOn, type DraftTask, type TaskSource } from './draft.js';
import { allMatches } from '../../grammar/scan.js';
import { headingMatches } from './sections.js';
import { closingFrom } from './closings.js';

export function headedTasks(source: TaskSource, outline: DocumentOutline): { tasks: DraftTask[]; covered: Uint8Array } {
  const tasks: DraftTask[] = [];
  // 1 for each line of the document inside a block read here
  const covered = new Uint8Array(source.lines.length);
  for (const entry of outline.entries) {
    if (entry.heading === null || entry.headingSpan === null || covered[entry.line] === 1) continue;
    const [from, to] = entry.headingSpan;
    const heading = source.canonical.slice(from, to);
    // a decision's closing article ("… chịu trách nhiệm thi hành Quyết định này") is read by execution.ts
    if (closingFrom(source, entry.line, from, to)) continue;
    // "Chương XVI. THANH TRA LAO ĐỘNG, XỬ LÝ VI PHẠM …", "Chương II. CHÍNH PHỦ": a division's title names its topic,
    // not the body its articles give work to
    if (TOPIC_TITLES.has(entry.kind) && mayOpenWithAgency(heading)) continue;
    const assigning = inAssigningSection(source, outline, entry);
    // the heading's first line, read once: for its wrapped lines and, most often, as the heading itself
    const written = source.text.slice(from, to);
    const firstLine = readAssignment(heading, written, from, false, assigning);
    const wrapped = wrappedAssignment(source, outline, entry, assigning, firstLine);
    // "- Phó Chủ tịch Ủy ban …, Chủ tịch / Tổng Liên đoàn …;": one name list wrapped over its lines, no work under it
    if (wrapped === NAMES_ONLY || wrapped === CLOSING) continue;
    const read =
      wrapped ??
      (entry.heading === written ? firstLine : readAssignment(heading, entry.heading, from, false, assigning));
    const assignment = read && withAskedBodies(source, entry, read);
    if (assignment && headsWork(source, entry, assignment))
      tasks.push(...blockTasks(source, outline, entry, assignment));
    else {
      const introduced = introducedItems(source, outline, entry);
      const body = introduced.length === 0 ? bodyAssignments(source, entry, assigning) : [];
      if (introduced.length === 0 && body.length === 0) continue;
      tasks.push(...introduced, ...body);
    }
    covered.fill(1, entry.line, entry.end);
  }
  return { tasks, covered };
}

/**
 * A heading whose sentence wraps onto the next lines ("7. Đề nghị Ủy ban trung ương Mặt trận Tổ
 * quốc Việt Nam, Tổng Liên đoàn / Lao động Việt Nam, … tham gia …"): read as one phrase when its
 * first line alone (read as `firstLine`) ends inside the list of agencies, before their duty or colon.
 */
function wrappedAssignment(
  source: TaskSource,
  outline: DocumentOutline,
  entry: OutlineEntry,
  assigning: boolean,
  firstLine: Assignment | null,
): Assignment | typeof NAMES_ONLY | typeof CLOSING | null {
  const [from, to] = entry.headingSpan!;
  if (firstLine && (firstLine.form === 'sentence' || firstLine.colon)) return null;
  // the line ends inside the list: on a separator, or past the last name read ("…, Tổng Liên đoàn")
  const lineText = source.canonical.slice(from, to).trimEnd();
  const lastName = firstLine?.agencies.at(-1)?.span[1] ?? from;
  const endsInList = lastName < from + lineText.length - 1 || endsOnSeparator(lineText);
  const cut = !endsInList && nameGoesOn(source, firstLine?.agencies.at(-1), from + lineText.length);
  if (!endsInList && !cut) return null;
  const stop = entry.children.length > 0 ? outline.entries[entry.children[0]!]!.line : entry.end;
  let end = to;
  let previous = source.canonical.slice(from, to).trimEnd();
  for (let i = entry.line + 1; i < stop && i < entry.line + MAX_WRAPPED_LINES; i++) {
    const line = source.lines[i]!;
    if (line.blank || !runsOn(previous, line.canonical)) break;
    end = lineSpan(line)[1];
    previous = line.canonical;
  }
  if (end === to) return null;
  const flat = (text: string) => text.slice(from, end).replace(/\n/gu, ' ');
  // "1. Trong phạm vi …, Viện kiểm sát …, Tòa / án … có trách nhiệm triển khai …": a closing sentence, read by
  // execution.ts
  const canonical = flat(source.canonical);
  if (closingIn(canonical)) return CLOSING;
  const whole = readAssignment(canonical, flat(source.text), from, false, assigning);
  // a block's heading ("a) Các bộ, …, Ủy ban nhân dân các tỉnh, thành phố trực / thuộc trung ương") heads the items
  // under it
  if (whole && (whole.form === 'sentence' || entry.children.length > 0)) return whole;
  // a line that ends inside a name heads nothing by itself: read whole, the sentence assigns no work
  if (cut) return NAMES_ONLY;
  // the list, wrapped, fills the point and closes without a colon: names, no work under them
  let last = entry.end - 1;
  while (last > entry.line && source.lines[last]!.blank) last--;
  return whole && !whole.colon && end >= lineSpan(source.lines[last]!)[1] ? NAMES_ONLY : null;
}

/** The text ends on a separator of a list: ",", ";", "-" or "và" after a space (read at its end, not searched for). */
function endsOnSeparator(text: string): boolean {
  const last = text.charAt(text.length - 1);
  if (last === ',' || last === ';' || last === '-') return true;
  const before = text.charAt(text.length - 3);
  return text.endsWith('và') && (before === ' ' || before === '\t');
}

/**
 * "6. Bảo hiểm xã hội Việt / Nam chủ trì …": the last name read ends with its line, and the
 * gazetteer's name that opens there goes on over the line break.
 */
function nameGoesOn(source: TaskSource, last: Agency | undefined, lineEnd: number): boolean {
  if (!last) return false;
  // the name may open inside the last one read: "Các đơn vị trực thuộc của Bảo hiểm xã hội Việt / Nam"
  for (let at = last.span[0]; at < lineEnd; at++) {
    if (at > last.span[0] && !(/[ \t]/u.test(source.canonical[at - 1]!) && /\p{Lu}/u.test(source.canonical[at]!)))
      continue;
    const found = bodyAt(source.canonical, at);
    if (found !== null && found.end > lineEnd) return true;
  }
  return false;
}

/** The divisions whose title is a topic: a part, a chapter, a section ("Phần", "Chương", "Mục"). */
const TOPIC_TITLES: ReadonlySet<OutlineEntry['kind']> = new Set(['part', 'chapter', 'section']);

/** What {@link wrappedAssignment} returns for a point that is only a list of names. */
const NAMES_ONLY = 'names only';
/** What {@link wrappedAssignment} returns for a closing sentence wrapped over its lines. */
const CLOSING = 'closing';

/**
 * "4. Trách nhiệm phối hợp trong tổ chức thực hiện / Các Bộ: Y tế, …, Tài chính và Ủy ban nhân
 * dân tỉnh, thành phố có trách nhiệm hoàn thiện …": a titled point whose paragraphs open with the
 * bodies and their duty assigns each such paragraph, as a heading sentence would, in a part that
 * hands out work (elsewhere such a sentence may restate a duty the part assigns: GOLD.md). "1.
 * Công tác triển khai / Các sở … căn cứ … có trách nhiệm … / Sở Nội vụ có trách nhiệm giúp …" gives
 * two tasks; each runs to the next one or to the point's end.
 */
function bodyAssignments(source: TaskSource, entry: OutlineEntry, assigning: boolean): DraftTask[] {
  if (!assigning || entry.children.length > 0) return [];
  const found: Array<{ from: number; assignment: Assignment }> = [];
  let first = entry.line + 1;
  while (first < entry.end) {
    while (first < entry.end && source.lines[first]!.blank) first++;
    if (first >= entry.end) break;
    let last = first;
    while (
      last + 1 < entry.end &&
      last + 1 < first + MAX_WRAPPED_LINES &&
      runsOn(source.lines[last]!.canonical, source.lines[last + 1]!.canonical)
    )
      last++;
    const read = paragraphAssignment(source, first, last);
    if (read) found.push(read);
    // the paragraph's lines past the wrapped sentence belong to it
    last = first;
    while (last + 1 < entry.end && runsOn(source.lines[last]!.canonical, source.lines[last + 1]!.canonical)) last++;
    first = last + 1;
  }
  return found.map(({ from, assignment }, k) =>
    draft(source, assignment.agencies, assignment.coordinators, [
      from,
      trimmedSpan(source.text, from, found[k + 1]?.from ?? entry.span[1])?.[1] ?? from,
    ]),
  );
}

/**
 * The paragraph of lines `first`…`last`, when it opens with bodies and a duty that assigns them work: any duty in a
 * part that hands out work (`assigning`), else one that leads ("Sở Y tế chủ trì, phối hợp với …").
 */
export function paragraphAssignment(
  source: TaskSource,
  first: number,
  last: number,
  assigning = true,
): { from: number; assignment: Assignment } | null {
  if (!mayOpenWithAgency(source.lines[first]!.canonical)) return null;
  // the line must open a paragraph: "…, phản ánh với Viện kiểm sát …, / Bộ Lao động … để xem xét" goes on a sentence
  const previous = source.lines[first - 1]?.canonical ?? '';
  if (GOES_ON.test(previous) || TITLE_AT_END.test(previous)) return null;
  const from = lineSpan(source.lines[first]!)[0];
  const end = lineSpan(source.lines[last]!)[1];
  const flat = (text: string) => text.slice(from, end).replace(/\n/gu, ' ');
  // a closing sentence ("… chịu trách nhiệm thi hành Quyết định này") is read by execution.ts
  const canonical = flat(source.canonical);
  if (closingIn(canonical)) return null;
  const assignment = readAssignment(canonical, flat(source.text), from, false, assigning);
  return assignment?.form === 'sentence' ? { from, assignment } : null;
}

/** A line that ends inside a sentence: on a comma or dash, or on a word that joins what follows. */
const GOES_ON = /(?:[,\-–]|[ \t](?:và|với|của|cho|tại|về|các))[ \t]*$/u;
/** …or on an office title whose body the next line names ("… của Bộ trưởng / Bộ Tài chính hướng dẫn …"). */
const TITLE_AT_END = new RegExp(`(?<![\\p{L}\\p{N}])(?:${AGENCY.holder.source})[ \\t]*$`, 'u');

/** A heading sentence wraps over at most this many lines. */
export const MAX_WRAPPED_LINES = 4;

/**
 * The point lies in a part headed "TỔ CHỨC THỰC HIỆN" (or another heading that hands out work), or
 * in a list whose points are mostly headed by bodies ("1. Sở Nông nghiệp và Môi trường: …", "2. Sở
 * Công Thương: …", …, "8. Các Sở, ban, ngành thuộc tỉnh theo chức năng … chủ động tổ chức …"):
 * such a list hands out work point by point, as a letter's does.
 */
function inAssigningSection(source: TaskSource, outline: DocumentOutline, entry: OutlineEntry): boolean {
  return underAssigningTitle(source, outline, entry) || amongAddressedPoints(source, outline, entry);
}

/** The point lies in a part whose title hands out work ("TỔ CHỨC THỰC HIỆN"). */
function underAssigningTitle(source: TaskSource, outline: DocumentOutline, entry: OutlineEntry): boolean {
  for (let at = entry.parent; at >= 0; at = outline.entries[at]!.parent)
    if (headingMatches(source, outline, AGENCY.assigningSection, at)) return true;
  return false;
}

/** At least this many of a point's siblings, and half of them, are headed by bodies for its list to hand out work. */
const MIN_ADDRESSED_SIBLINGS = 3;

const addressedLists = new WeakMap<DocumentOutline, Map<number, boolean>>();

function amongAddressedPoints(source: TaskSource, outline: DocumentOutline, entry: OutlineEntry): boolean {
  let lists = addressedLists.get(outline);
  if (!lists) addressedLists.set(outline, (lists = new Map<number, boolean>()));
  const known = lists.get(entry.parent);
  if (known !== undefined) return known;
  const points =
    entry.parent >= 0
      ? outline.entries[entry.parent]!.children.map((i) => outline.entries[i]!)
      : outline.entries.filter((e) => e.parent === -1);
  // the cheap tests first: a list with too few headings that may name bodies over points is read no further
  const candidates = points.filter(mayHeadBodies);
  const enough = (n: number) => n >= MIN_ADDRESSED_SIBLINGS && n * 2 >= points.length;
  const found = enough(candidates.length) && enough(candidates.filter((e) => headedByBodies(source, e)).length);
  lists.set(entry.parent, found);
  return found;
}

/**
 * "2. Sở Công Thương:" or "4. Ủy ban nhân dân các xã, phường" over its points: a heading that is bodies alone, with
 * points under it ("- Bảo hiểm xã hội tỉnh: đã cập nhật …", a line of a report, heads none).
 */
function headedByBodies(source: TaskSource, entry: OutlineEntry): boolean {
  if (!mayHeadBodies(entry)) return false;
  const [from, to] = entry.headingSpan!;
  const read = readAssignment(source.canonical.slice(from, to), source.text.slice(from, to), from, false, false);
  return read !== null && read.form === 'block';
}

/**
 * What {@link headedByBodies} asks before reading the heading: points under it, a heading that may open with a body.
 */
function mayHeadBodies(entry: OutlineEntry): boolean {
  return entry.headingSpan !== null && entry.children.length > 0 && mayOpenWithAgency(entry.heading ?? '');
}

/**
 * "c) Bộ Chỉ huy quân sự tỉnh chỉ đạo lực lượng Bộ đội Biên phòng và đề nghị Bộ tư lệnh Vùng Cảnh
 * sát biển 3" over its paragraph: a heading sentence that ends asking other bodies ("đề nghị",
 * "giao" and the names, nothing after them) heads the work below for them too.
 */
function withAskedBodies(source: TaskSource, entry: OutlineEntry, assignment: Assignment): Assignment {
  if (assignment.form !== 'sentence' || entry.headingSpan === null) return assignment;
  const [from, to] = entry.headingSpan;
  // the heading heads work below it: "… giao cho Văn phòng Bộ quản lý." ending a point's one sentence asks nothing
  const below = source.lines.slice(entry.line + 1, entry.end).some((l) => !l.blank && l.start >= to);
  if (!below) return assignment;
  const heading = source.canonical.slice(from, to).replace(/[\s:.;]+$/u, '');
  if (!mayAssign(heading)) return assignment;
  const asked = allMatches(INLINE_ASSIGNMENTS, heading)
    .filter((m) => m.index > assignment.workStart)
    .at(-1);
  if (!asked) return assignment;
  const at = asked.index + asked[0].length;
  const bodies = agencyList(heading.slice(at), source.text.slice(from + at, from + heading.length), from + at);
  return bodies.length > 0 && bodies.at(-1)!.span[1] === from + heading.length
    ? { ...assignment, agencies: [...assignment.agencies, ...bodies] }
    : assignment;
}

/** A bare name ("- Bộ trưởng Bộ Tài chính, Ủy viên;") heads nothing: a block needs a colon or work under it. */
function headsWork(source: TaskSource, entry: OutlineEntry, assignment: Assignment): boolean {
  if (assignment.form === 'sentence' || assignment.colon || entry.children.length > 0) return true;
  for (let i = entry.line + 1; i < entry.end; i++) if (!source.lines[i]!.blank) return true;
  return false;
}

function blockTasks(
  source: TaskSource,
  outline: DocumentOutline,
  entry: OutlineEntry,
  assignment: Assignment,
): DraftTask[] {
  const [from, to] = entry.headingSpan!;
  const inline = trimmedSpan(source.text, from + assignment.workStart, to);
  if (entry.children.length === 0) {
    const spans = assignment.form === 'sentence' ? [entry.span] : paragraphSpans(source, entry, inline);
    return spans.map((span) => draft(source, assignment.agencies, assignment.coordinators, span));
  }
  // an intro after the colon ("Sở Y tế: chủ trì thực hiện các nhiệm vụ sau:") is not a point of its own
  // "Đề nghị A, B và C: … - B tiếp tục …": a point that opens with one of the heading's agencies is that agency's alone
  return itemTasks(source, outline, entry, assignment);
}

/**
 * "1. Về cải cách thể chế / Giao Sở Tư pháp chủ trì, phối hợp với …: / a) … b) …": an
 * assignment that ends its node's intro with a colon assigns the items under it.
 */
function introducedItems(source: TaskSource, outline: DocumentOutline, entry: OutlineEntry): DraftTask[] {
  if (entry.children.length === 0) return [];
  const [from] = entry.headingSpan!;
  const to = outline.entries[entry.children[0]!]!.span[0];
  const intro = source.canonical.slice(from, to).trimEnd();
  if (!intro.endsWith(':')) return [];
  const found = mayAssign(intro) ? allMatches(INLINE_ASSIGNMENTS, intro).at(-1) : undefined;
  if (!found) return [];
  const at = from + found.index + found[0].length;
  const assignment = readAssignment(
    source.canonical.slice(at, from + intro.length),
    source.text.slice(at, from + intro.length),
    at,
    true,
  );
  if (!assignment) return [];
  return itemTasks(source, outline, entry, assignment);
}

/**
 * One task per item under the assignment, each naming the agencies it belongs to. An item that
 * opens with an assignment of its own ("Điều 5. Trách nhiệm của các bộ, ngành / 2. Bộ Công
 * Thương có trách nhiệm …") belongs to the bodies it names, not to the heading's, and its own
 * points ("1. Các bộ, cơ quan ngang bộ có trách nhiệm: / a) … b) …") are its tasks.
 */
function itemTasks(
  source: TaskSource,
  outline: DocumentOutline,
  entry: OutlineEntry,
  assignment: Assignment,
): DraftTask[] {
  const assigning = inAssigningSection(source, outline, entry);
  const plural = isPluralTitle(source, entry, assignment);
  return entry.children.flatMap((child) => {
    const item = outline.entries[child]!;
    // a point's own reading is asked for under a title of duties, or in a part that hands out work
    const titled = underAssigningTitle(source, outline, item);
    const own = plural || titled ? ownAssignment(source, item, assigning) : null;
    if (own && plural) {
      // "1. Các bộ, cơ quan ngang bộ có trách nhiệm: / a) … b) …": its points are its tasks
      if (own.form === 'block') return blockTasks(source, outline, item, own);
      return item.children.length > 0 && item.heading!.trimEnd().endsWith(':')
        ? itemTasks(source, outline, item, own)
        : [draft(source, own.agencies, own.coordinators, item.span)];
    }
    const agencies = narrowed(assignment.agencies, item.heading);
    // "2. Đảng ủy Các cơ quan Đảng tỉnh chỉ đạo: / 2.1. Đảng ủy Hội đồng nhân dân tỉnh lãnh đạo …": a point whose own
    // sentence gives work to the bodies it opens with is their work too, beside the heading's (GOLD.md lc-020)
    const opening = titled && opensWithOwnBodies(item, own) ? newBodies(own!.agencies, agencies) : [];
    const handed = handedTo(source, item, [...agencies, ...opening]);
    return [draft(source, [...agencies, ...opening, ...handed], coordinatorsOf(source, item.span), item.span)];
  });
}

/**
 * Whether a point's own sentence gives work to the bodies it opens with (the caller asks only in a part that hands out
 * work). A bare head ("d) Thanh tra, kiểm tra …") may be the point's verb; "… được tổ chức" is passive, its body does
 * not act.
 */
function opensWithOwnBodies(item: OutlineEntry, own: Assignment | null): boolean {
  if (own?.form !== 'sentence' || own.agencies[0]!.span[0] !== item.headingSpan![0]) return false;
  return !own.agencies.some((a) => isBareHead(a.name) || PASSIVE.test(a.name));
}

const PASSIVE = /[ \t]được(?:[ \t]|$)/u;

/** The bodies of `found` that `known` does not name (folded names compared). */
function newBodies(found: readonly Agency[], known: readonly Agency[]): Agency[] {
  const names = new Set(known.map((a) => foldName(a.name)));
  return found.filter((a) => !names.has(foldName(a.name)));
}

/**
 * "7. Trách nhiệm của các sở, ban, ngành … / a) Khi có kết quả đánh giá … giao Sở Nội vụ chủ trì
 * cùng với các đơn vị tổ chức phân tích …": a point that hands its work to a body to lead is that
 * body's work too (GOLD.md vbai-026), beside the heading's bodies.
 */
function handedTo(source: TaskSource, item: OutlineEntry, heading: readonly Agency[]): Agency[] {
  if (item.headingSpan === null) return [];
  const [from, to] = item.headingSpan;
  const text = source.canonical.slice(from, to);
  const out: Agency[] = [];
  if (!mayAssign(text)) return out;
  for (const verb of allMatches(INLINE_ASSIGNMENTS, text)) {
    const at = verb.index + verb[0].length;
    const read = readAssignment(text.slice(at), source.text.slice(from + at, to), from + at, true);
    if (read?.form !== 'sentence' || !dutyIn(text.slice(at + read.workStart))?.leads) continue;
    out.push(...newBodies(read.agencies, [...heading, ...out]));
  }
  return out;
}

/**
 * "Điều 5. Trách nhiệm của các bộ, ngành", "III. NHIỆM VỤ CỦA CÁC CƠ QUAN": a title that gives
 * the work of kinds of body, whose items may each name the body they are for. A block headed by
 * a body ("2. Sở Y tế:") keeps its items, whichever bodies they name.
 */
function isPluralTitle(source: TaskSource, entry: OutlineEntry, assignment: Assignment): boolean {
  const [from, to] = entry.headingSpan!;
  return (
    TITLE_OF_DUTIES.test(source.canonical.slice(from, to)) &&
    assignment.agencies.every((a) => /^[Cc]ác[ \t]/u.test(a.name))
  );
}

const TITLE_OF_DUTIES =
  /^[ \t]*(?:(?:Chức[ \t]+năng,[ \t]+)?(?:[Nn]hiệm[ \t]+vụ|[Tt]rách[ \t]+nhiệm)(?:,?[ \t]+(?:quyền[ \t]+hạn|nhiệm[ \t]+vụ))?(?:[ \t]+và[ \t]+quyền[ \t]+hạn)?[ \t]+của|NHIỆM[ \t]+VỤ[ \t]+CỦA|TRÁCH[ \t]+NHIỆM[ \t]+CỦA)[ \t]/u;

/**
 * The assignment an item's heading makes by itself: its bodies and a duty to lead, or its bodies and a colon over
 * points.
 */
function ownAssignment(source: TaskSource, item: OutlineEntry, assigning: boolean): Assignment | null {
  if (item.heading === null || item.headingSpan === null || !mayOpenWithAgency(item.heading)) return null;
  const [from, to] = item.headingSpan;
  const own = readAssignment(source.canonical.slice(from, to), source.text.slice(from, to), from, false, assigning);
  if (!own || closingIn(source.canonical.slice(from, to))) return null;
  // "1.1. Sở Xây dựng / Hướng dẫn …": bodies alone over the point's work head it as a colon does, unless their list
  // goes on over the line ("g) Ủy ban nhân dân các tỉnh, thành phố Hà Nội, / Cần Thơ … phối hợp …")
  const heads =
    own.form === 'sentence' ||
    (own.colon && item.children.length > 0) ||
    (!own.colon && !listGoesOn(source, item, own) && headsWork(source, item, own));
  return heads ? { ...own, colon: own.colon || item.heading!.trimEnd().endsWith(':') } : null;
}

/**
 * A heading that is no list of names alone: its last name read ends before the heading does, or it ends on a separator
 * or "và", or the next line opens in lower case.
 */
function listGoesOn(source: TaskSource, item: OutlineEntry, own: Assignment): boolean {
  const heading = item.heading!.trimEnd();
  if (own.agencies.at(-1)!.span[1] < item.headingSpan![0] + heading.length) return true;
  if (endsOnSeparator(heading) || heading.endsWith('–')) return true;
  const next = source.lines.slice(item.line + 1, item.end).find((line) => !line.blank);
  return next !== undefined && /^[\p{Ll}(]/u.test(next.canonical.trimStart());
}

/** The block's paragraphs: the text after "Sở Y tế:" on its line, then each line of its content. */
function paragraphSpans(source: TaskSource, entry: OutlineEntry, inline: Span | null): Span[] {
  const spans: Span[] = inline && inline[1] > inline[0] ? [inline] : [];
  let previous = inline ? source.text.slice(inline[0], inline[1]).trimEnd() : '';
  for (let i = entry.line + 1; i < entry.end; i++) {
    const line: Line = source.lines[i]!;
    if (line.blank) continue;
    const last = spans.at(-1);
    if (last && runsOn(previous, line.canonical)) last[1] = lineSpan(line)[1];
    else spans.push(lineSpan(line));
    previous = line.canonical;
  }
  return spans.length > 0 ? spans : [entry.span];
}

function narrowed(agencies: Agency[], heading: string | null): Agency[] {
  if (agencies.length < 2 || heading === null) return agencies;
  const opening = foldName(heading);
  const own = agencies.filter((a) => opening.startsWith(foldName(a.name)));
  return own.length > 0 ? own : agencies;
}

function coordinatorsOf(source: TaskSource, span: Span): Agency[] {
  return coordinatorsIn(source.canonical.slice(span[0], span[1]), source.text.slice(span[0], span[1]), span[0]);
}

function trimmedSpan(text: string, from: number, to: number): Span | null {
  while (from < to && /\s/u.test(text[from]!)) from++;
  while (to > from && /\s/u.test(text[to - 1]!)) to--;
  return to > from ? [from, to] : null;
}

export function draft(source: TaskSource, agencies: Agency[], coordinators: Agency[], span: Span): DraftTask {
  return { agencies, coordinators, span, text: source.text.slice(span[0], span[1]) };
}
