/**
 * Character normalization: NFC, look-alike letters, odd spaces, line ends, control characters.
 * A change of length is an edit, so offsets still lead back to the input; a one-for-one
 * replacement needs none.
 */
import type { Edit } from './offset-map.js';

/** Letters that look like Vietnamese ones but are not: Ð (U+00D0, Icelandic eth) for Đ (U+0110). */
const LOOKALIKES: Readonly<Record<string, string>> = { '\u00D0': '\u0110', '\u00F0': '\u0111' };

/**
 * Replaced one for one, so no offset moves and no edit is recorded (a text of a million tabs
 * would otherwise carry a million edits): no-break, figure, thin, ideographic… spaces and
 * other C0/C1 controls (binary junk) → space, look-alike letters, a lone "\r" → "\n".
 */
const SUBSTITUTED =
  /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\v\f\u0000-\u0008\u000E-\u001F\u007F-\u009F\u00D0\u00F0]|\r(?!\n)/g;
/** Removed: zero-width characters, the BOM, the soft hyphen, the "\r" of "\r\n". */
const REMOVED = /[\u200B-\u200D\u2060\uFEFF\u00AD]|\r(?=\n)/g;

export function substituteCharacters(text: string): string {
  return text.replace(SUBSTITUTED, (ch) => LOOKALIKES[ch] ?? (ch === '\r' ? '\n' : ' '));
}

/** The removals, as edits (run after substituteCharacters). */
export function characterEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  REMOVED.lastIndex = 0;
  for (let m = REMOVED.exec(text); m; m = REMOVED.exec(text))
    edits.push({ start: m.index, end: m.index + 1, insert: '' });
  return edits;
}

// a base character followed by its combining marks
const CLUSTER = /\P{M}\p{M}+/gu;

/** NFC, cluster by cluster, so that the offset map stays exact around each change. */
export function nfcEdits(text: string): Edit[] {
  if (text.normalize('NFC') === text) return [];
  const edits: Edit[] = [];
  CLUSTER.lastIndex = 0;
  for (let m = CLUSTER.exec(text); m; m = CLUSTER.exec(text)) {
    const composed = m[0].normalize('NFC');
    if (composed !== m[0]) edits.push({ start: m.index, end: m.index + m[0].length, insert: composed });
  }
  return edits;
}
