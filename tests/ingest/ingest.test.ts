import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { parse } from '../../src/parse.js';
import { applyEdits, applyEditsTwice } from '../../src/ingest/offset-map.js';

describe('offset map', () => {
  it('should map every kept character back to its place in the source', () => {
    const source = 'ab\r\ncd  ef';
    const { text, map } = applyEdits(source, [
      { start: 2, end: 3, insert: '' },
      { start: 6, end: 8, insert: ' ' },
    ]);
    expect(text).toBe('ab\ncd ef');
    for (let i = 0; i < text.length; i++) {
      if (text[i] !== ' ') expect(source[map.toSource(i)]).toBe(text[i]);
    }
    expect(map.toSource(text.length)).toBe(source.length);
  });

  it('should apply two lists of edits at once as one after the other, with the same maps', () => {
    const source = 'QUYẾT ĐỊNH1\nCÔNG BÁO\nGiao Sở Y tế\nchủ trì';
    const at = (needle: string) => source.indexOf(needle);
    // a stray mark and a running head out, then the broken line joined
    const first = [
      { start: at('1'), end: at('1') + 1, insert: '' },
      { start: at('CÔNG'), end: at('Giao'), insert: '' },
    ];
    const joint = 'QUYẾT ĐỊNH\nGiao Sở Y tế'.length;
    const second = [{ start: joint, end: joint + 1, insert: ' ' }];
    const middle = applyEdits(source, first);
    const last = applyEdits(middle.text, second);
    const both = applyEditsTwice(source, first, second);
    expect(both.text).toBe('QUYẾT ĐỊNH\nGiao Sở Y tế chủ trì');
    expect(both.text).toBe(last.text);
    for (let i = 0; i <= both.text.length; i++) {
      expect(both.maps[1]!.toSource(i)).toBe(last.map.toSource(i));
      expect(both.maps[0]!.toSource(last.map.toSource(i))).toBe(middle.map.toSource(last.map.toSource(i)));
      expect(both.maps[1]!.endToSource(i)).toBe(last.map.endToSource(i));
    }
    expect(applyEditsTwice(source, [], [])).toEqual({ text: source, maps: [] });
  });

  it('should map a span back without the markup deleted around it, and take an edited character whole', () => {
    const input = 'Số: **15/KH-UBND** của Nghi\u0323 đi\u0323nh';
    const { text, offsets } = ingest(input, { format: 'markdown' });
    expect(text).toBe('Số: 15/KH-UBND của Nghị định');
    const at = (needle: string): [number, number] => [text.indexOf(needle), text.indexOf(needle) + needle.length];
    const back = (needle: string) => input.slice(...offsets.spanToSource(at(needle)));
    expect(back('15/KH-UBND')).toBe('15/KH-UBND');
    expect(back('Nghị')).toBe('Nghi\u0323');
    expect(back('định')).toBe('đi\u0323nh');
    expect(offsets.spanToSource([4, 4])).toEqual([6, 6]);
  });
});

describe('ingest', () => {
  it('should compose NFD text to NFC and keep offsets into the input', () => {
    const input = 'Nghi\u0323 đi\u0323nh số 15';
    const { text, offsets } = ingest(input);
    expect(text).toBe('Nghị định số 15');
    expect(input.slice(offsets.toSource(text.indexOf('số')))).toBe('số 15');
  });

  it('should replace the look-alike Ð (U+00D0) with Đ and odd spaces with a space', () => {
    expect(ingest('QÐ-UBND\u00A0số\u200B 5').text).toBe('QĐ-UBND số 5');
  });

  it('should decode UTF-16 with a byte-order mark and record the encoding', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Số: 12/QĐ-UBND', 'utf16le')]);
    const result = ingest(le);
    expect(result.text).toBe('Số: 12/QĐ-UBND');
    expect(result.source.encoding).toBe('utf-16le');
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(ingest(Buffer.concat([Buffer.from([0xfe, 0xff]), be])).text).toBe('Số: 12/QĐ-UBND');
  });

  it('should strip gazette running heads, their page numbers and signature stamps', () => {
    const input = [
      'được hưởng trợ cấp trong thời',
      'Người ký: CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ',
      'Email: thongtinchinhphu@chinhphu.vn',
      'Thời gian ký: 07.03.2025 09:08:01 +07:00',
      '',
      '8 ',
      'CÔNG BÁO/Số 231 + 232/Ngày 01-02-2025 ',
      'gian từ ngày 01 tháng 01 năm 2025.',
    ].join('\n');
    const result = ingest(input);
    expect(result.text).not.toMatch(/CÔNG BÁO|Người ký|Email|^8/m);
    expect(result.text).toContain('trong thời gian từ ngày 01 tháng 01 năm 2025.');
  });

  it('should read a misreading that only stands once a stray mark is stripped', () => {
    expect(ingest('TÍNH ỦY1\nĐảng bộ').text).toBe('TỈNH ỦY\nĐảng bộ');
    expect(ingest('Quyết định\nCÔNG BÁO/Số 12/Ngày 01-02-2025\n').text).toBe('Quyết định\n');
  });

  it('should take carriage returns, zero-width characters and look-alikes in one pass', () => {
    expect(ingest('A\r\nB\rC\r\r\nD\u200B\u00F0').text).toBe('A\nB\nC\n\nD\u0111');
  });

  it('should join a line broken mid-sentence but keep outline labels on their own lines', () => {
    const { text } = ingest(
      'Căn cứ Nghị định số 59/2019/NĐ-CP ngày 01 tháng 7 năm 2019 của Chính \nphủ quy định;\na) Điểm một;\nb) Điểm hai.',
    );
    expect(text).toBe(
      'Căn cứ Nghị định số 59/2019/NĐ-CP ngày 01 tháng 7 năm 2019 của Chính phủ quy định;\na) Điểm một;\nb) Điểm hai.',
    );
  });

  it('should keep a recurrence cell ("Hằng năm") apart from the cell under it, and join a date broken after "năm"', () => {
    expect(ingest('Kết quả thanh tra\nHằng năm\nThanh tra tỉnh').text).toBe(
      'Kết quả thanh tra\nHằng năm\nThanh tra tỉnh',
    );
    expect(ingest('ban hành trong năm\nHai nghìn hai mươi sáu').text).toBe('ban hành trong năm Hai nghìn hai mươi sáu');
  });

  it.each([
    [
      'Xây dựng kế hoạch chuyển đổi số\nSở Khoa học và Công nghệ',
      'Xây dựng kế hoạch chuyển đổi số\nSở Khoa học và Công nghệ',
    ],
    ['Phát triển kinh tế số\nSở Công Thương', 'Phát triển kinh tế số\nSở Công Thương'],
    ['theo đề nghị của\nSở Tài chính', 'theo đề nghị của Sở Tài chính'],
  ])('a cell ending in "số" (digital) stays apart from the name in the cell under it: %j', (input, joined) => {
    expect(ingest(input).text).toBe(joined);
  });

  it('should rejoin a number split after its hyphen', () => {
    expect(ingest('theo Nghị định số 22/2026/NĐ-\nCP của Chính phủ').text).toBe(
      'theo Nghị định số 22/2026/NĐ-CP của Chính phủ',
    );
  });

  it('should take the Markdown markup out and keep list markers', () => {
    const { text, source } = ingest(
      '**ỦY BAN NHÂN DÂN  \nTỈNH KIÊN GIANG**\n\n## KẾ HOẠCH\n\n1. Mục đích\n\n- Như trên;',
    );
    expect(source.format).toBe('markdown');
    expect(text).toBe('ỦY BAN NHÂN DÂN\nTỈNH KIÊN GIANG\n\nKẾ HOẠCH\n\n1. Mục đích\n\n- Như trên;');
  });

  it('should return an empty text for empty input', () => {
    const result = ingest(new Uint8Array());
    expect(result.text).toBe('');
    expect(result.source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('should report the hash it is given instead of hashing the input (vanban convert hashes the file once)', () => {
    const text = 'KẾ HOẠCH\nGiao Sở Y tế chủ trì.';
    const own = ingest(text).source.sha256;
    expect(ingest(text, { sha256: own }).source.sha256).toBe(own);
    // taken as given, not checked (checking would hash again): a caller's hash of other bytes is what it reports
    const ofTheFile = 'f'.repeat(64);
    expect(ingest(text, { sha256: ofTheFile }).source.sha256).toBe(ofTheFile);
    expect(parse(text, { sha256: ofTheFile }).source.sha256).toBe(ofTheFile);
    // an input too large to read is not hashed either
    expect(parse(text, { sha256: ofTheFile, maxInputBytes: 4 }).source.sha256).toBe(ofTheFile);
  });
});
