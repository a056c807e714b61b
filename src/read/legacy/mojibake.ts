/**
 * Text that is valid Unicode but holds a legacy font's codes as Latin-1 characters: a TCVN3
 * or VNI document re-saved as UTF-8, a .docx still set in .VnTime, a web page declared
 * ISO-8859-1 ("Uû ban nh©n d©n" for "Uỷ ban nhân dân"). The encoding is chosen over all such
 * lines together, then each line is replaced only where its repair reads better than the
 * line as it stands, so the Unicode parts of a mixed document are left alone.
 */
import { cp1252Bytes, decodeLegacy, type LegacyEncoding } from './codecs.js';
import { convincing, rankLegacy } from './detect.js';
import { restoreCapitals } from './tcvn3-capitals.js';
import { ratio, scoreText, type Score } from './vietnamese-score.js';

export interface Repair {
  text: string;
  encoding: LegacyEncoding;
  /** how many lines were replaced */
  lines: number;
}

// a character a legacy font's code turns into when read as Latin-1 or Windows-1252
const LATIN1_RANGE =
  /[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/u;
// letters only Unicode text has: legacy codes never turn into these
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/u;

/** Text that reads this well as it stands is Unicode, whatever a legacy reading gives (genuine text: 0.98). */
const MAX_AS_IS = 0.3;
/** How much better the repaired text must read than the text as it stands. */
const MIN_GAIN = 0.5;
const SAMPLE_CHARS = 64 * 1024;
/** Lines that read better repaired must outnumber those that read worse this many times to settle ties. */
const TIE_MARGIN = 3;

export function repairMojibake(text: string): Repair | null {
  if (!LATIN1_RANGE.test(text)) return null;
  const lines = text.split('\n');
  const candidates = lines.map((line, i) => ({ line, i, bytes: suspect(line) })).filter((c) => c.bytes !== null);
  if (candidates.length === 0) return null;
  // the encoding is judged on the first suspect lines: a few thousand words are plenty
  const joined = candidates
    .map((c) => c.line)
    .join('\n')
    .slice(0, SAMPLE_CHARS);
  // first the cheap test that settles Unicode text: its suspect lines ("Các", "Tên": Vietnamese
  // written in Latin-1 letters alone) read well as they stand, and need not be decoded three ways
  const asIs = ratio(scoreText(joined));
  if (asIs > MAX_AS_IS) return null;
  const [best] = rankLegacy(cp1252Bytes(joined)!);
  if (!best || !convincing(best.score) || ratio(best.score) - asIs < MIN_GAIN) return null;
  const repaired = new Set<number>();
  const ties: Array<{ i: number; decoded: string }> = [];
  let worse = 0;
  for (const { line, i, bytes: lineBytes } of candidates) {
    // TCVN3 capitals are put back below, with the lines around as context
    const decoded = decodeLegacy(lineBytes!, best.encoding);
    const gain = balance(scoreText(decoded)) - balance(scoreText(line));
    if (gain > 0) {
      lines[i] = decoded;
      repaired.add(i);
    } else if (gain === 0 && decoded !== line) ties.push({ i, decoded });
    else if (gain < 0) worse++;
  }
  // a line that reads as well both ways ("Sè: 12" is "Số: 12") goes with the lines around it,
  // when those are mojibake by a wide margin
  if (repaired.size > 0 && repaired.size >= TIE_MARGIN * worse) {
    for (const { i, decoded } of ties) {
      lines[i] = decoded;
      repaired.add(i);
    }
  }
  if (repaired.size === 0) return null;
  const out = best.encoding === 'tcvn3' ? restoreCapitals(lines.join('\n'), repaired) : lines.join('\n');
  return { text: out, encoding: best.encoding, lines: repaired.size };
}

/** The line's bytes if it may be mojibake: it has Latin-1-range characters and no letter only Unicode has. */
function suspect(line: string): Uint8Array | null {
  if (!LATIN1_RANGE.test(line) || UNICODE_VIETNAMESE.test(line)) return null;
  return cp1252Bytes(line);
}

function balance(score: Score): number {
  return score.valid - score.invalid;
}
