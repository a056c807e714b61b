/**
 * readDocument(): archive formats (text in any Vietnamese encoding, Markdown, DOCX, PDF, HTML,
 * XML) → Unicode text for parse(). Fixtures are generated here or by tests/fixtures/*.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse.js';
import { readDocument, ReadError } from '../../src/read/index.js';
import {
  encodeLegacy,
  encodeTcvn3,
  encodeVni,
  encodeWindows1258,
  decodeTcvn3,
  decodeVni,
} from '../../src/read/legacy/codecs.js';
import { isVietnameseSyllable } from '../../src/read/legacy/syllable.js';
import data from '../../grammars/legacy-encodings.json' with { type: 'json' };
import { buildDocx, congVanDocx, paragraph } from '../fixtures/docx.js';
import { scannedPdf, textPdf } from '../fixtures/pdf.js';

const ROOT = join(import.meta.dirname, '../..');
const utf8 = (text: string) => new TextEncoder().encode(text);
/** Bytes as a Windows-1252 reader shows them: how legacy text turns into mojibake. */
const asCp1252 = (bytes: Uint8Array) => new TextDecoder('windows-1252').decode(bytes);

async function readError(promise: Promise<unknown>): Promise<ReadError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ReadError);
  return error as ReadError;
}

const SEED = readFileSync(join(ROOT, 'corpus/seeds/003_92d5c371dfb6f108.txt'), 'utf8')
  .split('\n')
  .slice(0, 40)
  .join('\n');
const HEADER = [
  'ỦY BAN NHÂN DÂN',
  'TỈNH LÂM ĐỒNG',
  'Số: 12/UBND-VX',
  'V/v triển khai công tác bảo vệ trẻ em năm 2024',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Lâm Đồng, ngày 05 tháng 3 năm 2024',
  'Kính gửi: Ủy ban nhân dân các huyện, thành phố.',
  'Ở các xã vùng sâu, việc triển khai còn chậm.',
].join('\n');

describe('readDocument: Unicode text', () => {
  it('should read UTF-8 with and without a byte-order mark, and UTF-16 with one', async () => {
    const text = 'Số: 12/UBND-VX\nHà Nội, ngày 01 tháng 7 năm 2024';
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    const be = new Uint8Array([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]);
    for (const [bytes, encoding] of [
      [utf8(text), 'utf-8'],
      [withBom, 'utf-8'],
      [le, 'utf-16le'],
      [be, 'utf-16be'],
    ] as const) {
      const read = await readDocument(bytes, 'a.txt');
      expect(read).toMatchObject({ text, encoding, format: 'text', parseAs: 'text', diagnostics: [] });
    }
  });

  it('should compose decomposed text (NFC)', async () => {
    const read = await readDocument(utf8('Nghi\u0323 đi\u0323nh'), 'a.txt');
    expect(read.text).toBe('Nghị định');
  });

  it('should read .md as Markdown', async () => {
    const read = await readDocument(utf8('# KẾ HOẠCH\n\n**Số:** 203/KH-UBND'), 'plan.md');
    expect(read).toMatchObject({ format: 'markdown', parseAs: 'markdown', encoding: 'utf-8' });
  });

  it('should never take a UTF-8 file for a legacy encoding, nor "repair" it', async () => {
    const dirs = ['corpus/seeds', 'corpus/dev'];
    const files = dirs.flatMap((d) =>
      readdirSync(join(ROOT, d))
        .filter((f) => f.endsWith('.txt'))
        .map((f) => join(ROOT, d, f)),
    );
    // a file whose lines hold only Latin-1 letters and symbols ("Mã", "×"): the mojibake check must leave it alone
    files.push(join(ROOT, 'corpus/unlabeled/cb-017-thong-tu-so-01-2025-tt-bkhdt-43795.txt'));
    for (const file of files) {
      const bytes = readFileSync(file);
      const read = await readDocument(bytes, file);
      expect({ file, encoding: read.encoding, diagnostics: read.diagnostics }).toEqual({
        file,
        encoding: 'utf-8',
        diagnostics: [],
      });
      expect(read.text).toBe(bytes.toString('utf8').normalize('NFC'));
    }
  });
});

describe('readDocument: legacy Vietnamese encodings', () => {
  it.each(['tcvn3', 'vni', 'windows-1258'] as const)(
    'should detect %s and give back the exact text',
    async (encoding) => {
      for (const text of [SEED, HEADER]) {
        const read = await readDocument(encodeLegacy(text, encoding), 'old.txt');
        expect(read.encoding).toBe(encoding);
        expect(read.text).toBe(text);
        expect(read.diagnostics).toEqual([expect.objectContaining({ code: 'read/legacy-encoding', severity: 'info' })]);
      }
    },
  );

  it('should tell Windows-1258 from VNI on a single line', async () => {
    // in VNI these bytes read "Sơì: 12/UBND-VX", a syllable with its tone on the wrong vowel
    const read = await readDocument(encodeWindows1258('Số: 12/UBND-VX'), 'so.txt');
    expect(read).toMatchObject({ encoding: 'windows-1258', text: 'Số: 12/UBND-VX' });
  });

  it('should put back the capitals TCVN3 cannot write, from their context', async () => {
    // the encoder writes "Ủ" with the code of "ủ", as the .VnTimeH font did
    expect(decodeTcvn3(encodeTcvn3('ỦY BAN'))).toBe('ủY BAN');
    const read = await readDocument(encodeTcvn3(HEADER), 'header.txt');
    expect(read.text.split('\n').slice(0, 2)).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG']);
    expect(read.text).toContain('Kính gửi: Ủy ban nhân dân');
    expect(read.text).toContain('\nỞ các xã');
  });

  it('should decode the classic mojibake strings of both font encodings', () => {
    const bytes = (s: string) => new Uint8Array(iconv.encode(s, 'windows-1252'));
    expect(decodeTcvn3(bytes('Céng hoµ x· héi chñ nghÜa ViÖt Nam'))).toBe('Cộng hoà xã hội chủ nghĩa Việt Nam');
    expect(decodeVni(bytes('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam'))).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam');
    expect(decodeVni(encodeVni('ĐƯỜNG Ỵ ĩ ơ ư đ'))).toBe('ĐƯỜNG Ỵ ĩ ơ ư đ');
  });

  it('should agree with TCVN 5712 VN1 (iconv-lite "tcvn") wherever TCVN3 has a letter', () => {
    for (const [hex, letter] of Object.entries(data.tcvn3.bytes)) {
      expect({ hex, letter: iconv.decode(Buffer.from([Number.parseInt(hex, 16)]), 'tcvn').normalize('NFC') }).toEqual({
        hex,
        letter,
      });
    }
  });

  it('should have a letter for every Vietnamese letter in VNI, and well-formed syllables only from good decodings', () => {
    expect(Object.keys(data.vni.letters)).toHaveLength(134);
    for (const word of ['người', 'khuỷu', 'hòa', 'hoà', 'quyết', 'giữ', 'Ủy', 'thuở'])
      expect({ word, ok: isVietnameseSyllable(word) }).toEqual({ word, ok: true });
    for (const word of ['nh©n', 'Vieät', 'Viờũt', 'Sơì', 'hoaì'])
      expect({ word, ok: isVietnameseSyllable(word) }).toEqual({ word, ok: false });
  });

  it('should repair TCVN3 and VNI text re-saved as UTF-8 (mojibake), and only those lines', async () => {
    const tcvn3 = asCp1252(encodeTcvn3(HEADER));
    expect(tcvn3.split('\n')[0]).toBe('ñY BAN NH¢N D¢N');
    for (const [mojibake, encoding] of [
      [tcvn3, 'tcvn3'],
      [asCp1252(encodeVni(HEADER)), 'vni'],
    ] as const) {
      const read = await readDocument(utf8(mojibake), 'resaved.txt');
      expect(read.text).toBe(HEADER);
      expect(read.encoding).toBe('utf-8');
      expect(read.diagnostics).toEqual([
        expect.objectContaining({ code: 'read/mojibake-repaired', message: expect.stringContaining(encoding) }),
      ]);
    }
    const mixed = [
      'Hà Nội, ngày 01 tháng 7 năm 2024',
      asCp1252(encodeTcvn3('Triển khai thực hiện Kế hoạch của Thành ủy')),
      'Cà Mau',
      'Uû ban nh©n d©n',
    ].join('\n');
    const read = await readDocument(utf8(mixed), 'mixed.txt');
    expect(read.text).toBe(
      'Hà Nội, ngày 01 tháng 7 năm 2024\nTriển khai thực hiện Kế hoạch của Thành ủy\nCà Mau\nUỷ ban nhân dân',
    );
  });
});

describe('readDocument: DOCX', () => {
  it('should keep headings, bold, paragraphs and tables as Markdown', async () => {
    const read = await readDocument(congVanDocx(), 'cong-van.docx');
    expect(read).toMatchObject({ format: 'docx', parseAs: 'markdown', encoding: 'binary', diagnostics: [] });
    const blocks = read.text.split('\n\n');
    // the two-column header table: one cell paragraph per block, so its lines stay lines
    expect(blocks.slice(0, 7)).toEqual([
      '**ỦY BAN NHÂN DÂN**',
      '**TỈNH LÂM ĐỒNG**',
      '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**',
      '**Độc lập - Tự do - Hạnh phúc**',
      'Số: 12/UBND-VX',
      'V/v triển khai công tác bảo vệ trẻ em năm 2024',
      'Lâm Đồng, ngày 05 tháng 3 năm 2024',
    ]);
    expect(blocks).toContain(
      'Thực hiện **Kế hoạch số 232-KH/TU** ngày 23/4/2024 của Tỉnh ủy Lâm Đồng về công tác chăm sóc, giáo dục và bảo vệ trẻ em, Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị thực hiện các nhiệm vụ sau:',
    );
    expect(blocks).toContain('# 1. Nhiệm vụ trọng tâm');
    expect(blocks).toContain(
      [
        '| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |',
        '| --- | --- | --- | --- |',
        '| 1 | Tuyên truyền Luật Trẻ em | Sở Giáo dục và Đào tạo | Tháng 6/2024 |',
        '| 2 | Rà soát trẻ em có hoàn cảnh đặc biệt | Ủy ban nhân dân các huyện, thành phố | Tháng 9/2024 |',
      ].join('\n'),
    );
    expect(blocks.slice(-3)).toEqual(['**KT. CHỦ TỊCH**', '**PHÓ CHỦ TỊCH**', '**Nguyễn Văn Bình**']);
  });

  it('should give parse() what it needs, end to end', async () => {
    const name = 'cong-van.docx';
    const read = await readDocument(congVanDocx(), name);
    const result = parse(read.text, { name, format: read.parseAs });
    expect(result.number?.text).toBe('12/UBND-VX');
    expect(result.kind?.name).toBe('Công văn');
    expect(result.issuer?.name).toBe('Ủy ban nhân dân tỉnh Lâm Đồng');
    expect(result.date?.iso).toBe('2024-03-05');
    expect(result.signature).toMatchObject({ authority: 'KT', name: 'Nguyễn Văn Bình' });
    expect(result.tasks.map((t) => t.agencies.map((a) => a.name))).toEqual([
      ['Sở Giáo dục và Đào tạo'],
      ['Ủy ban nhân dân các huyện, thành phố'],
    ]);
  });

  it('should refuse a .docx that is not a ZIP, or a ZIP without word/document.xml', async () => {
    const junk = Uint8Array.from({ length: 300 }, (_, i) => (i * 7919 + 13) % 251);
    const notZip = await readError(readDocument(junk, 'broken.docx'));
    expect(notZip.code).toBe('read/corrupt-docx');
    const noDocument = await readError(
      readDocument(buildDocx([paragraph(['x'])], { withoutDocument: true }), 'empty.docx'),
    );
    expect(noDocument.code).toBe('read/corrupt-docx');
    expect(noDocument.message).toContain('word/document.xml');
    const truncated = congVanDocx().subarray(0, 400);
    expect((await readError(readDocument(truncated, 'cut.docx'))).code).toBe('read/corrupt-docx');
  });

  it('should say that a ZIP of other files is not a document', async () => {
    const zip = zipSync({ 'a.txt': strToU8('Số: 1') });
    expect((await readError(readDocument(zip, 'archive.zip'))).code).toBe('read/unsupported');
  });
});

describe('readDocument: PDF', () => {
  const pages = [
    ['ỦY BAN NHÂN DÂN', 'TỈNH LÂM ĐỒNG', 'Số: 12/UBND-VX'],
    ['Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư'],
  ];

  it('should extract the text layer exactly, a line break between pages', async () => {
    const bytes = textPdf(pages);
    const read = await readDocument(bytes, 'cong-van.pdf');
    expect(read).toEqual({
      text: pages.flat().join('\n'),
      parseAs: 'text',
      format: 'pdf',
      encoding: 'binary',
      diagnostics: [],
    });
    // pdf.js detaches the buffer it is given: the caller's must stay whole
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect((await readDocument(bytes, 'again.pdf')).text).toBe(read.text);
    // what readFileSync gives: a Buffer, which pdf.js refuses as such
    const buffer = Buffer.from(bytes);
    expect((await readDocument(buffer, 'buffer.pdf')).text).toBe(read.text);
    expect(buffer.byteLength).toBe(bytes.byteLength);
  });

  it('should give a scanned PDF empty text and a warning, not an error', async () => {
    const read = await readDocument(scannedPdf(), 'scan.pdf');
    expect(read.text).toBe('');
    expect(read.diagnostics).toEqual([
      expect.objectContaining({
        code: 'read/no-text-layer',
        severity: 'warning',
        message: expect.stringContaining('OCR'),
      }),
    ]);
  });

  it('should refuse a broken PDF', async () => {
    expect((await readError(readDocument(utf8('%PDF-1.4\ngarbage'), 'bad.pdf'))).code).toBe('read/corrupt-pdf');
    expect((await readError(readDocument(utf8('not a pdf at all'), 'bad.pdf'))).code).toBe('read/corrupt-pdf');
  });

  it('should read a PDF by its content whatever its name', async () => {
    const read = await readDocument(textPdf(pages), 'scan-0001.txt');
    expect(read.format).toBe('pdf');
    expect(read.diagnostics).toEqual([expect.objectContaining({ code: 'read/format-mismatch' })]);
  });
});

describe('readDocument: HTML', () => {
  const page = `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<title>Công văn</title><style>p { color: red }</style><script>document.write("<p>không</p>")</script></head>
<body><div><b>ỦY BAN NHÂN DÂN<br>TỈNH LÂM ĐỒNG</b></div>
<p>Số: 12/UBND-VX<p>Lâm Đồng, ngày 05 tháng 3 năm 2024
<h2>V/v triển khai</h2>
<ul><li>Sở Y tế;<li>Sở Tư pháp &amp; Công an.</ul>
<p>Căn cứ <strong>Nghị định số 30/2020/NĐ-CP</strong> &#7879; &agrave; 5*3</p>
<table><tr><td>Nơi nhận:<td>KT. CHỦ TỊCH</table></body></html>`;

  it('should keep block structure, headings and bold, in the declared charset', async () => {
    const read = await readDocument(encodeWindows1258(page), 'cv.html');
    expect(read).toMatchObject({ format: 'html', parseAs: 'markdown', encoding: 'windows-1258', diagnostics: [] });
    expect(read.text.split('\n\n')).toEqual([
      '**ỦY BAN NHÂN DÂN**\n**TỈNH LÂM ĐỒNG**',
      'Số: 12/UBND-VX',
      'Lâm Đồng, ngày 05 tháng 3 năm 2024',
      '## V/v triển khai',
      '- Sở Y tế;',
      '- Sở Tư pháp & Công an.',
      'Căn cứ **Nghị định số 30/2020/NĐ-CP** ệ à 5\\*3',
      'Nơi nhận:',
      'KT. CHỦ TỊCH',
    ]);
  });

  it('should read an old page in a .VnTime font declared ISO-8859-1 as TCVN3', async () => {
    const old =
      '<html><head><meta charset="iso-8859-1"></head><body><p><font face=".VnTime">Uû ban nh©n d©n tØnh L©m §ång</font></p><p>Sè: 12/UBND-VX</p></body></html>';
    const read = await readDocument(new Uint8Array(Buffer.from(old, 'latin1')), 'old.htm');
    expect(read.text).toBe('Uỷ ban nhân dân tỉnh Lâm Đồng\n\nSố: 12/UBND-VX');
    expect(read.encoding).toBe('tcvn3');
  });
});

describe('readDocument: XML', () => {
  it('should give each element that holds text its own paragraph, in order', async () => {
    const read = await readDocument(
      utf8('<?xml version="1.0"?><document><p>Một</p><p>Hai <i>ba</i></p><section><p>Bốn</p></section></document>'),
      'doc.xml',
    );
    expect(read).toMatchObject({ text: 'Một\n\nHai ba\n\nBốn', format: 'xml', parseAs: 'text', diagnostics: [] });
  });

  it('should read Akoma Ntoso: metadata skipped, numbers joined to their headings', async () => {
    const akn = `<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><act>
<meta><identification source="#vbpl"><FRBRWork><FRBRthis value="/akn/vn/act/2020/30"/></FRBRWork></identification></meta>
<preface><p>CHÍNH PHỦ</p><p>Số: 30/2020/NĐ-CP</p></preface>
<body><article eId="art_1"><num>Điều 1.</num><heading>Phạm vi điều chỉnh</heading>
<paragraph><num>1.</num><content><p>Nghị định này quy định về <b>công tác văn thư</b>.</p></content></paragraph></article></body></act></akomaNtoso>`;
    const read = await readDocument(utf8(akn), 'nd-30.xml');
    expect(read.text).toBe(
      'CHÍNH PHỦ\n\nSố: 30/2020/NĐ-CP\n\nĐiều 1. Phạm vi điều chỉnh\n\n1. Nghị định này quy định về công tác văn thư.',
    );
  });

  it('should still read malformed XML, with a warning', async () => {
    const read = await readDocument(utf8('<document><p>Một</p><p>Hai'), 'cut.xml');
    expect(read.text).toBe('Một\n\nHai');
    expect(read.diagnostics).toEqual([expect.objectContaining({ code: 'read/malformed-xml', severity: 'warning' })]);
  });
});

describe('readDocument: files that cannot be read', () => {
  it('should refuse empty and blank files', async () => {
    for (const [bytes, name] of [
      [new Uint8Array(0), 'a.txt'],
      [utf8(' \n\t\r\n '), 'a.txt'],
      [utf8('\n\n'), 'a.html'],
      [new Uint8Array(0), 'a.pdf'],
    ] as const) {
      expect((await readError(readDocument(bytes, name))).code).toBe('read/empty');
    }
  });

  it('should refuse binary junk', async () => {
    const junk = Uint8Array.from({ length: 2000 }, (_, i) => (i * 37) % 256);
    expect((await readError(readDocument(junk, 'notes.txt'))).code).toBe('read/binary');
    expect((await readError(readDocument(junk, 'unknown'))).code).toBe('read/binary');
  });

  it('should refuse what it cannot read by its first bytes (Word 97, RTF, images)', async () => {
    const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    expect((await readError(readDocument(doc, 'cong-van.doc'))).message).toContain('.doc');
    expect((await readError(readDocument(utf8('{\\rtf1\\ansi Số'), 'a.rtf'))).code).toBe('read/unsupported');
  });

  it('should refuse a file over the size limit before reading it', async () => {
    const error = await readError(readDocument(utf8('Số: 12/UBND-VX'), 'a.txt', { maxBytes: 10 }));
    expect(error.code).toBe('read/too-large');
  });

  it('should sniff a file without a known extension', async () => {
    expect((await readDocument(utf8('<!doctype html><p>Số: 1</p>'), 'download')).format).toBe('html');
    expect((await readDocument(utf8('<?xml version="1.0"?><a>Số: 1</a>'), 'download')).format).toBe('xml');
    expect((await readDocument(congVanDocx(), 'download')).format).toBe('docx');
    expect((await readDocument(utf8('Số: 1'), 'download')).format).toBe('text');
    // a text that only mentions the PDF header is still text
    expect((await readDocument(utf8('Tệp mẫu bắt đầu bằng %PDF-1.4 như sau'), 'notes.txt')).format).toBe('text');
  });
});
