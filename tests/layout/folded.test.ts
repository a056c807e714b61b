import { describe, expect, it } from 'vitest';
import { layout, lowerCaseSameLength } from '../../src/layout/index.js';

describe('the folded text of a layout', () => {
  it('should be the flat text in lower case, tone marks canonical, offset for offset', () => {
    const text = 'QUYẾT ĐỊNH\nVề việc giao chỉ tiêu cho Ủy ban nhân dân TỈNH HOÀ BÌNH\r\nTRƯỚC NGÀY 30 tháng 6';
    const { flat, folded } = layout(text);
    expect(folded).toBe(flat.toLowerCase());
    expect(folded.length).toBe(text.length);
    expect(folded).toContain('ủy ban nhân dân tỉnh hòa bình');
    expect(folded).toContain('trước ngày 30 tháng 6');
    expect(folded.indexOf('về việc')).toBe(text.indexOf('Về việc'));
  });

  it.each([
    ['İSTANBUL', 'istanbul'],
    ['Số İ', 'số i'],
    ['', ''],
    ['đã', 'đã'],
  ])('should keep the length of %j', (text, lower) => {
    expect(lowerCaseSameLength(text)).toBe(lower);
  });
});
