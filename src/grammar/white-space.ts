/**
 * The code units `\s` matches and `trim()` takes off (ECMAScript WhiteSpace and LineTerminator), tested without a
 * pattern: ingest, layout and the extractors trim and scan in place with it.
 */
export function isSpaceCode(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Where the run of code units other than white space that holds or ends at `at` starts (what `\S*$` before it finds).
 */
export function wordStartBefore(text: string, at: number): number {
  while (at > 0 && !isSpaceCode(text.charCodeAt(at - 1))) at--;
  return at;
}

/** Where the run of code units other than white space from `at` ends (what `^\S*` after it finds). */
export function wordEndFrom(text: string, at: number): number {
  while (at < text.length && !isSpaceCode(text.charCodeAt(at))) at++;
  return at;
}
