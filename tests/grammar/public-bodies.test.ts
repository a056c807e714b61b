import { describe, expect, it } from 'vitest';
import { PUBLIC_BODIES, bodyAt } from '../../src/grammar/public-bodies.js';

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

  it.each(['sở y tế', 'Sở', 'Văn hóa, Thể thao', 'các chỉ tiêu'])('finds no body at "%s"', (text) => {
    expect(bodyAt(text)).toBeNull();
  });

  it('says which bodies the 2025 reorganization ended and who took over', () => {
    const byName = (name: string) => PUBLIC_BODIES.find((b) => b.names.includes(name));
    expect(byName('Bộ Kế hoạch và Đầu tư')).toMatchObject({ validTo: '2025-02-28', successors: ['Bộ Tài chính'] });
    expect(byName('Sở Nông nghiệp và Môi trường')).toMatchObject({ validFrom: '2025-03-01' });
    expect(byName('Bộ Tài chính')?.validTo).toBeUndefined();
  });
});
