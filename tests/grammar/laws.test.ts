/** The laws table (grammars/laws.json) and the resolution of a law cited by name to one enactment. */
import { describe, expect, it } from 'vitest';
import { knownTitleEnd, LAWS, lawsTitled, titleContinuationEnd } from '../../src/grammar/laws.js';
import { lawKey, resolveLawName } from '../../src/resolve/law-enactments.js';

describe('laws table', () => {
  it('is keyed by (kind, number): no two rows share both', () => {
    const keys = LAWS.map((l) => `${l.kind} ${l.number ?? l.title}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('drops the mistyped numbers the raw table carried and keeps the real ones', () => {
    const numbers = new Set(LAWS.map((l) => l.number));
    for (const typo of ['83/2016/QH13', '54/2013/QH13', '04/2007/QH11']) expect(numbers.has(typo)).toBe(false);
    for (const real of ['83/2015/QH13', '54/2014/QH13', '04/2007/QH12', '01/2002/QH11'])
      expect(numbers.has(real)).toBe(true);
  });

  it('gives an amending law its own title, not the title of the law it amends', () => {
    const byNumber = (n: string) => LAWS.find((l) => l.number === n && l.kind === 'Luật')!;
    expect(byNumber('57/2024/QH15').title).toMatch(/^Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch/u);
    expect(byNumber('62/2010/QH12').title).toBe('Luật sửa đổi, bổ sung một số điều của Luật Chứng khoán');
    expect(lawsTitled('Luật Đấu thầu').map((l) => l.number)).not.toContain('57/2024/QH15');
  });

  it('lists every enactment of a title, oldest first', () => {
    expect(lawsTitled('Luật Đầu tư công').map((l) => l.number)).toEqual([
      '49/2014/QH13',
      '39/2019/QH14',
      '58/2024/QH15',
    ]);
    expect(lawsTitled('luật tổ chức chính quyền địa phương').map((l) => l.number)).toEqual([
      '77/2015/QH13',
      '65/2025/QH15',
      '72/2025/QH15',
    ]);
    expect(lawsTitled('Luật An toàn vệ sinh lao động').map((l) => l.number)).toEqual(['84/2015/QH13']);
  });

  const text = (s: string) => [s, knownTitleEnd(s, 0)] as const;
  it.each([
    ['Luật Đầu tư công và', 'Luật Đầu tư công'],
    ['Luật Đầu tư theo phương thức đối tác công tư;', 'Luật Đầu tư theo phương thức đối tác công tư'],
    ['Luật Phòng, chống tác hại của thuốc lá, Luật', 'Luật Phòng, chống tác hại của thuốc lá'],
    [
      'Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng và',
      'Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng',
    ],
    ['Bộ luật Lao động, bao gồm', 'Bộ luật Lao động'],
    ['Luật Tổ chức\nchính quyền địa phương năm', 'Luật Tổ chức\nchính quyền địa phương'],
    // the words of a title stand apart by white space only, of any kind
    ['Luật Tổ chức \u00a0\t chính quyền địa phương', 'Luật Tổ chức \u00a0\t chính quyền địa phương'],
    ['Luật Tổ chức “chính quyền địa phương', null],
    ['Luật Đầu tư công\u3000và', 'Luật Đầu tư công'],
  ])('the longest known title in %j is %j', (input, title) => {
    const [s, end] = text(input);
    expect(end === null ? null : s.slice(0, end)).toBe(title);
  });

  it.each(['Luật này', 'Luật sư', 'Luật Người lao', 'Hiến pháp và pháp luật'])('%j starts no known title', (input) => {
    expect(knownTitleEnd(input, 0)).toBeNull();
  });
});

describe('a title the table lacks that starts with one it knows', () => {
  const named = (s: string) => {
    const known = knownTitleEnd(s, 0);
    const end = known === null ? null : (titleContinuationEnd(s, known) ?? known);
    return end === null ? null : s.slice(0, end);
  };
  it.each([
    ['Luật Thương mại điện tử ngày 10 tháng 12 năm 2025', 'Luật Thương mại điện tử'],
    ['Luật Thương mại\nđiện tử;', 'Luật Thương mại\nđiện tử'],
  ])('%j runs to its own end: %j', (input, name) => {
    expect(named(input)).toBe(name);
  });
  it.each([
    ['Luật Đất đai quy định về đất', 'Luật Đất đai'],
    ['Luật Bảo hiểm xã hội thực hiện chế độ', 'Luật Bảo hiểm xã hội'],
    ['Luật Thương mại và Luật Đầu tư', 'Luật Thương mại'],
    ['Luật Thương mại điện', 'Luật Thương mại'],
  ])('%j ends where the table says: %j', (input, name) => {
    expect(named(input)).toBe(name);
  });
});

describe('a law cited by name is keyed to the enactment in force at the citing date', () => {
  const keyOf = (name: string, year: string | null, date: string | null) => {
    const found = resolveLawName(name, year, date);
    return found.law ? lawKey(found.law) : null;
  };
  it.each([
    ['Luật Đầu tư công', null, '2021-03-10', 'vn:39/2019/qh14'],
    ['Luật Đầu tư công', null, '2025-06-01', 'vn:58/2024/qh15'],
    ['Luật Đầu tư công', null, '2016-05-01', 'vn:49/2014/qh13'],
    ['Luật Tổ chức chính quyền địa phương', null, '2020-01-01', 'vn:77/2015/qh13'],
    ['Luật Tổ chức chính quyền địa phương', null, '2025-10-01', 'vn:72/2025/qh15'],
    ['Luật Khoáng sản', '2010', '2025-08-01', 'vn:60/2010/qh12'],
    ['Bộ luật Lao động', null, '2022-01-01', 'vn:45/2019/qh14'],
    ['Luật Tổ chức chính quyền địa phương', '2025', '2026-04-08', 'vn:72/2025/qh15'],
    // 72/2025/QH15 was in force the day it was adopted (16/6/2025)
    ['Luật Tổ chức chính quyền địa phương', null, '2025-06-20', 'vn:72/2025/qh15'],
    // a title first enacted in 2025, no dates in the table: nothing else it could mean in 2026
    ['Luật Trí tuệ nhân tạo', null, '2026-03-01', 'vn:134/2025/qh15'],
    ['Luật Viên chức', null, '2027-03-01', 'vn:129/2025/qh15'],
    ['Hiến pháp năm 1992', null, null, 'vn:hiến pháp:hiến pháp nước cộng hòa xã hội chủ nghĩa việt nam năm 1992'],
  ])('%j (year %s) cited on %s → %s', (name, year, date, key) => {
    expect(keyOf(name, year, date)).toBe(key);
  });

  it('takes the enactment adopted on the day the text gives', () => {
    const found = resolveLawName('Luật Tổ chức chính quyền địa phương', null, '2025-04-01', '2025-06-16');
    expect(found.law?.number).toBe('72/2025/QH15');
  });

  it.each([
    ['Luật Đầu tư công', null, '2024-12-15', 'adopted but not yet in force'],
    ['Luật Đầu tư công', null, null, 'no date'],
    ['Luật Đầu tư công', null, '2010-01-01', 'before the oldest enactment'],
    ['Luật Tổ chức chính quyền địa phương', null, '2025-02-25', 'adopted but not yet in force'],
    ['Luật Không có trong bảng', null, '2026-01-01', 'not in the laws table'],
    ['Luật Doanh nghiệp', '2019', '2021-01-01', 'no single enactment'],
    // a law of 2025 without dates in the table that replaced an older one: in 2026 the name may still mean the old one
    ['Luật Viên chức', null, '2026-03-01', 'may not yet be in force'],
  ])('%j (year %s) cited on %s keeps its name-only key: %s', (name, year, date, reason) => {
    const found = resolveLawName(name, year, date);
    expect(found.law).toBeNull();
    expect(found.law === null && found.reason).toContain(reason);
  });
});
