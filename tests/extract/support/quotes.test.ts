/** Quoted passages: quotedAt tells of one offset what the passages of the whole text tell. */
import { describe, expect, it } from 'vitest';
import { inRanges, quotedAt, quotedRanges } from '../../../src/extract/support/quotes.js';

/** Every text of `length` characters drawn from “, ” and a letter. */
function* texts(length: number): Generator<string> {
  if (length === 0) {
    yield '';
    return;
  }
  for (const rest of texts(length - 1)) for (const char of ['“', '”', 'a']) yield char + rest;
}

describe('quotedAt', () => {
  it('agrees with the passages at every offset of every short text of marks', () => {
    for (let length = 0; length <= 7; length++) {
      for (const text of texts(length)) {
        const ranges = quotedRanges(text);
        for (let offset = 0; offset <= text.length; offset++) {
          expect(quotedAt(text, offset), `${JSON.stringify(text)} at ${offset}`).toBe(inRanges(ranges, offset));
        }
      }
    }
  });

  it.each([
    ['Điều 1. “Thông tư này có hiệu lực.” Điều 2.', 10, true],
    ['Điều 1. “Thông tư này có hiệu lực.” Điều 2.', 38, false],
    ['“mở mà không đóng. Thông tư này', 20, false],
    ['” đóng lẻ. “Thông tư này”', 15, true],
  ] as const)('%j at %d: %s', (text, offset, quoted) => {
    expect(quotedAt(text, offset)).toBe(quoted);
    expect(inRanges(quotedRanges(text), offset)).toBe(quoted);
  });
});
