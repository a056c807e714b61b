/** Is this junk rather than text? NUL bytes, or many control characters (what git and grep look at). */

const SAMPLE = 64 * 1024;
/** C0 controls that text files do hold: tab, line feed, vertical tab, form feed, carriage return, DOS end of file */
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1a]);
/** share of other control bytes above which a file is not text */
const MAX_CONTROL_SHARE = 0.02;

export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && !TEXT_CONTROLS.has(b)) control++;
    else if (b === 0x7f) control++;
  }
  return control > 4 && control > n * MAX_CONTROL_SHARE;
}
