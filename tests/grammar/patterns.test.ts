import { describe, expect, it } from 'vitest';
import { expandPhrases } from '../../src/grammar/patterns.js';

describe('expandPhrases: a phrase list with {{name}} written out', () => {
  const lists = { six: ['sáu', '06', '6'], isWord: ['', 'là'] };

  it.each([
    ['one placeholder', ['định kỳ {{six}} tháng'], ['định kỳ sáu tháng', 'định kỳ 06 tháng', 'định kỳ 6 tháng']],
    ['two placeholders, every combination', ['{{six}} {{isWord}}'], ['sáu', '06', '6', 'sáu là', '06 là', '6 là']],
    [
      '"" leaves the words out, spaces closed up',
      ['chậm nhất {{isWord}} trước'],
      ['chậm nhất trước', 'chậm nhất là trước'],
    ],
    ['a phrase without placeholder as it is', ['nửa năm'], ['nửa năm']],
  ])('%s', (_, phrases, expected) => {
    expect(expandPhrases(phrases, lists).sort()).toEqual([...expected].sort());
  });

  it.each([['a regex fragment or unknown name', ['{{sp}} x']]])('refuses %s', (_, phrases) => {
    expect(() => expandPhrases(phrases, lists)).toThrow(/not a list of phrases/);
  });
});
