/** The issuer: two-level headers, Party committees and their standing bodies, a header that names the body. */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse.js';

describe('two-level issuers: a converter’s joined cell, a Party board under its committee', () => {
  it.each([
    [
      '| ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG SỞ NỘI VỤ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |\n| --- | --- |\n| Số: 12/KH-SNV | *Lâm Đồng, ngày 02 tháng 5 năm 2024* |\n\nKẾ HOẠCH\nTổ chức thực hiện\n',
      'Sở Nội vụ tỉnh Lâm Đồng',
      'Ủy ban nhân dân tỉnh Lâm Đồng',
    ],
    [
      '| ỦY BAN NHÂN DÂN<br>TỈNH LÂM ĐỒNG<br>------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc |\n|---|---|\n| Số: 12/UBND-VX<br>V/v triển khai công tác | Lâm Đồng, ngày 02 tháng 5 năm 2024 |\n\nKính gửi: Sở Y tế\n',
      'Ủy ban nhân dân tỉnh Lâm Đồng',
      null,
    ],
    [
      'BAN CHẤP HÀNH TRUNG ƯƠNG\nVĂN PHÒNG\n*\nSố 36-HD/VPTW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 03 tháng 4 năm 2018\n\nHƯỚNG DẪN\nthể thức và kỹ thuật trình bày văn bản của Đảng\n',
      'Văn phòng Trung ương Đảng',
      'Ban Chấp hành Trung ương',
    ],
    [
      'TỈNH ỦY LÂM ĐỒNG\nBAN TỔ CHỨC\n*\nSố 15-HD/BTCTU\nĐẢNG CỘNG SẢN VIỆT NAM\nLâm Đồng, ngày 03 tháng 4 năm 2025\n\nHƯỚNG DẪN\nvề công tác\n',
      'Ban Tổ chức Tỉnh ủy Lâm Đồng',
      'Tỉnh ủy Lâm Đồng',
    ],
  ])('should read the issuer of %j', (text, issuer, parent) => {
    const r = parse(text);
    expect(r.issuer).toMatchObject({ name: issuer, parent, inferred: false });
  });

  it('should keep a joint header whole and a department’s own name unsplit', () => {
    expect(
      parse(
        'BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nSố: 12/TB-LĐTBXH\nHà Nội, ngày 02 tháng 5 năm 2024\n\nTHÔNG BÁO\nKết luận\n',
      ).issuer?.name,
    ).toBe('Bộ Lao động - Thương binh và Xã hội');
    expect(
      parse('ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\nSố: 12/KH-UBND\nĐắk Lắk, ngày 02 tháng 5 năm 2024\n\nKẾ HOẠCH\nTổ chức\n')
        .issuer?.name,
    ).toBe('Ủy ban nhân dân tỉnh Đắk Lắk');
  });

  it('should read the trích yếu in lower case under a type word, and a công văn subject after <br>', () => {
    expect(
      parse(
        'BAN CHẤP HÀNH TRUNG ƯƠNG\nVĂN PHÒNG\nSố 36-HD/VPTW\nHà Nội, ngày 03 tháng 4 năm 2018\n\nHƯỚNG DẪN\nthể thức và kỹ thuật trình bày văn bản của Đảng\n',
      ).title?.text,
    ).toBe('thể thức và kỹ thuật trình bày văn bản của Đảng');
    expect(
      parse(
        '| ỦY BAN NHÂN DÂN<br>TỈNH LÂM ĐỒNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n| Số: 12/UBND-VX<br>V/v triển khai công tác | Lâm Đồng, ngày 02 tháng 5 năm 2024 |\n',
      ).title?.text,
    ).toBe('triển khai công tác');
  });
});

describe('a Party committee’s text signed for one of its standing bodies', () => {
  it.each([
    [
      'BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 178-QĐ/TW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 27 tháng 6 năm 2024\n\nQUY ĐỊNH\nvề kiểm soát quyền lực\n\nNội dung.\n\nNơi nhận:\n- Lưu Văn phòng Trung ương Đảng.\nT/M BỘ CHÍNH TRỊ\nTHƯỜNG TRỰC BAN BÍ THƯ\n\nTrương Thị Mai',
      'Bộ Chính trị',
      true,
    ],
    [
      'TỈNH ỦY LÂM ĐỒNG\n*\nSố 120-CV/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nLâm Đồng, ngày 27 tháng 6 năm 2025\n\nV/v triển khai\n\nNội dung.\n\nNơi nhận:\n- Lưu VPTU.\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nNguyễn Văn E',
      'Ban Thường vụ Tỉnh ủy Lâm Đồng',
      true,
    ],
    [
      'BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 21-NQ/TW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 27 tháng 6 năm 2024\n\nNGHỊ QUYẾT\nHỘI NGHỊ LẦN THỨ SÁU\n\nNội dung.\n\nT/M BAN CHẤP HÀNH TRUNG ƯƠNG\nTỔNG BÍ THƯ\n\nNguyễn Phú Trọng',
      'Ban Chấp hành Trung ương',
      false,
    ],
    [
      'ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 12/KH-UBND\nLâm Đồng, ngày 5 tháng 3 năm 2025\n\nKẾ HOẠCH\nThực hiện\n\nNội dung./.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn F',
      'Ủy ban nhân dân tỉnh Lâm Đồng',
      false,
    ],
  ])('should read the issuer of %j', (text, name, inferred) => {
    expect(parse(text).issuer).toMatchObject({ name, inferred });
  });
});

describe('a Party header that names the body its type block names', () => {
  it('should read the issuer from the header, not inferred, and the OCR "KÉT LUẬN" as Kết luận', () => {
    const r = parse(
      'BỘ CHÍNH TRỊ\n*\nSố 35-KL/TW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 05 tháng 5 năm 2022\n\nKÉT LUẬN\nCỦA BỘ CHÍNH TRỊ\nvề danh mục chức danh\n\nNội dung.\n\nT/M BỘ CHÍNH TRỊ\n\nVõ Văn Thưởng',
    );
    expect(r.kind?.name).toBe('Kết luận');
    expect(r.issuer).toMatchObject({ name: 'Bộ Chính trị', inferred: false });
    expect(r.title?.text).toBe('về danh mục chức danh');
  });
});
