/**
 * The header block (NĐ 30/2020 ô 1–5): issuer lines, motto, number line, place-and-date line,
 * the công văn's "V/v" line, the type word and the title. Two-column headers arrive in any
 * order (columns interleaved line by line, or one after the other), and gazette text may put
 * the block in the middle of page 1 or, for a consolidated text, at the end; so the block is
 * found around its anchors (date line, number line, motto) rather than at a fixed place.
 */
import { HEADER_LINE, SIGNATURE_LINE } from './header-patterns.js';
import type { Line } from './lines.js';
import { isTypeWordLine } from './type-words.js';

export interface HeaderZone {
  /** caps lines naming the issuer (with its parent), in order */
  issuerLines: Line[];
  mottoLines: Line[];
  numberLine: Line | null;
  dateLine: Line | null;
  /** the V/v line and the lines it wraps onto */
  subjectLines: Line[];
  typeLine: Line | null;
  titleLines: Line[];
  /**
   * The body a Party text names under its type word ("NGHỊ QUYẾT / CỦA BỘ CHÍNH TRỊ / VỀ …"): its span,
   * and where the trích yếu starts after it; null for other texts.
   */
  titleIssuer: { span: [number, number]; titleStart: number } | null;
  /** first line after the header and title */
  bodyStart: number;
}

/** How far (in lines) header parts of one block may stand from each other. */
const NEAR = 8;
/** How far below the header block the type word may stand. */
const TYPE_WINDOW = 25;

export function findHeader(lines: readonly Line[]): HeaderZone {
  const anchor = findAnchor(lines);
  const [lo, hi] = anchor === -1 ? [0, -1] : expand(lines, anchor);
  const inBlock = lines.slice(lo, hi + 1);
  const numberLine = inBlock.find(isNumberLine) ?? null;
  const dateLine = inBlock.find((l) => HEADER_LINE.placeDate.test(l.canonical)) ?? null;
  const subjectLine = inBlock.find((l) => HEADER_LINE.subjectLine.test(l.canonical)) ?? null;
  const subjectLines = subjectLine ? [subjectLine, ...subjectContinuation(lines, subjectLine.index)] : [];
  const mottoLines = inBlock.filter((l) => HEADER_LINE.motto.test(l.canonical));
  const issuerEnd = numberLine?.index ?? dateLine?.index ?? hi + 1;
  const issuerLines = inBlock.filter((l) => l.index < issuerEnd && isIssuerLine(l));
  const typeLine = findTypeLine(lines, new Set(issuerLines.map((l) => l.index)), hi);
  const titleLines = typeLine ? findTitle(lines, typeLine.index + 1, issuerLines) : [];
  // a consolidated text (VBHN) prints its kind and title first and its number and date in the closing block that
  // authenticates it: the body runs between the two, from the title on
  const closingBlock = typeLine !== null && lo > typeLine.index + TYPE_WINDOW;
  const lastHeader = closingBlock
    ? (titleLines.at(-1) ?? typeLine).index
    : Math.max(hi, typeLine?.index ?? -1, titleLines.at(-1)?.index ?? -1);
  const titleIssuer = findTitleIssuer(titleLines);
  return {
    issuerLines,
    mottoLines,
    numberLine,
    dateLine,
    subjectLines,
    typeLine,
    titleLines,
    titleIssuer,
    bodyStart: lastHeader + 1,
  };
}

/** "CỦA BỘ CHÍNH TRỊ VỀ …" / "CỦA BAN THƯỜNG VỤ TỈNH ỦY" then "về …": the body, and the trích yếu after it. */
function findTitleIssuer(titleLines: readonly Line[]): HeaderZone['titleIssuer'] {
  const [first, next] = titleLines;
  if (!first || !HEADER_LINE.titleIssuer.test(first.canonical)) return null;
  const text = first.canonical;
  const bodyStart = text.search(/\s\S/u) + 1;
  if (bodyStart <= 0) return null;
  let bodyEnd = text.length;
  let titleAt: number | null = null;
  for (let i = bodyStart + 1; i < text.length; i++) {
    if (/\s/u.test(text[i - 1]!) && HEADER_LINE.titleAbout.test(text.slice(i))) {
      bodyEnd = text.slice(0, i).trimEnd().length;
      titleAt = i;
      break;
    }
  }
  const body = text.slice(bodyStart, bodyEnd);
  // the body is a name in capitals: "CỦA CÁC SỞ, NGÀNH NĂM 2025 của tỉnh" is a title
  if (/\p{Ll}/u.test(body) || !/\p{Lu}/u.test(body)) return null;
  const at = first.start + first.indent;
  const titleStart = titleAt !== null ? at + titleAt : next ? next.start + next.indent : null;
  return titleStart === null ? null : { span: [at + bodyStart, at + bodyEnd], titleStart };
}

/** How many lines a V/v subject may wrap over. */
const SUBJECT_WRAP = 4;

/** A V/v line wraps onto lines that are not header lines of the other column. */
function subjectContinuation(lines: readonly Line[], from: number): Line[] {
  const out: Line[] = [];
  for (let i = from + 1; i < lines.length && out.length < SUBJECT_WRAP; i++) {
    const line = lines[i]!;
    if (line.blank || isHeaderLine(line) || line.caps || HEADER_LINE.recipientsLabel.test(line.canonical)) break;
    out.push(line);
  }
  return out;
}

function isNumberLine(line: Line): boolean {
  return HEADER_LINE.numberLine.test(line.canonical);
}

/** The date line next to a number line or motto; else the first number line; else the first motto. */
function findAnchor(lines: readonly Line[]): number {
  const near = (i: number, test: (l: Line) => boolean) =>
    lines.slice(Math.max(0, i - NEAR), i + NEAR + 1).some((l) => l.index !== i && test(l));
  // the date lines are read in order up to the first paired one (in the header, near the top): the rest of the
  // text only when none is paired
  let firstDate = -1;
  for (const line of lines) {
    if (!HEADER_LINE.placeDate.test(line.canonical)) continue;
    if (firstDate === -1) firstDate = line.index;
    if (near(line.index, (l) => isNumberLine(l) || HEADER_LINE.motto.test(l.canonical))) return line.index;
  }
  const numbered = lines.find(
    (l) => isNumberLine(l) && near(l.index, (n) => n.caps || HEADER_LINE.motto.test(n.canonical)),
  );
  if (numbered) return numbered.index;
  const motto = lines.find((l) => HEADER_LINE.motto.test(l.canonical));
  if (motto) return motto.index;
  return firstDate;
}

/** Grow the block from its anchor over lines that belong to a header. */
function expand(lines: readonly Line[], anchor: number): [number, number] {
  let lo = anchor;
  while (lo > 0 && belongsToHeader(lines[lo - 1]!, lines)) lo--;
  let hi = anchor;
  while (hi + 1 < lines.length && belongsToHeader(lines[hi + 1]!, lines) && !isTypeWordLine(lines[hi + 1]!)) hi++;
  while (lo < anchor && lines[lo]!.blank) lo++;
  while (hi > anchor && lines[hi]!.blank) hi--;
  return [lo, hi];
}

function belongsToHeader(line: Line, lines: readonly Line[]): boolean {
  return (
    line.blank ||
    line.caps ||
    isHeaderLine(line) ||
    HEADER_LINE.subjectLine.test(line.canonical) ||
    wrapsSubject(line, lines)
  );
}

function isHeaderLine(line: Line): boolean {
  const m = line.canonical;
  return HEADER_LINE.motto.test(m) || isNumberLine(line) || HEADER_LINE.placeDate.test(m) || HEADER_LINE.mark.test(m);
}

/** A line the V/v subject above it wraps onto. */
function wrapsSubject(line: Line, lines: readonly Line[]): boolean {
  for (let i = line.index - 1; i >= 0 && line.index - i <= SUBJECT_WRAP; i--) {
    const above = lines[i]!;
    if (HEADER_LINE.subjectLine.test(above.canonical)) return subjectContinuation(lines, i).includes(line);
    if (above.blank || isHeaderLine(above) || above.caps) return false;
  }
  return false;
}

function isIssuerLine(line: Line): boolean {
  const m = line.canonical;
  return line.caps && !HEADER_LINE.motto.test(m) && !HEADER_LINE.mark.test(m) && !isTypeWordLine(line) && !line.blank;
}

function findTypeLine(lines: readonly Line[], issuerLines: ReadonlySet<number>, headerEnd: number): Line | null {
  const limit = Math.min(lines.length, Math.max(headerEnd, 0) + TYPE_WINDOW);
  for (let i = 0; i < limit; i++) {
    const line = lines[i]!;
    if (!issuerLines.has(i) && isTypeWordLine(line)) return line;
  }
  return null;
}

/** The trích yếu: lines after the type word, up to a blank line or the start of the body. */
function findTitle(lines: readonly Line[], from: number, issuerLines: readonly Line[]): Line[] {
  const title: Line[] = [];
  for (let i = from; i < lines.length && title.length < 8; i++) {
    const line = lines[i]!;
    if (line.blank) {
      if (title.length > 0) break;
      continue;
    }
    if (title.length > 0 && (endsTitle(line, title[0]!) || isEnactingAuthority(lines, i, issuerLines))) break;
    if (
      title.length === 0 &&
      (HEADER_LINE.recipientsLabel.test(line.canonical) || HEADER_LINE.motto.test(line.canonical))
    )
      break;
    title.push(line);
  }
  return title;
}

/**
 * The enacting authority under the title of a decision ("THỦ TƯỚNG CHÍNH PHỦ", "BỘ TRƯỞNG BỘ TÀI CHÍNH",
 * "ỦY BAN NHÂN DÂN TỈNH …") right before "Căn cứ …": it belongs to the body, not to the title, even
 * where no blank line sets it apart.
 */
function isEnactingAuthority(lines: readonly Line[], index: number, issuerLines: readonly Line[]): boolean {
  const line = lines[index]!;
  if (!line.caps) return false;
  const names =
    SIGNATURE_LINE.positionHead.test(line.canonical) ||
    issuerLines.some((l) => fold(l.canonical) === fold(line.canonical));
  if (!names) return false;
  // the next line with text, looked for in place (a copy of the lines below would take the whole text)
  let next = index + 1;
  while (next < lines.length && lines[next]!.blank) next++;
  return next < lines.length && HEADER_LINE.bodyStart.test(lines[next]!.canonical);
}

const fold = (s: string) => s.replace(/\s+/gu, ' ').toLowerCase();

function endsTitle(line: Line, first: Line): boolean {
  if (HEADER_LINE.bodyStart.test(line.canonical) || HEADER_LINE.recipientsLabel.test(line.canonical)) return true;
  if (HEADER_LINE.motto.test(line.canonical) || isNumberLine(line) || HEADER_LINE.placeDate.test(line.canonical))
    return true;
  return line.caps !== first.caps;
}
