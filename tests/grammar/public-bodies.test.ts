import { describe, expect, it } from 'vitest';
import { PUBLIC_BODIES, bodyAt, tokenAt } from '../../src/grammar/public-bodies.js';

describe('the gazetteer of public bodies', () => {
  it.each([
    ['Bộ Văn hóa, Thể thao và Du lịch phối hợp', 'Bộ Văn hóa, Thể thao và Du lịch'],
    ['Sở Lao động – Thương binh và Xã hội', 'Sở Lao động – Thương binh và Xã hội'],
    ['Ngân hàng Nhà nước Việt Nam chủ trì', 'Ngân hàng Nhà nước Việt Nam'],
    ['Uỷ ban Trung ương Mặt trận Tổ quốc Việt Nam, Tổng Liên đoàn', 'Uỷ ban Trung ương Mặt trận Tổ quốc Việt Nam'],
    ['cơ quan ngang Bộ, cơ quan thuộc Chính phủ', 'cơ quan ngang Bộ'],
    ['UBND tỉnh', 'UBND'],
  ])('finds the longest name that opens "%s"', (text, name) => {
    const found = bodyAt(text);
    expect(found && text.slice(0, found.end)).toBe(name);
  });

  // an abbreviation of grammars/names.json is read as its long form: the entry, and the name, the long form reaches
  it.each([
    ['BHXH tỉnh', 'BHXH', 'Bảo hiểm xã hội', 'vertical'],
    ['BHXH Việt Nam chủ trì', 'BHXH Việt Nam', 'Bảo hiểm xã hội Việt Nam', 'co-quan-thuoc-cp'],
    ['BHXH VN', 'BHXH VN', 'Bảo hiểm xã hội Việt Nam', 'co-quan-thuoc-cp'],
    ['KBNN khu vực XII', 'KBNN', 'Kho bạc Nhà nước', 'vertical'],
    ['NHNN Việt Nam', 'NHNN Việt Nam', 'Ngân hàng Nhà nước Việt Nam', 'nhnn'],
    ['Hội LHPN tỉnh', 'Hội LHPN', 'Hội Liên hiệp Phụ nữ', 'doan-the'],
  ])('reads the abbreviations of "%s" as their long form', (text, written, name, id) => {
    const found = bodyAt(text);
    expect(found && [text.slice(0, found.end), found.name, found.body.id]).toEqual([written, name, id]);
  });

  it.each(['sở y tế', 'Sở', 'Văn hóa, Thể thao', 'các chỉ tiêu', 'bhxh tỉnh', 'LHPN'])(
    'finds no body at "%s"',
    (text) => {
      expect(bodyAt(text)).toBeNull();
    },
  );

  it('says which bodies the 2025 reorganization ended and who took over', () => {
    const byName = (name: string) => PUBLIC_BODIES.find((b) => b.names.includes(name));
    expect(byName('Bộ Kế hoạch và Đầu tư')).toMatchObject({ validTo: '2025-02-28', successors: ['Bộ Tài chính'] });
    expect(byName('Sở Nông nghiệp và Môi trường')).toMatchObject({ validFrom: '2025-03-01' });
    expect(byName('Bộ Tài chính')?.validTo).toBeUndefined();
  });
});

describe('tokenAt: the token a name is read by, at an offset', () => {
  // [text, from, the token found (null: none)]
  const reads: Array<[string, number, string | null]> = [
    ['Ủy ban nhân dân', 0, 'Ủy'],
    ['Ủy ban nhân dân', 2, 'ban'],
    ['Bộ  \t\nTài chính', 2, 'Tài'],
    ['Văn hóa, Thể thao', 7, ','],
    ['Lao động - Thương binh', 9, '-'],
    ['Lao động – Thương binh', 9, '–'],
    ['Khu vực 15/2024', 8, '15'],
    ['UBND1', 0, 'UBND1'],
    // a letter outside the BMP (a surrogate pair) is a letter, as the pattern reads it
    ['𝐀𝐁c d', 0, '𝐀𝐁c'],
    ['ab𝐀 d', 0, 'ab𝐀'],
  ];
  it.each(reads)('%j at %i reads %j', (text, from, token) => {
    const found = tokenAt(text, from);
    expect(found && text.slice(found.start, found.end)).toBe(token);
  });

  // what opens no token: other punctuation, an em dash, the end of the text, blanks up to it
  const none: Array<[string, number]> = [
    ['(Bộ Tài chính)', 0],
    ['— Bộ', 0],
    ['Bộ', 2],
    ['Bộ   ', 2],
    ['', 0],
    ['“Bộ”', 0],
  ];
  it.each(none)('%j at %i reads none', (text, from) => {
    expect(tokenAt(text, from)).toBeNull();
  });

  it('reads what the pattern reads, at every offset of a header', () => {
    const text = 'ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG, SỞ Y TẾ – Bộ Lao động - Thương binh và Xã hội (2024) 𝐀𝐁';
    const pattern = /[\p{L}\p{N}]+|[,\-–]/uy;
    for (let at = 0; at <= text.length; at++) {
      let start = at;
      while (start < text.length && ' \t\n'.includes(text[start]!)) start++;
      pattern.lastIndex = start;
      const m = pattern.exec(text);
      const found = tokenAt(text, at);
      expect(found && [found.start, found.end]).toEqual(m && [start, start + m[0].length]);
    }
  });
});
