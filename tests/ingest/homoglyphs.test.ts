import { describe, expect, it } from 'vitest';
import { latinLookalikes } from '../../src/ingest/homoglyphs.js';
import { ingest } from '../../src/ingest/index.js';
import { parse } from '../../src/index.js';

// Cyrillic С (U+0421), Р (U+0420), Т (U+0422), А (U+0410), о (U+043E), е (U+0435)
const C = '\u0421';
const P = '\u0420';
const T = '\u0422';

describe('latinLookalikes: Cyrillic letters read as Latin', () => {
  it.each([
    [`40/2026/NĐ-${C}${P}`, '40/2026/NĐ-CP', 2],
    [`67/2022/TT-B${T}${C}`, '67/2022/TT-BTC', 2],
    [`${C}hính phủ`, 'Chính phủ', 1],
    [`s\u043E 5`, 'so 5', 1],
    [`QĐ-UBND-${T}\u0410`, 'QĐ-UBND-TA', 2],
  ])('reads %s as %s', (input, expected, replaced) => {
    expect(latinLookalikes(input)).toEqual({ text: expected, replaced });
  });
});

describe('latinLookalikes: what it leaves', () => {
  it.each([
    ['a word wholly in Cyrillic', 'Hiệp định ký tại М\u043Eсква, Liên bang Nga'],
    ['a Cyrillic word after a Latin one, a space between', 'NĐ \u0421\u0420'],
    ['text with no Cyrillic', 'Nghị định số 40/2026/NĐ-CP'],
    ['a Cyrillic letter with no Latin look-alike', 'NĐ-\u0411\u0416'],
  ])('leaves %s', (_, input) => {
    expect(latinLookalikes(input).text).toBe(input);
  });
});

describe('ingest and parse with look-alikes', () => {
  it('keeps the length and offsets, and says what it did', () => {
    const input = `Căn cứ Nghị định số 40/2026/NĐ-${C}${P} ngày 01/02/2026.`;
    const ingested = ingest(input);
    expect(ingested.text).toBe('Căn cứ Nghị định số 40/2026/NĐ-CP ngày 01/02/2026.');
    expect(ingested.text.length).toBe(input.length);
    expect(ingested.diagnostics.map((d) => d.code)).toContain('ingest/cyrillic-lookalikes');
  });

  it('reads a cited number written with Cyrillic letters as its Latin key', () => {
    const r = parse(
      `BỘ TÀI CHÍNH\nSố: 5/2026/TT-BTC\nHà Nội, ngày 1 tháng 3 năm 2026\nTHÔNG TƯ\nHướng dẫn\n` +
        `Căn cứ Nghị định số 40/2026/NĐ-${C}${P} ngày 01/02/2026 của Chính phủ;\n`,
    );
    expect(r.references.map((x) => x.key)).toContain('vn:40/2026/nđ-cp');
  });

  it('composes a mark after a letter put for a Cyrillic one', () => {
    expect(ingest('T\u0435\u0301st 5A').text).toBe('T\u00E9st 5A');
  });

  it('says nothing for a text with no Cyrillic letter', () => {
    expect(ingest('Nghị định số 40/2026/NĐ-CP').diagnostics).toEqual([]);
  });
});
