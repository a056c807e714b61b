/**
 * Deadlines: the trigger phrases and forms of grammars/deadlines.json read through the
 * chrono-based engine, the recurrence words, what is not a deadline, and the score on the
 * annotated corpus (P/R/F1 over distinct dated deadlines per document, as GOLD.md scores them).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// Imported by path (not through src/index.js) so the deadline grammar registers for these tests.
import { extractDeadlines } from '../../src/extract/deadlines/index.js';
import { findGoldPairs } from '../../src/eval/eval-dir.js';
import type { Deadline } from '../../src/model/schema.js';
import { parse } from '../../src/parse.js';
import { matchesIn, scanner } from '../../src/extract/deadlines/deadline-patterns.js';

type Row = Pick<Deadline, 'date' | 'recurrence' | 'text'>;

/** The deadlines of a text as [text, date, recurrence] rows, checking every span on the way. */
function rows(
  text: string,
  documentDate: string | null = '2026-04-06',
  range: { from?: number; to?: number } = {},
): Row[] {
  const found = extractDeadlines(text.normalize('NFC'), { documentDate, ...range });
  for (const deadline of found) expect(text.normalize('NFC').slice(...deadline.span)).toBe(deadline.text);
  return found.map(({ text: t, date, recurrence }) => ({ text: t, date, recurrence }));
}

const once = (text: string, date: string | null): Row => ({ text, date, recurrence: 'once' });

describe('a date governed by a trigger is a deadline', () => {
  it.each([
    ['Báo cáo về Sở Nội vụ trước ngày 15/11.', once('trước ngày 15/11', '--11-15')],
    ['hoàn thành trước ngày 30/6/2025.', once('trước ngày 30/6/2025', '2025-06-30')],
    ['phê duyệt điều chỉnh chủ trương đầu tư trước 30/5/2026 và', once('trước 30/5/2026', '2026-05-30')],
    ['hoàn thành trước ngày 10 tháng 6 năm 2026.', once('trước ngày 10 tháng 6 năm 2026', '2026-06-10')],
    [
      'Thời gian hoàn thành ban hành kế hoạch chậm nhất là ngày 30/01/2026.',
      once('chậm nhất là ngày 30/01/2026', '2026-01-30'),
    ],
    ['gửi hồ sơ chậm nhất vào ngày 20/5/2026.', once('chậm nhất vào ngày 20/5/2026', '2026-05-20')],
    [
      'phấn đấu đến ngày 30/6/2026 hoàn thành tối thiểu 80% chi trả',
      once('đến ngày 30/6/2026 hoàn thành', '2026-06-30'),
    ],
    ['đến 30/5/2026 phải bàn giao toàn bộ mặt bằng', once('đến 30/5/2026 phải bàn giao', '2026-05-30')],
    ['công khai trên Cổng thông tin; hoàn thành trong tháng 02/2026.', once('trong tháng 02/2026', '2026-02-28')],
    ['- Thời gian hoàn thành: Trong tháng 8/2025.', once('Thời gian hoàn thành: Trong tháng 8/2025', '2025-08-31')],
    ['hoàn thành phê duyệt quy hoạch trong Quý II/2026.', once('trong Quý II/2026', '2026-06-30')],
    ['hoàn thành trong quý I năm 2026.', once('trong quý I năm 2026', '2026-03-31')],
    ['trình UBND tỉnh phê duyệt trong tháng 6/2026.', once('trong tháng 6/2026', '2026-06-30')],
    ['hoàn thành trong 6 tháng đầu năm 2026.', once('trong 6 tháng đầu năm 2026', '2026-06-30')],
    ['Thời gian hoàn thành: 6 tháng cuối năm 2026.', once('Thời gian hoàn thành: 6 tháng cuối năm 2026', '2026-12-31')],
    [
      'Thời gian thực hiện: từ ngày 10/5/2026 đến hết ngày 14/5/2026.',
      once('Thời gian thực hiện: từ ngày 10/5/2026 đến hết ngày 14/5/2026', '2026-05-14'),
    ],
    [
      'Thời gian thực hiện: từ tháng 3 đến tháng 9/2026',
      once('Thời gian thực hiện: từ tháng 3 đến tháng 9/2026', '2026-09-30'),
    ],
    ['Tiến độ thực hiện: 2026 - 2027', once('Tiến độ thực hiện: 2026 - 2027', '2027-12-31')],
    ['Tiến độ thực hiện: năm 2026', once('Tiến độ thực hiện: năm 2026', '2026-12-31')],
    ['Thời hạn hoàn thành: Quý III/2025', once('Thời hạn hoàn thành: Quý III/2025', '2025-09-30')],
    ['hoàn thành việc sắp xếp bộ máy trong năm 2026.', once('trong năm 2026', '2026-12-31')],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual([expected]);
  });

  it('reads a period to its last day, February by the leap-year rule', () => {
    expect(rows('hoàn thành trong tháng 02/2028.')[0]?.date).toBe('2028-02-29');
    expect(rows('hoàn thành trong tháng 2/2100.')[0]?.date).toBe('2100-02-28');
    expect(rows('hoàn thành trong tháng 4/2026.')[0]?.date).toBe('2026-04-30');
    expect(rows('hoàn thành trong Quý IV/2026.')[0]?.date).toBe('2026-12-31');
  });

  it('keeps a limit counted from an event, with no date', () => {
    expect(rows('Trong thời hạn 15 ngày làm việc kể từ ngày nhận đủ hồ sơ, Sở Tư pháp thẩm định.')).toEqual([
      once('Trong thời hạn 15 ngày làm việc kể từ ngày nhận đủ hồ sơ', null),
    ]);
    expect(rows('trong thời hạn 15 ngày (làm việc) kể từ ngày ký.')).toEqual([
      once('trong thời hạn 15 ngày (làm việc) kể từ ngày ký', null),
    ]);
    expect(
      rows('Trong thời hạn 30 (ba mươi) ngày kể từ ngày Quyết định này có hiệu lực, Hội bàn giao tài sản.'),
    ).toEqual([once('Trong thời hạn 30 (ba mươi) ngày kể từ ngày Quyết định này có hiệu lực', null)]);
    expect(rows('Trong thời hạn 60 ngày làm việc, Ban Chủ nhiệm tổ chức Đại hội.')).toEqual([
      once('Trong thời hạn 60 ngày làm việc', null),
    ]);
    // a date in the event does not make it absolute
    expect(rows('trong thời hạn 15 ngày kể từ ngày 01/7/2026.')).toEqual([
      once('trong thời hạn 15 ngày kể từ ngày 01/7/2026', null),
    ]);
  });

  it('reads a date that a gazette line wraps', () => {
    expect(rows('hoàn thành trước ngày 30 \ntháng 6 năm 2026.')).toEqual([
      once('trước ngày 30 \ntháng 6 năm 2026', '2026-06-30'),
    ]);
  });

  it('matches both tone placements of "quý"', () => {
    expect(rows('hoàn thành trong Qúy II/2026.')[0]?.date).toBe('2026-06-30');
    expect(rows('hoàn thành trong QUÝ III/2026.')[0]?.date).toBe('2026-09-30');
  });
});

describe('recurrence', () => {
  it('a day of every month', () => {
    expect(rows('công khai kết quả đánh giá chậm nhất vào ngày 05 hằng tháng.')).toEqual([
      { text: 'chậm nhất vào ngày 05 hằng tháng', date: '---05', recurrence: 'monthly' },
    ]);
    expect(rows('thường xuyên theo dõi và định kỳ trước ngày 15 hàng tháng có báo cáo về UBND tỉnh')).toEqual([
      { text: 'trước ngày 15 hàng tháng', date: '---15', recurrence: 'monthly' },
    ]);
  });

  it('the nearest cue before a limit governs it: "định kỳ 6 tháng (…) và năm (…)"', () => {
    const expected = [
      { text: 'trước ngày 20/5', date: '--05-20', recurrence: 'semiannual' },
      { text: 'trước ngày 15/11', date: '--11-15', recurrence: 'yearly' },
    ];
    expect(rows('định kỳ 6 tháng (trước ngày 20/5) và năm (trước ngày 15/11) báo cáo kết quả thực hiện')).toEqual(
      expected,
    );
    expect(
      rows(
        'Chủ tịch UBND các huyện chỉ đạo thực hiện; định kỳ 6 tháng (trước ngày 20/5), năm (trước ngày 15/11) báo cáo',
      ),
    ).toEqual(expected);
  });

  it.each([
    [
      'Định kỳ hàng năm, các sở tổng hợp báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 15 tháng 11 để tổng hợp.',
      '--11-15',
      'yearly',
    ],
    ['báo cáo định kỳ hằng năm trước ngày 15/12 về UBND Thành phố', '--12-15', 'yearly'],
    ['gửi báo cáo định kỳ năm trước ngày 15/12.', '--12-15', 'yearly'],
    ['gửi báo cáo trước ngày 15/12 hằng năm.', '--12-15', 'yearly'],
    ['báo cáo 6 tháng một lần, trước ngày 20/6.', '--06-20', 'semiannual'],
    ['báo cáo sáu tháng gửi trước ngày 20/6.', '--06-20', 'semiannual'],
    ['Định kỳ hằng quý, báo cáo trước ngày 20/3.', '--03-20', 'quarterly'],
    ['Hàng quý, báo cáo trước ngày 20/3.', '--03-20', 'quarterly'],
    ['Định kỳ hằng tháng, gửi báo cáo trước ngày 25 hằng tháng.', '---25', 'monthly'],
    ['gửi báo cáo trước ngày 20 tháng 6 đối với báo cáo sáu tháng', '--06-20', 'semiannual'],
    ['Báo cáo về Sở Nội vụ trước ngày 15/11.', '--11-15', 'once'],
  ])('%s', (text, date, recurrence) => {
    expect(rows(text).map((r) => [r.date, r.recurrence])).toEqual([[date, recurrence]]);
  });

  it('a cue does not reach across a clause', () => {
    expect(rows('Kinh phí bố trí hằng năm. Báo cáo về Sở Nội vụ trước ngày 15/11.')[0]?.recurrence).toBe('once');
  });

  it('a limit with its year given happens once', () => {
    expect(rows('Định kỳ hằng năm, hoàn thành trước ngày 15/11/2026.')[0]).toEqual(
      once('trước ngày 15/11/2026', '2026-11-15'),
    );
  });
});

describe('tables extracted one cell per line', () => {
  // the Phụ lục of a Quyết định: the time-limit column wraps and repeats on the next page
  const table = [
    'STT',
    'Nhiệm vụ',
    'Cơ quan chủ trì',
    'Tiến độ ',
    'thực hiện',
    '1',
    'Điều tra nhu cầu đào tạo',
    'Bộ Khoa học và Công nghệ',
    'Hằng năm',
    '2',
    'Xây dựng Thông tư',
    'Bộ Khoa học và Công nghệ',
    '2026',
    '3',
    'Ban hành khung chương trình',
    'Bộ Giáo dục và Đào tạo',
    '2026 - 2027',
    'CÔNG BÁO/Số 302/Ngày 02-06-2026',
    '69',
    'STT',
    'Nhiệm vụ',
    'Cơ quan chủ trì',
    'Tiến độ ',
    'thực hiện',
    '4',
    'Xây dựng cơ sở dữ liệu',
    'Bộ Nội vụ',
    'Quý III/2025',
    '5',
    'Tổng kết',
    'Bộ Nội vụ',
    'Tháng 6/2026',
    '6',
    'Sơ kết',
    'Bộ Nội vụ',
    '6 tháng đầu năm 2026',
    '7',
    'Báo cáo',
    'Bộ Nội vụ',
    'Trước năm 2025',
  ].join('\n');

  it('reads every dated cell under a time-limit column, each period to its last day', () => {
    expect(rows(table, '2024-05-20').map((r) => [r.text, r.date])).toEqual([
      ['2026', '2026-12-31'],
      ['2026 - 2027', '2027-12-31'],
      ['Quý III/2025', '2025-09-30'],
      ['Tháng 6/2026', '2026-06-30'],
      ['6 tháng đầu năm 2026', '2026-06-30'],
      ['Trước năm 2025', '2024-12-31'],
    ]);
  });

  it('limits the search to a range (one table row), with the header before it', () => {
    const row = table.indexOf('4\nXây dựng cơ sở dữ liệu');
    const nextRow = table.indexOf('5\nTổng kết');
    expect(rows(table, '2024-05-20', { from: row, to: nextRow }).map((r) => r.date)).toEqual(['2025-09-30']);
  });

  it('a column of inspection dates is not a time limit', () => {
    const inspections = [
      'STT',
      'Đơn vị được kiểm tra',
      'Thời gian kiểm tra',
      '1',
      'Sở Xây dựng',
      'Tháng 7/2026',
      '2',
      'Sở Y tế',
      'Tháng 8/2026',
    ];
    expect(rows(inspections.join('\n'))).toEqual([]);
    const after = ['Thời gian hoàn thành', 'Quý II/2026', 'Phụ lục II', 'Thời gian kiểm tra', 'Tháng 7/2026'];
    expect(rows(after.join('\n')).map((r) => r.date)).toEqual(['2026-06-30']);
  });

  it.each([
    'Thời hạn hoàn thành (tháng/năm)',
    'Thời gian thực hiện/hoàn thành',
    'Tiến độ thực hiện (năm)',
    'Thời gian, tiến độ thực hiện',
    'Mốc thời gian hoàn thành',
    // the note is no forecast of the cells under it
    'Thời gian hoàn thành (dự kiến)',
  ])('a header with a lead or a note: %s', (header) => {
    const cells = ['STT', 'Nhiệm vụ', header, '1', 'Rà soát thủ tục', 'Năm 2026', '2', 'Số hóa hồ sơ', 'Tháng 6/2026'];
    cells.push('3', 'Sơ kết', 'Quý III/2026', '4', 'Tuyên truyền', 'Thường xuyên');
    expect(rows(cells.join('\n')).map((r) => [r.text, r.date])).toEqual([
      ['Năm 2026', '2026-12-31'],
      ['Tháng 6/2026', '2026-06-30'],
      ['Quý III/2026', '2026-09-30'],
    ]);
  });

  it('a header line with other words on it is a sentence, not a column', () => {
    const lines = ['Thời gian thực hiện các nội dung kiểm tra như sau', 'Tháng 7/2026'];
    expect(rows(lines.join('\n'))).toEqual([]);
  });
});

describe('what is not a deadline', () => {
  it.each([
    ['a meeting', 'Ngày 22/4/2026, Ủy ban nhân dân tỉnh tổ chức cuộc họp kết luận như sau.'],
    [
      'a festival (an event period)',
      'Tổ chức các hoạt động Tháng hành động vì trẻ em từ ngày 01/6 đến ngày 30/6, ngày Quốc tế Thiếu nhi 1/6.',
    ],
    [
      'a citation',
      'Thực hiện Kế hoạch số 12/KH-UBND ngày 5/3/2024 của UBND tỉnh và Chỉ thị số 21/CT-TTg ngày 20 tháng 5 năm 2026.',
    ],
    ['the document date', 'Hà Nội, ngày 06 tháng 4 năm 2021'],
    ['an effective date', 'Quyết định này có hiệu lực từ ngày 01/7/2026.'],
    ['effective on signing', 'Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.'],
    ['effective until', 'Giấy phép tiếp tục có hiệu lực đến hết ngày 31/12/2026.'],
    ['an application period', 'áp dụng cho thời gian từ ngày 01 tháng 01 năm 2025 đến ngày 31 tháng 12 năm 2025.'],
    ['a year activities run in', 'đẩy nhanh tiến độ giải ngân vốn ngân sách nhà nước trong năm 2026.'],
    [
      'a year named as the priority',
      'xem nhiệm vụ hoàn thành việc lập, thẩm định, phê duyệt Quy hoạch chung xã là nhiệm vụ hàng đầu trong năm 2026.',
    ],
    ['a weekly frequency with no day or hour', 'định kỳ hằng tuần báo cáo kết quả thực hiện.'],
    ['"trước" without a date', 'trước ngày Thông tư này có hiệu lực thi hành'],
    ['a count of items', 'phát sóng trong tháng 02 chuyên mục'],
    ['continuous work', 'Thời gian hoàn thành: Thực hiện thường xuyên.'],
    ['a report narrating the past', 'Trong quý I năm 2026, Hội đồng nhân dân tỉnh đã ban hành 02 Nghị quyết.'],
  ])('%s', (_, text) => {
    expect(rows(text)).toEqual([]);
  });

  it('a cut-off long before the document is a condition, not a time limit', () => {
    expect(
      rows('Người lao động tham gia bảo hiểm xã hội trước ngày 01 tháng 01 năm 1995 thì được tính.', '2024-06-29'),
    ).toEqual([]);
    // a parent directive's limit shortly before the document is still a limit the text restates
    expect(rows('hoàn thành trước ngày 31/12/2024.', '2025')).toEqual([once('trước ngày 31/12/2024', '2024-12-31')]);
  });

  it('a period set off at the head of a directive is still a limit', () => {
    expect(rows('Trong quý III năm 2026, hoàn thành cắt giảm thủ tục.').map((r) => r.date)).toEqual(['2026-09-30']);
  });
});

describe('chrono traps', () => {
  it('reads slash dates day first (07/01/2021 is 7 January)', () => {
    expect(rows('hoàn thành trước ngày 07/01/2021.', '2020-12-01')[0]?.date).toBe('2021-01-07');
  });

  it('does not read "trước ngày" as a date of its own', () => {
    expect(rows('trước ngày 15/11/2026')).toHaveLength(1);
  });

  it('takes a date without year forward from the document date', () => {
    // the year is not written (--MM-DD), but it decides the last day of February
    expect(rows('hoàn thành trong tháng 2.', '2023-12-01')[0]?.date).toBe('--02-29');
    expect(rows('hoàn thành trong tháng 2.', '2022-12-01')[0]?.date).toBe('--02-28');
    expect(rows('hoàn thành trong tháng 2.', '2024-01-10')[0]?.date).toBe('--02-29');
  });

  it('accepts a document date given as a year only, or none', () => {
    expect(rows('trước ngày 30/6/2026', '2026')[0]?.date).toBe('2026-06-30');
    expect(rows('trước ngày 30/6/2026', null)[0]?.date).toBe('2026-06-30');
    expect(rows('trước ngày 15/11', null)[0]?.date).toBe('--11-15');
  });

  it('drops an impossible date', () => {
    expect(rows('hoàn thành trước ngày 31/2/2026.')).toEqual([]);
  });
});

describe('the search range', () => {
  const text = 'a) Sở Nội vụ báo cáo trước ngày 15/5/2026. b) Sở Tài chính hoàn thành trong tháng 6/2026.';

  it('finds only deadlines inside [from, to)', () => {
    const second = text.indexOf('b)');
    expect(rows(text, '2026', { to: second }).map((r) => r.date)).toEqual(['2026-05-15']);
    expect(rows(text, '2026', { from: second }).map((r) => r.date)).toEqual(['2026-06-30']);
    expect(rows(text, '2026', { from: second, to: second })).toEqual([]);
  });

  it('returns spans into the text, in text order', () => {
    const found = extractDeadlines(text, { documentDate: '2026' });
    expect(found.map((d) => d.span)).toEqual([
      [text.indexOf('trước'), text.indexOf('.', text.indexOf('trước') + 20)],
      [text.indexOf('trong'), text.length - 1],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// The annotated corpus: per-document precision/recall over distinct dated deadlines (GOLD.md).

interface GoldDeadline {
  date: string | null;
  recurrence: string;
}

const CORPUS = fileURLToPath(new URL('../../corpus', import.meta.url));

function corpusScore() {
  const table: Array<Record<string, string | number>> = [];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let recurrenceAgree = 0;
  const misses: string[] = [];
  for (const { goldPath, documentPath } of findGoldPairs(CORPUS)) {
    const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { deadlines?: GoldDeadline[] };
    if (!gold.deadlines) continue;
    const result = parse(readFileSync(documentPath), { name: basename(documentPath) });
    const found = extractDeadlines(result.text!, { documentDate: result.date?.iso ?? null });
    const goldDates = new Map(gold.deadlines.filter((d) => d.date).map((d) => [d.date!, d.recurrence]));
    const gotDates = new Map<string, string>();
    for (const d of found) if (d.date && !gotDates.has(d.date)) gotDates.set(d.date, d.recurrence);
    const matched = [...goldDates.keys()].filter((date) => gotDates.has(date));
    const agree = matched.filter((date) => goldDates.get(date) === gotDates.get(date)).length;
    tp += matched.length;
    fp += gotDates.size - matched.length;
    fn += goldDates.size - matched.length;
    recurrenceAgree += agree;
    for (const date of goldDates.keys())
      if (!gotDates.has(date)) misses.push(`${basename(documentPath)}: missed ${date}`);
    for (const date of gotDates.keys())
      if (!goldDates.has(date)) misses.push(`${basename(documentPath)}: extra ${date}`);
    const precision = gotDates.size ? matched.length / gotDates.size : 1;
    const recall = goldDates.size ? matched.length / goldDates.size : 1;
    table.push({
      document: basename(documentPath).slice(0, 48),
      gold: goldDates.size,
      found: gotDates.size,
      matched: matched.length,
      P: +precision.toFixed(2),
      R: +recall.toFixed(2),
      F1: +(precision + recall ? (2 * precision * recall) / (precision + recall) : 0).toFixed(2),
    });
  }
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  const f1 = (2 * precision * recall) / (precision + recall);
  return { table, precision, recall, f1, recurrence: recurrenceAgree / tp, tp, fp, fn, misses };
}

describe('the annotated corpus', () => {
  it('scores the dated deadlines of every gold file that has them', () => {
    const score = corpusScore();
    console.table(score.table);
    console.log(
      `deadlines: P ${score.precision.toFixed(3)} R ${score.recall.toFixed(3)} F1 ${score.f1.toFixed(3)} ` +
        `(tp ${score.tp}, fp ${score.fp}, fn ${score.fn}); recurrence agreement ${score.recurrence.toFixed(3)}`,
    );
    if (score.misses.length) console.log(score.misses.join('\n'));
    expect(score.table.length).toBeGreaterThanOrEqual(40);
    // floors a little below what is reached (1.0 / 1.0 on seeds + dev), so a regression fails
    expect(score.f1, score.misses.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(score.recurrence).toBeGreaterThanOrEqual(0.9);
  });
});

describe('matchesIn', () => {
  /** What the pattern itself finds in [from, to), look-behind and all. */
  const plain = (pattern: RegExp, text: string, from: number, to: number) =>
    [...text.matchAll(new RegExp(pattern.source, 'gu'))]
      .filter((m) => m.index >= from && m.index + m[0].length <= to)
      .map((m) => [m.index, m[0]]);
  const found = (pattern: RegExp, text: string, from: number, to: number) =>
    [...matchesIn(pattern, text, from, to)].map((m) => [m.index, m[0]]);

  it('finds what the word-start look-behind allows, searched without it', () => {
    const before = scanner('beforeLead');
    // "xchậm nhất là trước": refused at "chậm", the search goes on to the "trước" inside it
    const text = 'Báo cáo xchậm nhất là trước ngày 05/12; trước ngày 10/12, chậm nhất là trước ngày 15/12; Ktrước';
    expect(found(before, text, 0, text.length)).toEqual(plain(before, text, 0, text.length));
    expect(found(before, text, 0, text.length).map(([, m]) => m)).toEqual(['trước', 'trước', 'chậm nhất là trước']);
    expect(found(before, text, 20, 60)).toEqual(plain(before, text, 20, 60));
  });

  it('leaves a look-behind that governs only the first of top-level alternatives in the pattern', () => {
    const pattern = /(?<![\p{L}\p{N}])ab|cd/gu;
    expect(found(pattern, 'xab ab xcd', 0, 10)).toEqual([
      [4, 'ab'],
      [8, 'cd'],
    ]);
  });
});
