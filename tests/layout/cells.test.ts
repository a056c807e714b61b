import { describe, expect, it } from 'vitest';
import { layout } from '../../src/layout/index.js';
import { NUMBER_WORD, NUMBER_WORD_MARK, PLACE_COMMA, PLACE_DATE_WORD } from '../../src/layout/cells.js';
import { END_MARK_SLASH } from '../../src/layout/marks.js';
import { HEADER } from '../../src/layout/header-patterns.js';
import { load } from '../../src/grammar/load.js';

const cellsOf = (text: string) =>
  layout(text)
    .lines.filter((l) => !l.blank)
    .map((l) => l.canonical);

describe('cells of a line: header and closing tables, cells run together', () => {
  it.each([
    [
      '| THỦ TƯỚNG CHÍNH PHỦ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc  --------------- |\n| --- | --- |\n| Số: 1803/QĐ-TTg | Hà Nội, ngày 22 tháng 10 năm 2015 |',
      [
        'THỦ TƯỚNG CHÍNH PHỦ',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Số: 1803/QĐ-TTg',
        'Hà Nội, ngày 22 tháng 10 năm 2015',
      ],
    ],
    [
      '| Số: 3479/VPCP-NN V/v xây dựng Đề án thí điểm | Hà Nội, ngày 26 tháng 5 năm 2021 |',
      ['Số: 3479/VPCP-NN', 'V/v xây dựng Đề án thí điểm', 'Hà Nội, ngày 26 tháng 5 năm 2021'],
    ],
    [
      '| * * Nơi nhận: - Như trên; - Lưu: VT. | KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM     Nguyễn Cao Lục |',
      ['Nơi nhận: - Như trên; - Lưu: VT.', 'KT. BỘ TRƯỞNG, CHỦ NHIỆM', 'PHÓ CHỦ NHIỆM', 'Nguyễn Cao Lục'],
    ],
    [
      '| Nơi nhận: - Như trên; | TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH     Nguyễn Văn B |\n| --- | --- |',
      ['Nơi nhận: - Như trên;', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn B'],
    ],
    ['- Lưu Văn phòng Trung ương Đảng. | T/M BỘ CHÍNH TRỊ', ['- Lưu Văn phòng Trung ương Đảng.', 'T/M BỘ CHÍNH TRỊ']],
    ['Số: 10-NQ/TW | Hà Nội, ngày 10 tháng 02 năm 2022', ['Số: 10-NQ/TW', 'Hà Nội, ngày 10 tháng 02 năm 2022']],
    ['TỈNH ỦY LÀO CAI ĐẢNG CỘNG SẢN VIỆT NAM', ['TỈNH ỦY LÀO CAI', 'ĐẢNG CỘNG SẢN VIỆT NAM']],
    ['ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG Số: 12/UBND-VX', ['ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG', 'Số: 12/UBND-VX']],
    [
      'Độc lập - Tự do - Hạnh phúc Lâm Đồng, ngày 02 tháng 5 năm 2024',
      ['Độc lập - Tự do - Hạnh phúc', 'Lâm Đồng, ngày 02 tháng 5 năm 2024'],
    ],
    ['Số 34 -NQ/TU Lào Cai, ngày 27 tháng 12 năm 2025', ['Số 34 -NQ/TU', 'Lào Cai, ngày 27 tháng 12 năm 2025']],
    ['Nơi nhận: T/M BAN THƯỜNG VỤ', ['Nơi nhận:', 'T/M BAN THƯỜNG VỤ']],
    [
      'ỦY BAN NHÂN DÂN      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n   TỈNH LÂM ĐỒNG        Độc lập - Tự do - Hạnh phúc',
      ['ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TỈNH LÂM ĐỒNG', 'Độc lập - Tự do - Hạnh phúc'],
    ],
    ['      Các cơ quan, đơn vị:\n   Sở Y tế', ['Các cơ quan, đơn vị:', 'Sở Y tế']],
  ])('should read %j cell by cell', (text, cells) => {
    expect(cellsOf(text)).toEqual(cells);
  });

  it.each([
    'BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM',
    'QUỐC HỘI NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam Độc lập',
    'KT. THỦ TƯỚNG',
    'KT. TỔNG GIÁM ĐỐC',
    'Số lượng: 12 người, Hà Nội, ngày 5 tháng 3 năm 2020',
    'Căn cứ Công văn Số 12/UBND-VX',
    'SỞ Y TẾ TỈNH LÂM ĐỒNG Lâm',
    'Hà Nội, ngày      tháng      năm 2026',
    'Số:      /UBND-VX',
  ])('should keep %j whole', (text) => {
    expect(cellsOf(text)).toEqual([text]);
  });

  it('should keep the rows of a table that is not the header or closing whole', () => {
    const table = '| STT | Nhiệm vụ | Cơ quan chủ trì |\n| --- | --- | --- |\n| 1 | Xây dựng kế hoạch | Sở Nội vụ |';
    expect(cellsOf(table)).toEqual(table.split('\n'));
  });

  it('should give every cell a span of the text it reads', () => {
    const text = '| Số: 1803/QĐ-TTg | Hà Nội, ngày 22 tháng 10 năm 2015 |';
    for (const line of layout(text).lines)
      expect(text.slice(line.start + line.indent, line.start + line.indent + line.canonical.length)).toBe(
        line.canonical,
      );
  });

  // the joins and the line tests skip a line without these marks: the grammar's lines must hold them
  it.each([
    ['numberLine', NUMBER_WORD_MARK],
    ['placeDate', PLACE_COMMA],
    ['endMarker', END_MARK_SLASH],
  ] as const)('should find %s only where %j stands', (id, mark) => {
    const entry = (load('header').entries as Array<{ id: string; examples: string[] }>).find((e) => e.id === id)!;
    for (const example of entry.examples) {
      expect(example).toContain(mark);
      expect(HEADER[id].test(example.replaceAll(mark, ' '))).toBe(false);
    }
  });

  it('should find placeDate only where its comma stands before the date word', () => {
    const entry = (load('header').entries as Array<{ id: string; examples: string[] }>).find(
      (e) => e.id === 'placeDate',
    )!;
    const dateComma = new RegExp(`${PLACE_COMMA}[ \\t]*${PLACE_DATE_WORD}`, 'iu');
    for (const example of entry.examples) {
      expect(example).toMatch(dateComma);
      expect(HEADER.placeDate.test(example.replace(dateComma, (found) => found.slice(0, -1)))).toBe(false);
    }
  });

  it('should find numberLine only where its number word stands, in either case of its first letter', () => {
    const entry = (load('header').entries as Array<{ id: string; examples: string[] }>).find(
      (e) => e.id === 'numberLine',
    )!;
    const word = new RegExp(
      `[${NUMBER_WORD[0]!.toLowerCase()}${NUMBER_WORD[0]!.toUpperCase()}]${NUMBER_WORD.slice(1)}`,
      'gu',
    );
    for (const example of entry.examples) {
      expect(example).toMatch(word);
      expect(HEADER.numberLine.test(example.replace(word, (found) => `${found[0]}o`))).toBe(false);
    }
  });
});
