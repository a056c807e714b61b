import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/ingest/sha256.js';
import { utf8Length } from '../../src/ingest/utf8-length.js';

// the browser build has no node:crypto and no Buffer: its stand-ins must agree with them
describe('portable stand-ins for Node', () => {
  it('should hash as node:crypto does, across block boundaries and for strings as UTF-8', () => {
    for (const size of [0, 1, 55, 56, 63, 64, 65, 119, 120, 127, 128, 1000, 70_000]) {
      const bytes = Uint8Array.from({ length: size }, (_, i) => (i * 31 + 7) & 255);
      expect(sha256Hex(bytes), `${size} bytes`).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
    for (const text of ['', 'Hà Nội, ngày 05 tháng 3 năm 2024', 'lone \uD800 surrogate \uDC00', 'pair \u{1F600}']) {
      expect(sha256Hex(text)).toBe(createHash('sha256').update(text).digest('hex'));
    }
  });

  it('should count UTF-8 bytes as Buffer.byteLength does, lone surrogates included', () => {
    for (const text of [
      '',
      'abc',
      'Quyết định',
      'ĐĐĐ',
      '\u{1F600}x',
      'a\uD800',
      '\uDC00\uD800b',
      '\uD800\uD800\uDC00',
    ]) {
      expect(utf8Length(text), JSON.stringify(text)).toBe(Buffer.byteLength(text, 'utf8'));
    }
  });
});
