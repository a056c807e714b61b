import { describe, expect, it } from 'vitest';
import { parse } from '../src/parse.js';

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
    expect(r.recipients.map((x) => x.name)).toEqual(['Giám đốc các sở, ban, ngành tỉnh', 'Chủ tịch UBND các huyện, thành phố']);
    expect(r.distribution.map((x) => x.name)).toEqual(['Như trên', 'TT. Tỉnh ủy', 'TT. HĐND tỉnh', 'Lưu: VT']);
  });

  it('should read a stacked signature block', () => {
    expect(r.signature).toMatchObject({ authority: 'KT', onBehalfOf: 'Chủ tịch', position: 'Phó Chủ tịch', name: 'Nguyễn Lưu Trung' });
    expect(r.signature!.chain).toEqual([
      { authority: 'TM', title: 'Ủy ban nhân dân' },
      { authority: 'KT', title: 'Chủ tịch' },
    ]);
  });

  it('should qualify a department with its parent line locality', () => {
    const doc = parse('UBND TỈNH LÂM ĐỒNG\nSỞ NỘI VỤ\nSố:     /TTr-SNV\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nLâm Đồng, ngày   tháng   năm 2026\n\nTỜ TRÌNH\nVề việc đề nghị công nhận Ban vận động\n\nKính gửi: Chủ tịch Ủy ban nhân dân tỉnh');
    expect(doc.issuer).toMatchObject({ name: 'Sở Nội vụ tỉnh Lâm Đồng', parent: 'Ủy ban nhân dân tỉnh Lâm Đồng' });
    expect(doc.number).toMatchObject({ text: null, blank: true, typeCode: 'TTr', ordinal: null });
    expect(doc.kind?.name).toBe('Tờ trình');
    expect(doc.date?.iso).toBe('2026');
    expect(doc.recipients.map((x) => x.name)).toEqual(['Chủ tịch Ủy ban nhân dân tỉnh']);
    expect(doc.diagnostics.map((d) => d.code)).toContain('date/blank');
  });

  it('should infer the issuer from the enacting sentence and say so', () => {
    const doc = parse('Số:203 /KH-UBND\nHà Nội, ngày 01 tháng 7 năm 2024\n\nKẾ HOẠCH\nTriển khai thực hiện Chỉ thị\n\nỦy ban nhân dân thành phố Hà Nội ban hành Kế hoạch triển khai thực hiện như sau:');
    expect(doc.number?.text).toBe('203/KH-UBND');
    expect(doc.issuer).toMatchObject({ name: 'Ủy ban nhân dân thành phố Hà Nội', inferred: true });
    expect(doc.diagnostics.find((d) => d.code === 'issuer/inferred')?.span).not.toBeNull();
  });

  it('should complete "Ủy ban nhân dân tỉnh" with the place line province', () => {
    const doc = parse('Số: /KH-UBND\nBình Phước, ngày tháng năm 2024\n\nKẾ HOẠCH\nThực hiện Kế hoạch\n\nỦy ban nhân dân tỉnh ban hành Kế hoạch như sau:');
    expect(doc.issuer?.name).toBe('Ủy ban nhân dân tỉnh Bình Phước');
  });

  it('should take the adoption date of a law without a place-and-date line', () => {
    const doc = parse('LUẬT\nSửa đổi một số điều\n\nQuốc hội ban hành Luật sửa đổi.\n\nĐiều 2.\n1. Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2013.\n\nLuật này đã được Quốc hội khóa XIII thông qua ngày 22 tháng 11 năm 2012.');
    expect(doc).toMatchObject({ kind: { name: 'Luật' }, place: null, issuer: { name: 'Quốc hội', inferred: true } });
    expect(doc.date).toMatchObject({ iso: '2012-11-22', inferred: true });
    expect(doc.effective).toMatchObject({ iso: '2013-07-01', onSigning: false });
    expect(doc.signature).toBeNull();
  });

  it('should read "có hiệu lực kể từ ngày ký" as on signing, not a quoted clause of another act', () => {
    const doc = parse('QUYẾT ĐỊNH\nVề việc\n\n“1. Quyết định này có hiệu lực từ ngày 01 tháng 5 năm 2020.”\nĐiều 3. Quyết định này có hiệu lực kể từ ngày ký ban hành.');
    expect(doc.effective).toMatchObject({ iso: null, onSigning: true });
  });

  it('should prefer the ký hiệu over the type word for a consolidated text', () => {
    const doc = parse('THÔNG TƯ\nQuy định về\n\nĐiều 1. Nội dung./.\n\nBỘ CÔNG THƯƠNG\nSố:  40/VBHN-BCT\nXÁC THỰC VĂN BẢN HỢP NHẤT\nHà Nội, ngày 26  tháng 5 năm 2026\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nPhan Thị Thắng');
    expect(doc.kind).toMatchObject({ name: 'Văn bản hợp nhất', source: 'numberCode' });
    expect(doc.issuer?.name).toBe('Bộ Công Thương');
    expect(doc.signature).toMatchObject({ authority: 'KT', position: 'Thứ trưởng', name: 'Phan Thị Thắng' });
    expect(doc.diagnostics.map((d) => d.code)).toContain('kind/conflict');
  });
});

describe('input that is not a document', () => {
  it.each([
    ['empty', ''],
    ['binary junk', '\u0000\u0001\u00ff\ufffd'.repeat(50)],
    ['a repeated number label', 'Số: Số: Số: '.repeat(200)],
    ['prose', 'Hôm nay trời đẹp.'],
  ])('should return a valid empty result for %s', (_, input) => {
    const doc = parse(input);
    expect(doc.number).toBeNull();
    expect(doc.issuer).toBeNull();
    expect(doc.diagnostics.length).toBeGreaterThan(0);
  });

  it('should throw a TypeError only when the caller passes something that is not text or bytes', () => {
    expect(() => parse(42 as unknown as string)).toThrow(TypeError);
  });
});

describe('parseFile', () => {
  it('should read a path or a file URL and name the source after the file', async () => {
    const { parseFile } = await import('../src/parse-file.js');
    const url = new URL('../corpus/seeds/004_cbddc2852ea7f879.txt', import.meta.url);
    const result = parseFile(url);
    expect(result.source.name).toBe('004_cbddc2852ea7f879.txt');
    expect(result.number).toMatchObject({ blank: true, text: null, typeCode: 'KH' });
    expect(result.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['number/blank', 'date/blank', 'issuer/inferred']));
  });
});
