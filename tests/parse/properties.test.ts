/**
 * Bad input never breaks vanban: whatever parse() is given — random Unicode, token soup of
 * document pieces, corpus documents cut, spliced and re-encoded, random bytes, inputs near the
 * limits — it does not throw, its result validates against DocumentResultSchema, every span
 * indexes `text` (and slices out the evidence where a field is the evidence), and a second
 * parse gives the same result. The properties live in scripts/fuzz.ts; `npm run fuzz` runs
 * them for 100,000 cases, this file for a few thousand each.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { checkParse, PROPERTIES } from '../../scripts/fuzz.js';

describe('parse() on any input', () => {
  for (const property of PROPERTIES) {
    it(`${property.name}: never throws, a valid result, spans that index the text, the same result twice`, () => {
      fc.assert(fc.property(property.cases(), checkParse), { numRuns: property.ciRuns });
    });
  }
});

/** Counterexamples the properties found, kept as plain tests. */
describe('counterexamples', () => {
  it('a document parsed after another is read the same as on its own (a global pattern kept its lastIndex)', () => {
    // the signature names a body without its locality; the province is the one the text names most
    const alone =
      'UBND thành phố Hà Nội đề nghị các đơn vị thực hiện.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nVũ Thu Hà';
    const first = parse(alone).issuer?.name;
    // the issuer of this one names its province, which left the shared pattern past the match
    parse(readFileSync(new URL('../../corpus/seeds/003_92d5c371dfb6f108.txt', import.meta.url)));
    expect(first).toBe('Ủy ban nhân dân thành phố Hà Nội');
    expect(parse(alone).issuer?.name).toBe(first);
  });

  it('the place is the text as written (old-style tone marks kept), still found among the provinces', () => {
    const result = parse(
      'UỶ BAN NHÂN DÂN\nTỈNH THANH HOÁ\nSố: 12/KH-UBND\nThanh Hoá, ngày 5 tháng 6 năm 2024\nKẾ HOẠCH\nTriển khai công tác',
    );
    expect(result.place?.name).toBe('Thanh Hoá');
    expect(result.text!.slice(...result.place!.span)).toBe('Thanh Hoá');
    expect(result.key).toBe('vn:12/kh-ubnd@thanh-hoa#2024');
    expect(parse('uỷ Hà Nội, ngày 01 tháng 7 năm 2024').place?.name).toBe('uỷ Hà Nội');
  });

  it('a bare part label takes no heading from past the end of the body', () => {
    // "./." ends the body: "T/M" under it is the signature, outside the node's span
    const [part] = parse('Phần thứ nhất\n./.\nT/M').outline;
    expect(part).toMatchObject({ label: 'Phần thứ nhất', heading: null });
    expect(() => checkParse({ input: 'Phần thứ nhất\n./.\nT/M' })).not.toThrow();
  });

  it('20,000 nested Markdown quotes do not overflow the stack', () => {
    const result = parse(`# Kế hoạch\n${'>'.repeat(20_000)} **Sở Y tế** chủ trì`);
    expect(result.text).toContain('**Sở Y tế**'); // too deep to be Markdown: left as written
    expect(result.source.format).toBe('markdown');
  });
});
