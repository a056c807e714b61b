import { describe, expect, it } from 'vitest';
import { letterClasses, LOWER, UPPER, WORD } from '../../src/grammar/letters.js';
import { ingest } from '../../src/ingest/index.js';

describe('letterClasses', () => {
  it('should answer for every BMP code unit as the patterns do', () => {
    const table = letterClasses();
    const wrong: string[] = [];
    for (let unit = 0; unit < 0x10000; unit++) {
      if (unit >= 0xd800 && unit <= 0xdfff) continue;
      const ch = String.fromCharCode(unit);
      const expected =
        (/\p{Ll}/u.test(ch) ? LOWER : 0) | (/\p{Lu}/u.test(ch) ? UPPER : 0) | (/[\p{L}\p{N}]/u.test(ch) ? WORD : 0);
      if (table[unit] !== expected) wrong.push(unit.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('should join lines by what the next one opens with, a character outside the BMP too', () => {
    const table: Array<[string, string]> = [
      [
        'Ủy ban nhân dân tỉnh giao Sở Y tế chủ trì\nthực hiện kế hoạch',
        'Ủy ban nhân dân tỉnh giao Sở Y tế chủ trì thực hiện kế hoạch',
      ],
      ['Giao nhiệm vụ cho\nSở Tài chính', 'Giao nhiệm vụ cho Sở Tài chính'],
      ['Giao nhiệm vụ cho\nSỞ TÀI CHÍNH', 'Giao nhiệm vụ cho\nSỞ TÀI CHÍNH'],
      [
        'Kinh phí thực hiện kế hoạch được bố trí từ năm\n2026 đến năm 2030',
        'Kinh phí thực hiện kế hoạch được bố trí từ năm 2026 đến năm 2030',
      ],
      ['Thực hiện\n𝐚 chữ', 'Thực hiện 𝐚 chữ'],
      ['Thực hiện\n𝐀 chữ', 'Thực hiện\n𝐀 chữ'],
    ];
    for (const [input, text] of table) expect(ingest(input).text, input).toBe(text);
  });
});
