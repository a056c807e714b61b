/**
 * The closing blocks: "Nơi nhận" and the signature block (ô 7a–7c, ô 9b). In extracted text
 * the two columns interleave, so the signature is found by its own shape: prefixed authority
 * lines ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), the signer's position line in capitals,
 * then a person's name, with Nơi nhận items, blank lines and stamps possibly in between.
 */
import { HEADER_LINE, SIGNATURE_LINE } from './header-patterns.js';
import type { Line } from './lines.js';

export interface SignatureBlock {
  authorityLines: Line[];
  /** capitals lines that continue the last prefix's title ("KT. VIỆN TRƯỞNG / VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO") */
  titleLines: Line[];
  positionLine: Line | null;
  /** further capitals lines: the signer's other posts ("PHÓ CHỦ TỊCH UBND TỈNH") */
  otherLines: Line[];
  /** null when the document ends before a name: a draft leaves the space for the signature and the name blank */
  nameLine: Line | null;
}

/** How many content lines a block may run over, and how many lines in all (blank lines for the seal and signature). */
const BLOCK_LINES = 8;
const BLOCK_SPAN = 40;

export function findDistributionLabel(lines: readonly Line[]): Line | null {
  return lines.findLast((l) => HEADER_LINE.distributionLabel.test(l.canonical)) ?? null;
}

export function findEndOfBody(lines: readonly Line[], from: number): number {
  const end = lines.find(
    (l) =>
      l.index >= from && (HEADER_LINE.endMarker.test(l.canonical) || HEADER_LINE.distributionLabel.test(l.canonical)),
  );
  return end?.index ?? -1;
}

/**
 * The signature block after the end of the body; else the last one in the document. A joint text
 * signed by each of its issuers counts the lead issuer's block: the one whose title names the body
 * its header names first (`leadIssuer`).
 */
export function findSignature(
  lines: readonly Line[],
  endOfBody: number,
  leadIssuer: string | null = null,
): SignatureBlock | null {
  const blocks: SignatureBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const block = blockAt(lines, i);
    if (block) {
      blocks.push(block);
      i = lastLine(block).index;
    }
  }
  if (endOfBody >= 0) {
    const after = blocks.filter((b) => (b.authorityLines[0] ?? b.positionLine ?? lastLine(b)).index >= endOfBody);
    if (after.length > 1 && leadIssuer) return after.find((b) => namesBody(b, leadIssuer)) ?? after[0]!;
    if (after[0]) return after[0];
  }
  return blocks.at(-1) ?? null;
}

function blockAt(lines: readonly Line[], start: number): SignatureBlock | null {
  const first = lines[start]!;
  if (!isAuthority(first) && !isPosition(first)) return null;
  const authorityLines: Line[] = [];
  const capsLines: Line[] = [];
  for (let i = start, seen = 0; i < lines.length && seen <= BLOCK_LINES && i - start <= BLOCK_SPAN; i++) {
    const line = lines[i]!;
    if (line.blank || isInterleaved(line)) continue;
    seen++;
    if (capsLines.length === 0 && isAuthority(line)) authorityLines.push(line);
    else if (line.caps && (authorityLines.length > 0 || capsLines.length > 0 || isPosition(line))) capsLines.push(line);
    else if (SIGNATURE_LINE.personName.test(line.canonical) && (capsLines.length > 0 || authorityLines.length > 0)) {
      return { authorityLines, ...splitCapsLines(capsLines, authorityLines.length > 0), nameLine: line };
    } else return null;
  }
  return unsignedAtEnd(lines, start, authorityLines, capsLines);
}

/**
 * A prefix and a post with nothing after them but blank lines to the end of the document: a draft's block, the name
 * not yet filled in ("TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH").
 */
function unsignedAtEnd(
  lines: readonly Line[],
  start: number,
  authorityLines: Line[],
  capsLines: Line[],
): SignatureBlock | null {
  if (authorityLines.length === 0 || capsLines.length === 0) return null;
  const last = capsLines.at(-1)!;
  if (last.index - start > BLOCK_SPAN) return null;
  for (let k = last.index + 1; k < lines.length; k++) if (!lines[k]!.blank) return null;
  return { authorityLines, ...splitCapsLines(capsLines, true), nameLine: null };
}

/** The block's last line: its name, else its last capitals line. */
export function lastLine(block: SignatureBlock): Line {
  return (
    block.nameLine ??
    block.otherLines.at(-1) ??
    block.positionLine ??
    block.titleLines.at(-1) ??
    block.authorityLines.at(-1)!
  );
}

/**
 * The capitals lines between the prefixes and the name: the signer's line is the first that names a
 * post; lines before it continue the title over it ("KT. VIỆN TRƯỞNG / VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO /
 * PHÓ VIỆN TRƯỞNG"), lines after it are the signer's other posts.
 */
function splitCapsLines(
  capsLines: readonly Line[],
  hasAuthority: boolean,
): Pick<SignatureBlock, 'titleLines' | 'positionLine' | 'otherLines'> {
  const at = hasAuthority ? capsLines.findIndex(isPosition) : 0;
  const position = Math.max(0, at);
  return {
    titleLines: capsLines.slice(0, position),
    positionLine: capsLines[position] ?? null,
    otherLines: capsLines.slice(position + 1),
  };
}

function namesBody(block: SignatureBlock, body: string): boolean {
  const title = [...block.authorityLines, ...block.titleLines].map((l) => l.canonical).join(' ');
  return fold(title).includes(fold(body));
}

const fold = (s: string) => s.replace(/\s+/gu, ' ').trim().toLowerCase();

function isAuthority(line: Line): boolean {
  return SIGNATURE_LINE.authorityLine.test(line.canonical) && /\p{Lu}{2}/u.test(line.canonical.slice(2));
}

function isPosition(line: Line): boolean {
  return line.caps && SIGNATURE_LINE.positionHead.test(line.canonical);
}

/**
 * Lines of the other column or of the page that may fall inside the block: Nơi nhận items, the wrapped
 * rest of an item (it starts in lower case: a name never does).
 */
function isInterleaved(line: Line): boolean {
  return (
    HEADER_LINE.listItem.test(line.canonical) ||
    HEADER_LINE.distributionLabel.test(line.canonical) ||
    /^[[\]()*.,;:]+$/.test(line.canonical) ||
    // "(Đã ký)": where a copy or a portal's text had the signature
    SIGNATURE_LINE.signedMark.test(line.canonical) ||
    /^\p{Ll}/u.test(line.canonical)
  );
}
