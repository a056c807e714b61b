import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../src/resolve/cited.js';
import { parseFile } from '../../src/parse-file.js';

const seed = (name: string) => parseFile(new URL(`../../corpus/seeds/${name}.txt`, import.meta.url));
const byNumber = (refs: ReturnType<typeof extractReferences>['references'], number: string) =>
  refs.find((r) => r.number?.text === number);

describe('references of the seeds', () => {
  it.each([
    ['003_92d5c371dfb6f108', '232-KH/TU', '28-CT/TW'],
    ['002_ee248a160ad50f8c', '56-KH/TU', '20-CT/TW'],
    ['004_cbddc2852ea7f879', '240-KH/TU', '28-CT/TW'],
  ])('%s: %s implements %s, both implemented by the document', (name, plan, directive) => {
    const doc = seed(name);
    const from = byNumber(doc.references, plan)!;
    const to = byNumber(doc.references, directive)!;
    expect(from.relation).toBe('implements');
    expect(to.relation).toBe('implements');
    expect(doc.statedRelations).toContainEqual(
      expect.objectContaining({ from: from.key, to: to.key, relation: 'implements' }),
    );
  });

  it('should key a local Party plan with its province and year, a national resolution by its number', () => {
    const doc = seed('003_92d5c371dfb6f108');
    expect(byNumber(doc.references, '232-KH/TU')).toMatchObject({
      key: 'vn:232-kh/tu@ha-noi#2024',
      date: '2024-04-23',
      issuer: 'Thành ủy Hà Nội',
    });
    expect(byNumber(doc.references, '121/2020/QH14')).toMatchObject({
      key: 'vn:121/2020/qh14',
      kind: { name: 'Nghị quyết', code: 'NQ' },
    });
    expect(seed('001_65f01fc30d0adf68').references.find((r) => r.number?.text === '121/2020/QH14')?.key).toBe(
      'vn:121/2020/qh14',
    );
  });

  it('should keep 23/CT-TTg and 23/QĐ-TTg apart and clean "375/LĐT BXH-TE"', () => {
    const doc = seed('001_65f01fc30d0adf68');
    expect(byNumber(doc.references, '23/CT-TTg')?.kind.name).toBe('Chỉ thị');
    expect(byNumber(doc.references, '23/QĐ-TTg')?.kind.name).toBe('Quyết định');
    expect(byNumber(doc.references, '375/LĐTBXH-TE')).toMatchObject({
      relation: 'implements',
      issuer: 'Bộ Lao động - Thương binh và Xã hội',
    });
  });

  it('should never list the document itself', () => {
    const doc = seed('003_92d5c371dfb6f108');
    expect(doc.references.map((r) => r.number?.text)).not.toContain('203/KH-UBND');
  });
});

describe('extractReferences', () => {
  it('should read date, issuer and relation of a căn cứ line, with the mention as evidence', () => {
    const text = 'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;';
    const [ref] = extractReferences(text).references;
    expect(ref).toMatchObject({
      key: 'vn:30/2020/nđ-cp',
      relation: 'basedOn',
      date: '2020-03-05',
      issuer: 'Chính phủ',
      kind: { name: 'Nghị định', code: 'NĐ' },
    });
    expect(ref!.mentions[0]!.text).toBe('Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ');
  });

  it('should read a mention without "số", with typing noise and a Party date after a comma', () => {
    const { references } = extractReferences(
      'Thực hiện Chỉ thị 28-CT/TW, ngày 25-12-2023 của Bộ Chính trị và Nghị định 15/2021/ND-CP, Chỉ thị số 23/CT- TTg.',
    );
    expect(references.map((r) => r.number?.text)).toEqual(['28-CT/TW', '15/2021/NĐ-CP', '23/CT-TTg']);
    expect(references[0]).toMatchObject({ date: '2023-12-25', issuer: 'Bộ Chính trị', relation: 'implements' });
  });

  it('should merge a short form and the "sau đây viết tắt là" alias into the first mention', () => {
    const { references } = extractReferences(
      'Thực hiện Kế hoạch số 232-KH/TU ngày 23/4/2024 của Thành ủy Hà Nội (sau đây viết tắt là Kế hoạch số 232-KH/TU).\nI. MỤC ĐÍCH\n1. Bám sát Kế hoạch số 232-KH/TU.',
    );
    expect(references).toHaveLength(1);
    expect(references[0]!.mentions).toHaveLength(3);
    expect(references[0]!.relation).toBe('implements');
  });

  it('should find laws cited by name, with a pinpoint, and fold "năm 2016" into the bare name', () => {
    const { references } = extractReferences(
      '1. Thực hiện theo Luật Trẻ em năm 2016 và Bộ luật Lao động.\n2. Thành lập tổ chức (theo khoản 2, Điều 94 Luật Trẻ em).\n3. Tuyên truyền Công ước Liên Hợp quốc về quyền trẻ em và các công ước khác.',
    );
    expect(references.map((r) => r.name)).toEqual([
      'Luật Trẻ em',
      'Bộ luật Lao động',
      'Công ước Liên Hợp quốc về quyền trẻ em',
    ]);
    expect(references[0]!.mentions.map((m) => m.pinpoint)).toEqual([null, 'khoản 2, Điều 94']);
  });

  it('should type operative relations: repeals, replaces, amends', () => {
    const text = [
      'Điều 5. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 1480/QĐ-TTg ngày 03 tháng 7 năm 2025 của Thủ tướng Chính phủ.',
      '2. Bãi bỏ Thông tư số 09/2024/TT-BTTTT.',
      '3. Thay thế Bảng 2 của Phụ lục ban hành kèm theo Thông tư số 11/2016/TT-BCT.',
      'Điều 1. Sửa đổi, bổ sung điểm c khoản 5 Điều 8 Nghị định số 10/2022/NĐ-CP như sau:',
    ].join('\n');
    const relations = Object.fromEntries(extractReferences(text).references.map((r) => [r.number!.text, r.relation]));
    expect(relations).toEqual({
      '1480/QĐ-TTg': 'replaces',
      '09/2024/TT-BTTTT': 'repeals',
      '11/2016/TT-BCT': 'amends',
      '10/2022/NĐ-CP': 'amends',
    });
  });

  it('should read a proposal and its proposer named before the mention', () => {
    const { references } = extractReferences(
      'Xét đề nghị của Hội Luật gia tỉnh tại Tờ trình số 12/TTr-HLG ngày 01/3/2026 và Sở Tư pháp tại Tờ trình số 85/TTr-STP ngày 02/3/2026.',
    );
    expect(references.map((r) => [r.number!.text, r.relation, r.issuer])).toEqual([
      ['12/TTr-HLG', 'proposal', 'Hội Luật gia tỉnh'],
      ['85/TTr-STP', 'proposal', 'Sở Tư pháp'],
    ]);
  });

  it('should give a Party number printed with state separators its Party form', () => {
    const [ref] = extractReferences('Thực hiện Chỉ thị số 36/CT-TW, ngày 16/8/2019 của Bộ Chính trị.').references;
    expect(ref!.number!.text).toBe('36-CT/TW');
  });

  it('should attach "Nghị quyết nêu trên" to the one resolution cited before, and report it when several were', () => {
    const one = extractReferences(
      'Thực hiện Nghị quyết số 121/2020/QH14 ngày 19/6/2020 của Quốc hội về tăng cường công tác trẻ em. Các sở triển khai Nghị quyết nêu trên.',
    );
    expect(one.references).toHaveLength(1);
    expect(one.references[0]!.mentions.map((m) => m.text)).toEqual([
      'Nghị quyết số 121/2020/QH14 ngày 19/6/2020 của Quốc hội',
      'Nghị quyết nêu trên',
    ]);
    expect(one.references[0]!.title).toBe('tăng cường công tác trẻ em');
    const two = extractReferences(
      'Căn cứ Nghị quyết số 121/2020/QH14 và Nghị quyết số 50/NQ-CP. Triển khai Nghị quyết nêu trên.',
    );
    expect(two.references.every((r) => r.mentions.length === 1)).toBe(true);
    // the issuers the codes name (QH14, CP) are said too
    expect(two.diagnostics.map((d) => d.code).filter((code) => code !== 'reference/issuer-from-code')).toEqual([
      'reference/ambiguous',
    ]);
  });

  it('should take a quoted trích yếu', () => {
    const [ref] = extractReferences(
      'Thực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Bộ Chính trị “về tăng cường công tác chăm sóc trẻ em”.',
    ).references;
    expect(ref!.title).toBe('về tăng cường công tác chăm sóc trẻ em');
  });
});

describe('a list of numbers sharing one type word', () => {
  it('gives each later item its own "số …" span, and the issuer named after the last to all', () => {
    const { references } = extractReferences(
      'Căn cứ Quyết định số 290/2005/QĐ-TTg ngày 08/11/2005, số 142/2008/QĐ-TTg ngày 27/10/2008 và số 55/2010/QĐ-TTg của Thủ tướng Chính phủ;',
    );
    expect(references.map((r) => [r.number!.text, r.mentions[0]!.text, r.kind.name, r.issuer])).toEqual([
      ['290/2005/QĐ-TTg', 'Quyết định số 290/2005/QĐ-TTg ngày 08/11/2005', 'Quyết định', 'Thủ tướng Chính phủ'],
      ['142/2008/QĐ-TTg', 'số 142/2008/QĐ-TTg ngày 27/10/2008', 'Quyết định', 'Thủ tướng Chính phủ'],
      ['55/2010/QĐ-TTg', 'số 55/2010/QĐ-TTg của Thủ tướng Chính phủ', 'Quyết định', 'Thủ tướng Chính phủ'],
    ]);
  });

  it.each([
    [
      "a proposer's list of submissions",
      'Theo đề nghị của Bộ trưởng Bộ Ngoại giao tại các văn bản số 364/TTr-BNG-NVVH ngày 19 tháng 01 năm 2026, số 1518/BNG-NVVH ngày 10 tháng 03 năm 2026 và số 2265/BC-BNG-NVVH ngày 02 tháng 04 năm 2026;',
      'Bộ trưởng Bộ Ngoại giao',
      3,
    ],
    [
      "an agent's list of letters",
      'Cục Đăng kiểm Việt Nam đã có Văn bản số 6686/ĐKVN-VAQ ngày 28/11/2025 và Văn bản số 1570/ĐKVN-PTGTĐB ngày 29/04/2026 cho biết',
      'Cục Đăng kiểm Việt Nam',
      2,
    ],
    [
      'a body directing through two letters',
      'theo chỉ đạo của Bộ Tài chính tại Công văn số 848/BTC-QLCS ngày 22/01/2026 và Công văn số 642/BTC-QLCS ngày 16/01/2026.',
      'Bộ Tài chính',
      2,
    ],
  ])('gives the body named before a list every item: %s', (_, text, issuer, count) => {
    const { references } = extractReferences(text);
    expect(references.map((r) => r.issuer)).toEqual(Array(count).fill(issuer));
  });

  it('reads a type word after a bracket, and the proposer before the bracket', () => {
    const [ref] = extractReferences('Theo đề nghị của Sở Nội vụ (Tờ trình số 12/TTr-SNV ngày 01/3/2026).').references;
    expect([ref!.mentions[0]!.text, ref!.kind.name, ref!.issuer]).toEqual([
      'Tờ trình số 12/TTr-SNV ngày 01/3/2026',
      'Tờ trình',
      'Sở Nội vụ',
    ]);
  });

  it('does not give an agent an item of another kind of body', () => {
    const { references } = extractReferences(
      'UBND tỉnh Lào Cai đã ban hành Quyết định số 12/QĐ-UBND ngày 01/3/2026 và Công văn số 15/SNV-TCBC ngày 02/3/2026.',
    );
    expect(references.map((r) => r.issuer)).toEqual(['Ủy ban nhân dân tỉnh Lào Cai', null]);
  });

  it('gives a proposer both submissions it made, "tại Tờ trình số A … và văn bản số B"', () => {
    const { references } = extractReferences(
      'Theo đề nghị của Bộ trưởng Bộ Khoa học và Công nghệ tại Tờ trình số 65/TTr-BKHCN ngày 24 tháng 4 năm 2026 và văn bản số 2958/BKHCN-ATBXHN ngày 08 tháng 5 năm 2026.',
    );
    expect(references.map((r) => [r.number!.text, r.kind.name, r.relation, r.issuer])).toEqual([
      ['65/TTr-BKHCN', 'Tờ trình', 'proposal', 'Bộ trưởng Bộ Khoa học và Công nghệ'],
      ['2958/BKHCN-ATBXHN', 'Công văn', 'proposal', 'Bộ trưởng Bộ Khoa học và Công nghệ'],
    ]);
  });
});

describe('a cited instrument’s issuer runs to its name’s end', () => {
  const issuerOf = (text: string, number: string) => byNumber(extractReferences(text).references, number)?.issuer;
  it.each([
    // "giao" opens a title ("… giao chỉ tiêu"), not in "Giao thông"
    [
      'Thông tư số 47/2024/TT-BGTVT ngày 15/11/2024 của Bộ trưởng Bộ Giao thông vận tải quy định',
      '47/2024/TT-BGTVT',
      'Bộ trưởng Bộ Giao thông vận tải',
    ],
    [
      'Công văn số 36/CV-GTYB ngày 02/3/2026 của Công ty cổ phần Xây dựng giao thông Yên Bái về việc',
      '36/CV-GTYB',
      'Công ty cổ phần Xây dựng giao thông Yên Bái',
    ],
    ['Quyết định số 12/QĐ-UBND của Ủy ban nhân dân tỉnh giao chỉ tiêu', '12/QĐ-UBND', 'Ủy ban nhân dân tỉnh'],
    // a head cut by a page break at the first mention, whole at a later one
    [
      'Căn cứ Quyết định số 600/QĐ-LĐTBXH ngày 29/5/2020 của Bộ Lao\n\nđộng; Quyết định số 600/QĐ-LĐTBXH ngày 29/5/2020 của Bộ Lao động - Thương binh và Xã hội.',
      '600/QĐ-LĐTBXH',
      'Bộ Lao động - Thương binh và Xã hội',
    ],
    // the body named before the mention as the one that issued it
    [
      'các quy chuẩn do Bộ Giao thông vận tải ban hành theo Thông tư số 48/2024/TT-BGTVT ngày 15 tháng 11 năm 2024.',
      '48/2024/TT-BGTVT',
      'Bộ Giao thông vận tải',
    ],
    // an abbreviation the issuer is written with (grammars/names.json)
    [
      'Thực hiện Chỉ thị số 11-CT/TU ngày 05/6/2021 của BTV Tỉnh ủy Lào Cai về việc',
      '11-CT/TU',
      'Ban Thường vụ Tỉnh ủy Lào Cai',
    ],
    // a later mention run on past the name does not replace a whole one
    [
      'Kế hoạch số 232-KH/TU của Thành ủy Hà Nội về việc; Kế hoạch số 232-KH/TU của Thành ủy Hà Nội và Kế hoạch của Ủy ban nhân dân',
      '232-KH/TU',
      'Thành ủy Hà Nội',
    ],
    // a body named by its subject keeps its "về …" or verb phrase, commas and "và" included
    [
      'Thực hiện Kế hoạch số 01-KH/BCĐTW ngày 9/4/2025 của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, Ủy ban nhân dân tỉnh ban hành',
      '01-KH/BCĐTW',
      'Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số',
    ],
    [
      'Thực hiện Kế hoạch số 39/KH-BCĐ ngày 2/5/2024 của Ban Chỉ đạo phòng, chống tội phạm tỉnh về triển khai công tác',
      '39/KH-BCĐ',
      'Ban Chỉ đạo phòng, chống tội phạm tỉnh',
    ],
    [
      'Thực hiện Công văn số 1234/C06-P4 ngày 5/6/2024 của Cục Cảnh sát quản lý hành chính về trật tự xã hội - Bộ Công an về việc triển khai',
      '1234/C06-P4',
      'Cục Cảnh sát quản lý hành chính về trật tự xã hội - Bộ Công an',
    ],
    ['Công văn số 12/CV-BCĐ ngày 3/3/2025 của Ban Chỉ đạo tỉnh về việc tổ chức', '12/CV-BCĐ', 'Ban Chỉ đạo tỉnh'],
    // a proposer's name keeps its "và" when another proposer stands before it
    [
      'Về đề nghị của Ủy ban nhân dân tỉnh Quảng Nam tại văn bản số 1094/TTr-UBND ngày 04/3/2021, Bộ Nông nghiệp và Phát triển nông thôn tại văn bản số 729/BNN-TCLN ngày 03/02/2021 về chủ trương',
      '729/BNN-TCLN',
      'Bộ Nông nghiệp và Phát triển nông thôn',
    ],
    // a body of the gazetteer keeps its whole name though a word of it opens titles ("tổ chức", "giao")
    [
      'Thực hiện Hướng dẫn số 10-HD/BTCTW ngày 5/3/2024 của Ban Tổ chức Trung ương về công tác cán bộ',
      '10-HD/BTCTW',
      'Ban Tổ chức Trung ương',
    ],
    // a steering committee named by a number is named already: its "về …" opens the title
    [
      'Thực hiện Kế hoạch số 21/KH-BCĐ389 ngày 3/2/2024 của Ban Chỉ đạo 389 tỉnh về đấu tranh chống buôn lậu',
      '21/KH-BCĐ389',
      'Ban Chỉ đạo 389 tỉnh',
    ],
    // the highest bodies issuing together
    [
      'Thực hiện Kết luận số 126-KL/TW ngày 14/02/2025 của Bộ Chính trị, Ban Bí thư về một số nội dung',
      '126-KL/TW',
      'Bộ Chính trị, Ban Bí thư',
    ],
    [
      'Thực hiện Thông báo số 12-TB/TW ngày 2/3/2025 của Ban Bí thư, Bộ Chính trị về chủ trương',
      '12-TB/TW',
      'Ban Bí thư, Bộ Chính trị',
    ],
    [
      'Căn cứ Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017 của Ủy ban Thường vụ Quốc hội, Chính phủ, Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam quy định chi tiết;',
      '403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN',
      'Ủy ban Thường vụ Quốc hội, Chính phủ, Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam',
    ],
  ])('%j: %s by %j', (text, number, issuer) => {
    expect(issuerOf(text, number)).toBe(issuer);
  });
  it.each([
    // two subjects, not joint issuers: only the highest bodies issue jointly
    ['Thực hiện Công văn số 88/SYT-NV ngày 2/3/2025 của Sở Y tế, Sở Nội vụ đề nghị', '88/SYT-NV', 'Sở Y tế'],
    // a Ban Chỉ đạo's name ends before another body after a comma
    [
      'Triển khai Kế hoạch số 02-KH/BCĐTW ngày 19/6/2025 của Ban Chỉ đạo Trung ương, Ủy ban nhân dân tỉnh ban hành Kế hoạch',
      '02-KH/BCĐTW',
      'Ban Chỉ đạo Trung ương',
    ],
    // a Party body followed by another instrument, not a joint issuer
    ['Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, Chỉ thị số 05-CT/TW', '57-NQ/TW', 'Bộ Chính trị'],
  ])('not run on: %j', (text, number, issuer) => {
    expect(issuerOf(text, number)).toBe(issuer);
  });
});

describe('the issuer a ký hiệu names, when the text names none', () => {
  const read = (text: string, number: string) => {
    const { references, diagnostics } = extractReferences(text);
    const reference = byNumber(references, number);
    const said = diagnostics.filter((d) => d.code === 'reference/issuer-from-code' && d.message.includes(number));
    return { issuer: reference?.issuer ?? null, said: said.length };
  };
  it.each([
    ['Căn cứ Quyết định số 121/2009/QĐ-TTg ngày 09/10/2009;', '121/2009/QĐ-TTg', 'Thủ tướng Chính phủ'],
    ['Thực hiện Nghị quyết số 10/NQ-CP ngày 28/01/2026;', '10/NQ-CP', 'Chính phủ'],
    ['theo Công văn số 2687/TTg-KTN ngày 20/12/2013;', '2687/TTg-KTN', 'Thủ tướng Chính phủ'],
    [
      'Căn cứ Thông tư số 13/2024/TT-BLĐTBXH ngày 01/10/2024;',
      '13/2024/TT-BLĐTBXH',
      'Bộ Lao động - Thương binh và Xã hội',
    ],
  ])('%s → %s is the issuer, inferred and said so', (text, number, issuer) => {
    expect(read(text, number)).toEqual({ issuer, said: 1 });
  });

  it.each([
    // a local code: which province's UBND is not in the code
    ['theo Công văn số 206/UBND-KT ngày 15/01/2026;', '206/UBND-KT'],
    // a Party code stands for several bodies (Ban Chấp hành, Bộ Chính trị, Ban Bí thư)
    ['Thực hiện Chỉ thị số 28-CT/TW ngày 25/9/2023;', '28-CT/TW'],
    // a joint number names two issuers
    ['Căn cứ Thông tư liên tịch số 213/2013/TTLT-BTC-BLĐTBXH ngày 24/12/2013;', '213/2013/TTLT-BTC-BLĐTBXH'],
  ])('%s: no issuer is inferred for %s', (text, number) => {
    expect(read(text, number)).toEqual({ issuer: null, said: 0 });
  });

  it('an issuer the text names is kept as written', () => {
    expect(
      read('Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;', '30/2020/NĐ-CP'),
    ).toEqual({
      issuer: 'Chính phủ',
      said: 0,
    });
  });
});
