import { describe, expect, it } from 'vitest';
import { recase } from '../../../src/extract/support/recase.js';

describe('recase: a name printed in capitals, in normal case', () => {
  it.each([
    ['ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG', 'Ủy ban nhân dân tỉnh Kiên Giang'],
    ['BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', 'Bộ Lao động - Thương binh và Xã hội'],
    // a số/ký hiệu keeps its capitals, and the kind it numbers takes its initial
    ['ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH SỐ 1050/QĐ-SCT', 'Đoàn Kiểm tra theo Quyết định số 1050/QĐ-SCT'],
    ['TỔ CÔNG TÁC THEO KẾ HOẠCH SỐ 36-KH/TU', 'Tổ công tác theo Kế hoạch số 36-KH/TU'],
  ])('%s → %s', (printed, expected) => {
    expect(recase(printed)).toBe(expected);
  });
});

describe('recase: what it leaves as it is', () => {
  it.each([
    // mixed case is already normal
    ['Sở Nội vụ tỉnh Lâm Đồng'],
    ['Đoàn kiểm tra theo Quyết định số 1050/QĐ-SCT'],
  ])('%s', (text) => {
    expect(recase(text)).toBe(text);
  });

  it('a figure that numbers no document is not a number to keep, nor capitalises the word before "số"', () => {
    expect(recase('ĐỘI SỐ 2')).toBe('Đội số 2');
  });
});
