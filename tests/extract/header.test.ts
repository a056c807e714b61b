/** The header and closing fields of whole documents (kind, number, issuer, place, date, title, recipients,
 * signature, effective) and the header layouts of converters, portals, Party texts and OCR. */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse.js';

const UBND_CONG_VAN = `ỦY BAN NHÂN DÂN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH KIÊN GIANG
Độc lập - Tự do - Hạnh phúc
Số: 403/UBND-KGVX
Kiên Giang, ngày 06 tháng 4 năm 2021
V/v triển khai thực hiện công tác
trẻ em năm 2021 trên địa bàn tỉnh.

Kính gửi:
- Giám đốc các sở, ban, ngành tỉnh;
- Chủ tịch UBND các huyện, thành phố.

Thực hiện Công văn số 375/LĐTBXH-TE ngày 23/02/2021 của Bộ Lao động - Thương binh và Xã hội.
Nội dung công văn./.

Nơi nhận:
- Như trên;
- TT. Tỉnh ủy; TT. HĐND tỉnh;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH



Nguyễn Lưu Trung`;

describe('header and closing fields', () => {
  const r = parse(UBND_CONG_VAN);

  it("reads a draft's signature block whose name is left blank, and no block in the body above it", () => {
    const draft = UBND_CONG_VAN.replace('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nNguyễn Lưu Trung', 'CHỦ TỊCH\n\n\n\n');
    const signed = parse(draft);
    expect(signed.signature).toMatchObject({
      authority: 'TM',
      onBehalfOf: 'Ủy ban nhân dân',
      position: 'Chủ tịch',
      name: null,
    });
    expect(signed.text!.slice(...signed.signature!.span)).toBe('TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH');
    expect(signed.diagnostics.map((d) => d.code)).toContain('signature/unsigned');
    // a prefix and a post followed by more text are not a signature
    expect(parse(`${draft}\nPhụ lục kèm theo.`).signature).toBeNull();
  });

  it('should read a công văn with interleaved columns', () => {
    expect(r.kind).toMatchObject({ name: 'Công văn', code: null, source: 'default' });
    expect(r.number).toMatchObject({ text: '403/UBND-KGVX', issuerCode: 'UBND', unitCode: 'KGVX', blank: false });
    expect(r.issuer).toMatchObject({ name: 'Ủy ban nhân dân tỉnh Kiên Giang', parent: null, inferred: false });
    expect(r.place?.name).toBe('Kiên Giang');
    expect(r.date?.iso).toBe('2021-04-06');
    expect(r.title?.text).toBe('triển khai thực hiện công tác trẻ em năm 2021 trên địa bàn tỉnh');
  });

  it('should give every value a span whose text is its evidence', () => {
    const text = r.text!;
    expect(text.slice(...r.number!.span!)).toBe('403/UBND-KGVX');
    expect(text.slice(...r.place!.span)).toBe('Kiên Giang');
    expect(text.slice(...r.date!.span)).toBe('ngày 06 tháng 4 năm 2021');
    expect(text.slice(...r.signature!.span)).toMatch(/^TM\. ỦY BAN NHÂN DÂN[\s\S]*Nguyễn Lưu Trung$/);
    for (const item of [...r.recipients, ...r.distribution]) expect(text.slice(...item.span)).toBe(item.name);
  });

  it('should list recipients and the distribution, one item per entry', () => {
    expect(r.recipients.map((x) => x.name)).toEqual([
      'Giám đốc các sở, ban, ngành tỉnh',
      'Chủ tịch UBND các huyện, thành phố',
    ]);
    expect(r.distribution.map((x) => x.name)).toEqual(['Như trên', 'TT. Tỉnh ủy', 'TT. HĐND tỉnh', 'Lưu: VT']);
  });

  it('should read a stacked signature block', () => {
    expect(r.signature).toMatchObject({
      authority: 'KT',
      onBehalfOf: 'Chủ tịch',
      position: 'Phó Chủ tịch',
      name: 'Nguyễn Lưu Trung',
    });
    expect(r.signature!.chain).toEqual([
      { authority: 'TM', title: 'Ủy ban nhân dân' },
      { authority: 'KT', title: 'Chủ tịch' },
    ]);
  });

  it('should qualify a department with its parent line locality', () => {
    const doc = parse(
      'UBND TỈNH LÂM ĐỒNG\nSỞ NỘI VỤ\nSố:     /TTr-SNV\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nLâm Đồng, ngày   tháng   năm 2026\n\nTỜ TRÌNH\nVề việc đề nghị công nhận Ban vận động\n\nKính gửi: Chủ tịch Ủy ban nhân dân tỉnh',
    );
    expect(doc.issuer).toMatchObject({ name: 'Sở Nội vụ tỉnh Lâm Đồng', parent: 'Ủy ban nhân dân tỉnh Lâm Đồng' });
    expect(doc.number).toMatchObject({ text: null, blank: true, typeCode: 'TTr', ordinal: null });
    expect(doc.kind?.name).toBe('Tờ trình');
    expect(doc.date?.iso).toBe('2026');
    expect(doc.recipients.map((x) => x.name)).toEqual(['Chủ tịch Ủy ban nhân dân tỉnh']);
    expect(doc.diagnostics.map((d) => d.code)).toContain('date/blank');
  });

  it('should infer the issuer from the enacting sentence and say so', () => {
    const doc = parse(
      'Số:203 /KH-UBND\nHà Nội, ngày 01 tháng 7 năm 2024\n\nKẾ HOẠCH\nTriển khai thực hiện Chỉ thị\n\nỦy ban nhân dân thành phố Hà Nội ban hành Kế hoạch triển khai thực hiện như sau:',
    );
    expect(doc.number?.text).toBe('203/KH-UBND');
    expect(doc.issuer).toMatchObject({ name: 'Ủy ban nhân dân thành phố Hà Nội', inferred: true });
    expect(doc.diagnostics.find((d) => d.code === 'issuer/inferred')?.span).not.toBeNull();
  });

  it('should complete "Ủy ban nhân dân tỉnh" with the place line province', () => {
    const doc = parse(
      'Số: /KH-UBND\nBình Phước, ngày tháng năm 2024\n\nKẾ HOẠCH\nThực hiện Kế hoạch\n\nỦy ban nhân dân tỉnh ban hành Kế hoạch như sau:',
    );
    expect(doc.issuer?.name).toBe('Ủy ban nhân dân tỉnh Bình Phước');
  });

  it('should take the adoption date of a law without a place-and-date line', () => {
    const doc = parse(
      'LUẬT\nSửa đổi một số điều\n\nQuốc hội ban hành Luật sửa đổi.\n\nĐiều 2.\n1. Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2013.\n\nLuật này đã được Quốc hội khóa XIII thông qua ngày 22 tháng 11 năm 2012.',
    );
    expect(doc).toMatchObject({ kind: { name: 'Luật' }, place: null, issuer: { name: 'Quốc hội', inferred: true } });
    expect(doc.date).toMatchObject({ iso: '2012-11-22', inferred: true });
    expect(doc.effective).toMatchObject({ iso: '2013-07-01', onSigning: false });
    expect(doc.signature).toBeNull();
  });

  it('should read "có hiệu lực kể từ ngày ký" as on signing, not a quoted clause of another act', () => {
    const doc = parse(
      'QUYẾT ĐỊNH\nVề việc\n\n“1. Quyết định này có hiệu lực từ ngày 01 tháng 5 năm 2020.”\nĐiều 3. Quyết định này có hiệu lực kể từ ngày ký ban hành.',
    );
    expect(doc.effective).toMatchObject({ iso: null, onSigning: true });
  });

  it('should prefer the ký hiệu over the type word for a consolidated text', () => {
    const doc = parse(
      'THÔNG TƯ\nQuy định về\n\nĐiều 1. Nội dung./.\n\nBỘ CÔNG THƯƠNG\nSố:  40/VBHN-BCT\nXÁC THỰC VĂN BẢN HỢP NHẤT\nHà Nội, ngày 26  tháng 5 năm 2026\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nPhan Thị Thắng',
    );
    expect(doc.kind).toMatchObject({ name: 'Văn bản hợp nhất', source: 'numberCode' });
    expect(doc.issuer?.name).toBe('Bộ Công Thương');
    expect(doc.signature).toMatchObject({ authority: 'KT', position: 'Thứ trưởng', name: 'Phan Thị Thắng' });
    expect(doc.diagnostics.map((d) => d.code)).toContain('kind/conflict');
  });
});

const PORTAL_QUYET_DINH = `| THỦ TƯỚNG CHÍNH PHỦ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc  --------------- |
| --- | --- |
| Số: 1803/QĐ-TTg | *Hà Nội, ngày 22 tháng 10 năm 2015* |
QUYẾT ĐỊNH
PHÊ DUYỆT DANH MỤC DỰ ÁN HỖ TRỢ KỸ THUẬT DO WB TÀI TRỢ
THỦ TƯỚNG CHÍNH PHỦ
*Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;*
QUYẾT ĐỊNH:
Điều 1. Quyết định này có hiệu lực kể từ ngày ký./.
| * * *Nơi nhận:* - TTg CP, các PTTgCP; - Lưu: VT, QHQT(3). | KT. THỦ TƯỚNG PHÓ THỦ TƯỚNG     Hoàng Trung Hải |
| --- | --- |`;

const PARTY_NGHI_QUYET = `BAN CHẤP HÀNH TRUNG ƯƠNG
------- | ĐẢNG CỘNG SẢN VIỆT NAM
---------------
Số: 10-NQ/TW | Hà Nội, ngày 10 tháng 02 năm 2022

NGHỊ QUYẾT
CỦA BỘ CHÍNH TRỊ VỀ ĐỊNH HƯỚNG CHIẾN LƯỢC ĐỊA CHẤT, KHOÁNG SẢN
I- TÌNH HÌNH VÀ NGUYÊN NHÂN
Sau 10 năm thực hiện Nghị quyết.

Nơi nhận:
- Các tỉnh ủy, thành ủy,
- Lưu Văn phòng Trung ương Đảng. | T/M BỘ CHÍNH TRỊ
TỔNG BÍ THƯ

Nguyễn Phú Trọng`;

const OCR_TINH_UY = `===== Trang 1 =====
TÍNH ỦY LÀO CAI ĐÁNG CỘNG SẢN VIỆT NAM

*

Số 34 -NQ/TU Lào Cai, ngày 27 tháng 12 năm 2025

NGHỊ QUYẾT
CỦA BAN THƯỜNG VỤ TỈNH ỦY
về phát triển các khu công nghiệp, cụm công nghiệp

Ban Thường vụ Tỉnh ủy ban hành Nghị quyết như sau./.

Nơi nhân: T/M BAN THƯỜNG VỤ
- Các Đảng ủy trực thuộc Tỉnh ủy,
- Lưu Văn phòng Tình ủy.

Hoàng Giang`;

describe('the mark a copy prints where the signature was', () => {
  const closing = (mark: string) =>
    `Số: 12/UBND-KT\nNội dung công văn./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n${mark}\nNguyễn Văn An\n`;
  it.each([['(Đã ký)'], ['Đã ký'], ['(ĐÃ KÝ)'], ['(Đã ký và đóng dấu)']])(
    '%s between the post and the name',
    (mark) => {
      expect(parse(closing(mark)).signature).toMatchObject({
        authority: 'KT',
        onBehalfOf: 'Chủ tịch',
        position: 'Phó Chủ tịch',
        name: 'Nguyễn Văn An',
      });
    },
  );
  it('a sentence that opens with "Đã ký" is no such mark: it ends the block', () => {
    expect(
      parse(closing('Đã ký kết hợp đồng với nhà thầu trong tháng 3 năm 2026 theo kế hoạch')).signature?.name,
    ).toBeUndefined();
  });
});

describe('header layouts from converters, portals, Party texts and OCR', () => {
  it('should read a portal header written as a Markdown table', () => {
    const r = parse(PORTAL_QUYET_DINH);
    expect(r.kind?.name).toBe('Quyết định');
    expect(r.number?.text).toBe('1803/QĐ-TTg');
    expect(r.issuer).toMatchObject({ name: 'Thủ tướng Chính phủ', inferred: false });
    expect(r.date?.iso).toBe('2015-10-22');
    expect(r.place?.name).toBe('Hà Nội');
    expect(r.title?.text).toBe('PHÊ DUYỆT DANH MỤC DỰ ÁN HỖ TRỢ KỸ THUẬT DO WB TÀI TRỢ');
    expect(r.signature).toMatchObject({
      authority: 'KT',
      onBehalfOf: 'Thủ tướng',
      position: 'Phó Thủ tướng',
      name: 'Hoàng Trung Hải',
    });
    expect(r.distribution.map((d) => d.name)).toEqual(['TTg CP, các PTTgCP', 'Lưu: VT, QHQT(3)']);
  });

  it('should take a Party resolution issuer from the line under its type word, the title from "về"', () => {
    const r = parse(PARTY_NGHI_QUYET);
    expect(r.number?.text).toBe('10-NQ/TW');
    expect(r.date?.iso).toBe('2022-02-10');
    expect(r.issuer).toMatchObject({ name: 'Bộ Chính trị', inferred: true });
    expect(r.title?.text).toBe('VỀ ĐỊNH HƯỚNG CHIẾN LƯỢC ĐỊA CHẤT, KHOÁNG SẢN');
    expect(r.signature).toMatchObject({
      authority: 'TM',
      onBehalfOf: 'Bộ Chính trị',
      position: 'Tổng Bí thư',
      name: 'Nguyễn Phú Trọng',
    });
  });

  it('should read an OCR Party header with misread words and cells run together', () => {
    const r = parse(OCR_TINH_UY);
    expect(r.number?.text).toBe('34-NQ/TU');
    expect(r.place?.name).toBe('Lào Cai');
    expect(r.date?.iso).toBe('2025-12-27');
    expect(r.issuer).toMatchObject({ name: 'Ban Thường vụ Tỉnh ủy Lào Cai', inferred: true });
    expect(r.title?.text).toBe('về phát triển các khu công nghiệp, cụm công nghiệp');
    expect(r.signature).toMatchObject({ authority: 'TM', onBehalfOf: 'Ban Thường vụ', name: 'Hoàng Giang' });
  });

  it('should keep a title that only starts with "của" as the title', () => {
    const r = parse(
      `ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 12/BC-UBND\nLâm Đồng, ngày 5 tháng 3 năm 2025\n\nBÁO CÁO\nCỦA CÁC SỞ, NGÀNH NĂM 2025 của tỉnh\n\nNội dung./.`,
    );
    expect(r.issuer).toMatchObject({ name: 'Ủy ban nhân dân tỉnh Lâm Đồng', inferred: false });
    expect(r.title?.text).toBe('CỦA CÁC SỞ, NGÀNH NĂM 2025 của tỉnh');
  });

  it('should count the lead issuer’s signature in a joint text, its title over two lines', () => {
    const r = parse(`VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO - TÒA ÁN NHÂN DÂN TỐI CAO - BỘ CÔNG AN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 01/2022/TTLT-VKSNDTC-TANDTC-BCA
Hà Nội, ngày 18 tháng 02 năm 2022

THÔNG TƯ LIÊN TỊCH
Quy định về phối hợp

Điều 1. Thông tư liên tịch này có hiệu lực thi hành kể từ ngày 05 tháng 4 năm 2022./.

KT. CHÁNH ÁN
TÒA ÁN NHÂN DÂN TỐI CAO
PHÓ CHÁNH ÁN

Nguyễn Trí Tuệ

KT. VIỆN TRƯỞNG
VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO
PHÓ VIỆN TRƯỞNG

Nguyễn Duy Giảng

KT. BỘ TRƯỞNG BỘ CÔNG AN
THỨ TRƯỞNG

Trung tướng Nguyễn Duy Ngọc`);
    expect(r.signature).toMatchObject({ authority: 'KT', position: 'Phó Viện trưởng', name: 'Nguyễn Duy Giảng' });
    expect(r.signature?.onBehalfOf).toBe('Viện trưởng Viện kiểm sát nhân dân tối cao');
  });

  it('should find a signature whose Nơi nhận items wrap between its lines, and a position with a stray mark', () => {
    const plan =
      parse(`SỞ CÔNG THƯƠNG\nĐOÀN KIỂM TRA\nSố: 1105/KH-ĐKT\nLào Cai, ngày 10 tháng 3 năm 2026\n\nKẾ HOẠCH\nKiểm tra\n\nNội dung./.
Nơi nhận:                                         T/M. ĐOÀN KIỂM TRA
- Giám đốc Sở (để báo cáo và phê duyệt);
- Văn phòng Sở (Bố trí kinh phí, phương              TRƯỞNG ĐOÀN
tiện phục vụ Đoàn kiểm tra);
- Lưu: VT.


                                                     Hoàng Văn Thuân`);
    expect(plan.signature).toMatchObject({ authority: 'TM', position: 'Trưởng đoàn', name: 'Hoàng Văn Thuân' });
    const decision = parse(
      `THỦ TƯỚNG CHÍNH PHỦ\nSố: 892/QĐ-TTg\nHà Nội, ngày 20 tháng 5 năm 2026\n\nQUYẾT ĐỊNH\nPhê duyệt Đề án\n\nĐiều 1. Nội dung./.\n\nKT. THỦ TƯỚNG\n   PHÓ THỦ TƯỚNGy]\n\nPhạm Thị Thanh Trà`,
    );
    expect(decision.signature).toMatchObject({
      authority: 'KT',
      onBehalfOf: 'Thủ tướng',
      position: 'Phó Thủ tướng',
      name: 'Phạm Thị Thanh Trà',
    });
  });
});
