/**
 * Which legacy encoding are these bytes in? Decode with each candidate and keep the one whose
 * text reads most like Vietnamese (scoreText). Used for bytes that are not valid UTF-8.
 */
import { decodeLegacy, type LegacyEncoding } from './codecs.js';
import { restoreCapitals } from './tcvn3-capitals.js';
import { ratio, scoreText, type Score } from './vietnamese-score.js';

/** In order of preference when two candidates read equally well: TCVN3 was the government standard. */
export const LEGACY_ENCODINGS: readonly LegacyEncoding[] = ['tcvn3', 'vni', 'windows-1258'];

export interface Candidate {
  encoding: LegacyEncoding;
  text: string;
  score: Score;
}

/**
 * Every candidate decoding, best first. `text` is the plain decoding: the score does not look
 * at case, so TCVN3 capitals are put back (decodeLegacyText) only for the one chosen.
 */
export function rankLegacy(bytes: Uint8Array, encodings: readonly LegacyEncoding[] = LEGACY_ENCODINGS): Candidate[] {
  const candidates = encodings.map((encoding) => {
    const text = decodeLegacy(bytes, encoding);
    return { encoding, text, score: scoreText(text) };
  });
  return candidates.sort((a, b) => ratio(b.score) - ratio(a.score) || b.score.valid - a.score.valid);
}

/** Decode and, for TCVN3, put back the capitals the encoding cannot write. */
export function decodeLegacyText(bytes: Uint8Array, encoding: LegacyEncoding): string {
  const text = decodeLegacy(bytes, encoding);
  return encoding === 'tcvn3' ? restoreCapitals(text) : text;
}

/** Is the best candidate convincing: mostly Vietnamese syllables, and more than a couple of them? */
export function convincing(score: Score): boolean {
  return score.valid >= 3 && ratio(score) >= 0.5;
}
