/** parseDocumentNumber, row by row: every shape of docs/domain.md §4.3–4.7 and §5.3, and what must not parse. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DocumentNumber } from '../../src/model/schema.js';
import { NUMBER_TOKEN_SOURCE, parseDocumentNumber } from '../../src/number/parse-document-number.js';

type Expected = Partial<DocumentNumber> & { diagnostics?: string[] };

const admin = (
  text: string,
  typeCode: string | null,
  issuerCode: string,
  unitCode: string | null = null,
): Expected => ({
  text,
  typeCode,
  issuerCode,
  unitCode,
  year: null,
  scheme: 'administrative',
  blank: false,
});

const ROWS: Array<[string, Expected]> = [
  // công văn: no type code, issuer then unit
  [
    'Số: 403/UBND-KGVX',
    { ...admin('403/UBND-KGVX', null, 'UBND', 'KGVX'), ordinal: 403, span: [4, 17], raw: '403/UBND-KGVX' },
  ],
  ['2958/BKHCN-ATBXHN', admin('2958/BKHCN-ATBXHN', null, 'BKHCN', 'ATBXHN')],
  ['3169/TCT06', { ...admin('3169/TCT06', null, 'TCT06'), issuerCodes: ['TCT06'] }],
  ['Số: 05/BNV-VP', { ...admin('05/BNV-VP', null, 'BNV', 'VP'), ordinal: 5 }],
  ['656/TTg-KSTT', admin('656/TTg-KSTT', null, 'TTg', 'KSTT')],
  ['1472/UBND', admin('1472/UBND', null, 'UBND')],
  // typed administrative numbers
  ['2280/QĐ-UBND', { ...admin('2280/QĐ-UBND', 'QĐ', 'UBND'), ordinal: 2280, diagnostics: [] }],
  ['1279/NQ-UBTVQH15', admin('1279/NQ-UBTVQH15', 'NQ', 'UBTVQH15')],
  ['37/HD-BCA-C04', admin('37/HD-BCA-C04', 'HD', 'BCA', 'C04')],
  ['1014/KH-C04-P6', admin('1014/KH-C04-P6', 'KH', 'C04', 'P6')],
  ['409/TTr-CAT(PC04)', { ...admin('409/TTr-CAT(PC04)', 'TTr', 'CAT', 'PC04'), raw: '409/TTr-CAT(PC04)' }],
  ['04/BC-LĐVTCT.LĐ', admin('04/BC-LĐVTCT.LĐ', 'BC', 'LĐVTCT.LĐ')],
  ['2151/QCPH-UBND-BCHTĐ', { ...admin('2151/QCPH-UBND-BCHTĐ', 'QCPH', 'UBND'), issuerCodes: ['UBND', 'BCHTĐ'] }],
  // normative: year segment
  [
    '121/2020/QH14',
    { text: '121/2020/QH14', ordinal: 121, year: 2020, typeCode: null, issuerCode: 'QH14', scheme: 'normative' },
  ],
  ['Nghị quyết số: 121/2020/QH14', { text: '121/2020/QH14', typeCode: null, issuerCode: 'QH14', span: [15, 28] }],
  ['Luật số: 64/2025/QH15', { text: '64/2025/QH15', ordinal: 64, year: 2025, issuerCode: 'QH15', scheme: 'normative' }],
  ['30/2026/QH16', { issuerCode: 'QH16', year: 2026, scheme: 'normative' }],
  ['25/2022/UBTVQH15', { text: '25/2022/UBTVQH15', typeCode: null, issuerCode: 'UBTVQH15', scheme: 'normative' }],
  [
    '01/2025/TT-BLĐTBXH',
    { text: '01/2025/TT-BLĐTBXH', ordinal: 1, typeCode: 'TT', issuerCode: 'BLĐTBXH', scheme: 'normative' },
  ],
  [
    '47/2009/TTLT-BTC-BLĐTBXH',
    { typeCode: 'TTLT', issuerCode: 'BTC', issuerCodes: ['BTC', 'BLĐTBXH'], unitCode: null },
  ],
  ['07/2025/L-CTN', { typeCode: 'L', issuerCode: 'CTN', scheme: 'normative' }],
  ['01/2019/NQ-HĐTP', { typeCode: 'NQ', issuerCode: 'HĐTP', scheme: 'normative' }],
  [
    '66.18/2026/NQ-CP',
    { text: '66.18/2026/NQ-CP', ordinal: 66, year: 2026, typeCode: 'NQ', issuerCode: 'CP', scheme: 'normative' },
  ],
  ['40/VBHN-BCT', { text: '40/VBHN-BCT', year: null, typeCode: 'VBHN', issuerCode: 'BCT', scheme: 'normative' }],
  // Party: serial-TYPE/ISSUER
  ['28-CT/TW', { text: '28-CT/TW', ordinal: 28, typeCode: 'CT', issuerCode: 'TW', scheme: 'party' }],
  ['Số 399-QĐ/TW', { text: '399-QĐ/TW', typeCode: 'QĐ', issuerCode: 'TW', scheme: 'party', span: [3, 12] }],
  ['số 20-CT/TW', { text: '20-CT/TW', scheme: 'party' }],
  ['232-KH/TU', { typeCode: 'KH', issuerCode: 'TU', scheme: 'party' }],
  ['24-BS/UBKTTU', { typeCode: 'BS', issuerCode: 'UBKTTU', scheme: 'party' }],
  ['08-QĐi/TW', { typeCode: 'QĐi', issuerCode: 'TW', scheme: 'party' }],
  ['02-KH/BCĐTW', { typeCode: 'KH', issuerCode: 'BCĐTW', scheme: 'party' }],
  ['36/CT-TW', { ...admin('36/CT-TW', 'CT', 'TW'), diagnostics: ['number/looks-like-party'] }],
  [
    '251-BCĐ',
    { text: '251-BCĐ', typeCode: null, issuerCode: 'BCĐ', scheme: 'party', diagnostics: ['number/incomplete'] },
  ],
  // noise: spaces, dashes, underscores, look-alikes
  ['157/TB_UBND', { ...admin('157/TB-UBND', 'TB', 'UBND'), diagnostics: ['number/noise-removed'] }],
  ['375/LĐT BXH-TE', { ...admin('375/LĐTBXH-TE', null, 'LĐTBXH', 'TE'), raw: '375/LĐT BXH-TE' }],
  ['Số:203 /KH-UBND', { ...admin('203/KH-UBND', 'KH', 'UBND'), span: [3, 15] }],
  ['23/CT- TTg', admin('23/CT-TTg', 'CT', 'TTg')],
  ['Số: 1206 /QĐ-HVTC', admin('1206/QĐ-HVTC', 'QĐ', 'HVTC')],
  ['44 /2005/QĐ-UBND', { text: '44/2005/QĐ-UBND', year: 2005, scheme: 'normative' }],
  [
    '1830 QĐ-UBND',
    { ...admin('1830/QĐ-UBND', 'QĐ', 'UBND'), diagnostics: ['number/noise-removed', 'number/ocr-fixed'] },
  ],
  ['1040/Q\u00D0-UBND', { ...admin('1040/QĐ-UBND', 'QĐ', 'UBND'), diagnostics: ['number/noise-removed'] }],
  ['65/TTr\u2013CAT\u2013PC06', admin('65/TTr-CAT-PC06', 'TTr', 'CAT', 'PC06')],
  [
    'Số: 12/UBND-VX      Đà Lạt, ngày 5 tháng 3 năm 2024',
    { ...admin('12/UBND-VX', null, 'UBND', 'VX'), span: [4, 14] },
  ],
  ['QUYẾT ĐỊNH SỐ 12/QĐ-UBND.', { ...admin('12/QĐ-UBND', 'QĐ', 'UBND'), diagnostics: [] }],
  // OCR: Đ lost, hyphen lost, case drift
  ['63/2010/ND-CP', { text: '63/2010/NĐ-CP', typeCode: 'NĐ', issuerCode: 'CP', diagnostics: ['number/ocr-fixed'] }],
  ['12/QD-UBND', { ...admin('12/QĐ-UBND', 'QĐ', 'UBND'), diagnostics: ['number/ocr-fixed'] }],
  ['41/HDND-PC', admin('41/HĐND-PC', null, 'HĐND', 'PC')],
  ['12/2020/TT-BLDTBXH', { text: '12/2020/TT-BLĐTBXH', issuerCode: 'BLĐTBXH' }],
  ['3027/QĐUBND', { ...admin('3027/QĐ-UBND', 'QĐ', 'UBND'), raw: '3027/QĐUBND', diagnostics: ['number/ocr-fixed'] }],
  ['63/2010/NĐCP', { text: '63/2010/NĐ-CP', typeCode: 'NĐ', issuerCode: 'CP' }],
  ['02/2017/TTVPCP', { text: '02/2017/TT-VPCP', typeCode: 'TT', issuerCode: 'VPCP' }],
  ['365/TTrSNV', admin('365/TTr-SNV', 'TTr', 'SNV')],
  ['36/2006/CT-TTG', { text: '36/2006/CT-TTg', typeCode: 'CT', issuerCode: 'TTg', diagnostics: ['number/ocr-fixed'] }],
  ['18/Ctr-UBND', admin('18/CTr-UBND', 'CTr', 'UBND')],
  ['12/KT-UBND', { ...admin('12/KT-UBND', 'KT', 'UBND'), diagnostics: ['number/unknown-type-code'] }],
  // a type code alone, then "/" for "-" before a known issuer code
  [
    '213/2013/TTLT/BTC-BLĐTBXH',
    {
      text: '213/2013/TTLT-BTC-BLĐTBXH',
      raw: '213/2013/TTLT/BTC-BLĐTBXH',
      typeCode: 'TTLT',
      issuerCodes: ['BTC', 'BLĐTBXH'],
      diagnostics: ['number/ocr-fixed'],
    },
  ],
  [
    '35/2021/NQ/HĐND',
    { text: '35/2021/NQ-HĐND', typeCode: 'NQ', issuerCode: 'HĐND', diagnostics: ['number/ocr-fixed'] },
  ],
  // …not after an issuer code, nor before a year: the "/…" tail is no part of the number
  ['123/UBND/VP', { text: '123/UBND', issuerCode: 'UBND', diagnostics: ['number/noise-removed'] }],
  ['12/QĐ/2020', { text: '12/QĐ', typeCode: 'QĐ', diagnostics: ['number/noise-removed'] }],
  // drafts: the number left blank
  [
    'Số:   /KH-UBND',
    {
      text: null,
      ordinal: null,
      blank: true,
      typeCode: 'KH',
      issuerCode: 'UBND',
      span: [6, 14],
      diagnostics: ['number/blank'],
    },
  ],
  [
    'Số: /UBND-NC',
    { text: null, blank: true, typeCode: null, issuerCode: 'UBND', unitCode: 'NC', scheme: 'administrative' },
  ],
  ['Số: ……/QĐ-UBND', { text: null, blank: true, typeCode: 'QĐ' }],
  ['Số:      /2024/QĐ-UBND', { text: null, blank: true, year: 2024, scheme: 'normative' }],
  ['Số     -CV/ĐU', { text: null, blank: true, typeCode: 'CV', issuerCode: 'ĐU', scheme: 'party' }],
];

describe('parseDocumentNumber: shapes', () => {
  it.each(ROWS)('%s', (input, expected) => {
    const { diagnostics: expectedCodes, ...fields } = expected;
    const { number, diagnostics } = parseDocumentNumber(input);
    expect(number).not.toBeNull();
    expect(number).toMatchObject(fields);
    if (expectedCodes) expect(diagnostics.map((d) => d.code).sort()).toEqual([...expectedCodes].sort());
    const [start, end] = number?.span ?? [0, 0];
    expect(input.slice(start, end)).toBe(number?.raw);
  });
});

const NEGATIVE: string[] = [
  '0243.22.33.111',
  '19/6/2020',
  'ngày 19/6/2020',
  '42.327',
  'Điều 5',
  'khoản 2/3',
  '2/3',
  '',
  '   ',
  'Số:',
  'Số: 12',
  '12/',
  '-----',
  '/',
  '\u0000\u0001\u0002\uFFFF\uD800',
  '/'.repeat(10_000),
  '1/'.repeat(5_000),
  'A-'.repeat(5_000),
];

describe('parseDocumentNumber: not numbers', () => {
  it.each(NEGATIVE.map((s) => [s.length > 30 ? `${s.slice(0, 20)}… (${s.length})` : JSON.stringify(s), s]))(
    '%s',
    (_, input) => {
      const { number, diagnostics } = parseDocumentNumber(input);
      expect(number).toBeNull();
      expect(diagnostics.map((d) => d.code)).toEqual(['number/unparsed']);
      expect(diagnostics[0]?.severity).toBe('error');
    },
  );

  it('never throws and stays fast on any string', () => {
    const alphabet = fc.constantFrom(...'0123456789/-–_ .…()ĐÐQDUBNDKHTWgrđ:Số\t\n'.split(''));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: alphabet, maxLength: 200 })), (input) => {
        const { number, diagnostics } = parseDocumentNumber(input);
        return number !== null || diagnostics.some((d) => d.code === 'number/unparsed');
      }),
      { numRuns: 2000 },
    );
    const started = performance.now();
    for (const input of ['9'.repeat(10_000), ' '.repeat(10_000) + '/', 'QĐ'.repeat(5_000), '1 '.repeat(5_000)])
      parseDocumentNumber(input);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('NUMBER_TOKEN_SOURCE in running text', () => {
  const token = () => new RegExp(NUMBER_TOKEN_SOURCE, 'gu');

  it('finds the numbers of a citation', () => {
    const text =
      'Căn cứ Quyết định số 1977/QĐ-UBND ngày 19/6/2020, Chỉ thị số 28-CT/TW, Luật số 64/2025/QH15; ĐT 0243.22.33.111.';
    const found = [...text.matchAll(token())].map((m) => m[0]);
    expect(found).toEqual(['1977/QĐ-UBND', '28-CT/TW', '64/2025/QH15']);
    const groups = token().exec('số 01/2025/TT-BLĐTBXH')?.groups;
    expect(groups).toMatchObject({ ordinal: '01', year: '2025', symbol: 'TT-BLĐTBXH' });
  });

  it.each(['0243.22.33.111', '19/6/2020', '42.327', 'khoản 2/3', 'Điều 5', 'và/hoặc', 'Sở GD/ĐT', 'T/M BAN THƯỜNG VỤ'])(
    'does not match %s',
    (text) => expect(token().test(text)).toBe(false),
  );
});
