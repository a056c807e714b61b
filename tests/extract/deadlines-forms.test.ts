/**
 * Deadlines: forms of the language that administrative texts use for limits beyond the plain "trước ngày
 * <date>" — periods of the document's own year ("trong quý III năm nay"), a completion verb right before a
 * period ("hoàn thành quý III/2026"), the last day of a month, and runs of periods joined by "và" — and the
 * dates near them that are not limits.
 */
import { describe, expect, it } from 'vitest';
// Imported by path (not through src/index.js) so the deadline grammar registers for these tests.
import { extractDeadlines } from '../../src/extract/deadlines/index.js';
import type { Deadline } from '../../src/model/schema.js';
import { parse } from '../../src/parse.js';

type Row = Pick<Deadline, 'date' | 'recurrence' | 'text'>;

/** The deadlines of a text as rows, checking every span on the way. */
function rows(text: string, documentDate: string | null = '2026-05-04'): Row[] {
  const found = extractDeadlines(text.normalize('NFC'), { documentDate });
  for (const deadline of found) expect(text.normalize('NFC').slice(...deadline.span)).toBe(deadline.text);
  return found.map(({ text: t, date, recurrence }) => ({ text: t, date, recurrence }));
}

const once = (text: string, date: string | null): Row => ({ text, date, recurrence: 'once' });

describe('"năm nay": the year of the document', () => {
  it.each([
    ['Sở Nội vụ hoàn thành trong tháng 6 năm nay.', once('trong tháng 6 năm nay', '2026-06-30')],
    ['Sở Nội vụ hoàn thành trong quý III năm nay.', once('trong quý III năm nay', '2026-09-30')],
    ['Các xã hoàn thành trong năm nay.', once('trong năm nay', '2026-12-31')],
    ['báo cáo trước ngày 15 tháng 12 năm nay.', once('trước ngày 15 tháng 12 năm nay', '2026-12-15')],
    ['hoàn thành trong 6 tháng cuối năm nay.', once('trong 6 tháng cuối năm nay', '2026-12-31')],
  ])('%s', (text, row) => {
    expect(rows(text)).toEqual([row]);
  });

  it('leaves the year out when the document has no date', () => {
    expect(rows('hoàn thành trong quý III năm nay.', null)).toEqual([once('trong quý III năm nay', '--09-30')]);
    expect(rows('Các xã hoàn thành trong năm nay.', null)).toEqual([]);
  });

  it.each([
    ['a year of activities, no completion', 'đẩy nhanh tiến độ giải ngân trong năm nay.'],
    ['a report of this year', 'Trong năm nay, tỉnh đã tổ chức 12 lớp bồi dưỡng.'],
  ])('not a limit: %s', (_, text) => {
    expect(rows(text)).toEqual([]);
  });
});

describe('a period right after a completion verb', () => {
  it.each([
    ['Sở Xây dựng hoàn thành quý III/2026.', once('quý III/2026', '2026-09-30')],
    ['Sở Xây dựng hoàn thành quý IV năm 2026.', once('quý IV năm 2026', '2026-12-31')],
    ['Sở Y tế hoàn thành xong 6 tháng đầu năm 2026.', once('6 tháng đầu năm 2026', '2026-06-30')],
    ['rà soát, hoàn thành cuối năm 2026.', once('cuối năm 2026', '2026-12-31')],
    ['triển khai xong tháng 9/2026;', once('tháng 9/2026', '2026-09-30')],
    ['Kế hoạch hoàn tất năm 2027.', once('năm 2027', '2027-12-31')],
  ])('%s', (text, row) => {
    expect(rows(text)).toEqual([row]);
  });

  it.each([
    ['a table header split from its cells', 'Thời hạn hoàn thành năm 2025 của Chính phủ ban hành'],
    ['a rate', 'tỷ lệ hoàn thành năm 2025 đạt 90% kế hoạch.'],
    ['a result told in the past', 'Tỉnh đã hoàn thành năm 2025 với 45/45 nhiệm vụ.'],
    ['a forecast', 'dự kiến hoàn thành quý III/2026.'],
    ['a school year', 'hoàn thành năm học 2026 - 2027.'],
    ['an aim', 'mục tiêu hoàn thành năm 2030.'],
  ])('not a limit: %s', (_, text) => {
    expect(rows(text)).toEqual([]);
  });
});

describe('the last day of a month', () => {
  it.each([
    ['hoàn thành trước ngày cuối tháng 6/2026.', once('trước ngày cuối tháng 6/2026', '2026-06-30')],
    [
      'nộp chậm nhất là ngày cuối cùng của tháng 6 năm nay.',
      once('chậm nhất là ngày cuối cùng của tháng 6 năm nay', '2026-06-30'),
    ],
    ['- Thời gian hoàn thành: Cuối quý II/2026.', once('Thời gian hoàn thành: Cuối quý II/2026', '2026-06-30')],
    ['Thời hạn: ngày cuối cùng của tháng 9/2026', once('Thời hạn: ngày cuối cùng của tháng 9/2026', '2026-09-30')],
  ])('%s', (text, row) => {
    expect(rows(text)).toEqual([row]);
  });

  it.each([
    [
      'Chậm nhất ngày cuối cùng của tháng, báo cáo về Bảo hiểm xã hội.',
      'Chậm nhất ngày cuối cùng của tháng',
      'monthly',
    ],
    ['Báo cáo gửi về Sở Nội vụ trước ngày cuối tháng.', 'trước ngày cuối tháng', 'monthly'],
    ['Đơn vị gửi số liệu vào ngày cuối cùng của tháng.', 'vào ngày cuối cùng của tháng', 'monthly'],
    [
      'Trước ngày cuối cùng của tháng đầu mỗi quý, Công an đơn vị lập danh sách.',
      'Trước ngày cuối cùng của tháng đầu mỗi quý',
      'quarterly',
    ],
    [
      'thời hạn đóng chậm nhất là ngày cuối cùng của tháng tiếp theo ngay sau chu kỳ đóng.',
      'chậm nhất là ngày cuối cùng của tháng tiếp theo',
      'once',
    ],
    ['chậm nhất là ngày cuối cùng của tháng thôi phục vụ.', 'chậm nhất là ngày cuối cùng của tháng', 'once'],
  ])("of every month, or of an event's month: no date (%s)", (text, written, recurrence) => {
    expect(rows(text)).toEqual([{ text: written, date: null, recurrence }]);
  });

  it('"vào cuối tháng" without "ngày" tells when something happens', () => {
    expect(rows('Đoàn kiểm tra làm việc vào cuối tháng.')).toEqual([]);
  });
});

describe('a run of periods sharing one year ends with the last', () => {
  it.each([
    ['Hoàn thành trong tháng 6 và tháng 7/2026.', once('trong tháng 6 và tháng 7/2026', '2026-07-31')],
    ['Hoàn thành trong quý I và quý II/2026.', once('trong quý I và quý II/2026', '2026-06-30')],
    ['Hoàn thành trong quý III, IV năm 2026.', once('trong quý III, IV năm 2026', '2026-12-31')],
    ['- Thời gian thực hiện: Quý I và quý II/2026', once('Thời gian thực hiện: Quý I và quý II/2026', '2026-06-30')],
  ])('%s', (text, row) => {
    expect(rows(text)).toEqual([row]);
  });

  it('a time-limit cell holding two quarters: the last one', () => {
    const text = 'Thời gian hoàn thành\nQuý II và Quý III/2026\n';
    expect(rows(text).map((r) => r.date)).toEqual(['2026-09-30']);
  });

  it('a month and a year joined by "và" are no run', () => {
    expect(rows('hoàn thành trong tháng 6 và năm 2026 tiếp tục.')).toEqual([]);
  });
});

describe('"đến <day>" with the completion in its clause', () => {
  it.each([
    [
      'Đến ngày 30/6/2026, các sở phải hoàn thành việc rà soát.',
      once('Đến ngày 30/6/2026, các sở phải hoàn thành', '2026-06-30'),
    ],
    ['Phấn đấu đến cuối năm 2026 hoàn thành 100% hồ sơ.', once('đến cuối năm 2026 hoàn thành', '2026-12-31')],
  ])('%s', (text, row) => {
    expect(rows(text)).toEqual([row]);
  });

  it.each([
    ['a result told in the past', 'Đến ngày 30/6/2026, toàn tỉnh đã hoàn thành 80% kế hoạch.'],
    ["a report's cut-off", 'Tính đến ngày 30/6/2026, toàn tỉnh hoàn thành 80% kế hoạch.'],
    ['a figure between', 'Đến ngày 30/6/2026, số hồ sơ tồn đọng là 15, hoàn thành 80%.'],
    ['a validity', 'Giấy phép có hiệu lực đến cuối năm 2026.'],
  ])('not a limit: %s', (_, text) => {
    expect(rows(text)).toEqual([]);
  });
});

describe('labels and months', () => {
  it.each([
    ['Hạn nộp hồ sơ: 17 giờ 00 ngày 30/6/2026.', once('Hạn nộp hồ sơ: 17 giờ 00 ngày 30/6/2026', '2026-06-30')],
    ['Thời hạn: 17h00 ngày 15/5/2026', once('Thời hạn: 17h00 ngày 15/5/2026', '2026-05-15')],
    [
      'Thời gian nhận hồ sơ: đến hết ngày 30/6/2026.',
      once('Thời gian nhận hồ sơ: đến hết ngày 30/6/2026', '2026-06-30'),
    ],
    ['hoàn thành trong tháng 6 tới.', once('trong tháng 6', '--06-30')],
  ])('%s', (text, row) => {
    expect(rows(text)).toEqual([row]);
  });

  it.each([
    ['an hour with no day', 'Hạn nộp: 17 giờ'],
    ['the time of a meeting', 'Thời gian: 8 giờ 00 ngày 15/5/2026, tại hội trường.'],
    ['a count of items in a month', 'phát sóng trong tháng 02 chuyên mục'],
  ])('not a limit: %s', (_, text) => {
    expect(rows(text)).toEqual([]);
  });
});

describe('a day of one month in every quarter', () => {
  it('"ngày 10 của tháng đầu tiên trong quý"', () => {
    expect(rows('b) Định kỳ trước ngày 10 của tháng đầu tiên trong quý, BHXH Việt Nam chuyển kinh phí.')).toEqual([
      { text: 'trước ngày 10 của tháng đầu tiên trong quý', date: '---10', recurrence: 'quarterly' },
    ]);
  });
});

describe('a festival after "trước"', () => {
  it('is a limit with no date: its day moves with the lunar calendar', () => {
    expect(rows('Sở Xây dựng triển khai xong trước Tết Nguyên đán.')).toEqual([once('trước Tết Nguyên đán', null)]);
    expect(rows('Các xã hoàn thành chậm nhất trước Tết.')).toEqual([once('chậm nhất trước Tết', null)]);
  });

  it('named without a trigger it is an event', () => {
    expect(rows('Tổ chức thăm hỏi các gia đình chính sách dịp Tết Nguyên đán.')).toEqual([]);
  });
});

describe("a day already past at the document's date", () => {
  it.each([
    ['a cut-off of a rule', 'cơ sở khám bệnh, chữa bệnh mà trước ngày 01 tháng 01 năm 2025 đã được cấp phép.'],
    [
      'a price list in force before',
      'tính theo bảng giá đất do Ủy ban nhân dân cấp tỉnh quy định (trước ngày 01 tháng 01 năm 2026).',
    ],
    ['a month a report tells', 'Chính phủ thống nhất đánh giá: Trong tháng 4 năm 2026, kinh tế tiếp tục phục hồi.'],
  ])('in running text is no limit: %s', (_, text) => {
    expect(rows(text, '2026-05-06')).toEqual([]);
  });

  it("is a limit restated with its completion, in a label or a cell, or on the document's own day", () => {
    expect(rows('tháo gỡ vướng mắc, hoàn thành trước ngày 31/12/2024.', '2025-02-10')).toEqual([
      once('trước ngày 31/12/2024', '2024-12-31'),
    ]);
    expect(rows('- Thời gian hoàn thành: Quý I/2026.', '2026-04-08')).toEqual([
      once('Thời gian hoàn thành: Quý I/2026', '2026-03-31'),
    ]);
    expect(rows('gửi Bộ Tài chính trước ngày 06 tháng 5 năm 2026;', '2026-05-06')).toEqual([
      once('trước ngày 06 tháng 5 năm 2026', '2026-05-06'),
    ]);
  });
});

describe('parse(): the document date completes the year', () => {
  it('reads "năm nay" as the year of the place-and-date line', () => {
    const text = [
      'ỦY BAN NHÂN DÂN',
      'TỈNH LÂM ĐỒNG',
      'Số: 12/KH-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Lâm Đồng, ngày 04 tháng 5 năm 2027',
      'KẾ HOẠCH',
      'Triển khai chuyển đổi số',
      '1. Sở Khoa học và Công nghệ chủ trì, hoàn thành trong quý III năm nay.',
      '2. Sở Nội vụ báo cáo kết quả trước ngày 15 tháng 12 năm nay.',
    ].join('\n');
    expect(parse(text).deadlines.map((d) => d.date)).toEqual(['2027-09-30', '2027-12-15']);
  });
});
