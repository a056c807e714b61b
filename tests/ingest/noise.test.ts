import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { load } from '../../src/grammar/load.js';
import { mayHoldLeadingMark, mayHoldTrailingMark } from '../../src/ingest/strip.js';
import { LEADING_MARK, TRAILING_MARK } from '../../src/ingest/strip-patterns.js';

describe('stray marks, OCR page markers and misreadings are removed in ingest, offsets kept', () => {
  it.each([
    ['QUYẾT ĐỊNH1\nPhê duyệt', 'QUYẾT ĐỊNH\nPhê duyệt'],
    [
      'KT. THỦ TƯỚNG\n   PHÓ THỦ TƯỚNGy] \n\nPhạm Thị Thanh Trà',
      'KT. THỦ TƯỚNG\n   PHÓ THỦ TƯỚNG \n\nPhạm Thị Thanh Trà',
    ],
    ['ĐIỀU KHOẢN THI HÀNH22\nĐiều 5.', 'ĐIỀU KHOẢN THI HÀNH\nĐiều 5.'],
    ['PHÓ THỦ TƯỚNG \ny]Phạm Thị Thanh Trà \n', 'PHÓ THỦ TƯỚNG \nPhạm Thị Thanh Trà \n'],
    ['TÍNH ỦY LÀO CAI ĐÁNG CỘNG SẢN VIỆT NAM', 'TỈNH ỦY LÀO CAI ĐẢNG CỘNG SẢN VIỆT NAM'],
    ['- Lưu Văn phòng Tình ủy.', '- Lưu Văn phòng Tỉnh ủy.'],
    ['Nơi nhân: T/M BAN THƯỜNG VỤ', 'Nơi nhận: T/M BAN THƯỜNG VỤ'],
    ['===== Trang 1 =====\nTỈNH ỦY LÀO CAI', 'TỈNH ỦY LÀO CAI'],
    [
      'phát triển theo quy hoạch\n\n===== Trang 2 =====\n2\n\ncác khu công nghiệp',
      'phát triển theo quy hoạch các khu công nghiệp',
    ],
    // the gazette's running head with its page number on the same line, before or after it
    [
      'hoạt động thống kê nhà nước.\n \n28                             CÔNG BÁO/Số 347 + 348/Ngày 25-02-2025\n \n2. Phân loại',
      'hoạt động thống kê nhà nước.\n2. Phân loại',
    ],
    [
      'Điều 3. Trách nhiệm\n\nCÔNG BÁO/Số 298/Ngày 01-06-2026                                 45\n\n1. Các bộ',
      'Điều 3. Trách nhiệm\n1. Các bộ',
    ],
    // a number on each side of the running head: the page's is the one after it, the one before a table's last cell
    // ("Năm / 2026- / 2030"); the same number on both sides is the page's, printed twice
    [
      'quy định liên quan\nNăm\n2026-\n2030 \n\nCÔNG BÁO/Số 242/Ngày 22-04-2026 \n64\n \n \nV.  \nKhuyến khích hình thành',
      'quy định liên quan\nNăm\n2026-2030 \nV.  \nKhuyến khích hình thành',
    ],
    [
      'Tổng số văn bản: 21 văn bản\n \n70 \nCÔNG BÁO/Số 361 + 362/Ngày 28-02-2025 \n  \n \n70 \nDANH MỤC VĂN BẢN',
      'Tổng số văn bản: 21 văn bản\nDANH MỤC VĂN BẢN',
    ],
    ['Nơi nhận:\n- Như Điều 3.\n\n(Xem tiếp Công báo số 507 + 508)\n', 'Nơi nhận:\n- Như Điều 3.\n'],
  ])('should read %j as %j', (input, expected) => {
    expect(ingest(input).text).toBe(expected);
  });

  it.each([
    'KHÍ THẢI CO2',
    'PHÂN BÓN KNO3',
    'ĐIỀU 1',
    'Quyết định1 của',
    'có tính ủy thác',
    'đáng kể',
    'Trang 1 của Phụ lục',
    '(Xem tiếp Phụ lục II)',
    'Đăng Công báo số 351 ngày 27-06-2026 45 bản',
  ])('should leave %j as it is', (input) => {
    expect(ingest(input).text).toBe(input);
  });

  it('should map the text after a removed mark back to the input', () => {
    const input = 'NGHỊ ĐỊNH1\nQuy định chi tiết';
    const r = ingest(input);
    const at = r.text.indexOf('Quy');
    expect(input.slice(r.offsets.toSource(at), r.offsets.toSource(at) + 3)).toBe('Quy');
    expect(r.diagnostics.map((d) => d.code)).toContain('ingest/stray-marks');
  });

  it('should not glue a rule under a header line to the next line', () => {
    expect(ingest('BAN CHẤP HÀNH TRUNG ƯƠNG\n---------------\nSố: 10-NQ/TW').text).toBe(
      'BAN CHẤP HÀNH TRUNG ƯƠNG\n---------------\nSố: 10-NQ/TW',
    );
  });

  it('should not join a wrapped Nơi nhận item onto the signature cell beside it', () => {
    const text = ingest(
      '- Văn phòng Sở (Bố trí kinh phí, phương              TRƯỞNG ĐOÀN\ntiện phục vụ Đoàn kiểm tra);',
    ).text;
    expect(text).toContain('TRƯỞNG ĐOÀN\ntiện');
  });

  it('should read a text with a Markdown table delimiter row as Markdown, emphasis taken out', () => {
    const r = ingest('| Số: 13/CT-TTg | *Hà Nội, ngày 02 tháng* *5 năm 2024* |\n| --- | --- |\nNội dung.');
    expect(r.source.format).toBe('markdown');
    expect(r.text).toContain('Hà Nội, ngày 02 tháng 5 năm 2024');
  });
});

describe('the edges asked before the stray-mark patterns', () => {
  const entries = load('noise').entries as readonly { id: string; examples: readonly string[] }[];
  const examples = (id: string) => entries.find((entry) => entry.id === id)!.examples;

  it.each([
    ['trailingMark', TRAILING_MARK, mayHoldTrailingMark],
    ['leadingMark', LEADING_MARK, mayHoldLeadingMark],
  ] as const)('should let through every line %s matches', (id, pattern, mayHold) => {
    const lines = [
      ...examples(id),
      'QUYẾT ĐỊNH³',
      'NGHỊ QUYẾT²',
      'CHỈ THỊ9',
      'LUẬTab]',
      'xy]Nguyễn Văn An',
      '\u{1D44E}\u{1D44F}]Nguyễn Văn An',
    ];
    for (const line of lines.map((text) => text.trim())) {
      if (pattern.test(line)) expect(mayHold(line), line).toBe(true);
    }
  });

  it('should pass over a line that ends or opens otherwise', () => {
    expect(mayHoldTrailingMark('QUYẾT ĐỊNH')).toBe(false);
    expect(mayHoldTrailingMark('Điều 1. Phạm vi điều chỉnh')).toBe(false);
    expect(mayHoldLeadingMark('Phạm Thị Thanh Trà')).toBe(false);
  });
});
