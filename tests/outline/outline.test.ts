import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, type OutlineNode } from '../../src/index.js';
import { layout } from '../../src/layout/index.js';
import { buildOutline } from '../../src/outline/index.js';

const seed = (name: string) => parse(readFileSync(new URL(`../../corpus/seeds/${name}`, import.meta.url)), { name });
const labels = (nodes: OutlineNode[]) => nodes.map((n) => n.label);
const levels = (nodes: OutlineNode[]) => [...new Set(nodes.map((n) => n.level))];

describe('outline of the seeds', () => {
  it('003: Roman parts, numbered agencies under III, bullets under each agency', () => {
    const { outline, text } = seed('003_92d5c371dfb6f108.txt');
    expect(labels(outline)).toEqual(['I.', 'II.', 'III.', 'IV.', 'V.']);
    expect(levels(outline)).toEqual([1]);
    expect(outline[0]!.heading).toBe('MỤC ĐÍCH - YÊU CẦU');
    const iii = outline[2]!;
    expect(labels(iii.children)).toEqual([
      '1.',
      '2.',
      '3.',
      '4.',
      '5.',
      '6.',
      '7.',
      '8.',
      '9.',
      '10.',
      '11.',
      '12.',
      '13.',
    ]);
    expect(levels(iii.children)).toEqual([2]);
    expect(iii.children[0]!.heading).toBe('Sở Lao động - Thương binh và Xã hội');
    expect(labels(iii.children[0]!.children)).toEqual(Array(7).fill('-'));
    expect(levels(iii.children[0]!.children)).toEqual([3]);
    // a node's span covers its label and everything under it
    const [start, end] = iii.span;
    expect(text!.slice(start, start + 22)).toBe('III. TỔ CHỨC THỰC HIỆN');
    expect(end).toBeGreaterThanOrEqual(iii.children.at(-1)!.span[1]);
  });

  it('002: numbered headings under five Roman parts, lettered points under a clause', () => {
    const { outline } = seed('002_ee248a160ad50f8c.txt');
    expect(labels(outline)).toEqual(['I.', 'II.', 'III.', 'IV.', 'V.']);
    expect(labels(outline[3]!.children)).toHaveLength(12);
    expect(outline[3]!.children[9]!.heading).toBe('Báo Đồng Tháp, Đài Phát thanh và Truyền hình Đồng Tháp:');
    const solutions = outline[2]!.children[2]!;
    expect(labels(solutions.children)).toEqual(['a', 'b', 'c', 'd'].map((l) => `${l})`));
    expect(levels(solutions.children)).toEqual([3]);
    expect(levels(solutions.children[0]!.children)).toEqual([4]);
    expect(labels(outline[4]!.children)).toEqual(['-', '-', '-']);
  });

  it('001: a plan without Roman parts starts at its numbered clauses', () => {
    const { outline } = seed('001_65f01fc30d0adf68.txt');
    expect(labels(outline)).toEqual(['1.', '2.', '3.', '4.', '5.', '6.', '7.']);
    expect(labels(outline[6]!.children)).toEqual(['-', '-', '-', '-']);
  });

  it('004: the parts of a plan and the agencies under IV', () => {
    const { outline } = seed('004_cbddc2852ea7f879.txt');
    expect(labels(outline)).toEqual(['I.', 'II.', 'III.', 'IV.']);
    expect(outline[3]!.children.map((n) => n.level)).toEqual(Array(13).fill(2));
  });
});

describe('outline of a legal text', () => {
  const law = [
    'Chương I',
    'QUY ĐỊNH CHUNG',
    'Điều 1. Phạm vi điều chỉnh',
    'Luật này quy định về trẻ em.',
    'Điều 2. Giải thích từ ngữ',
    '1. Trẻ em là người dưới 16 tuổi.',
    '2. Bảo vệ trẻ em gồm:',
    'a) Phòng ngừa;',
    'đ) Hỗ trợ, can thiệp;',
    '1.000 trẻ em được hỗ trợ mỗi năm.',
    'Chương II',
    'QUYỀN CỦA TRẺ EM',
    'Mục 1',
    'QUYỀN CƠ BẢN',
    'Điều 3. Quyền sống',
  ].join('\n');

  it('Chương → Mục → Điều → khoản → điểm, with headings; a figure is no clause', () => {
    const { outline } = parse(law);
    expect(labels(outline)).toEqual(['Chương I', 'Chương II']);
    expect(outline[0]!.heading).toBe('QUY ĐỊNH CHUNG');
    expect(labels(outline[0]!.children)).toEqual(['Điều 1.', 'Điều 2.']);
    expect(outline[0]!.children[0]!.heading).toBe('Phạm vi điều chỉnh');
    const article2 = outline[0]!.children[1]!;
    expect(article2.level).toBe(2);
    expect(labels(article2.children)).toEqual(['1.', '2.']);
    expect(labels(article2.children[1]!.children)).toEqual(['a)', 'đ)']);
    expect(article2.children[1]!.children[0]!.level).toBe(4);
    const section = outline[1]!.children[0]!;
    expect(section).toMatchObject({ label: 'Mục 1', level: 2, heading: 'QUYỀN CƠ BẢN' });
    expect(section.children[0]).toMatchObject({ label: 'Điều 3.', level: 3 });
  });
});

describe('decimal points and appendices', () => {
  /** Each node as "label" with two spaces per level below the first. */
  const tree = (nodes: OutlineNode[], depth = 0): string[] =>
    nodes.flatMap((n) => [`${'  '.repeat(depth)}${n.label}`, ...tree(n.children, depth + 1)]);
  const outlineOf = (lines: string[]) => tree(parse(lines.join('\n')).outline);

  it.each([
    {
      what: 'a decimal numbers a point of its clause: "2." after "1.2." is the next clause',
      lines: [
        'I. TỔ CHỨC THỰC HIỆN',
        '1. Các sở',
        '1.1. Sở Xây dựng',
        '1.2. Sở Công Thương',
        '2. Các xã',
        'a) Lập kế hoạch',
      ],
      tree: ['I.', '  1.', '    1.1.', '    1.2.', '  2.', '    a)'],
    },
    {
      what: 'three numbers nest under two',
      lines: ['1. Mục tiêu', '1.1. Mục tiêu chung', '1.1.1. Về kinh tế', '1.2. Mục tiêu cụ thể', '2. Nhiệm vụ'],
      tree: ['1.', '  1.1.', '    1.1.1.', '  1.2.', '2.'],
    },
    {
      what: 'a decimal of another number is no point of the open clause (a footnote glued to a clause)',
      lines: ['Điều 5. Thu', '1. Thu từ thuế.', '2.6 Bảo hiểm xã hội thực hiện thu.', '3. Thu khác.'],
      tree: ['Điều 5.', '  1.', '  2.6', '    3.'],
    },
  ])('$what', ({ lines, tree: expected }) => {
    expect(outlineOf(lines)).toEqual(expected);
  });

  it.each([['Phụ lục I'], ['PHỤ LỤC'], ['Phụ lục số 02'], ['PHỤ LỤC II: PHÂN CÔNG NHIỆM VỤ']])(
    'an appendix title (%s) closes every open node: its points number afresh',
    (title) => {
      const lines = [
        'Điều 3. Trách nhiệm thi hành',
        '1. Sở Nội vụ chủ trì.',
        title,
        '1. Tên doanh nghiệp:',
        '2.1 Theo dõi',
      ];
      expect(outlineOf(lines)).toEqual(['Điều 3.', '  1.', '1.', '2.1']);
    },
  );

  it.each([['Phụ lục II được sửa đổi như sau:'], ['Phụ lục kèm theo Thông tư này']])(
    'a sentence about an appendix (%s) closes nothing',
    (line) => {
      const lines = ['Điều 3. Sửa đổi', '1. Sửa đổi như sau:', line, 'a) Điểm mới'];
      expect(outlineOf(lines)).toEqual(['Điều 3.', '  1.', '    a)']);
    },
  );
});

describe('headings and spans, read in place', () => {
  // the text after the label, the blanks before it left out; its span points at it in the text
  const reads: Array<[string, string, string | null]> = [
    ['Điều 1.  Phạm vi điều chỉnh', 'Điều 1.', 'Phạm vi điều chỉnh'],
    ['Điều 1.\tPhạm vi điều chỉnh', 'Điều 1.', 'Phạm vi điều chỉnh'],
    ['  1.  Mục tiêu chung ', '1.', 'Mục tiêu chung'],
    ['a) Phòng ngừa;', 'a)', 'Phòng ngừa;'],
    // a bare label has no heading (a Điều takes none from the next line)
    ['Điều 2.\nNội dung.', 'Điều 2.', null],
  ];
  it.each(reads)('%j → %j, heading %j', (text, label, heading) => {
    const [entry] = buildOutline(layout(text)).entries;
    expect(entry).toMatchObject({ label, heading });
    expect(entry!.headingSpan === null ? null : text.slice(...entry!.headingSpan)).toBe(heading);
    expect(text.slice(entry!.span[0], entry!.span[0] + label.length)).toBe(label);
  });

  it('a node spans from its label to its last text', () => {
    const text = 'Điều 1.  Phạm vi điều chỉnh\nLuật này quy định.\n\n';
    const { outline } = parse(text);
    expect(text.slice(...outline[0]!.span)).toBe('Điều 1.  Phạm vi điều chỉnh\nLuật này quy định.');
  });

  // what must not read as an outline: no labels, nothing at all
  it.each([[''], ['Luật này quy định về trẻ em.'], ['\n\n']])('%j has no outline', (input) => {
    expect(parse(input).outline).toEqual([]);
  });
});
