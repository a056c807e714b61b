/** parse() on input that is not a document: an empty, valid result, never a throw (but for a wrong argument type). */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse.js';

describe('input that is not a document', () => {
  it.each([
    ['empty', ''],
    ['binary junk', '\u0000\u0001\u00ff\ufffd'.repeat(50)],
    ['a repeated number label', 'Số: Số: Số: '.repeat(200)],
    ['prose', 'Hôm nay trời đẹp.'],
  ])('should return a valid empty result for %s', (_, input) => {
    const doc = parse(input);
    expect(doc.number).toBeNull();
    expect(doc.issuer).toBeNull();
    expect(doc.diagnostics.length).toBeGreaterThan(0);
  });

  it('should throw a TypeError only when the caller passes something that is not text or bytes', () => {
    expect(() => parse(42 as unknown as string)).toThrow(TypeError);
  });
});
