/**
 * Laws cited by name: where the name ends (laws table, amending form, title words), lists, year, drafts, the law
 * itself.
 */
import { describe, expect, it } from 'vitest';
import { findNamedMentions } from '../../src/extract/references/named.js';
import { extractReferences } from '../../src/resolve/cited.js';

const names = (text: string) => findNamedMentions(text, text).map((m) => m.name);

describe('a named law ends where its title ends', () => {
  it.each([
    ['theo Luật Tố cáo hoặc Luật Khiếu nại.', ['Luật Tố cáo', 'Luật Khiếu nại']],
    ['quy định của Bộ luật Lao động, bao gồm cả', ['Bộ luật Lao động']],
    ['Luật Ngân sách nhà nước và huy động vốn', ['Luật Ngân sách nhà nước']],
    ['Pháp lệnh Ưu đãi người có công với cách mạng;', ['Pháp lệnh Ưu đãi người có công với cách mạng']],
    [
      'Luật Phòng, chống tác hại của thuốc lá, Luật Đầu tư công và Luật Đất đai',
      ['Luật Phòng, chống tác hại của thuốc lá', 'Luật Đầu tư công', 'Luật Đất đai'],
    ],
    [
      'Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng quy định',
      ['Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng'],
    ],
    [
      'Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền\nđịa phương ngày 22 tháng 11 năm 2019;',
      ['Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương'],
    ],
    [
      'Luật sửa đổi, bổ sung một số điều của Luật Trợ giúp pháp lý, Luật sửa đổi, bổ sung một số điều của Luật Công chứng, Luật Hộ tịch (sửa đổi);',
      [
        'Luật sửa đổi, bổ sung một số điều của Luật Trợ giúp pháp lý',
        'Luật sửa đổi, bổ sung một số điều của Luật Công chứng',
        'Luật Hộ tịch (sửa đổi)',
      ],
    ],
    [
      'Luật Khoáng sản năm 2010, Luật Địa chất và khoáng sản năm 2024',
      ['Luật Khoáng sản', 'Luật Địa chất và khoáng sản'],
    ],
    [
      'xây dựng Luật An toàn thực phẩm (sửa đổi) và Luật Bảo hiểm y tế sửa đổi.',
      ['Luật An toàn thực phẩm (sửa đổi)', 'Luật Bảo hiểm y tế (sửa đổi)'],
    ],
    ['Căn cứ Hiến pháp năm 2013;', ['Hiến pháp năm 2013']],
    // the Constitution as the basis by its kind word alone
    ['Căn cứ Hiến pháp;\nCăn cứ Luật Tổ chức Chính phủ;', ['Hiến pháp', 'Luật Tổ chức Chính phủ']],
    [
      'Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992 đã được sửa đổi',
      ['Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992'],
    ],
    // titles the table lacks: the words titles are made of, a capitalised first word
    ['Luật Công nghệ cao mới, Luật Trí tuệ số hóa và các văn bản', ['Luật Công nghệ cao', 'Luật Trí tuệ số hóa']],
    ['theo Luật Di sản văn hóa và Luật Nghệ thuật biểu diễn,', ['Luật Di sản văn hóa', 'Luật Nghệ thuật biểu diễn']],
    ['(Luật Quản lý phương tiện bay không người lái (UAV)...)', ['Luật Quản lý phương tiện bay không người lái']],
    // a title the table lacks joins two subjects with "và" when the name visibly ends after the second
    ['Căn cứ Luật Bảo vệ và chăm sóc sức khỏe nhân dân năm 1989;', ['Luật Bảo vệ và chăm sóc sức khỏe nhân dân']],
    [
      'Thực hiện Pháp lệnh Bảo vệ và phát triển nguồn lợi thủy sản.',
      ['Pháp lệnh Bảo vệ và phát triển nguồn lợi thủy sản'],
    ],
    ['Luật Thi đua, khen thưởng và quy định của Ủy ban nhân dân tỉnh', ['Luật Thi đua, khen thưởng']],
    ['Luật Thi đua, khen thưởng và tổ chức phong trào thi đua trong toàn tỉnh.', ['Luật Thi đua, khen thưởng']],
    ['Luật Thi đua, khen thưởng và Luật Lưu trữ.', ['Luật Thi đua, khen thưởng', 'Luật Lưu trữ']],
    // titles curated from the laws data's unconfirmed list, title and number agreeing
    [
      'Luật Thủ đô và Luật Quy hoạch đô thị và nông thôn; Luật Trật tự, an toàn giao thông đường bộ năm 2024',
      ['Luật Thủ đô', 'Luật Quy hoạch đô thị và nông thôn', 'Luật Trật tự, an toàn giao thông đường bộ'],
    ],
    // a project by its running number, an agreement by its proper name
    ['Tiếp tục triển khai Đề án 06 của Chính phủ trên địa bàn tỉnh.', ['Đề án 06']],
    ['thực hiện nghiêm túc, hiệu quả Đề án 08 về phát triển', ['Đề án 08']],
    ['ký kết Thỏa thuận thí điểm thực hiện Điều 6 Thỏa thuận Paris về tín chỉ các bon', ['Thỏa thuận Paris']],
    // a title the table lacks ends before the enactment's year
    ['Căn cứ Luật Trí tuệ số hóa năm 2025;', ['Luật Trí tuệ số hóa']],
    // "sửa đổi năm 2024" names the enactment of that year, not a draft
    ['Luật Đất đai sửa đổi năm 2024 và', ['Luật Đất đai']],
    // titles the table lacks, of words its titles do not hold; the sentence's predicate ends them
    [
      '(Luật An ninh dữ liệu, Luật Định danh và xác thực điện tử, Luật Hàm cấp ngoại giao...)',
      ['Luật An ninh dữ liệu', 'Luật Định danh và xác thực điện tử', 'Luật Hàm cấp ngoại giao'],
    ],
    [
      'Pháp lệnh Ưu đãi người có công với cách mạng và Pháp lệnh Bà mẹ Việt Nam anh hùng, gồm:',
      ['Pháp lệnh Ưu đãi người có công với cách mạng', 'Pháp lệnh Bà mẹ Việt Nam anh hùng'],
    ],
    ['hướng dẫn thi hành một số điều Pháp lệnh Cựu chiến binh và Nghị định', ['Pháp lệnh Cựu chiến binh']],
    ['Luật Đường bộ quy định về', ['Luật Đường bộ']],
    ['Pháp lệnh Phí và lệ phí quy định', ['Pháp lệnh Phí và lệ phí']],
    ['Luật Định danh và xác thực điện tử và các văn bản hướng dẫn', ['Luật Định danh và xác thực điện tử']],
    // a title printed in lower case, its enactment's date after it
    ['Căn cứ Pháp lệnh phòng, chống mại dâm ngày 14 tháng 3 năm 2003;', ['Pháp lệnh phòng, chống mại dâm']],
    // abbreviated last words
    ['theo quy định của Luật Ban hành văn bản QPPL và các văn bản', ['Luật Ban hành văn bản QPPL']],
    // a title abbreviated whole; the short name a text gives a law it cites in full is that law
    ['Theo khoản 3 Điều 122 Luật BHXH năm 2014, Luật BHYT và', ['Luật BHXH', 'Luật BHYT']],
    [
      'Điều 31 của Luật PPP, chỉ đăng tải. Luật Đầu tư theo phương thức đối tác công tư (sau đây gọi là Luật PPP), chỉ',
      ['Luật Đầu tư theo phương thức đối tác công tư'],
    ],
    ['Phần B của Bộ luật An ninh tàu (Bộ luật ISPS) để xác định. Phần B của Bộ luật ISPS để', ['Bộ luật An ninh tàu']],
    // a line wrapped after the kind word inside a sentence
    [
      '(Luật An ninh dữ liệu, Luật\nĐịnh danh và xác thực điện tử, Luật',
      ['Luật An ninh dữ liệu', 'Luật Định danh và xác thực điện tử'],
    ],
  ])('%j → %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['Luật Khoáng sản năm 2010,', '2010'],
    ['Luật Trí tuệ số hóa năm 2025;', '2025'],
    ['Luật Đất đai 2013 và', '2013'],
    ['Luật Đất đai, năm 2013', null],
  ])('keeps the year the text gives for the enactment: %j → %s', (text, year) => {
    expect(findNamedMentions(text, text)[0]?.year).toBe(year);
  });

  it('leaves a name followed by its number, with or without "số", to the numbered mention', () => {
    expect(names('Căn cứ Luật Chuyển đổi số 148/2025/QH15;')).toEqual([]);
    expect(names('Luật Chuyển đổi số quy định')).toEqual(['Luật Chuyển đổi số']);
  });
});

describe('what is not a law cited by name', () => {
  it.each([
    'tuân thủ Hiến pháp và pháp luật',
    'tuân thủ Hiến pháp; và',
    '- Căn cứ Hiến pháp và pháp luật;',
    'Luật này có hiệu lực',
    'Đoàn Luật sư tỉnh',
    'Luật Phòng, chống tham nhũng số 36/2018/QH14',
    'Quốc hội ban hành Luật Công đoàn.',
    'theo quy định của luật',
    'Đề án 1: Phát triển hạ tầng số',
    'xây dựng Đề án số 12/ĐA-UBND',
    'Đề án 06/ĐA-UBND',
    'các bên thỏa thuận Paris là nơi ký',
    'ĐỀ ÁN 06',
    // lower case with no enactment after it, or a sentence's predicate
    'Luật phòng, chống các bệnh truyền nhiễm Nguy cơ',
    'Luật có hiệu lực ngày 01/7/2025',
    'Luật quy định ngày 01 tháng 7',
    // a degree, a heading on the next line
    'Cử nhân Luật\nChủ tịch Hội đồng quản trị',
    'Thạc sĩ Luật Kinh tế',
    'Thực hiện theo Luật\nUBND tỉnh giao',
    'theo quy định của Luật\nĐiều 5. Hiệu lực thi hành',
  ])('%j', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a law naming itself', () => {
  it('an earlier enactment of its own title is another instrument', () => {
    const text =
      'LUẬT\nCÔNG ĐOÀN\nQuốc hội ban hành Luật Công đoàn.\nLuật Công đoàn năm 1990 hết hiệu lực kể từ ngày Luật này có hiệu lực.';
    const title = text.indexOf('CÔNG ĐOÀN');
    const refs = extractReferences(text, { date: '2012-06-20', title: [title, title + 9] }).references;
    expect(refs.map((r) => [r.name, r.relation])).toEqual([['Luật Công đoàn', 'repeals']]);
    const own = 'LUẬT\nCÔNG ĐOÀN\nTheo Luật Công đoàn năm 2012, công đoàn cơ sở …';
    expect(extractReferences(own, { date: '2012-06-20', title: [5, 14] }).references).toEqual([]);
  });
});

describe('a named law and the same law by number', () => {
  it('one reference when the text ties the name to the number, the name keyed by date otherwise', () => {
    const text =
      'Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15;\nCăn cứ Nghị định hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật;\nThực hiện Luật Đầu tư công.';
    const refs = extractReferences(text, { date: '2026-01-10' }).references;
    expect(refs.map((r) => [r.key, r.name])).toEqual([
      ['vn:64/2025/qh15', 'Luật Ban hành văn bản quy phạm pháp luật'],
      ['vn:58/2024/qh15', 'Luật Đầu tư công'],
    ]);
  });

  it('a name whose date says it is another enactment does not join the number cited by that name', () => {
    const text =
      'Căn cứ Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng ngày 13 tháng 11 năm 2020;\nGiấy phép cấp theo Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng số 72/2006/QH11.';
    const refs = extractReferences(text, { date: '2021-11-10' }).references;
    expect(refs.map((r) => [r.key, r.relation])).toEqual([
      ['vn:69/2020/qh14', 'basedOn'],
      ['vn:72/2006/qh11', 'cites'],
    ]);
  });

  it('an abbreviated title is the law the table knows by it, named as written out', () => {
    const text = 'Theo Điều 122 Luật BHXH năm 2014, doanh nghiệp thực hiện Luật Bảo hiểm xã hội năm 2014.';
    const refs = extractReferences(text, { date: '2016-01-10' }).references;
    expect(refs.map((r) => [r.key, r.name])).toEqual([['vn:58/2014/qh13', 'Luật Bảo hiểm xã hội']]);
  });

  it('a law cited by name has no trích yếu: "về …" after it is what the citing clause is about', () => {
    const text =
      'Nghị định quy định chi tiết một số điều của Bộ luật Lao động về điều kiện lao động; thực hiện Đề án 06 về phát triển ứng dụng dữ liệu về dân cư.';
    const refs = extractReferences(text, { date: '2021-01-10' }).references;
    expect(refs.map((r) => [r.name, r.title])).toEqual([
      ['Bộ luật Lao động', null],
      ['Đề án 06', 'phát triển ứng dụng dữ liệu về dân cư'],
    ]);
  });

  it('a name the table cannot key for sure keeps its name-only key, and says so', () => {
    const { references, diagnostics } = extractReferences('Thực hiện Luật Đầu tư công.', { date: '2024-12-10' });
    expect(references.map((r) => r.key)).toEqual(['vn:luật:luật đầu tư công']);
    expect(diagnostics.map((d) => d.code)).toEqual(['reference/law-unresolved']);
  });
});

describe('the laws a numbered amending law names', () => {
  const read = (text: string, date = '2026-04-20') =>
    extractReferences(text, { date }).references.map((r) => [r.key, r.name, r.relation]);

  it('the table gives the number to the amending law: its title is its name, the laws it names are cited', () => {
    const text =
      'Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Chứng khoán, Luật Kế toán, Luật Kiểm toán độc \n' +
      'lập, Luật Ngân sách nhà nước, Luật Quản lý, sử dụng tài sản công, Luật Quản lý thuế, Luật Thuế thu nhập cá ' +
      'nhân, Luật Dự trữ quốc gia, Luật Xử lý vi phạm hành chính số 56/2024/QH15;';
    const refs = read(text);
    expect(refs[0]).toEqual([
      'vn:56/2024/qh15',
      'Luật sửa đổi, bổ sung một số điều của Luật Chứng khoán, Luật Kế toán, Luật Kiểm toán độc lập, Luật Ngân sách ' +
        'nhà nước, Luật Quản lý, sử dụng tài sản công, Luật Quản lý thuế, Luật Thuế thu nhập cá nhân, Luật Dự trữ ' +
        'quốc gia, Luật Xử lý vi phạm hành chính',
      'basedOn',
    ]);
    // each named law is the enactment in force when the amending law was adopted (29/11/2024), cited
    expect(refs.slice(1)).toContainEqual(['vn:83/2015/qh13', 'Luật Ngân sách nhà nước', 'cites']);
    expect(refs.slice(1)).toContainEqual(['vn:38/2019/qh14', 'Luật Quản lý thuế', 'cites']);
    expect(refs.slice(1)).toContainEqual(['vn:15/2012/qh13', 'Luật Xử lý vi phạm hành chính', 'cites']);
    expect(refs).toHaveLength(10);
  });

  it('a number the table does not know, after several laws or after a law the table knows older: the amending law', () => {
    const several =
      'Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư, Luật Đầu tư theo phương thức đối tác ' +
      'công tư và Luật Đấu thầu số 99/2025/QH15;';
    const refs = read(several);
    expect(refs[0]?.[0]).toBe('vn:99/2025/qh15');
    // read as of the start of the number's year: Luật Đầu tư 2020, not the one of late 2025
    expect(refs).toContainEqual(['vn:61/2020/qh14', 'Luật Đầu tư', 'cites']);
    expect(refs).toContainEqual(['vn:22/2023/qh15', 'Luật Đấu thầu', 'cites']);
    const one = 'Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đấu thầu số 98/2025/QH15;';
    expect(read(one)).toEqual([
      ['vn:98/2025/qh15', 'Luật sửa đổi, bổ sung một số điều của Luật Đấu thầu', 'basedOn'],
      ['vn:22/2023/qh15', 'Luật Đấu thầu', 'cites'],
    ]);
  });

  it('one law amended: the amending title is the name, the amended law cited', () => {
    const text =
      'Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế số 46/2014/QH13 ngày 13 tháng 6 năm 2014;';
    expect(read(text)).toEqual([
      ['vn:46/2014/qh13', 'Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế', 'basedOn'],
      ['vn:25/2008/qh12', 'Luật Bảo hiểm y tế', 'cites'],
    ]);
  });
});

describe('what is not an amending law named by its number', () => {
  const read = (text: string, date = '2026-04-20') => extractReferences(text, { date }).references.map((r) => r.key);

  it.each([
    [
      'the number the table gives to the amended law: no law named inside is added',
      'Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Thuế thu nhập cá nhân số 04/2007/QH12;',
      ['vn:04/2007/qh12'],
    ],
    [
      'a number the table does not know, after one law the table does not know either: nothing is added',
      'Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Xúc tiến thương mại số 99/2030/QH16;',
      ['vn:99/2030/qh16'],
    ],
    ['a law the amending title does not name', 'Căn cứ Luật Kế toán số 88/2015/QH13;', ['vn:88/2015/qh13']],
  ])('%s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
