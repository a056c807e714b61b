import { describe, expect, it } from 'vitest';
import { alternation, prefixAlternation } from '../../src/grammar/compile.js';

/** Every match of `source` in `text`, whole words only, as "index:text". */
const matches = (source: string, text: string) =>
  [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'gu'))].map(
    (m) => `${m.index}:${m[0]}`,
  );

const HEADS = [
  'Sở',
  'Sở Y tế',
  'Sở Tài chính',
  'Ủy ban',
  'Ủy ban nhân dân',
  'Uỷ ban nhân dân',
  'Bộ',
  'Bộ Tư lệnh',
  'Ban',
];

describe('prefixAlternation: the matches of alternation, with common prefixes factored out', () => {
  it.each([
    ['the longest name that ends a word', 'Giao Sở Y tế, Sở Tài chính và Ủy ban nhân dân tỉnh'],
    ['a shorter name where the longer one goes on into a word', 'Sở Y tếx, Bộ Tư lệnhs, Ủy ban nhân'],
    ['spaces and tabs between the words', 'Sở  Y\ttế và Ủy   ban nhân  dân'],
    ['nothing', 'Thông tư này có hiệu lực'],
  ])('%s', (_, text) => {
    expect(matches(prefixAlternation(HEADS), text)).toEqual(matches(alternation(HEADS), text));
    expect(matches(prefixAlternation(HEADS), text).length).toBe(matches(alternation(HEADS), text).length);
  });

  it('factors the shared words out', () => {
    expect(prefixAlternation(['Sở', 'Sở Y tế', 'Sở Tài chính'])).toBe(
      String.raw`Sở(?:[ \t]+(?:Tài[ \t]+chính|Y[ \t]+tế)|)`,
    );
    expect(prefixAlternation(['a.b', 'a'])).toBe(String.raw`a(?:\.b|)`);
  });

  it('is the plain alternation when a phrase comes before a longer one it opens', () => {
    // "Sở      Y" is longer as written than "Sở Y tế" and opens it: the plain alternation tries it first
    const phrases = ['Sở      Y', 'Sở Y tế'];
    expect(prefixAlternation(phrases)).toBe(alternation(phrases));
  });
});
