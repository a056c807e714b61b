/**
 * What a code unit is, read from a table instead of asked of a pattern at every line: a lower-case letter (`\p{Ll}`),
 * an upper-case one (`\p{Lu}`), a letter or a digit (`[\p{L}\p{N}]`). Made on the first text, from the same
 * properties the patterns name, so the answers are theirs; a surrogate is none of them (a caller asks the pattern).
 */
export const LOWER = 1;
export const UPPER = 2;
export const WORD = 4;

let classes: Uint8Array | undefined;

export function letterClasses(): Uint8Array {
  if (classes) return classes;
  const table = new Uint8Array(0x10000);
  let units = '';
  for (let c = 0; c < 0x10000; c += 0x400) {
    if (c >= 0xd800 && c < 0xe000) continue;
    units += String.fromCharCode(...Array.from({ length: 0x400 }, (_, i) => c + i));
  }
  const mark = (pattern: RegExp, flag: number) => {
    for (const m of units.matchAll(pattern)) table[m[0].charCodeAt(0)]! |= flag;
  };
  mark(/\p{Ll}/gu, LOWER);
  mark(/\p{Lu}/gu, UPPER);
  mark(/[\p{L}\p{N}]/gu, WORD);
  classes = table;
  return table;
}

/** Whether the code unit opens a surrogate pair or closes one: the tables do not answer for it. */
export function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}
