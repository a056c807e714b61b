import { describe, expect, it } from 'vitest';
import { decode } from '../../src/ingest/decode.js';

const utf8 = new TextDecoder('utf-8');

describe('decode', () => {
  it('should read valid UTF-8 as TextDecoder does, its byte-order mark dropped', () => {
    for (const text of [
      '',
      'a',
      '\uFEFF',
      '\uFEFFSố: 12/QĐ-UBND',
      '\uFEFF\uFEFFx',
      'Hà Nội 😀 \u0301\uFFFF\uFDD0',
      'ệ'.repeat(5000),
    ]) {
      const bytes = new TextEncoder().encode(text);
      expect(decode(bytes)).toEqual({ text: utf8.decode(bytes), encoding: 'utf-8', lossy: false });
    }
  });

  it('should put replacement characters for invalid bytes, as TextDecoder does', () => {
    const bytes = new Uint8Array([0x61, 0xc3, 0x28, 0xed, 0xa0, 0x80, 0xf0, 0x9f, 0x0a, 0x62]);
    expect(decode(bytes)).toEqual({ text: utf8.decode(bytes), encoding: 'utf-8', lossy: true });
  });

  it('should tell a replacement character written in valid UTF-8 as lossy, as before', () => {
    expect(decode(new TextEncoder().encode('a\uFFFDb')).lossy).toBe(true);
  });
});
