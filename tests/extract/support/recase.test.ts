import { describe, expect, it } from 'vitest';
import { recase } from '../../../src/extract/support/recase.js';

describe('recase: a name printed in capitals, in normal case', () => {
  it.each([
    ['ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG', 'Ủy ban nhân dân tỉnh Kiên Giang'],
    ['BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', 'Bộ Lao động - Thương binh và Xã hội'],
    // a số/ký hiệu keeps its capitals, and the kind it numbers takes its initial
    ['ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH SỐ 1050/QĐ-SCT', 'Đoàn Kiểm tra theo Quyết định số 1050/QĐ-SCT'],
    ['TỔ CÔNG TÁC THEO KẾ HOẠCH SỐ 36-KH/TU', 'Tổ công tác theo Kế hoạch số 36-KH/TU'],
    // a level word stays lower case when no place name follows it, and before one (NĐ 30 Phụ lục II)
    ['CÔNG AN TỈNH', 'Công an tỉnh'],
    ['ỦY BAN NHÂN DÂN HUYỆN', 'Ủy ban nhân dân huyện'],
    ['BẢO HIỂM XÃ HỘI TỈNH', 'Bảo hiểm xã hội tỉnh'],
    ['HỘI ĐỒNG NHÂN DÂN THỊ XÃ', 'Hội đồng nhân dân thị xã'],
    ['ỦY BAN NHÂN DÂN THÀNH PHỐ', 'Ủy ban nhân dân thành phố'],
    ['SỞ NỘI VỤ TỈNH LÂM ĐỒNG', 'Sở Nội vụ tỉnh Lâm Đồng'],
    // before a number the level word is part of the name
    ['ỦY BAN NHÂN DÂN PHƯỜNG 2', 'Ủy ban nhân dân Phường 2'],
    // "Học viện" is a head: the field after it takes a capital
    ['HỌC VIỆN HÀNH CHÍNH QUỐC GIA', 'Học viện Hành chính quốc gia'],
    ['HỌC VIỆN TƯ PHÁP', 'Học viện Tư pháp'],
    // "xã hội" (society) opens with a level word and is none
    ['VIỆN KHOA HỌC XÃ HỘI VIỆT NAM', 'Viện Khoa học xã hội Việt Nam'],
    // the body an office holder heads opens a name of its own
    ['GIÁM ĐỐC SỞ NỘI VỤ', 'Giám đốc Sở Nội vụ'],
    ['PHÓ GIÁM ĐỐC SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', 'Phó Giám đốc Sở Lao động - Thương binh và Xã hội'],
    ['CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG', 'Chủ tịch Ủy ban nhân dân tỉnh Kiên Giang'],
  ])('%s → %s', (printed, expected) => {
    expect(recase(printed)).toBe(expected);
  });
});

describe('recase: what it leaves as it is', () => {
  it.each([
    // mixed case is already normal
    ['Sở Nội vụ tỉnh Lâm Đồng'],
    ['Đoàn kiểm tra theo Quyết định số 1050/QĐ-SCT'],
  ])('%s', (text) => {
    expect(recase(text)).toBe(text);
  });

  it.each([
    // a Party committee is a body, not a level: it keeps its capital, and its locality takes capitals
    ['TỈNH ỦY', 'Tỉnh ủy'],
    ['HUYỆN ỦY BÁT XÁT', 'Huyện ủy Bát Xát'],
    // a field after "và" is no commune, even at the end
    ['BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI', 'Bộ Lao động - Thương binh và Xã hội'],
    ['SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH', 'Sở Lao động - Thương binh và Xã hội tỉnh'],
  ])('%s is no level word: %s', (printed, expected) => {
    expect(recase(printed)).toBe(expected);
  });

  it('a figure that numbers no document is not a number to keep, nor capitalises the word before "số"', () => {
    expect(recase('ĐỘI SỐ 2')).toBe('Đội số 2');
  });
});

describe('recase: a Roman numeral after a numbered unit keeps its capitals', () => {
  it.each([
    ['CHI CỤC THUẾ KHU VỰC XV', 'Chi cục Thuế khu vực XV'],
    ['CHI CỤC HẢI QUAN KHU VỰC II', 'Chi cục Hải quan khu vực II'],
    // the unit keeps its own casing after a head, which would capitalise the field after it
    ['KHO BẠC NHÀ NƯỚC KHU VỰC XII', 'Kho bạc Nhà nước khu vực XII'],
    ['CHI CỤC THUẾ KHU VỰC XV TỈNH LÀO CAI', 'Chi cục Thuế khu vực XV tỉnh Lào Cai'],
    ['BỘ TƯ LỆNH QUÂN KHU VII', 'Bộ Tư lệnh Quân khu VII'],
    ['CHI CỤC KIỂM LÂM VÙNG II', 'Chi cục Kiểm lâm vùng II'],
    ['ĐỘI II', 'Đội II'],
    ['VÙNG VI', 'Vùng VI'],
    ['CHI CỤC THUẾ KHU VỰC 1', 'Chi cục Thuế khu vực 1'],
  ])('%s → %s', (printed, expected) => {
    expect(recase(printed)).toBe(expected);
  });

  it.each([
    // "xi", "vi" are syllables where no unit numbers them, or where a word follows them
    ['CÔNG TY CỔ PHẦN XI MĂNG', 'Công ty Cổ phần xi măng'],
    ['SỞ TƯ PHÁP XỬ LÝ VI PHẠM', 'Sở Tư pháp xử lý vi phạm'],
    // no valid numeral: "IIII", "VX"
    ['CHI CỤC THUẾ KHU VỰC VX', 'Chi cục Thuế khu vực vx'],
    // "khu vực" without a number capitalises nothing after it
    ['BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG KHU VỰC BIÊN GIỚI', 'Bộ Chỉ huy Bộ đội biên phòng khu vực biên giới'],
    ['PHÒNG CHÁY CHỮA CHÁY', 'Phòng Cháy chữa cháy'],
  ])('no numeral: %s → %s', (printed, expected) => {
    expect(recase(printed)).toBe(expected);
  });
});
