/**
 * The deadline forms of issue 14: limits written "chậm nhất đến (hết) ngày …", an hour before the
 * day, a day of every month or of one month in every quarter, a weekday of every week (weekly, no
 * date), a period after "trước" or "chậm nhất trong", the year after each period ("năm liền kề"),
 * year spans in a time-limit cell; and what is not a limit: a condition of eligibility, a target's
 * horizon, a weekly frequency with no day.
 */
import { describe, expect, it } from 'vitest';
import { extractDeadlines } from '../../src/extract/deadlines/index.js';

type Row = [text: string, date: string | null, recurrence: string];

function rows(text: string, documentDate: string | null = '2026-04-06'): Row[] {
  const normalized = text.normalize('NFC');
  return extractDeadlines(normalized, { documentDate }).map((d) => {
    expect(normalized.slice(...d.span)).toBe(d.text);
    return [d.text, d.date, d.recurrence];
  });
}

describe('limits read', () => {
  it.each<[string, Row[]]>([
    // "chậm nhất đến (hết) ngày …"
    [
      'Thời gian tiếp nhận hồ sơ chậm nhất đến hết ngày 15 tháng 8 năm 2026.',
      [['chậm nhất đến hết ngày 15 tháng 8 năm 2026', '2026-08-15', 'once']],
    ],
    [
      'gia hạn thời gian tổ chức đại hội chậm nhất đến ngày 30/9/2026.',
      [['chậm nhất đến ngày 30/9/2026', '2026-09-30', 'once']],
    ],
    ['nộp hồ sơ muộn nhất vào ngày 20/5/2026.', [['muộn nhất vào ngày 20/5/2026', '2026-05-20', 'once']]],
    ['gửi ý kiến không muộn hơn ngày 20/5/2026.', [['không muộn hơn ngày 20/5/2026', '2026-05-20', 'once']]],
    ['hạn cuối là ngày 20/5/2026.', [['hạn cuối là ngày 20/5/2026', '2026-05-20', 'once']]],
    // an hour before the day
    ['hoàn thành trước 17 giờ ngày 20/5/2026.', [['trước 17 giờ ngày 20/5/2026', '2026-05-20', 'once']]],
    ['gửi trước 16 giờ, ngày 20/5/2026.', [['trước 16 giờ, ngày 20/5/2026', '2026-05-20', 'once']]],
    ['gửi về Sở trước 10h30 ngày 15/5/2026.', [['trước 10h30 ngày 15/5/2026', '2026-05-15', 'once']]],
    // a day of every month, or of one month in every quarter
    ['đ) Ngày 25 hằng tháng, báo cáo kết quả thực hiện chính sách.', [['Ngày 25 hằng tháng', '---25', 'monthly']]],
    ['báo cáo UBND tỉnh vào ngày 20 hằng tháng.', [['vào ngày 20 hằng tháng', '---20', 'monthly']]],
    ['Trước ngày 05 của tháng liền kề', [['Trước ngày 05 của tháng liền kề', '---05', 'monthly']]],
    ['chậm nhất là ngày 10 của tháng tiếp theo.', [['chậm nhất là ngày 10 của tháng tiếp theo', '---10', 'monthly']]],
    ['báo cáo trước ngày 20 của tháng cuối quý.', [['trước ngày 20 của tháng cuối quý', '---20', 'quarterly']]],
    [
      'Báo cáo định kỳ hằng quý (trước ngày 05 của tháng đầu quý sau).',
      [['trước ngày 05 của tháng đầu quý sau', '---05', 'quarterly']],
    ],
    [
      'Chậm nhất là ngày 30 tháng đầu tiên của quý sau liền kề đối với báo cáo quý.',
      [['Chậm nhất là ngày 30 tháng đầu tiên của quý sau liền kề', '---30', 'quarterly']],
    ],
    // a day with no month, under a monthly or quarterly cue
    ['Hằng tháng, báo cáo Ủy ban nhân dân tỉnh trước ngày 25.', [['trước ngày 25', '---25', 'monthly']]],
    ['Báo cáo an toàn định kỳ hàng quý trước ngày 17 các tháng 3, 6, 9;', [['trước ngày 17', '---17', 'quarterly']]],
    // more time-limit labels
    [
      '- Thời hạn gửi báo cáo: Trước ngày 20 tháng 4 năm 2026;',
      [['Thời hạn gửi báo cáo: Trước ngày 20 tháng 4 năm 2026', '2026-04-20', 'once']],
    ],
    ['Thời gian trình: Tháng 6/2026', [['Thời gian trình: Tháng 6/2026', '2026-06-30', 'once']]],
    // a slash day with its year in words
    ['hoàn thành trước ngày 15/12 năm 2026.', [['trước ngày 15/12 năm 2026', '2026-12-15', 'once']]],
    // a month written as numbers after a label; the end of a period after "cuối"; "không quá ngày"
    ['Thời gian hoàn thành: 6/2026', [['Thời gian hoàn thành: 6/2026', '2026-06-30', 'once']]],
    ['Tiến độ thực hiện: Trước 6/2026', [['Tiến độ thực hiện: Trước 6/2026', '2026-05-31', 'once']]],
    ['hoàn thành trước cuối năm 2026.', [['trước cuối năm 2026', '2026-12-31', 'once']]],
    ['nộp hồ sơ không quá ngày 30/6/2026.', [['không quá ngày 30/6/2026', '2026-06-30', 'once']]],
    // a label with what the limit is for before its colon; a cell keeping its recurrence
    ['Thời hạn nộp hồ sơ: ngày 15/5/2026.', [['Thời hạn nộp hồ sơ: ngày 15/5/2026', '2026-05-15', 'once']]],
    ['Hạn chót: 20/5/2026', [['Hạn chót: 20/5/2026', '2026-05-20', 'once']]],
    ['Thời gian hoàn thành\nTháng 6 hằng năm\n', [['Tháng 6', '--06-30', 'yearly']]],
    // a day of every month, wherever it stands
    ['Các đơn vị gửi báo cáo ngày 15 hàng tháng.', [['ngày 15 hàng tháng', '---15', 'monthly']]],
    // a weekday of every week: weekly, no date
    [
      'c) Định kỳ trước 16 giờ ngày thứ Sáu hằng tuần, báo cáo lãnh đạo Ủy ban nhân dân tỉnh.',
      [['trước 16 giờ ngày thứ Sáu hằng tuần', null, 'weekly']],
    ],
    ['gửi báo cáo trước 11h00’ ngày thứ 5 hằng tuần.', [['trước 11h00’ ngày thứ 5 hằng tuần', null, 'weekly']]],
    [
      'Trước 16 giờ hằng tuần báo cáo kết quả về Lãnh đạo Ủy ban nhân dân tỉnh.',
      [['Trước 16 giờ hằng tuần', null, 'weekly']],
    ],
    ['báo cáo Thủ tướng vào thứ Sáu hàng tuần theo đề cương.', [['vào thứ Sáu hàng tuần', null, 'weekly']]],
    ['đ) Định kỳ thứ Hai hàng tuần tổng hợp tình hình.', [['Định kỳ thứ Hai hàng tuần', null, 'weekly']]],
    // a period after "trước" (the day before it starts) or "chậm nhất (trong)" (its last day)
    ['Hoàn thành xây dựng cơ sở dữ liệu quốc gia trước năm 2030.', [['trước năm 2030', '2029-12-31', 'once']]],
    ['trình Quốc hội sửa đổi Luật Khoáng sản trước năm 2027;', [['trước năm 2027', '2026-12-31', 'once']]],
    ['hoàn thành trước Quý III/2026.', [['trước Quý III/2026', '2026-06-30', 'once']]],
    ['hoàn thành chậm nhất trong tháng 6/2026.', [['chậm nhất trong tháng 6/2026', '2026-06-30', 'once']]],
    ['hoàn thành chậm nhất là quý III/2026.', [['chậm nhất là quý III/2026', '2026-09-30', 'once']]],
    // the year after each period makes a day of the year recur
    ['Trước ngày 31/01 năm liền kề', [['Trước ngày 31/01', '--01-31', 'yearly']]],
    [
      'Ban hành kế hoạch chậm nhất là ngày 31/12 năm trước liền kề.',
      [['chậm nhất là ngày 31/12', '--12-31', 'yearly']],
    ],
    [
      'gửi báo cáo chậm nhất là ngày 15 tháng 01 năm kế tiếp của năm báo cáo.',
      [['chậm nhất là ngày 15 tháng 01', '--01-15', 'yearly']],
    ],
    ['gửi Bảo hiểm xã hội Việt Nam trước ngày 01 tháng 5 năm sau.', [['trước ngày 01 tháng 5', '--05-01', 'yearly']]],
    [
      'giao dự toán chi tiết nhiệm vụ chi trước ngày 25 tháng 12 năm trước; đồng thời ủy quyền.',
      [['trước ngày 25 tháng 12', '--12-25', 'yearly']],
    ],
    [
      'Thời gian điều chỉnh dự toán hoàn thành trước ngày 15 tháng 11 năm hiện hành.',
      [['trước ngày 15 tháng 11', '--11-15', 'yearly']],
    ],
    [
      'Ban hành kế hoạch trong tháng 01 hằng năm; tổ chức kiểm tra chậm nhất trong tháng 6 hằng năm.',
      [
        ['trong tháng 01', '--01-31', 'yearly'],
        ['chậm nhất trong tháng 6', '--06-30', 'yearly'],
      ],
    ],
    // a year span in a time-limit cell, written with "Năm"
    ['Thời hạn hoàn thành: Năm 2026 - 2028', [['Thời hạn hoàn thành: Năm 2026 - 2028', '2028-12-31', 'once']]],
    // the end of a period under "đến hết": with a completion verb or after a goal verb
    [
      '- Đến hết năm 2026, hoàn thành cơ bản việc thu thập dữ liệu.',
      [['Đến hết năm 2026, hoàn thành', '2026-12-31', 'once']],
    ],
    [
      'sắp xếp lãnh đạo cấp phó, bảo đảm đến hết năm 2030 số lượng cấp phó đúng quy định.',
      [['đến hết năm 2030', '2030-12-31', 'once']],
    ],
    // a condition's verb left behind a comma and a completion verb
    [
      'tháo gỡ các vướng mắc phát sinh trong thực tiễn, hoàn thành trước ngày 31/12/2026.',
      [['trước ngày 31/12/2026', '2026-12-31', 'once']],
    ],
    ['Hồ sơ phải được cấp trước ngày 30/6/2026.', [['trước ngày 30/6/2026', '2026-06-30', 'once']]],
    // a day of one month in every quarter, "mỗi" before the quarter
    ['Các xã báo cáo trước ngày 20 tháng cuối mỗi quý.', [['trước ngày 20 tháng cuối mỗi quý', '---20', 'quarterly']]],
    // a purpose after the date leaves it a limit
    ['Các sở báo cáo chậm nhất ngày 10/10/2026 để tổng hợp.', [['chậm nhất ngày 10/10/2026', '2026-10-10', 'once']]],
    // a duty with "thì" later in the sentence, not right after the date
    [
      'Các đơn vị gửi báo cáo trước ngày 15/6/2026, quá hạn thì tổng hợp sau.',
      [['trước ngày 15/6/2026', '2026-06-15', 'once']],
    ],
    // the weekday a date names, between the hour and the day
    [
      'Các đơn vị gửi báo cáo trước 16 giờ 00, thứ Năm, ngày 14/5/2026.',
      [['trước 16 giờ 00, thứ Năm, ngày 14/5/2026', '2026-05-14', 'once']],
    ],
    [
      'Gửi báo cáo về Sở Nội vụ trước thứ Sáu, ngày 15/5/2026.',
      [['trước thứ Sáu, ngày 15/5/2026', '2026-05-15', 'once']],
    ],
    // a label joined to its value by "là"
    ['Thời hạn nộp hồ sơ là ngày 30/6/2026.', [['Thời hạn nộp hồ sơ là ngày 30/6/2026', '2026-06-30', 'once']]],
    ['Hạn chót nhận bài thi là ngày 15/5/2026.', [['Hạn chót nhận bài thi là ngày 15/5/2026', '2026-05-15', 'once']]],
    // a run of months or quarters sharing one year, written with a dash: the last one's end
    ['Hoàn thành trong tháng 6 - 7/2026.', [['trong tháng 6 - 7/2026', '2026-07-31', 'once']]],
    ['Hoàn thành trong quý I - II/2026.', [['trong quý I - II/2026', '2026-06-30', 'once']]],
    [
      'Thời gian hoàn thành: Quý III – Quý IV năm 2026',
      [['Thời gian hoàn thành: Quý III – Quý IV năm 2026', '2026-12-31', 'once']],
    ],
    ['Hoàn thành trước tháng 6 - 7/2026.', [['trước tháng 6 - 7/2026', '2026-05-31', 'once']]],
    // a cell keeping its recurrence after a comma or "và"
    ['Thời gian hoàn thành\nTháng 12/2026 và hằng năm\n', [['Tháng 12/2026', '2026-12-31', 'once']]],
    ['Thời gian hoàn thành\nQuý IV/2026, hằng năm\n', [['Quý IV/2026', '2026-12-31', 'once']]],
    // a day or period after "vào" under a completion verb
    ['Hoàn thành vào quý III/2026.', [['vào quý III/2026', '2026-09-30', 'once']]],
    ['Phấn đấu hoàn thành việc sắp xếp vào cuối năm 2026.', [['vào cuối năm 2026', '2026-12-31', 'once']]],
    ['Hoàn thành vào ngày 15/5/2026.', [['vào ngày 15/5/2026', '2026-05-15', 'once']]],
    // a list of days after one trigger: each is a limit, the cue after the list governs them all
    [
      'Các đơn vị báo cáo trước ngày 15/6 và ngày 15/12 hằng năm.',
      [
        ['trước ngày 15/6', '--06-15', 'yearly'],
        ['ngày 15/12', '--12-15', 'yearly'],
      ],
    ],
    [
      'Báo cáo trước các ngày 15/5/2026 và 15/11/2026.',
      [
        ['trước các ngày 15/5/2026', '2026-05-15', 'once'],
        ['15/11/2026', '2026-11-15', 'once'],
      ],
    ],
    // past a comma, a cue opens the next item: each limit keeps the cue before it
    [
      'Báo cáo 6 tháng trước ngày 20 tháng 6, báo cáo năm trước ngày 20 tháng 12.',
      [
        ['trước ngày 20 tháng 6', '--06-20', 'semiannual'],
        ['trước ngày 20 tháng 12', '--12-20', 'yearly'],
      ],
    ],
    // spaces typed (or OCR'd) around a slash; a half-year as "nửa"; "chậm nhất hết ngày"
    ['Báo cáo trước ngày 30 / 6 / 2026.', [['trước ngày 30 / 6 / 2026', '2026-06-30', 'once']]],
    ['Báo cáo trước ngày 30/6/ 2026.', [['trước ngày 30/6/ 2026', '2026-06-30', 'once']]],
    ['Thời gian hoàn thành\nQuý IV/ 2026\n', [['Quý IV/ 2026', '2026-12-31', 'once']]],
    ['Hoàn thành trong nửa đầu năm 2026.', [['trong nửa đầu năm 2026', '2026-06-30', 'once']]],
    ['Báo cáo chậm nhất hết ngày 30/6/2026.', [['chậm nhất hết ngày 30/6/2026', '2026-06-30', 'once']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe('not limits', () => {
  it.each([
    [
      'a condition of eligibility',
      'Có hợp đồng lao động được giao kết và bắt đầu thực hiện trước ngày 01 tháng 4 năm 2026.',
    ],
    [
      'a condition: insurance paid before a date',
      'Người lao động đang tham gia bảo hiểm thất nghiệp trước ngày 01/10/2026 thì được hỗ trợ.',
    ],
    [
      'a condition: an electronic contract signed before a date',
      'hợp đồng lao động điện tử được giao kết trước ngày 01 tháng 7 năm 2026.',
    ],
    [
      'a condition: years worked somewhere before a date (a decimal comma in between)',
      'có đủ 15 năm làm việc ở vùng đặc biệt khó khăn bao gồm cả thời gian làm việc ở nơi có phụ cấp khu vực hệ số 0,7 trở lên trước ngày 01 tháng 01 năm 2026;',
    ],
    [
      'a condition with its consequence after "thì"',
      'Đối với doanh nghiệp thành lập trước ngày 01/7/2026 thì áp dụng quy định cũ.',
    ],
    [
      'a condition: files already lodged before a date',
      'Các hồ sơ đã nộp trước ngày 01/7/2026 tiếp tục được giải quyết theo quy định.',
    ],
    [
      'a condition: the eligibility of the issue (insurance joined before a date)',
      'người lao động tham gia bảo hiểm thất nghiệp trước ngày 01/10/2026',
    ],
    [
      'a condition: died before a date',
      'Người lao động chết trước ngày 01 tháng 7 năm 2026 nhưng hồ sơ gửi tới cơ quan bảo hiểm xã hội sau đó.',
    ],
    [
      'a condition: retired before a date, then an entitlement',
      'Cán bộ nghỉ hưu trước ngày 01/7/2026 được hưởng chế độ theo quy định.',
    ],
    [
      'a condition: left before a date, then out of scope',
      'Viên chức đã nghỉ việc trước ngày 15/3/2026 không thuộc đối tượng áp dụng.',
    ],
    [
      'a condition: a long date before its entitlement',
      'Cán bộ, công chức nghỉ việc trước tuổi trước ngày 31 tháng 12 năm 2030 được hưởng chính sách.',
    ],
    [
      'a condition: in operation before a date, then allowed to go on',
      'Cơ sở đã đi vào hoạt động trước ngày 01/7/2026 được tiếp tục hoạt động.',
    ],
    ['a target horizon', 'hướng tới mục tiêu phát thải ròng bằng 0 trước năm 2050.'],
    ['the past before a year, narrated', 'Trước năm 2025, tỉnh đã có 12 khu công nghiệp.'],
    ['a period before the document, after "trước"', 'so với giai đoạn trước năm 2025.'],
    ['a validity', 'Giấy phép tiếp tục có hiệu lực đến hết ngày 31/12/2026.'],
    ['a pilot period', 'Thời gian thí điểm: 05 năm, từ năm 2021 đến hết năm 2025.'],
    ['a target horizon after "đến"', 'Phấn đấu đến năm 2030, hoàn thành 100% chỉ tiêu.'],
    ['a vision heading, then a task on the next line', 'tầm nhìn đến năm 2045\nHoàn thành việc chuyển đổi công nghệ.'],
    ['a day with no month and no monthly cue', 'gửi báo cáo trước ngày 25 để tổng hợp.'],
    ['a day with no month under a yearly cue', 'Định kỳ hằng năm, trước ngày 15 gửi báo cáo.'],
    ["a report's forecast", 'Sở Nông nghiệp và Môi trường rà soát, dự kiến hoàn thành xong trong quý 2/2026.'],
    [
      'a limit another body set, already past, reported',
      'Bộ Công an đã có Văn bản số 787/C06-P3 đề nghị Cục Đăng kiểm ban hành văn bản hướng dẫn trước ngày 05/02/2026, nhưng đến nay chưa ban hành.',
    ],
    [
      'a forecast named further back in its clause',
      'Năm 2026, Bộ Nội vụ dự kiến tổ chức khảo sát, đánh giá Chỉ số SIPAS trong tháng 12/2026.',
    ],
    [
      'a narrated period after an ellipsis, a parenthetical before its comma',
      'tại các cơ quan trên địa bàn tỉnh…\nTrong 6 tháng cuối năm 2026 (sau khi sáp nhập tỉnh), UBND tỉnh đã chỉ đạo triển khai thí điểm 05 mô hình.',
    ],
    [
      'a day relative to an event, with no trigger',
      'Thời điểm hưởng lương hưu là ngày 01 của tháng liền kề sau tháng đủ tuổi.',
    ],
    ['the start of a monthly period', 'tính từ ngày 01 hằng tháng.'],
    ['a weekly frequency with no day', 'định kỳ hằng tuần báo cáo kết quả xử lý phản ánh.'],
    ['a weekly rest day', 'Vào ngày nghỉ hằng tuần, ít nhất bằng 200%.'],
    ['an event after "vào"', 'Tổ chức sơ kết vào tháng 6/2026.'],
    [
      "a list of conditions' days",
      'Người lao động tham gia bảo hiểm thất nghiệp trước ngày 01/10/2025 và 01/01/2026 thì được hưởng.',
    ],
    ['a period\'s end after "kết thúc vào"', 'Kỳ kế toán năm kết thúc vào ngày 31/12 theo quy định.'],
    ['a completion told in the past', 'Đã hoàn thành vào tháng 3/2026.'],
    ['a completion in a clause before a comma', 'Sau khi hoàn thành, tổ chức nghiệm thu vào tháng 8/2026.'],
    ["an aim's horizon", 'đề ra 22 mục tiêu để hoàn thành lộ trình chuyển đổi số vào năm 2026.'],
    ['a permit\'s term given in years after "là"', 'Thời hạn của giấy phép là 05 năm kể từ ngày cấp.'],
    ['a weekday with no day after it, and no weekly cue', 'Hội nghị tổ chức vào thứ Sáu, tại hội trường.'],
    ['an event on a single day after "vào"', 'Hội nghị tổ chức vào ngày 15/5/2026.'],
    ['months of salary, not a day of the month', 'tiền lương bình quân của 06 tháng liền kề trước khi thôi việc.'],
  ])('%s', (_, text) => {
    expect(rows(text)).toEqual([]);
  });
});

describe('tables written with pipes (texts converted from the legal portals)', () => {
  const table = [
    '| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |',
    '|---|---|---|---|',
    '| 1 | Xây dựng đề án | Bộ Nội vụ | Quý III/2026 |',
    '| 2 | Ban hành kế hoạch | Bộ Tài chính | Năm 2026 |',
    '| 3 | Tổng kết | Bộ Y tế | Tháng 6/2026 |',
    '| 4 | Theo dõi | Bộ Y tế | Thường xuyên |',
    '',
    'Năm 2026 tổ chức 15 hội nghị.',
  ].join('\n');

  it('reads every dated cell under the time-limit column, and nothing after the table', () => {
    expect(rows(table)).toEqual([
      ['Quý III/2026', '2026-09-30', 'once'],
      ['Năm 2026', '2026-12-31', 'once'],
      ['Tháng 6/2026', '2026-06-30', 'once'],
    ]);
  });

  it('limits the search to one row, with the header before it', () => {
    const row = table.indexOf('| 2 |');
    const found = extractDeadlines(table, { documentDate: '2026-04-06', from: row, to: table.indexOf('| 3 |') });
    expect(found.map((d) => d.date)).toEqual(['2026-12-31']);
  });

  it('a column of inspection dates is not a time limit', () => {
    expect(rows('| STT | Đơn vị | Thời gian kiểm tra |\n|---|---|---|\n| 1 | Sở Y tế | Tháng 7/2026 |')).toEqual([]);
  });
});
