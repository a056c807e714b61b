import { describe, expect, it } from 'vitest';
import { memoizeText } from '../../src/grammar/memo.js';

describe('memoizeText', () => {
  const counted = (options?: { size?: number; maxLength?: number }) => {
    const calls: string[] = [];
    const lookup = memoizeText((text) => {
      calls.push(text);
      return text.toUpperCase();
    }, options);
    return { calls, lookup };
  };

  it('answers as the function does, computing each text once', () => {
    const { calls, lookup } = counted();
    expect(['nghị định', 'luật', 'nghị định', 'luật'].map(lookup)).toEqual(['NGHỊ ĐỊNH', 'LUẬT', 'NGHỊ ĐỊNH', 'LUẬT']);
    expect(calls).toEqual(['nghị định', 'luật']);
  });

  it('keeps an undefined answer as an answer', () => {
    let calls = 0;
    const lookup = memoizeText(() => (calls++, undefined));
    lookup('không có');
    lookup('không có');
    expect(calls).toBe(1);
  });

  it('does not keep a text longer than maxLength', () => {
    const { calls, lookup } = counted({ maxLength: 4 });
    lookup('quyết định');
    lookup('quyết định');
    expect(calls).toEqual(['quyết định', 'quyết định']);
  });

  it('starts over when full', () => {
    const { calls, lookup } = counted({ size: 2 });
    for (const text of ['a', 'b', 'c', 'a']) lookup(text);
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });

  it('reads a slice of a long text like the same words typed alone', () => {
    const { lookup } = counted();
    const document = 'Căn cứ Nghị định số 15/2026/NĐ-CP '.repeat(1000);
    expect(lookup(document.slice(7, 16))).toBe(lookup('Nghị định'));
  });
});
