import { describe, expect, it } from 'vitest';
import { extractReferences } from '../../src/resolve/cited.js';

/** Relation by number of every numbered reference of `text`. */
function relations(text: string, title?: string): Record<string, string> {
  const full = title ? `${title}\n${text}` : text;
  const context = title ? { title: [0, title.length] as [number, number] } : {};
  return Object.fromEntries(
    extractReferences(full, context)
      .references.filter((r) => r.number)
      .map((r) => [r.number!.text, r.relation]),
  );
}

describe('one verb governs its list (GOLD.md: the verb decides)', () => {
  it.each([
    [
      'a colon list under "bãi bỏ"',
      'Điều 3. Hiệu lực thi hành\n1. Quyết định này có hiệu lực từ ngày ký.\n2. Bãi bỏ các văn bản sau:\na) Quyết định số 12/2020/QĐ-UBND ngày 01/3/2020 của Ủy ban nhân dân tỉnh;\nb) Quyết định số 15/2021/QĐ-UBND ngày 02/4/2021 của Ủy ban nhân dân tỉnh.\n3. Giao Sở Tư pháp theo dõi việc thi hành Quyết định số 20/2022/QĐ-UBND.',
      { '12/2020/QĐ-UBND': 'repeals', '15/2021/QĐ-UBND': 'repeals', '20/2022/QĐ-UBND': 'cites' },
    ],
    [
      'a colon list ended by "chấm dứt hiệu lực", items with pinpoints, an instrument inside an item title',
      'b) Kể từ ngày Nghị quyết này có hiệu lực thi hành, các quy định sau đây chấm dứt hiệu lực: điểm h khoản 1 Điều 182 Nghị định số 131/2021/NĐ-CP ngày 30 tháng 12 năm 2021 của Chính phủ; khoản 4 Điều 12 Nghị định số 75/2021/NĐ-CP ngày 24 tháng 7 năm 2021 của Chính phủ và điểm d khoản 4 Điều 1 Nghị định số 55/2023/NĐ-CP ngày 21 tháng 7 năm 2023 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 31/2013/NĐ-CP.\nc) Trường hợp có quy định khác nhau giữa Nghị quyết này và Nghị định số 128/2025/NĐ-CP thì áp dụng Nghị quyết này.',
      {
        '131/2021/NĐ-CP': 'repeals',
        '75/2021/NĐ-CP': 'repeals',
        '55/2023/NĐ-CP': 'repeals',
        '31/2013/NĐ-CP': 'cites',
        '128/2025/NĐ-CP': 'cites',
      },
    ],
    [
      '"thay thế A; B" without a colon',
      'Điều 4. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 101/QĐ-UBND ngày 05/01/2020; Quyết định số 202/QĐ-UBND ngày 06/02/2021 của Ủy ban nhân dân tỉnh.',
      { '101/QĐ-UBND': 'replaces', '202/QĐ-UBND': 'replaces' },
    ],
    [
      'several instruments before "hết hiệu lực"',
      'Điều 5. Thông tư này có hiệu lực từ ngày 01/7/2026. Thông tư số 20/2023/TT-BTC, Thông tư số 21/2023/TT-BTC và khoản 2 Điều 3 Thông tư số 22/2023/TT-BTC hết hiệu lực kể từ ngày Thông tư này có hiệu lực.',
      { '20/2023/TT-BTC': 'repeals', '21/2023/TT-BTC': 'repeals', '22/2023/TT-BTC': 'repeals' },
    ],
    [
      '"Thông tư này thay thế:" with lettered items, a title naming other instruments',
      '6. Thông tư này thay thế:\na) Thông tư số 78/2014/TT-BTC ngày 18 tháng 6 năm 2014 của Bộ trưởng Bộ Tài chính hướng dẫn thi hành Nghị định số 218/2013/NĐ-CP;\nb) Thông tư số 96/2015/TT-BTC ngày 22 tháng 6 năm 2015 của Bộ trưởng Bộ Tài chính.\n7. Các Bộ chịu trách nhiệm thi hành Thông tư này.',
      { '78/2014/TT-BTC': 'replaces', '218/2013/NĐ-CP': 'cites', '96/2015/TT-BTC': 'replaces' },
    ],
    [
      'the instruments and laws named in the title of an instrument that ends are only cited',
      'Điều 32. Hiệu lực thi hành\n2. Kể từ ngày Thông tư này có hiệu lực thi hành, các Điều 7, 8 và 13 của Thông tư số 06/2020/TT-BKHĐT ngày 18 tháng 9 năm 2020 của Bộ trưởng Bộ Kế hoạch và Đầu tư hướng dẫn thực hiện Nghị định số 25/2020/NĐ-CP ngày 28 tháng 02 năm 2020 của Chính phủ quy định chi tiết thi hành một số điều của Luật Đấu thầu về lựa chọn nhà đầu tư hết hiệu lực thi hành.\nĐiều 33. Thông tư số 21/2023/TT-BTC sửa đổi, bổ sung Thông tư số 20/2022/TT-BTC hết hiệu lực kể từ ngày Thông tư này có hiệu lực.',
      {
        '06/2020/TT-BKHĐT': 'repeals',
        '25/2020/NĐ-CP': 'cites',
        '21/2023/TT-BTC': 'repeals',
        '20/2022/TT-BTC': 'cites',
      },
    ],
    [
      'items of a list the verb governs are not words of a title',
      'Điều 3. Bãi bỏ các văn bản sau:\n- Quyết định số 12/2020/QĐ-UBND sửa đổi, bổ sung\n- Quyết định số 13/2020/QĐ-UBND.\nĐiều 4. Bãi bỏ Quyết định số 14/2020/QĐ-UBND và Quyết định số 15/2020/QĐ-UBND.',
      {
        '12/2020/QĐ-UBND': 'repeals',
        '13/2020/QĐ-UBND': 'repeals',
        '14/2020/QĐ-UBND': 'repeals',
        '15/2020/QĐ-UBND': 'repeals',
      },
    ],
    [
      '"Chấm dứt hiệu lực" before the instruments it ends',
      'Điều 3. Chấm dứt hiệu lực Quyết định số 15/2021/QĐ-UBND ngày 02/4/2021 và Quyết định số 16/2021/QĐ-UBND ngày 05/4/2021 của Ủy ban nhân dân tỉnh.\nĐiều 4. Giao Sở Tư pháp theo dõi việc thi hành Quyết định số 20/2022/QĐ-UBND.',
      { '15/2021/QĐ-UBND': 'repeals', '16/2021/QĐ-UBND': 'repeals', '20/2022/QĐ-UBND': 'cites' },
    ],
    [
      'the verb after the entry-into-force clause and a comma',
      'Điều 4. Quyết định này có hiệu lực từ ngày ký, thay thế Quyết định số 50/QĐ-UBND ngày 01/01/2024 của Ủy ban nhân dân tỉnh.\nĐiều 5. Quyết định này có hiệu lực từ ngày 01/7/2026, bãi bỏ Quyết định số 51/2020/QĐ-UBND ngày 02/01/2020.',
      { '50/QĐ-UBND': 'replaces', '51/2020/QĐ-UBND': 'repeals' },
    ],
    [
      'a list of "số …" items sharing the type word before the colon',
      'Điều 3. Quyết định này có hiệu lực từ ngày 01/7/2026 và thay thế các Quyết định: số 10/2021/QĐ-UBND ngày 05/5/2021, số 11/2022/QĐ-UBND ngày 06/6/2022 của Ủy ban nhân dân tỉnh.',
      { '10/2021/QĐ-UBND': 'replaces', '11/2022/QĐ-UBND': 'replaces' },
    ],
    [
      'verbs of one amending article joined by commas amend',
      'Điều 10. Sửa đổi, bổ sung, bãi bỏ một số điều của Thông tư số 20/2016/TT-BTNMT ngày 25 tháng 8 năm 2016 của Bộ trưởng Bộ Tài nguyên và Môi trường như sau:',
      { '20/2016/TT-BTNMT': 'amends' },
    ],
    [
      'a partial repeal',
      'Điều 2. Bãi bỏ số thứ tự 44 Phụ lục I ban hành kèm theo Thông tư số 05/2024/TT-BYT ngày 14 tháng 5 năm 2024 của Bộ trưởng Bộ Y tế.',
      { '05/2024/TT-BYT': 'repeals' },
    ],
  ])('%s', (_, text, expected) => {
    expect(relations(text)).toEqual(expected);
  });
});

describe('relations the verb and the context decide', () => {
  it.each([
    [
      'a preamble line opening with the instrument after a "Căn cứ …;" line is the next basis; a law in a title is cited',
      'Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13;\nNghị định số 166/2025/NĐ-CP ngày 30/6/2025 sửa đổi, bổ sung một số điều;\nCăn cứ Nghị quyết số 254/2025/QH15 quy định một số cơ chế tháo gỡ vướng mắc trong tổ chức thi hành Luật Đất đai số 31/2024/QH15;\nChính phủ ban hành Nghị quyết.',
      { '80/2015/QH13': 'basedOn', '166/2025/NĐ-CP': 'basedOn', '254/2025/QH15': 'basedOn', '31/2024/QH15': 'basedOn' },
    ],
    [
      'the verb governs the instrument an amended regulation is attached to',
      'Điều 1. Sửa đổi, bổ sung một số điều của Quy định về quản lý chợ trên địa bàn tỉnh ban hành kèm theo Quyết định số 12/2021/QĐ-UBND ngày 7/5/2021 của Ủy ban nhân dân tỉnh.\nĐiều 2. Bãi bỏ Quy chế tổ chức và hoạt động của Ban Chỉ đạo ban hành kèm theo Quyết định số 15/QĐ-UBND ngày 7/5/2021.',
      { '12/2021/QĐ-UBND': 'amends', '15/QĐ-UBND': 'repeals' },
    ],
    [
      'what the document details is guides, even in the Căn cứ',
      'Căn cứ Luật Đầu tư số 61/2020/QH14;\nChính phủ ban hành Nghị định quy định chi tiết một số điều của Luật Đầu tư.\nĐiều 1. Phạm vi điều chỉnh\nNghị định này quy định chi tiết một số điều của Luật Đầu tư số 61/2020/QH14.',
      { '61/2020/QH14': 'guides' },
    ],
    [
      'an instrument both in the Căn cứ and repealed is repealed',
      'Căn cứ Nghị định số 131/2021/NĐ-CP của Chính phủ;\nChính phủ ban hành Nghị quyết.\nĐiều 1. Phạm vi\nĐiều 2. Bãi bỏ điểm h khoản 1 Điều 182 Nghị định số 131/2021/NĐ-CP.',
      { '131/2021/NĐ-CP': 'repeals' },
    ],
    [
      '"xét Báo cáo số …" in a Căn cứ paragraph is a proposal',
      'Căn cứ Quyết định số 1187/QĐ-BNV ngày 15/10/2025 của Bộ trưởng Bộ Nội vụ; xét Báo cáo số 228/BC-SNV ngày 28/11/2025 của Sở Nội vụ, Ủy ban nhân dân tỉnh chỉ đạo như sau:',
      { '1187/QĐ-BNV': 'basedOn', '228/BC-SNV': 'proposal' },
    ],
    [
      'a submission the decision rests on, "Trên cơ sở Tờ trình số …", and a proposer\'s submission in brackets',
      'Trên cơ sở Tờ trình số 12/TTr-SNV ngày 01/3/2026 của Sở Nội vụ; Theo đề nghị của Sở Tài chính (Tờ trình số 13/TTr-STC ngày 02/3/2026).',
      { '12/TTr-SNV': 'proposal', '13/TTr-STC': 'proposal' },
    ],
    [
      'opinions listed after a proposal are cited',
      'Về đề nghị của Ủy ban nhân dân tỉnh Quảng Nam tại văn bản số 1094/TTr-UBND ngày 04/3/2021, ý kiến của Bộ Tài chính tại văn bản số 15988/BTC-PC ngày 29/12/2020, Bộ Tư pháp tại văn bản số 4670/BTP-PLDSKT ngày 15/12/2020, Phó Thủ tướng có ý kiến như sau:',
      { '1094/TTr-UBND': 'proposal', '15988/BTC-PC': 'cites', '4670/BTP-PLDSKT': 'cites' },
    ],
    [
      'a received letter passed on to a body is implemented',
      'Ủy ban nhân dân tỉnh nhận được Công văn số 4409/BCA-C04 ngày 01/10/2025 của Bộ Công an về việc đề nghị tham gia ý kiến vào dự thảo. Chủ tịch Ủy ban nhân dân tỉnh giao Công an tỉnh nghiên cứu, tham gia ý kiến.',
      { '4409/BCA-C04': 'implements' },
    ],
    [
      'a received request for comments the letter answers is cited',
      'Sở Công Thương nhận được văn bản số 1650/SGTVTXD-KT&VL ngày 09/5/2019 của Sở Giao thông vận tải - Xây dựng về việc tham gia thẩm định thiết kế cơ sở dự án. Sau khi nghiên cứu, Sở Công Thương có ý kiến như sau:',
      { '1650/SGTVTXD-KT&VL': 'cites' },
    ],
    [
      'a received report the document decides on is a proposal',
      'Ủy ban nhân dân tỉnh nhận được Công văn số 03/LĐVV ngày 07/01/2025 của Liên đoàn Vovinam tỉnh về việc báo cáo kết quả đại hội. Ủy ban nhân dân tỉnh có ý kiến như sau:',
      { '03/LĐVV': 'proposal' },
    ],
  ])('%s', (_, text, expected) => {
    expect(relations(text)).toEqual(expected);
  });

  it('a footnote quoting an amending text\'s Căn cứ is a basis, a noun "Căn cứ cấp …" is not', () => {
    const text =
      'Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\nBộ trưởng ban hành Thông tư.\nĐiều 1. Phạm vi\n1 Thông tư số 26/2026/TT-BCT có căn cứ ban hành như sau:\n“Căn cứ Nghị quyết số 19/2026/NQ-CP của Chính phủ;\nĐiều 2. Điều kiện\nCăn cứ cấp Giấy phép kinh doanh đối với các trường hợp quy định tại Điều 9 Nghị định số 09/2018/NĐ-CP gồm: nhà đầu tư.';
    expect(relations(text)).toMatchObject({ '19/2026/NQ-CP': 'basedOn', '09/2018/NĐ-CP': 'cites' });
  });
});

describe('what no verb of the document governs', () => {
  it.each([
    [
      'a regulation attached to an instrument, applied, not amended',
      'Các đơn vị thực hiện theo Quy chế ban hành kèm theo Quyết định số 16/QĐ-UBND ngày 7/5/2021 của Ủy ban nhân dân tỉnh.',
      undefined,
      { '16/QĐ-UBND': 'cites' },
    ],
    [
      'a decision publishing a list of expired texts ends none of them',
      'Điều 1. Công bố Danh mục văn bản hết hiệu lực:\n1. Thông tư số 36/2021/TT-BLĐTBXH ngày 31/12/2021 hết hiệu lực thi hành.\nĐược thay thế bởi Thông tư số 01/2023/TT-BLĐTBXH ngày 03/01/2023.',
      'Về việc công bố Danh mục văn bản quy phạm pháp luật hết hiệu lực',
      { '36/2021/TT-BLĐTBXH': 'cites', '01/2023/TT-BLĐTBXH': 'cites' },
    ],
    [
      'an expiry phrase naming the list a cited decision publishes ends nothing; one after a title does',
      '- Quyết định số 82/QĐ-UBND ngày 16/01/2025 của Chủ tịch UBND tỉnh Lâm Đồng (trước sáp nhập) về việc Công bố Danh mục văn bản QPPL hết hiệu lực, ngưng hiệu lực toàn bộ;\n- Quyết định số 52/QĐ-UBND ngày 09/01/2025 của Chủ tịch UBND tỉnh Bình Thuận công bố danh mục văn bản quy phạm pháp luật do Hội đồng nhân dân tỉnh ban hành hết hiệu lực toàn bộ.\nQuyết định số 12/2020/QĐ-UBND ngày 01/3/2020 của Ủy ban nhân dân tỉnh về việc ban hành Quy định quản lý hết hiệu lực kể từ ngày Quyết định này có hiệu lực.',
      undefined,
      { '82/QĐ-UBND': 'cites', '52/QĐ-UBND': 'cites', '12/2020/QĐ-UBND': 'repeals' },
    ],
    [
      "new wording in quotes is the amended text's, not the document's",
      'Điều 1. Sửa đổi, bổ sung Điều 3 Thông tư số 38/2025/TT-BCT như sau:\n“3a. Bổ sung Điều 28a vào sau Điều 28 Thông tư số 40/2018/TT-BCT như sau: …”.',
      undefined,
      { '38/2025/TT-BCT': 'amends', '40/2018/TT-BCT': 'cites' },
    ],
    [
      '"thay thế … và" inside a title does not run on to the next instrument',
      'Điều 5. Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành và thay thế Nghị quyết số 09/2026/NQ-CP ngày 04 tháng 02 năm 2026 của Chính phủ tạm ngưng hiệu lực Nghị định số 46/2026/NĐ-CP ngày 26 tháng 01 năm 2026 và Nghị quyết số 66.13/2026/NQ-CP ngày 27 tháng 01 năm 2026.',
      undefined,
      { '09/2026/NQ-CP': 'replaces', '46/2026/NĐ-CP': 'cites', '66.13/2026/NQ-CP': 'cites' },
    ],
    [
      'a passive "được … bởi:" list is another instrument\'s act',
      'Thông tư số 15/2026/TT-BCT ngày 25 tháng 3 năm 2026 của Bộ trưởng Bộ Công Thương, được sửa đổi, bổ sung bởi:\nThông tư số 26/2026/TT-BCT ngày 20 tháng 5 năm 2026 của Bộ trưởng Bộ Công Thương.',
      undefined,
      { '15/2026/TT-BCT': 'cites', '26/2026/TT-BCT': 'cites' },
    ],
  ])('%s', (_, text, title, expected) => {
    expect(relations(text, title)).toEqual(expected);
  });
});

describe('date and issuer of a cited instrument', () => {
  it.each([
    [
      'a date in the next table cell',
      'Nghị định số 49/2018/NĐ-CP ngày \n30/3/2018 của Chính phủ quy định về kiểm định',
      '49/2018/NĐ-CP',
      '2018-03-30',
      'Chính phủ',
    ],
    [
      'a date wrapped inside its words',
      'Nghị định số 131/2021/NĐ-CP ngày 30 tháng 12 \nnăm 2021 của Chính phủ quy định chi tiết',
      '131/2021/NĐ-CP',
      '2021-12-30',
      'Chính phủ',
    ],
    [
      "of two printed dates, the one of the number's year",
      'Nghị định số 75/2021/NĐ-CP ngày 24/7/2023 của Chính phủ.\nĐược sửa đổi bởi Nghị định số 55/2023/NĐ-CP ngày 21/7/2023 sửa đổi Nghị định số 75/2021/NĐ-CP ngày 24/7/2021.',
      '75/2021/NĐ-CP',
      '2021-07-24',
      'Chính phủ',
    ],
  ])('%s', (_, text, number, date, issuer) => {
    const ref = extractReferences(text).references.find((r) => r.number?.text === number);
    expect(ref).toMatchObject({ date, issuer });
  });

  it('does not take a date from the next sentence', () => {
    const ref = extractReferences('Thực hiện Kế hoạch số 12/KH-UBND.\nNgày 05/3/2026, Sở Y tế đã họp.').references[0];
    expect(ref?.date).toBeNull();
  });
});

describe("a cited instrument's issuer, whole", () => {
  const issuerOf = (text: string, number: string) =>
    extractReferences(text).references.find((r) => r.number?.text === number)?.issuer;
  it.each([
    [
      'cut at its hyphen',
      'Thông tư số 03/2024/TT-BLĐTBXH ngày 01/3/2024 của Bộ Lao động - Thương binh và Xã hội.',
      '03/2024/TT-BLĐTBXH',
      'Bộ Lao động - Thương binh và Xã hội',
    ],
    [
      'printed without "Bộ" and hyphen',
      'Thông tư số 06/2024/TT-BLĐTBXH ngày 01/3/2024 của Bộ trưởng Lao động Thương binh và Xã hội quy định',
      '06/2024/TT-BLĐTBXH',
      'Bộ trưởng Bộ Lao động - Thương binh và Xã hội',
    ],
    [
      'run into the next words',
      'Thông tư số 34/2018/TT-BLĐTBXH ngày 26/12/2018 của Bộ trưởng Bộ Lao động - Thương binh và Xã hội ban Điều 4 Được',
      '34/2018/TT-BLĐTBXH',
      'Bộ trưởng Bộ Lao động - Thương binh và Xã hội',
    ],
    [
      "a joint circular's bodies",
      'Thông tư liên tịch số 12/2016/TTLT-BLĐTBXH-BGDĐT-BTC ngày 20/6/2016 của Bộ Lao động - Thương binh và Xã hội, Bộ Giáo dục và Đào tạo, Bộ Tài chính quy định',
      '12/2016/TTLT-BLĐTBXH-BGDĐT-BTC',
      'Bộ Lao động - Thương binh và Xã hội, Bộ Giáo dục và Đào tạo, Bộ Tài chính',
    ],
    [
      'the Central Committee with its term',
      'Kết luận số 210-KL/TW ngày 14/11/2025 của Ban Chấp hành Trung ương Đảng khóa XIII về',
      '210-KL/TW',
      'Ban Chấp hành Trung ương Đảng khóa XIII',
    ],
    [
      'a plenum with its term',
      'Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Hội nghị Trung ương 6 khóa XII về',
      '18-NQ/TW',
      'Hội nghị Trung ương 6 khóa XII',
    ],
    [
      'a proposer ending at its verb',
      'Trên cơ sở xin ý kiến tham gia của Bộ Nông nghiệp và Môi trường tại Văn bản số 45/BNNMT-ĐCKS ngày 06/01/2026, UBND tỉnh Lào Cai đã tham gia ý kiến tại Văn bản số 1203/UBND-KT ngày 13/02/2026.',
      '1203/UBND-KT',
      'Ủy ban nhân dân tỉnh Lào Cai',
    ],
  ])('%s', (_, text, number, issuer) => {
    expect(issuerOf(text, number)).toBe(issuer);
  });

  it.each([
    [
      'a local body keeps its locality',
      'Quyết định số 525/QĐ-UBND ngày 01/3/2026 của Ủy ban nhân dân tỉnh Lào Cai về',
      '525/QĐ-UBND',
      'Ủy ban nhân dân tỉnh Lào Cai',
    ],
    [
      'the Politburo is named without its term',
      'Nghị quyết số 02-NQ/TW ngày 25/4/2011 của Bộ Chính trị khóa XI về',
      '02-NQ/TW',
      'Bộ Chính trị',
    ],
    [
      "another body than the code's stays as written",
      'Thông báo số 186/TB-VPCP ngày 01/3/2026 của Chính phủ về',
      '186/TB-VPCP',
      'Chính phủ',
    ],
  ])('%s', (_, text, number, issuer) => {
    expect(issuerOf(text, number)).toBe(issuer);
  });
});

describe('numbered citations: what is one and what is not', () => {
  const numbers = (text: string) =>
    extractReferences(text)
      .references.filter((r) => r.number)
      .map((r) => r.number!.text);
  it.each([
    [
      'a footnote mark glued to the code',
      'Căn cứ Luật Đường bộ số 42/2024/QH151 và Nghị định số 105/2025/NĐ-CP2;',
      ['42/2024/QH15', '105/2025/NĐ-CP'],
    ],
    [
      'a number cut by a page break joins the full one',
      'Thông tư số 42/2015/TT-\n\nCÔNG BÁO\n; Thông tư số 42/2015/TT-BLĐTBXH ngày 20/10/2015.',
      ['42/2015/TT-BLĐTBXH'],
    ],
    [
      'an ordinal without its zero joins the padded one',
      'Nghị định số 04/2023/NĐ-CP ngày 13/02/2023; Nghị định số 4/2023/NĐ-CP.',
      ['04/2023/NĐ-CP'],
    ],
    ["an old Prime Minister's number", 'Quyết định số 90-TTg ngày 01/3/1995 của Thủ tướng Chính phủ.', ['90-TTg']],
    [
      "a company's number in capitals",
      'Giấy đề nghị số 01-GCN-MT ngày 05/3/2026 của Công ty cổ phần Miền Tây.',
      ['01-GCN-MT'],
    ],
  ])('%s', (_, text, expected) => {
    expect(numbers(text)).toEqual(expected);
  });

  it.each([
    ['a place name', 'Đường Trần Hưng Đạo (đoạn từ Khu số 4-Khu đô thị mới Nam cầu Tiên Sơn)'],
    ["a company's unit", 'Công ty 3-Vimico đã khai thác'],
    ['forms wrapped after "Mẫu số"', '- Mẫu số 01/PLI; Mẫu số \n02/PLI; Mẫu \nsố 04/PLI'],
    ["a standard's year", 'theo QCVN 122:2024/BGTVT về khí thải'],
  ])('%s', (_, text) => {
    expect(numbers(text)).toEqual([]);
  });
});

describe('the body named as the subject that issued a mention', () => {
  const issuerOf = (text: string, number: string) =>
    extractReferences(text).references.find((r) => r.number?.text === number)?.issuer ?? null;
  it.each([
    [
      '"X tại Văn bản số"',
      'Công ty cổ phần Miền Tây tại Văn bản số 01-GCN-MT ngày 21/4/2026; Công ty TNHH Khai thác và chế biến đá Việt Long tại Văn bản số 13/2026/ĐN-VL ngày 13/4/2026.',
      '13/2026/ĐN-VL',
      'Công ty TNHH Khai thác và chế biến đá Việt Long',
    ],
    [
      '"X đã ban hành Quyết định số"',
      'UBND tỉnh Lào Cai đã ban hành Quyết định số 1407/QĐ-UBND ngày 19/5/2015 về việc phê duyệt các vùng cấm.',
      '1407/QĐ-UBND',
      'Ủy ban nhân dân tỉnh Lào Cai',
    ],
    [
      '"X đã ban hành <what> tại Quyết định số"',
      'Đặc biệt, UBND tỉnh Lào Cai đã ban hành Phương án quản lý, bảo vệ khoáng sản chưa khai thác trên địa bàn tỉnh tại Quyết định số 3551/QĐ-UBND ngày 10/8/2017.',
      '3551/QĐ-UBND',
      'Ủy ban nhân dân tỉnh Lào Cai',
    ],
    [
      '"X đã phê duyệt <what, with commas> tại Quyết định số"',
      'Ủy ban nhân dân tỉnh Yên Bái đã phê duyệt khu vực cấm hoạt động khoáng sản, khu vực tạm thời cấm hoạt động khoáng sản tỉnh Yên Bái tại Quyết định số 1658/QĐ-UBND ngày 01/9/2015.',
      '1658/QĐ-UBND',
      'Ủy ban nhân dân tỉnh Yên Bái',
    ],
    [
      '"được X phê duyệt tại Quyết định số"',
      'Quy hoạch khoáng sản đã được Thủ tướng Chính phủ phê duyệt tại Quyết định số 866/QĐ-TTg ngày 18/7/2023.',
      '866/QĐ-TTg',
      'Thủ tướng Chính phủ',
    ],
  ])('%s', (_, text, number, issuer) => {
    expect(issuerOf(text, number)).toBe(issuer);
  });

  it.each([
    [
      "a body of another kind than the number's code",
      'Sở Nội vụ tại Kế hoạch số 213/KH-UBND ngày 01/3/2026 đã tham mưu.',
      '213/KH-UBND',
    ],
    [
      'no verb between the body and the mention',
      'Sở Nội vụ thực hiện Kế hoạch số 214/KH-SNV ngày 01/3/2026.',
      '214/KH-SNV',
    ],
    [
      'the issuing verb in an earlier sentence',
      'UBND tỉnh đã ban hành Kế hoạch năm 2025. Sở Y tế triển khai tại Quyết định số 215/QĐ-UBND ngày 01/3/2026.',
      '215/QĐ-UBND',
    ],
  ])('%s', (_, text, number) => {
    expect(issuerOf(text, number)).toBeNull();
  });
});

describe('changes the text states between cited instruments', () => {
  const stated = (text: string) => extractReferences(text).statedRelations.map((r) => [r.from, r.relation, r.to]);
  it('a consolidated text\'s header: the base amended by each text after "được sửa đổi, bổ sung bởi:"', () => {
    const text =
      'Thông tư số 15/2026/TT-BCT ngày 25 tháng 3 năm 2026 của Bộ trưởng Bộ Công Thương sửa đổi, bổ sung một số điều của Thông tư số 38/2025/TT-BCT, có hiệu lực kể từ ngày 10 tháng 4 năm 2026, được sửa đổi, bổ sung bởi:\nThông tư số 26/2026/TT-BCT ngày 20 tháng 5 năm 2026 của Bộ trưởng Bộ Công Thương, có hiệu lực kể từ ngày 29 tháng 5 năm 2026.';
    expect(stated(text)).toEqual([['vn:26/2026/tt-bct', 'amends', 'vn:15/2026/tt-bct']]);
    const relations = Object.fromEntries(extractReferences(text).references.map((r) => [r.number!.text, r.relation]));
    expect(relations).toEqual({ '15/2026/TT-BCT': 'cites', '38/2025/TT-BCT': 'cites', '26/2026/TT-BCT': 'cites' });
  });

  it('a Căn cứ line: "Luật số A được sửa đổi, bổ sung bởi Luật số B và Luật số C"', () => {
    expect(
      stated(
        'Căn cứ Bộ luật Tố tụng hình sự số 101/2015/QH13 được sửa đổi, bổ sung bởi Luật số 02/2021/QH15 và Luật số 34/2024/QH15;',
      ),
    ).toEqual([
      ['vn:02/2021/qh15', 'amends', 'vn:101/2015/qh13'],
      ['vn:34/2024/qh15', 'amends', 'vn:101/2015/qh13'],
    ]);
  });

  it('a reason cell: "Được thay thế bởi Nghị định số B"', () => {
    expect(
      stated(
        'Nghị định số 108/2021/NĐ-CP ngày 07/12/2021 của Chính phủ về điều chỉnh lương hưu được thay thế bởi Nghị định số 42/2023/NĐ-CP ngày 29/6/2023.',
      ),
    ).toEqual([['vn:42/2023/nđ-cp', 'replaces', 'vn:108/2021/nđ-cp']]);
  });
});

describe('an annex form\'s "Căn cứ" is not the document\'s', () => {
  it('a form after "Mẫu số" quotes its own Căn cứ', () => {
    const text =
      'Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\nChính phủ ban hành Nghị quyết.\nĐiều 1. Phạm vi\nĐiều 2. Hiệu lực\nMẫu số 01\nĐƠN ĐỀ NGHỊ\nCăn cứ Nghị định số 06/2022/NĐ-CP ngày 07 tháng 01 năm 2022 của Chính phủ;\nTôi đề nghị …';
    const relations = Object.fromEntries(extractReferences(text).references.map((r) => [r.number!.text, r.relation]));
    expect(relations).toEqual({ '63/2025/QH15': 'basedOn', '06/2022/NĐ-CP': 'cites' });
  });
});

describe('a law named in the title of an instrument that ends', () => {
  it('is cited; a law the verb names itself, with or without a pinpoint, still ends', () => {
    const text =
      'Điều 32. Hiệu lực\n2. Điều 7 của Thông tư số 06/2020/TT-BKHĐT hướng dẫn một số điều của Luật Đấu thầu hết hiệu lực thi hành.\n3. Bãi bỏ khoản 2 Điều 17 của Luật Người cao tuổi.\n4. Luật Công đoàn năm 1990 hết hiệu lực kể từ ngày Luật này có hiệu lực.';
    const refs = extractReferences(text, { date: '2026-01-10' }).references;
    expect(refs.map((r) => [r.name ?? r.number?.text, r.relation])).toEqual([
      ['06/2020/TT-BKHĐT', 'repeals'],
      ['Luật Đấu thầu', 'cites'],
      ['Luật Người cao tuổi', 'repeals'],
      ['Luật Công đoàn', 'repeals'],
    ]);
  });
});

describe('a consolidated text (văn bản hợp nhất) cites the texts it consolidates', () => {
  const header =
    'LUẬT\nBẢO HIỂM Y TẾ\n\nLuật Bảo hiểm y tế số 25/2008/QH12 ngày 14 tháng 11 năm 2008 của Quốc\nhội, có hiệu lực kể từ ngày 01 tháng 7 năm 2009, được sửa đổi, bổ sung bởi:\n1. Luật số 32/2013/QH13 ngày 19 tháng 6 năm 2013 của Quốc hội sửa đổi, bổ\nsung một số điều của Luật Thuế thu nhập doanh nghiệp, có hiệu lực kể từ ngày 01\ntháng 01 năm 2014;\n2. Luật số 46/2014/QH13 ngày 13 tháng 6 năm 2014 của Quốc hội, có hiệu lực kể từ ngày 01 tháng 01 năm 2015.\n\nChương I\nNHỮNG QUY ĐỊNH CHUNG\nĐiều 1. Phạm vi\n';
  const restated =
    '4. Bãi bỏ khoản 4 Điều 18 của Luật Bảo hiểm y tế số 25/2008/QH12 và Luật số 46/2014/QH13.\n5. Bãi bỏ Thông tư số 12/2010/TT-BYT.';
  const read = (consolidated: boolean) =>
    Object.fromEntries(
      extractReferences(header + restated, { consolidated })
        .references.filter((r) => r.number)
        .map((r) => [r.number!.text, r.relation]),
    );

  it('the base and the texts that changed it are cites, whatever verb a restated clause uses', () => {
    const found = read(true);
    expect(found['25/2008/QH12']).toBe('cites');
    expect(found['32/2013/QH13']).toBe('cites');
    expect(found['46/2014/QH13']).toBe('cites');
    // an instrument the header does not name keeps the verb's relation
    expect(found['12/2010/TT-BYT']).toBe('repeals');
  });

  it('a text that is not consolidated repeals what it repeals', () => {
    expect(read(false)['25/2008/QH12']).toBe('repeals');
  });

  it('states the header: each text of the numbered list amends the base', () => {
    const { statedRelations } = extractReferences(header, { consolidated: true });
    expect(statedRelations.map((s) => [s.from, s.to, s.relation])).toEqual([
      ['vn:32/2013/qh13', 'vn:25/2008/qh12', 'amends'],
      ['vn:46/2014/qh13', 'vn:25/2008/qh12', 'amends'],
    ]);
  });
});

describe('a law named in the title of a cited instrument', () => {
  const named = (text: string) =>
    Object.fromEntries(
      extractReferences(text)
        .references.filter((r) => r.name)
        .map((r) => [r.name, r.relation]),
    );
  it.each([
    [
      'Căn cứ Nghị quyết số 254/2025/QH15 quy định một số cơ chế tháo gỡ vướng mắc trong tổ chức thi hành Luật Đất đai;\nChính phủ ban hành Nghị quyết.',
      { 'Luật Đất đai': 'cites' },
    ],
    // an item of the list the clause's verb governs
    [
      'Căn cứ Nghị quyết số 12/NQ-HĐND ngày 5/3/2024 và Luật Đất đai;\nỦy ban nhân dân tỉnh ban hành.',
      { 'Luật Đất đai': 'basedOn' },
    ],
    [
      'Căn cứ Luật Tổ chức chính quyền địa phương;\nỦy ban nhân dân tỉnh ban hành.',
      { 'Luật Tổ chức chính quyền địa phương': 'basedOn' },
    ],
  ])('%j', (text, expected) => {
    expect(named(text)).toEqual(expected);
  });
});
