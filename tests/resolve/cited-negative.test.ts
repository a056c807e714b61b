import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../src/resolve/cited.js';

// Strings that look like citations and are not: phone and fax numbers, amounts, ratios, dates,
// pinpoints, road kilometres, the document itself, words that contain a type word, bodies named
// with the word "Luật".
const NOT_CITATIONS = [
  'Điện thoại: 0243.22.33.111',
  'SĐT: 035.605.1555./.',
  'Fax: (0263) 3822 444',
  'có 42.327 hộ nghèo, chiếm tỷ lệ 10,01 %',
  'hộ cận nghèo 31.782 hộ, chiếm tỷ lệ 7,51%',
  'ngày 19/6/2020',
  'từ ngày 01-10-1997 đến ngày 31-12-1997',
  'khoản 2/3 số phiếu tán thành',
  'tỷ lệ 1/2 số thành viên',
  'giai đoạn 2021 - 2025',
  'giai đoạn 2021- 2030',
  'năm học 2026-2027',
  'Km112+500-Km109+800',
  'lý trình Km 15+200',
  'Quyết định này có hiệu lực kể từ ngày ký.',
  'Kế hoạch này được triển khai đến các xã.',
  'Công văn này thay thế các văn bản trước.',
  'theo quy định của Luật.',
  'Đoàn Luật sư tỉnh Lâm Đồng',
  'Công ty Luật Đại Nghĩa',
  'các luật sư của Văn phòng Luật sư Minh Anh',
  'tuân thủ luật pháp quốc tế',
  'Số lượng: 12 người',
  'Số điện thoại đường dây nóng: 1900.1234',
  'Tài khoản số 0123456789 tại Kho bạc',
  'mã số thuế 0101234567-001',
  'giấy phép số 2025-05',
  'Số: 2026-01/03',
  '56-KH',
  'lúc 14h30 ngày 20/5',
  'Điều 5 khoản 2 điểm a',
  'Mẫu số 01/BC',
  'Phụ lục 2',
  'biển số 49A-123.45',
  'chương trình hành động 5 năm',
  // numbers a guidance shows as examples of how to write them
  'Số và ký hiệu ghi như sau. Ví dụ: Nghị quyết số 15-NQ/TW, Chỉ thị số 05-CT/TU; Quyết định số 120-QĐ/ĐU.',
  '- VD: Công văn của Văn phòng Trung ương Đảng: Số 125-CV/VPTW.',
];

describe('strings that look like citations and are not', () => {
  it('should hold at least 30 cases', () => {
    expect(NOT_CITATIONS.length).toBeGreaterThanOrEqual(30);
  });

  it.each(NOT_CITATIONS)('should find no reference in %j', (text) => {
    expect(extractReferences(text).references).toEqual([]);
  });
});
