import { describe, expect, it } from 'vitest';
import { twoCells } from '../../src/ingest/join.js';

/** The pattern twoCells reads in place: a wide gap before a capital in the trimmed line. */
const TWO_CELLS = /\S {3,}\p{Lu}/u;

describe('twoCells: a wide gap before a capital, read in place as the pattern reads the trimmed line', () => {
  it.each([
    ['ỦY BAN NHÂN DÂN     CỘNG HÒA XÃ HỘI', true],
    ['Số: 12/UBND   Hà Nội, ngày 1 tháng 2', true],
    ['a   B', true],
    ['a    Ă', true],
    ['x)   Đ', true],
    ['ab   𝐀', true], // a capital outside the BMP: the pattern decides
  ])('reads two cells in %j', (line, expected) => {
    expect(twoCells(line)).toBe(expected);
    expect(TWO_CELLS.test(line.trim())).toBe(expected);
  });

  it.each([
    ['ngày      tháng', false], // a blank to fill in, before lower case
    ['Số:      /UBND', false],
    ['   Điều 1', false], // an indent is no gap
    ['Điều 1.   ', false],
    ['a  B', false], // two spaces
    ['a \u00a0  B', false], // a no-break space breaks the run
    ['a\u00a0   B', false], // after white space
    ['a   1', false],
    ['a   b   C   d', true],
    ['', false],
  ])('does not misread %j', (line, expected) => {
    expect(twoCells(line)).toBe(expected);
    expect(TWO_CELLS.test(line.trim())).toBe(expected);
  });

  it('agrees with the pattern on lines made of spaces, letters and marks', () => {
    const units = [' ', ' ', ' ', 'a', 'B', 'Đ', 'đ', '1', '.', '\u00a0', '\t', '𝐀', '\ud835'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % units.length;
    for (let n = 0; n < 20000; n++) {
      let line = '';
      for (let k = 0, length = next() + 3; k < length; k++) line += units[next()];
      expect(twoCells(line), JSON.stringify(line)).toBe(TWO_CELLS.test(line.trim()));
    }
  });
});
