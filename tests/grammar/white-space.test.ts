import { describe, expect, it } from 'vitest';
import { isSpaceCode, wordEndFrom, wordStartBefore } from '../../src/grammar/white-space.js';

describe('isSpaceCode', () => {
  it.each([
    ['a space', 0x20],
    ['a tab', 0x09],
    ['a line feed', 0x0a],
    ['a carriage return', 0x0d],
    ['a no-break space', 0xa0],
    ['an em space', 0x2003],
    ['a narrow no-break space', 0x202f],
    ['an ideographic space', 0x3000],
    ['a byte-order mark', 0xfeff],
  ])('should read %s as white space', (_, code) => {
    expect(isSpaceCode(code)).toBe(true);
  });

  it.each([
    ['a letter', 0x61],
    ['a Vietnamese letter (ạ)', 0x1ea1],
    ['a zero-width space, which trim() keeps', 0x200b],
    ['a combining mark', 0x0301],
    ['a full stop', 0x2e],
  ])('should not read %s as white space', (_, code) => {
    expect(isSpaceCode(code)).toBe(false);
  });

  it('should agree with \\s on every code unit', () => {
    const differing: number[] = [];
    for (let code = 0; code <= 0xffff; code++)
      if (isSpaceCode(code) !== /\s/u.test(String.fromCharCode(code))) differing.push(code);
    expect(differing).toEqual([]);
  });
});

describe('wordStartBefore, wordEndFrom: the run without white space around an index', () => {
  it.each([
    ['Nghị định số 40/2026/NĐ-CP ngày', 20, 13, 26],
    ['NĐ-CP', 0, 0, 5],
    ['a\u00A0bc\td', 3, 2, 4],
    ['x  y', 2, 2, 2],
  ])('in %j at %i: from %i to %i', (text, at, start, end) => {
    expect(wordStartBefore(text, at)).toBe(start);
    expect(wordEndFrom(text, at)).toBe(end);
  });
});
