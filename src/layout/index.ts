/**
 * layout: the normalized text → lines and zones (header, title, recipients, body, signature,
 * distribution). Pure: it only reads the text.
 */
import { findHeader, type HeaderZone } from './header.js';
import { findDistributionLabel, findEndOfBody, findSignature, type SignatureBlock } from './closing.js';
import { HEADER, HEADER_LINE } from './header-patterns.js';
import { splitLines, type Line } from './lines.js';
import { canonicalTones } from '../grammar/tones.js';

export interface Layout {
  /** the text with canonical tone marks (same length): what patterns run on */
  canonical: string;
  /**
   * `canonical` with line breaks as spaces (same length): what phrase and date patterns run on,
   * since a wrapped text breaks a phrase anywhere ("trước ngày 30⏎tháng 6"). Built once here for
   * every extractor (deadlines, targets).
   */
  flat: string;
  /**
   * `flat` in lower case, same length (the one letter whose lower case is longer, "İ", folds to "i"): the canonical
   * text, tone- and case-folded once for every stage, so that a trigger word is found with `indexOf` instead of a
   * case-insensitive pattern. Made when first read.
   */
  readonly folded: string;
  lines: Line[];
  header: HeaderZone;
  recipientsLabel: Line | null;
  /** index of the line that ends the body ("./." or "Nơi nhận:"), -1 when none */
  endOfBody: number;
  /** first line after the body: past a "./." line, at a "Nơi nhận:" label; the line count when neither is found */
  bodyEnd: number;
  signature: SignatureBlock | null;
  distributionLabel: Line | null;
}

export function layout(text: string): Layout {
  const canonical = canonicalTones(text);
  const lines = splitLines(text, canonical);
  const header = findHeader(lines);
  const recipientsLabel = lines.find((l) => HEADER_LINE.recipientsLabel.test(l.canonical)) ?? null;
  const endOfBody = findEndOfBody(lines, header.bodyStart);
  const flat = lineBreaksAsSpaces(canonical);
  let folded: string | undefined;
  return {
    canonical,
    flat,
    get folded() {
      folded ??= lowerCaseSameLength(flat);
      return folded;
    },
    lines,
    header,
    recipientsLabel,
    endOfBody,
    bodyEnd:
      endOfBody === -1
        ? lines.length
        : HEADER_LINE.endMarker.test(lines[endOfBody]!.canonical)
          ? endOfBody + 1
          : endOfBody,
    signature: findSignature(lines, endOfBody, leadIssuer(header)),
    distributionLabel: findDistributionLabel(lines),
  };
}

const LINE_BREAKS = '\n\r\f\v\u2028\u2029';
// no "u" flag: every line break is one code unit, and the scan without it is faster
const LINE_BREAK = new RegExp(`[${LINE_BREAKS}]`, 'g');
/** The line breaks other than "\n": a normalized text holds none but by chance (ingest makes "\r" "\n"). */
const OTHER_BREAKS = [...LINE_BREAKS.slice(1)];

/** Same length: every line break one space. */
export function lineBreaksAsSpaces(text: string): string {
  // a search for one code unit skips through the text many times faster than a pattern's scan: "\n" alone is
  // replaced as a string, and the pattern is run only on a text that holds another line break
  if (OTHER_BREAKS.some((mark) => text.includes(mark))) return text.replace(LINE_BREAK, ' ');
  return text.replaceAll('\n', ' ');
}

const DOTTED_CAPITAL_I = /\u0130/g;

/** `text` in lower case with the same length: "İ" (whose lower case is "i" and a combining dot) becomes "i". */
export function lowerCaseSameLength(text: string): string {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : text.replace(DOTTED_CAPITAL_I, 'i').toLowerCase();
}

/**
 * The body a joint header names first ("VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO - TÒA ÁN NHÂN DÂN TỐI CAO - …"):
 * the lead issuer, whose signature counts. Null for a header of one body.
 */
function leadIssuer(header: HeaderZone): string | null {
  const first = header.issuerLines[0]?.canonical;
  if (!first) return null;
  const bodies = first.split(HEADER.jointSeparator);
  return bodies.length > 1 ? bodies[0]!.trim() : null;
}

export type { Line } from './lines.js';
export type { HeaderZone } from './header.js';
export type { SignatureBlock } from './closing.js';
