/** The header zone: where the body starts, whatever order the header's parts are printed in. */
import { describe, expect, it } from 'vitest';
import { layout } from '../../src/layout/index.js';
import { parse } from '../../src/parse.js';

const filler = (n: number) => Array.from({ length: n }, (_, i) => `Khoản ${i + 1} của điều này quy định nội dung.`);

/** A consolidated text: kind and title first, the articles, then the closing block with its number and date. */
const CONSOLIDATED = [
  'VĂN BẢN HỢP NHẤT - BỘ TÀI CHÍNH',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'THÔNG TƯ',
  'Hướng dẫn cơ chế quản lý tài chính về bảo hiểm xã hội',
  'Điều 1. Phạm vi điều chỉnh',
  ...filler(30),
  'Điều 2. Chế độ báo cáo',
  'Bảo hiểm xã hội Việt Nam báo cáo Bộ Tài chính trước ngày 25 hằng tháng.',
  'Điều 3. Trách nhiệm thi hành',
  'Bộ trưởng Bộ Y tế chịu trách nhiệm thi hành Thông tư này./.',
  'BỘ TÀI CHÍNH',
  'Số: 22/VBHN-BTC',
  'XÁC THỰC VĂN BẢN HỢP NHẤT',
  'Hà Nội, ngày 29 tháng 5 năm 2020',
  'KT. BỘ TRƯỞNG',
  'THỨ TRƯỞNG',
  'Đỗ Hoàng Anh Tuấn',
].join('\n');

describe('the body starts after the header, the kind and the title', () => {
  it('a consolidated text whose number and date close it: the body runs from the title on', () => {
    const zones = layout(CONSOLIDATED);
    expect(zones.lines[zones.header.bodyStart]!.canonical).toBe('Điều 1. Phạm vi điều chỉnh');
    const result = parse(CONSOLIDATED);
    expect(result.number?.text).toBe('22/VBHN-BTC');
    expect(result.outline.map((n) => n.label)).toEqual(['Điều 1.', 'Điều 2.', 'Điều 3.']);
    expect(result.deadlines.map((d) => [d.date, d.recurrence])).toEqual([['---25', 'monthly']]);
    // it is the normative text it consolidates: its articles' rules are no tasks, its closing sentence is
    expect(result.tasks.map((t) => t.agencies.map((a) => a.name))).toEqual([['Bộ Y tế']]);
  });

  it('a header printed first: the body starts after its title', () => {
    const text =
      'ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 12/KH-UBND\nLâm Đồng, ngày 05 tháng 3 năm 2026\nKẾ HOẠCH\nTuyên truyền cải cách hành chính\nI. MỤC ĐÍCH';
    const zones = layout(text);
    expect(zones.lines[zones.header.bodyStart]!.canonical).toBe('I. MỤC ĐÍCH');
  });
});
