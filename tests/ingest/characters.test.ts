import { describe, expect, it } from 'vitest';
import { characterPass, mayChangeUnderNfc, nfcEdits } from '../../src/ingest/characters.js';

/**
 * The code units NFC can act on, read off every code point: one NFC changes alone, a combining mark, or one that
 * stands after the first character of a canonical decomposition (it may compose with what precedes it).
 */
function nfcSensitiveUnits(): number[] {
  const units = new Set<number>();
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCodePoint(cp);
    const parts = [...ch.normalize('NFD')];
    for (const part of parts.slice(1)) if (part.length === 1) units.add(part.charCodeAt(0));
    if (cp < 0x10000 && (ch.normalize('NFC') !== ch || /\p{M}/u.test(ch))) units.add(cp);
  }
  return [...units];
}

describe('characterPass', () => {
  it('should flag every code unit NFC may act on, so that a text with none is NFC as it stands', () => {
    const missed = nfcSensitiveUnits().filter((unit) => !mayChangeUnderNfc(unit));
    expect(missed.map((unit) => unit.toString(16))).toEqual([]);
    for (let unit = 0xd800; unit <= 0xdfff; unit++) expect(mayChangeUnderNfc(unit)).toBe(true);
  });

  it('should say a text may need NFC when it holds such a unit, and not when it holds none', () => {
    const table: Array<[string, boolean]> = [
      ['Quyết định số 15/QĐ-UBND “về việc” – 2026…', false],
      ['QÐ-UBND\u00A0số\u200B 5\r\n', false],
      ['Nghi\u0323 đi\u0323nh', true],
      ['Ohm \u2126', true],
      ['𝐀 mathematical', true],
    ];
    for (const [text, may] of table) expect(characterPass(text).mayNeedNfc, text).toBe(may);
  });

  it('should say a text may look like Markdown only when it holds "#", "*" or "|"', () => {
    const table: Array<[string, boolean]> = [
      ['Điều 1. Giao Sở Y tế chủ trì.', false],
      ['## KẾ HOẠCH', true],
      ['**Điều 1.** Giao', true],
      ['| Số: 15 | Hà Nội |', true],
    ];
    for (const [text, may] of table) expect(characterPass(text).mayHoldMarkup, text).toBe(may);
  });

  it('should substitute look-alikes, odd spaces and a lone "\\r", and record the removals as edits', () => {
    const { text, edits } = characterPass('QÐ\u00A0a\u200Bb\r\nc\rd\u00ADe');
    expect(text).toBe('QĐ a\u200Bb\r\nc\nd\u00ADe');
    expect(edits).toEqual([
      { start: 4, end: 5, insert: '' },
      { start: 6, end: 7, insert: '' },
      { start: 11, end: 12, insert: '' },
    ]);
  });
});

describe('characterPass: Cyrillic', () => {
  it('should say a text may hold Cyrillic only when it holds a letter of the Cyrillic block', () => {
    const table: Array<[string, boolean]> = [
      ['Nghị định số 40/2026/NĐ-CP', false],
      ['NĐ-\u0421\u0420', true],
      ['\u0400 \u04ff', true],
      ['\u03ff \u0500', false],
    ];
    for (const [text, may] of table) expect(characterPass(text).mayHoldCyrillic, text).toBe(may);
  });
});

describe('nfcEdits', () => {
  it('should find nothing to change in a text that is NFC, marks and all', () => {
    for (const text of ['d\u0301 q\u0323', 'Nghị định', '\u1100\u0301', 'a\u0334\u0345', '𝐀\u0301', '\u0301a']) {
      expect(text.normalize('NFC'), text).toBe(text);
      expect(nfcEdits(text), text).toEqual([]);
    }
  });

  it('should compose each cluster that NFC changes', () => {
    expect(nfcEdits('Nghi\u0323 đi\u0323nh')).toEqual([
      { start: 3, end: 5, insert: 'ị' },
      { start: 7, end: 9, insert: 'ị' },
    ]);
  });
});

describe('nfcEdits in a text of the BMP alone', () => {
  it('should give the edits of the search by code points', () => {
    const texts = [
      'Nghi\u0323 đi\u0323nh',
      'a\u0301\u0323b c\u0327',
      '\u0301a',
      'q\u0323\u0301',
      'ά\u0301 \u0915\u093c',
      'x\u20dd y\ufe20',
    ];
    for (const text of texts) {
      expect(characterPass(text).mayHoldAstral, text).toBe(false);
      expect(nfcEdits(text, false), text).toEqual(nfcEdits(text));
    }
    expect(characterPass('𝐀\u0301').mayHoldAstral).toBe(true);
  });
});
