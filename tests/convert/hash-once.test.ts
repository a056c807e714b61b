/**
 * convertDocument hashes an input's bytes once: it needs the hash before parsing (--resume, the
 * error records) and hands it to parse(), which reports it instead of hashing the text again.
 * Both hash functions are wrapped to count their calls; they still hash.
 */
import { describe, expect, it, vi } from 'vitest';
import { congVanDocx } from '../fixtures/docx.js';

const calls = vi.hoisted(() => ({ convert: 0, ingest: 0 }));

vi.mock('../../src/convert/hash.js', async (original) => {
  const real = await original<typeof import('../../src/convert/hash.js')>();
  return { sha256Of: (bytes: Uint8Array) => (calls.convert++, real.sha256Of(bytes)) };
});
vi.mock('../../src/ingest/hash.js', async (original) => {
  const real = await original<typeof import('../../src/ingest/hash.js')>();
  return { sha256: (input: string | Uint8Array) => (calls.ingest++, real.sha256(input)) };
});

const { convertDocument } = await import('../../src/convert/document.js');
const { sha256Of } = await import('../../src/convert/hash.js');

const TEXT = 'ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 15/KH-UBND\n\nKẾ HOẠCH\nGiao Sở Y tế chủ trì.\n';
const utf8 = new TextEncoder().encode(TEXT);
// UTF-16 with its byte-order mark: the bytes are not the text parse() is given
const utf16 = new Uint8Array([
  0xff,
  0xfe,
  ...new Uint8Array(new Uint16Array([...TEXT].map((c) => c.charCodeAt(0))).buffer),
]);

function counted<T>(run: () => Promise<T>): Promise<{ value: T; hashes: number }> {
  calls.convert = 0;
  calls.ingest = 0;
  return run().then((value) => ({ value, hashes: calls.convert + calls.ingest }));
}

describe('convertDocument hashes the bytes once', () => {
  const inputs: [string, Uint8Array][] = [
    ['plan.txt', utf8],
    ['plan-utf16.txt', utf16],
    ['plan.md', new TextEncoder().encode(`# ${TEXT}`)],
    ['cong-van.docx', congVanDocx()],
  ];
  for (const [name, bytes] of inputs) {
    it(`should hash ${name} once and report the hash of its bytes`, async () => {
      const expected = sha256Of(bytes);
      const { value, hashes } = await counted(() => convertDocument(bytes, name));
      expect(hashes).toBe(1);
      expect(value.source.sha256).toBe(expected);
    });
  }

  it('should not hash at all when given the hash (--resume looked it up)', async () => {
    const given = sha256Of(utf8);
    const { value, hashes } = await counted(() => convertDocument(utf8, 'plan.txt', {}, given));
    expect(hashes).toBe(0);
    expect(value.source.sha256).toBe(given);
  });

  it('should hash once an input refused as too large (the error record carries the hash)', async () => {
    const { value, hashes } = await counted(() =>
      convertDocument(utf16, 'plan-utf16.txt', { maxBytes: utf16.length - 1 }),
    );
    expect(hashes).toBe(1);
    expect(value.source.sha256).toBe(sha256Of(utf16));
  });
});
