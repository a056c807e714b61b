/**
 * Character normalization: NFC, look-alike letters, odd spaces, line ends, control characters.
 * Each change is an edit, so offsets still lead back to the input.
 */
import type { Edit } from './offset-map.js';

/** Letters that look like Vietnamese ones but are not: Ð (U+00D0, Icelandic eth) for Đ (U+0110). */
const LOOKALIKES: Readonly<Record<string, string>> = { '\u00D0': '\u0110', '\u00F0': '\u0111' };

// no-break, figure, thin, ideographic... spaces → space; zero-width and BOM → nothing
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\v\f]/;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
// other C0/C1 controls (binary junk) → space, so text stays aligned
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/;

const SPECIAL = /[\u00A0\u1680\u2000-\u200D\u202F\u205F\u2060\u3000\uFEFF\u00AD\u00D0\u00F0\r\t\v\f\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;

export function characterEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  SPECIAL.lastIndex = 0;
  for (let m = SPECIAL.exec(text); m; m = SPECIAL.exec(text)) {
    const ch = m[0];
    const at = m.index;
    if (ch === '\r') edits.push({ start: at, end: at + 1, insert: text[at + 1] === '\n' ? '' : '\n' });
    else if (LOOKALIKES[ch]) edits.push({ start: at, end: at + 1, insert: LOOKALIKES[ch] });
    else if (INVISIBLE.test(ch)) edits.push({ start: at, end: at + 1, insert: '' });
    else if (SPACES.test(ch) || CONTROL.test(ch)) edits.push({ start: at, end: at + 1, insert: ' ' });
  }
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
