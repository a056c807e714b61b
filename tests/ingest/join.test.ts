import { describe, expect, it } from 'vitest';
import { endsWithDanglingWord, twoCells } from '../../src/ingest/join.js';
import { DANGLING_WORD } from '../../src/ingest/strip-patterns.js';
import { seededNumbers } from '../fixtures/seeded.js';

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
    const numbers = seededNumbers(7);
    const next = () => numbers() % units.length;
    for (let n = 0; n < 20000; n++) {
      let line = '';
      for (let k = 0, length = next() + 3; k < length; k++) line += units[next()];
      expect(twoCells(line), JSON.stringify(line)).toBe(TWO_CELLS.test(line.trim()));
    }
  });
});

describe('endsWithDanglingWord: DANGLING_WORD read from the last word of the line', () => {
  it.each([
    ['Quyết định này có hiệu lực kể từ ngày', true],
    ['ban hành kèm theo Quyết định của', true],
    ['thực hiện trong tháng', true],
    ['Ủy ban nhân dân tỉnh và Ủy', true],
    ['của  \t ', true], // trailing white space left out
    ['theo', true],
    ['(của', true], // after a mark
    ['chi trả hằng tháng', false], // the look-behind reads the word before
    ['Hằng năm', false],
    ['mỗi   tháng', false],
    ['Bộ trưởng', false],
    ['cửa', false],
    ['thuộcc', false],
    ['xcủa', false],
    ['', false],
    ['   ', false],
  ])('reads %j', (line, expected) => {
    expect(endsWithDanglingWord(line)).toBe(expected);
    expect(DANGLING_WORD.test(line.trimEnd())).toBe(expected);
  });

  it('agrees with the pattern on the whole line, for every word of its list after other words', () => {
    const words = DANGLING_WORD.source.match(/\p{L}+/gu) ?? [];
    for (const word of words)
      for (const line of [word, `x ${word}`, `Hằng ${word}`, `${word} x`, `x,${word}`, `x${word}`, `${word}\t `])
        expect(endsWithDanglingWord(line), line).toBe(DANGLING_WORD.test(line.trimEnd()));
  });
});
