import { describe, expect, it } from 'vitest';
import { canonicalTones, foldWords } from '../../src/grammar/tones.js';

describe('case folding', () => {
  it('plain toLowerCase/toUpperCase equal the Vietnamese locale on every code point', () => {
    const differing: string[] = [];
    for (let code = 0; code < 0x110000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const c = String.fromCodePoint(code);
      if (c.toLowerCase() !== c.toLocaleLowerCase('vi') || c.toUpperCase() !== c.toLocaleUpperCase('vi'))
        differing.push(c);
    }
    expect(differing).toEqual([]);
  });

  it('a locale with its own rules does differ, so the check above can fail', () => {
    expect('I'.toLocaleLowerCase('tr')).not.toBe('I'.toLowerCase());
  });
});

describe('foldWords', () => {
  const reads: Array<[string, string]> = [
    ['QUYẾT  ĐỊNH', 'quyết định'],
    ['  Uỷ ban\nnhân dân ', 'ủy ban nhân dân'],
    ['Hoà Bình', 'hòa bình'],
    ['Quyết định', 'quyết định'],
  ];
  it.each(reads)('folds %j to %j', (text, folded) => expect(foldWords(text)).toBe(folded));

  const keeps: Array<[string, string]> = [
    ['Quyết định', 'quyết đinh'],
    ['Hòa', 'hoa'],
  ];
  it.each(keeps)('keeps %j apart from %j', (a, b) => expect(foldWords(a)).not.toBe(foldWords(b)));
});

describe('canonicalTones', () => {
  it('moves the tone of oa/oe/uy to one placement', () => {
    expect(canonicalTones('hoà thuý')).toBe('hòa thúy');
  });
});
