/**
 * Character normalization: NFC, look-alike letters, odd spaces, line ends, control characters.
 * A change of length is an edit, so offsets still lead back to the input; a one-for-one
 * replacement needs none.
 */
import type { Edit } from './offset-map.js';

/** Letters that look like Vietnamese ones but are not: Ð (U+00D0, Icelandic eth) for Đ (U+0110). */
const LOOKALIKES: Readonly<Record<string, string>> = { '\u00D0': '\u0110', '\u00F0': '\u0111' };

/**
 * Every character changed here. Replaced one for one, so no offset moves and no edit is recorded (a text of a million
 * tabs would otherwise carry a million edits): no-break, figure, thin, ideographic… spaces and other C0/C1 controls
 * (binary junk) → space, look-alike letters, a lone "\r" → "\n". Removed: zero-width characters, the BOM, the soft
 * hyphen, the "\r" of "\r\n".
 */
const SPECIAL =
  /[\u0000-\u0009\u000B-\u001F\u007F-\u00A0\u00AD\u00D0\u00F0\u1680\u2000-\u200D\u202F\u205F\u2060\u3000\uFEFF]/g;
const REMOVED = /^[\u200B-\u200D\u2060\uFEFF\u00AD]$/;

/** The text with its characters substituted, and the removals as edits of it. */
export interface CharacterPass {
  text: string;
  edits: Edit[];
}

/**
 * The substitutions and the removals, in one search for their characters (most text holds none, and is then returned
 * as it is): a "\r" is the removed one of "\r\n" when a "\n" follows it, else it becomes one.
 */
export function characterPass(source: string): CharacterPass {
  const edits: Edit[] = [];
  let text = '';
  let copied = 0;
  SPECIAL.lastIndex = 0;
  for (let m = SPECIAL.exec(source); m; m = SPECIAL.exec(source)) {
    const at = m.index;
    const ch = m[0];
    const removed = ch === '\r' ? source.charCodeAt(at + 1) === 0x0a : REMOVED.test(ch);
    if (removed) {
      edits.push({ start: at, end: at + 1, insert: '' });
      continue;
    }
    text += source.slice(copied, at) + (LOOKALIKES[ch] ?? (ch === '\r' ? '\n' : ' '));
    copied = at + 1;
  }
  return { text: copied === 0 ? source : text + source.slice(copied), edits };
}

/** A run of combining marks: the cluster it closes starts at the code point before it. */
const MARKS = /\p{M}+/gu;

/**
 * NFC, cluster by cluster (a base character and the combining marks after it), so that the offset map stays exact
 * around each change. The runs of marks are searched, not the clusters: the engine then skips ahead to a mark
 * instead of trying a base at every position; a run at the very start has no base and stays.
 */
export function nfcEdits(text: string): Edit[] {
  if (text.normalize('NFC') === text) return [];
  const edits: Edit[] = [];
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(text); m; m = MARKS.exec(text)) {
    if (m.index === 0) continue;
    const base = m.index - codePointBefore(text, m.index);
    const end = m.index + m[0].length;
    const cluster = text.slice(base, end);
    const composed = cluster.normalize('NFC');
    if (composed !== cluster) edits.push({ start: base, end, insert: composed });
  }
  return edits;
}

/** The code units of the code point that ends at `index`: 2 for a surrogate pair, else 1 (a lone surrogate too). */
function codePointBefore(text: string, index: number): number {
  const low = text.charCodeAt(index - 1);
  if (low < 0xdc00 || low > 0xdfff || index < 2) return 1;
  const high = text.charCodeAt(index - 2);
  return high >= 0xd800 && high <= 0xdbff ? 2 : 1;
}
