/** The place-and-date line: dates in words and figures, a template's year left standing, a draft's blank date. */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse.js';
import { isoDate } from '../../src/extract/place-date.js';

describe('the place and date line', () => {
  it('should read the first year of "năm 2026 2025", the template’s year left standing', () => {
    const r = parse(
      `BỘ TÀI CHÍNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 30/2026/TT-BTC\nHà Nội, ngày 27 tháng 3 năm 2026 2025\n\nTHÔNG TƯ\nQuy định\n`,
    );
    expect(r.date?.iso).toBe('2026-03-27');
  });

  it.each([
    ['Lào Cai, ngày 15 tháng 3 năm 20262', '2026-03-15'],
    ['Lào Cai, ngày 15/3/2026', '2026-03-15'],
    ['Hà Nội, ngày 02-5-2024', '2024-05-02'],
    ['Lào Cai, ngày 31/2/2026', null],
  ])('should read the place and date of %j (a footnote mark after the year, a date in figures)', (line, iso) => {
    const r = parse(
      `ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 12/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n${line}\n\nKẾ HOẠCH\nTriển khai công tác\n`,
    );
    expect(r.date?.iso ?? null).toBe(iso);
    expect(r.place?.name).toBe(line.split(',')[0]);
  });
});

describe('a draft’s blank date', () => {
  it.each([
    ['Lâm Đồng, ngày       tháng 3 năm 2026', '2026', 'the month is filled in: 3/2026'],
    ['Lâm Đồng, ngày       tháng       năm 2026', '2026', 'The day and month are left blank'],
  ])('should read %j as %s and keep what is filled in', (line, iso, message) => {
    const r = parse(`ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố:      /KH-UBND\n${line}\n\nKẾ HOẠCH\nCải cách hành chính\n`);
    expect(r.date?.iso).toBe(iso);
    expect(r.diagnostics.find((d) => d.code === 'date/blank')?.message).toContain(message);
  });

  it.each([
    ['2024', '2', '29', '2024-02-29'],
    ['2100', '02', '29', undefined],
    ['2000', '2', '29', '2000-02-29'],
    ['2026', '4', '31', undefined],
    ['2026', '13', '1', undefined],
    ['2026', '12', '0', undefined],
    ['0099', '1', '1', undefined],
  ])('should tell whether %s-%s-%s is a calendar date', (year, month, day, iso) => {
    expect(isoDate(year, month, day)).toBe(iso);
  });
});
