/**
 * extractTargets(): a table of what must be read (from the forms of the language: due times,
 * comparators, changes, ranges, sections) and a table of what must not (past figures, rules,
 * procedural limits, counts of items, money allocated, quoted goals, scales, labels).
 */
import { describe, expect, it } from 'vitest';
import { extractTargets, type TargetOptions } from '../../src/extract/targets/index.js';
import type { Target } from '../../src/model/schema.js';

type Expected = Partial<Pick<Target, 'value' | 'unit' | 'by' | 'recurrence' | 'change' | 'comparator' | 'byInferred'>>;

const READ: Array<[string, string, Expected[], TargetOptions?]> = [
  [
    'a yearly decrease after "Phấn đấu"',
    'Phấn đấu mỗi năm giảm 5% số vụ trẻ em bị xâm hại tình dục.',
    [{ value: 5, unit: '%', by: null, recurrence: 'yearly', change: 'decrease', comparator: '=' }],
  ],
  [
    'one target per number-and-time; the year holds for the sentence, across ";"',
    '1. Các chỉ tiêu chủ yếu:\n- Đến năm 2015, có 06 huyện, thị xã, thành phố; trên 45 xã, phường, thị trấn xây dựng mô hình. Đến năm 2020, có 09 huyện và trên 90 xã thực hiện mô hình này.',
    [
      { value: 6, unit: 'huyện', by: '2015', comparator: '=' },
      { value: 45, unit: 'xã', by: '2015', comparator: '>' },
      { value: 9, unit: 'huyện', by: '2020', comparator: '=' },
      { value: 90, unit: 'xã', by: '2020', comparator: '>' },
    ],
  ],
  [
    'a sentence that opens with a year to reach',
    'Đến năm 2030, 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình.',
    [{ value: 100, unit: '%', by: '2030', recurrence: 'once', change: 'level', comparator: '=' }],
  ],
  [
    '"tối thiểu" is >=, a decimal comma is read',
    'Phấn đấu tối thiểu 30% nhân lực được đào tạo ở nước ngoài; tỷ lệ bao phủ bảo hiểm y tế đạt trên 95,5% dân số.',
    [
      { value: 30, comparator: '>=' },
      { value: 95.5, unit: '%', comparator: '>' },
    ],
  ],
  [
    'a range is read at its lower bound, >=; a stage heading gives its last year',
    '2. Mục tiêu cụ thể\na) Giai đoạn 1 (2026 - 2028)\n- Phấn đấu 30% - 40% cán bộ được bồi dưỡng.\nb) Giai đoạn 2 (2029 - 2031)\n- Phấn đấu có 04 - 05 nhóm nghiên cứu làm chủ công nghệ.',
    [
      { value: 30, unit: '%', by: '2028', comparator: '>=', byInferred: true },
      { value: 4, unit: 'nhóm', by: '2031', comparator: '>=' },
    ],
  ],
  [
    '"hằng năm" in a targets section is yearly with no due year; "tăng trên" is an increase',
    'II. CHỈ TIÊU CHỦ YẾU THỰC HIỆN ĐẾN NĂM 2030\n- Hằng năm, số vụ phạm tội về ma túy được phát hiện tăng trên 3%.\n- Trên 80% trạm y tế cấp xã đủ điều kiện xác định tình trạng nghiện.',
    [
      { value: 3, by: null, recurrence: 'yearly', change: 'increase', comparator: '>' },
      { value: 80, by: '2030', recurrence: 'once', change: 'level', comparator: '>', byInferred: true },
    ],
  ],
  [
    '"tăng … lên trên 08 khu" is a level to reach; "ít nhất" before a count',
    '2. Mục tiêu năm 2026\n+ Thành lập mới ít nhất 02 khu công nghiệp, tăng tổng số khu công nghiệp trên toàn tỉnh lên trên 08 khu.',
    [
      { value: 2, unit: 'khu công nghiệp', by: '2026', comparator: '>=', change: 'level' },
      { value: 8, unit: 'khu', by: '2026', comparator: '>', change: 'level' },
    ],
  ],
  [
    'a counted noun of two words is the unit whole ("thuê bao", "hồ sơ"), not its first word',
    'II. MỤC TIÊU\n- Số thuê bao băng rộng cố định đạt 50 thuê bao/100 hộ gia đình vào năm 2030.\n- Phấn đấu đến năm 2027 có 5.000 hồ sơ được số hóa.',
    [
      { value: 50, unit: 'thuê bao', by: '2030' },
      { value: 5000, unit: 'hồ sơ', by: '2027' },
    ],
  ],
  [
    '"%/năm" is a yearly rate; "từ … trở lên" is >=; a period after the figure gives its last year',
    'Phấn đấu tốc độ tăng trưởng GDP bình quân từ 10%/năm trở lên trong giai đoạn 2026 - 2030.',
    [{ value: 10, by: '2030', recurrence: 'yearly', change: 'increase', comparator: '>=' }],
  ],
  [
    '"giảm xuống dưới" is a level below',
    'Phấn đấu tỷ lệ hộ nghèo giảm xuống dưới 3% vào năm 2027.',
    [{ value: 3, by: '2027', change: 'level', comparator: '<' }],
  ],
  [
    '"không quá" is <=, "tối đa không quá" too',
    '1. Mục tiêu\n- Mỗi tỉnh có tối đa không quá 03 trường dạy nghề.',
    [{ value: 3, unit: 'trường', comparator: '<=' }],
  ],
  [
    'a qualifier of what is counted is not a second target',
    'Phấn đấu có tối thiểu 5.000 doanh nghiệp công nghệ số có doanh thu từ thị trường quốc tế đạt 20 triệu USD/năm.',
    [{ value: 5000, unit: 'doanh nghiệp', comparator: '>=' }],
  ],
  [
    'money with a level to reach is a target',
    'Mục tiêu cụ thể đến năm 2030: doanh thu xuất khẩu của doanh nghiệp công nghệ số đạt tối thiểu 55 tỷ USD/năm.',
    [{ value: 55, unit: 'tỷ USD', by: '2030', comparator: '>=' }],
  ],
  [
    'a whole date after "đến ngày"; a result earlier in the sentence does not make it past',
    'Hoàn thành chi trả cho 37 hộ đã được phê duyệt phương án, phấn đấu đến ngày 30/6/2026 hoàn thành tối thiểu 80% chi trả tiền và bàn giao mặt bằng.',
    [{ value: 80, by: '2026-06-30', comparator: '>=' }],
  ],
  [
    'a targets section without a year takes the horizon of the title',
    'II. CHỈ TIÊU, NHIỆM VỤ\n1. Cải cách thể chế\na) Mục tiêu\n- Tối thiểu 95% văn bản được ký số.\n- 98% hồ sơ tiếp nhận hằng năm được giải quyết đúng hạn.',
    [
      { value: 95, by: '2030', comparator: '>=', byInferred: true },
      { value: 98, by: null, recurrence: 'yearly' },
    ],
    { title: 'Kế hoạch cải cách hành chính nhà nước giai đoạn 2026 - 2030', documentDate: '2026-03-01' },
  ],
  [
    '"13% đến 15%" is one range; a year before the verb does not take it as its unit',
    'Phấn đấu tổng mức bán lẻ hàng hóa năm 2026 tăng 13% đến 15%.',
    [{ value: 13, by: '2026', change: 'increase', comparator: '>=' }],
  ],
  [
    "a baseline year is not the due time; the section takes the title's horizon",
    '1. Mục tiêu cụ thể\n- Giảm 10% số vụ tai nạn giao thông so với năm 2024.',
    [{ value: 10, by: '2030', change: 'decrease', byInferred: true }],
    { title: 'Kế hoạch bảo đảm trật tự an toàn giao thông giai đoạn 2026 - 2030', documentDate: '2026-01-05' },
  ],
  [
    'a period before the goal word; a decimal range per year',
    'Giai đoạn 2021-2025: phấn đấu giảm tỷ lệ hộ nghèo bình quân 1-1,5%/năm.',
    [{ value: 1, unit: '%', by: '2025', recurrence: 'yearly', change: 'decrease', comparator: '>=' }],
  ],
  [
    'a vision heading with a bare year',
    '2. Mục tiêu\nb) Tầm nhìn đến 2045\n- Có tối thiểu 10 doanh nghiệp công nghệ số ngang tầm các nước tiên tiến.',
    [{ value: 10, unit: 'doanh nghiệp', by: '2045', comparator: '>=' }],
  ],
];

const NOT_READ: Array<[string, string, TargetOptions?]> = [
  [
    'an age and a procedural limit in an article',
    'Điều 5. Quyền của người lao động\n1. Người từ đủ 15 tuổi được nghỉ tối đa 30 ngày.',
  ],
  [
    'a posting period, even after a goal word',
    'Để đạt mục tiêu công khai, danh sách được niêm yết ít nhất 03 ngày làm việc.',
  ],
  ['a voting rule', 'Các quyết định được thông qua khi có trên 50% tổng số thành viên biểu quyết tán thành.'],
  [
    'a count of items, not a level',
    'Ngoài việc phấn đấu thực hiện 15 mục tiêu của Chương trình, cần tập trung các nội dung sau.',
  ],
  ['money allocated', '1. Chỉ tiêu\n- Kinh phí thực hiện 500 triệu đồng từ ngân sách tỉnh.'],
  [
    'a programme named after its goal',
    'Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021-2025 hỗ trợ 100% kinh phí.',
  ],
  [
    'a result measured against a target set before',
    'Tỷ lệ hồ sơ giải quyết đúng hạn đạt 97,4% (chỉ tiêu đề ra là tối thiểu 98%).',
  ],
  ['a present statistic', '1. Mục tiêu\n- Hiện nay tỷ lệ hộ nghèo chiếm 10,01%, hộ cận nghèo chiếm 7,51%.'],
  [
    'a result reached in a past year',
    '1. Mục tiêu\n- Năm 2025, đã đôn đốc thu hồi đạt 100% số tiền.',
    { documentDate: '2026-02-01' },
  ],
  [
    'a goal quoted from another instrument',
    'Thực hiện Nghị quyết số 50/NQ-CP, trong đó với mục tiêu “Xây dựng 20% xã, phường không có ma túy trong năm 2025”.',
  ],
  [
    'a goal pursued in the past',
    'Năm 2025, toàn tỉnh đã phấn đấu đạt 95% kế hoạch giao.',
    { documentDate: '2025-12-20' },
  ],
  [
    'an account of results, whatever its words',
    'I. TÌNH HÌNH THỰC HIỆN\n- Tỷ lệ giải ngân đạt 29,2%, chỉ tiêu phấn đấu là 70%.',
  ],
  [
    'dates and document numbers in a targets section',
    '1. Mục tiêu\n- Hoàn thành trước ngày 30/6/2026 theo Quyết định số 1441/QĐ-UBND ngày 25/9/2025.',
  ],
  ['a map scale', '1. Mục tiêu\n- Lập bản đồ địa chất tỷ lệ 1:50.000 cho các vùng trọng điểm.'],
  [
    'a task that moves a named set',
    '2. Mục tiêu năm 2026\n(4) Hoàn thành di dời 01 khu công nghiệp và 02 cụm công nghiệp.',
  ],
  ['a digit misread by OCR', '2. Mục tiêu\n- Tăng tổng số cụm công nghiệp lên trên 2Š cụm.'],
  ['a yearly duty of occurrences', 'Phấn đấu hằng năm tổ chức tối thiểu 01 lần diễn tập.'],
  [
    'a figure under a tasks part nested in a targets section',
    'II. CHỈ TIÊU, NHIỆM VỤ\nb) Nhiệm vụ\n- Tổ chức tiếp nhận hồ sơ bảo đảm 100% hồ sơ được số hóa.',
  ],
];

describe('extractTargets reads', () => {
  it.each(READ)('%s', (_, text, expected, options) => {
    const got = extractTargets(text, options);
    expect(got).toHaveLength(expected.length);
    expected.forEach((want, i) => expect(got[i]).toMatchObject(want));
  });
});

describe('extractTargets does not read', () => {
  it.each(NOT_READ)('%s', (_, text, options) => {
    expect(extractTargets(text, options).map((t) => `${t.value}${t.unit} ${t.text}`)).toEqual([]);
  });
});

describe('extractTargets spans and agencies', () => {
  it('spans the clause that sets the target, in the text given', () => {
    const text = 'KẾ HOẠCH\n1. Chỉ tiêu\n- Đến năm 2015, có 06 huyện; trên 45 xã xây dựng mô hình.\n';
    const [first, second] = extractTargets(text);
    expect(text.slice(...first!.span)).toBe(first!.text);
    expect(first!.text).toBe('Đến năm 2015, có 06 huyện');
    expect(second!.text).toBe('trên 45 xã xây dựng mô hình.');
    expect(second!.metric).toBe('xây dựng mô hình');
  });

  it("gives a target inside a task that task's agencies", () => {
    const text = 'Sở Y tế phấn đấu 100% trạm y tế xã có bác sĩ.';
    const agency = { name: 'Sở Y tế', span: [0, 7] as [number, number], successors: [] };
    const task = {
      agencies: [agency],
      coordinators: [],
      text,
      deadlines: [],
      references: [],
      span: [0, text.length] as [number, number],
    };
    expect(extractTargets(text, { tasks: [task] })[0]!.agencies).toEqual([agency]);
    expect(extractTargets(text)[0]!.agencies).toEqual([]);
  });
});
