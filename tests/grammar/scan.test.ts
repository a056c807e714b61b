import { describe, expect, it } from 'vitest';
import { WORD_END, WORD_START } from '../../src/grammar/compile.js';
import { allMatches, hasTopLevelAlternation, searchable, walkSource } from '../../src/grammar/scan.js';

const PHRASE = new RegExp(`${WORD_START}(?:Sở[ \\t]+Y[ \\t]+tế|Sở|Bộ)${WORD_END}`, 'gu');

describe('allMatches: the matches of matchAll, the look-behind checked by hand', () => {
  const texts = [
    'Sở Y tế, Bộ Tài chính và Sở Nội vụ',
    'CơSở Bộ', // glued to a word: refused, the next one found
    'xSởSở Sở',
    '𝐀Sở Sở', // a letter outside the BMP before the match
    '',
    'không có gì',
  ];
  it.each(texts)('in %j', (text) => {
    const expected = [...text.matchAll(PHRASE)].map((m) => [m.index, m[0]]);
    expect(allMatches(PHRASE, text).map((m) => [m.index, m[0]])).toEqual(expected);
  });

  it('keeps the named groups', () => {
    const pattern = new RegExp(`${WORD_START}(?<head>Sở|Bộ)[ \\t]+(?<field>\\p{Lu}\\p{Ll}+)`, 'gu');
    expect(allMatches(pattern, 'Giao Sở Tư pháp').map((m) => m.groups)).toEqual([{ head: 'Sở', field: 'Tư' }]);
  });
});

describe('searchable', () => {
  it('drops a look-behind that governs the whole pattern', () => {
    expect(searchable(PHRASE).wordStart).toBe(true);
  });

  it('keeps one that governs only the first branch', () => {
    const pattern = new RegExp(`${WORD_START}a|b`, 'gu');
    expect(searchable(pattern)).toEqual({ fast: pattern, wordStart: false });
  });
});

describe('walkSource: a pattern source outside escapes and classes', () => {
  it.each([
    ['a|b', true],
    ['(?:a|b)c|d', true],
    ['(?:a|b)c', false],
    ['[|]x', false],
    ['a\\|b', false],
  ])('%s has a top-level "|": %s', (source, expected) => {
    expect(hasTopLevelAlternation(source)).toBe(expected);
  });

  it('gives the depth of groups each character stands in', () => {
    const depths: number[] = [];
    walkSource('a(b[(]c)\\(d', (_, __, depth) => {
      depths.push(depth);
      return undefined;
    });
    // a ( b c ) d: the class "[(]" and the escaped "\(" are stepped over
    expect(depths).toEqual([0, 0, 1, 1, 1, 0]);
  });
});
