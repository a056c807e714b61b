import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractTasks, parse, tasksByAgency } from '../../src/index.js';
import { agencyList } from '../../src/extract/agencies/list.js';
import { canonicalTones } from '../../src/grammar/tones.js';

const names = (phrase: string) => agencyList(canonicalTones(phrase), phrase, 0).map((a) => a.name);
const leads = (text: string) => extractTasks(text).map((t) => t.agencies.map((a) => a.name));
const leadsOf = (text: string, given: Parameters<typeof extractTasks>[1]) =>
  extractTasks(text, given).map((t) => t.agencies.map((a) => a.name));

describe('agency lists', () => {
  it.each([
    ['Sở Văn hóa, Thể thao và Du lịch', ['Sở Văn hóa, Thể thao và Du lịch']],
    [
      'Báo Đồng Tháp, Đài Phát thanh và Truyền hình Đồng Tháp',
      ['Báo Đồng Tháp', 'Đài Phát thanh và Truyền hình Đồng Tháp'],
    ],
    ['Giám đốc Sở Nội vụ', ['Sở Nội vụ']],
    ['Chánh Văn phòng UBND tỉnh', ['Văn phòng Ủy ban nhân dân tỉnh']],
    ['Ủy ban Mặt trận Tổ quốc tỉnh và các Hội Đoàn thể', ['Ủy ban Mặt trận Tổ quốc tỉnh', 'Các Hội Đoàn thể']],
    ['UBND các huyện, thị xã, thành phố', ['Ủy ban nhân dân các huyện, thị xã, thành phố']],
    ['SỞ Y TẾ', ['Sở Y tế']],
    // a name in capitals before a sentence in normal case, office holders and a list's commas in it
    ['GIÁM ĐỐC SỞ NỘI VỤ chịu trách nhiệm tổng hợp', ['Sở Nội vụ']],
    [
      'GIÁM ĐỐC CÔNG AN TỈNH, CHÁNH VĂN PHÒNG UBND TỈNH chịu trách nhiệm',
      ['Công an tỉnh', 'Văn phòng Ủy ban nhân dân tỉnh'],
    ],
    // a kind of body after a title and "các" is the group of such bodies
    ['Giám đốc các trung tâm y tế', ['Các trung tâm y tế']],
    ['Thủ trưởng các cơ sở giáo dục nghề nghiệp', ['Các cơ sở giáo dục nghề nghiệp']],
    ['Các chi cục, trung tâm trực thuộc', ['Các chi cục, trung tâm trực thuộc']],
    // capitals that name no body stay no name
    ['BAN HÀNH QUY CHẾ kèm theo Quyết định này', []],
    ['CĂN CỨ LUẬT TỔ CHỨC CHÍNH QUYỀN ĐỊA PHƯƠNG ngày 19 tháng 6 năm 2015', []],
    // a kind of body a law names ("cơ quan thuế") stands in a list with the groups after it
    [
      'Cơ quan thuế, các đơn vị cấp tỉnh và các địa phương',
      ['Các cơ quan thuế', 'Các đơn vị cấp tỉnh', 'Các địa phương'],
    ],
    // a named fund opens with "Quỹ" and a capital, in either tone placement; "quỹ bảo hiểm …" is a kind of fund
    [
      'Quỹ Khuyến học tỉnh Đắk Nông và Quỹ Bảo trợ trẻ em tỉnh',
      ['Quỹ Khuyến học tỉnh Đắk Nông', 'Quỹ Bảo trợ trẻ em tỉnh'],
    ],
    ['Quỹ bảo hiểm hưu trí bổ sung', []],
    [
      'Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các huyện và các cơ quan, đơn vị có liên quan',
      ['Các sở, ban, ngành tỉnh', 'Ủy ban nhân dân các huyện'],
    ],
    // the closing article of a Prime Minister's decision: the titles of every ministry and agency stand for them
    [
      'Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương',
      [
        'Các Bộ',
        'Các cơ quan ngang bộ',
        'Các cơ quan thuộc Chính phủ',
        'Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương',
      ],
    ],
    ['Các Cục trưởng', ['Các Cục']],
    // a title over one named body stays that body, and "Bộ trưởng" of a named ministry is the ministry
    ['Bộ trưởng Bộ Nội vụ, Thủ trưởng đơn vị được giao', ['Bộ Nội vụ', 'Đơn vị được giao']],
    // the name ends where the sentence goes on: a phrase of scope, or a clause opened by "do"
    ['Các bộ, ngành, địa phương theo chức năng, nhiệm vụ được giao', ['Các bộ, ngành, địa phương']],
    ['Bộ Y tế, Bộ Tài chính theo thẩm quyền', ['Bộ Y tế', 'Bộ Tài chính']],
    ['Ủy ban nhân dân cấp tỉnh trong phạm vi nhiệm vụ, quyền hạn của mình', ['Ủy ban nhân dân cấp tỉnh']],
    ['Chủ tịch Hội đồng trọng tài do các bên quyết định và', ['Hội đồng trọng tài']],
    ['Các Bộ trưởng theo chức năng, nhiệm vụ được giao', ['Các Bộ']],
    // a parenthetical that defines a short name is no part of the name; one that says which unit is
    ['Các cơ quan ngang bộ (sau đây gọi tắt là bộ)', ['Các cơ quan ngang bộ']],
    ['Văn phòng UBND tỉnh (Trung tâm Thông tin)', ['Văn phòng Ủy ban nhân dân tỉnh (Trung tâm Thông tin)']],
    // "hoặc" names a body or another: each its own (a bare "Tòa án" is the common noun)
    ['Hội đồng trọng tài lao động hoặc Tòa án', ['Hội đồng trọng tài lao động']],
    ['Sở Y tế hoặc Sở Tài chính', ['Sở Y tế', 'Sở Tài chính']],
    // the colon's fields end where a body of its own is named
    [
      'Các Bộ: Y tế, Tài chính và Ủy ban nhân dân tỉnh, thành phố',
      ['Bộ Y tế', 'Bộ Tài chính', 'Ủy ban nhân dân tỉnh, thành phố'],
    ],
    // …but not at a field the gazetteer names with the head ("Công an": Bộ Công an), nor past a phrase of scope
    [
      'Các Bộ trưởng: Tài chính, Quốc phòng, Công an, Chủ tịch Hội đồng quản lý',
      ['Bộ Tài chính', 'Bộ Quốc phòng', 'Bộ Công an', 'Hội đồng quản lý'],
    ],
    [
      'Các Bộ: Tài chính, Xây dựng, Công an, Quốc phòng theo chức năng, nhiệm vụ rà soát',
      ['Bộ Tài chính', 'Bộ Xây dựng', 'Bộ Công an', 'Bộ Quốc phòng'],
    ],
    // the agents of a clause "do … thành lập" are none of the list's bodies
    [
      'Các Bộ trưởng, người đứng đầu cơ quan do Chính phủ, Thủ tướng Chính phủ thành lập, Ủy ban nhân dân cấp tỉnh',
      ['Các Bộ', 'Ủy ban nhân dân cấp tỉnh'],
    ],
    // words for any body beside the generic parties of a rule name no kind of body: a catch-all
    ['các cơ quan, tổ chức, doanh nghiệp', []],
    // a word for any body alone names none; "Các địa phương" names the localities
    ['Các cơ quan', []],
    ['Các địa phương', ['Các địa phương']],
    ['Các sở, ban, ngành, doanh nghiệp', ['Các sở, ban, ngành, doanh nghiệp']],
  ])('%s', (phrase, expected) => {
    expect(names(phrase)).toEqual(expected);
  });

  it('is no list when the phrase does not open with an agency', () => {
    expect(names('Các chỉ tiêu chủ yếu')).toEqual([]);
    expect(names('Tăng cường tuyên truyền')).toEqual([]);
    // a head word that a normative text uses as a common noun: a case, a report, a code, a kind of insurance
    expect(names('Trường hợp người lao động có quyền đình công')).toEqual([]);
    expect(names('Báo cáo thông tin tài chính quỹ bảo hiểm')).toEqual([]);
    expect(names('Bộ luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2021')).toEqual([]);
    expect(names('Bảo hiểm xã hội bắt buộc có các chế độ sau đây')).toEqual([]);
    expect(names('Bảo hiểm xã hội Việt Nam')).toEqual(['Bảo hiểm xã hội Việt Nam']);
  });

  it('names the successors of a body the 2025 reorganization ended, and none for one that remains', () => {
    const [labour] = agencyList('Sở Lao động - Thương binh và Xã hội', 'Sở Lao động - Thương binh và Xã hội', 0);
    expect(labour!.successors).toEqual(['Sở Nội vụ', 'Sở Y tế', 'Sở Giáo dục và Đào tạo']);
    expect(agencyList('Sở Tư pháp', 'Sở Tư pháp', 0)[0]!.successors).toEqual([]);
    // the district level ended on 1 July 2025
    expect(
      agencyList('Ủy ban nhân dân các huyện, thị xã', 'Ủy ban nhân dân các huyện, thị xã', 0)[0]!.successors,
    ).toEqual(['Ủy ban nhân dân các xã, phường, đặc khu']);
  });
});

describe('tasks', () => {
  it('a block headed by an agency gives one task per bullet', () => {
    const text =
      'III. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế:\n- Tổ chức khám sàng lọc cho trẻ em.\n- Báo cáo kết quả hằng năm.\n2. Công an tỉnh: Chủ trì phòng ngừa tội phạm xâm hại trẻ em.';
    expect(leads(text)).toEqual([['Sở Y tế'], ['Sở Y tế'], ['Công an tỉnh']]);
    expect(extractTasks(text)[2]!.text).toBe('Chủ trì phòng ngừa tội phạm xâm hại trẻ em.');
  });

  it('"Giao X chủ trì, phối hợp với Y" names the lead and the coordinators', () => {
    const [task] = extractTasks(
      '- Giao Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với Sở Tư pháp và Công an tỉnh theo dõi, kiểm tra việc thực hiện.',
    );
    expect(task!.agencies.map((a) => a.name)).toEqual(['Sở Lao động - Thương binh và Xã hội']);
    expect(task!.coordinators.map((a) => a.name)).toEqual(['Sở Tư pháp', 'Công an tỉnh']);
  });

  it('a point that opens with one of the heading agencies is that agency’s alone', () => {
    const text =
      '12. Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh, Hội Liên hiệp Phụ nữ tỉnh:\n- Tăng cường tuyên truyền.\n- Hội Liên hiệp Phụ nữ tỉnh vận động hội viên.';
    expect(leads(text)).toEqual([
      ['Ủy ban Mặt trận Tổ quốc tỉnh', 'Hội Liên hiệp Phụ nữ tỉnh'],
      ['Hội Liên hiệp Phụ nữ tỉnh'],
    ]);
  });

  it('"Các Bộ: Y tế, Công Thương, …" assigns each ministry', () => {
    const text = '1. Các Bộ: Y tế, Công Thương, Nông nghiệp và Môi trường\na) Hướng dẫn thi hành.';
    expect(leads(text)).toEqual([['Bộ Y tế', 'Bộ Công Thương', 'Bộ Nông nghiệp và Môi trường']]);
  });

  it('a titled point of a part handing out work assigns the paragraph that opens with bodies and their duty', () => {
    const text =
      'Điều 3. Trách nhiệm tổ chức thực hiện\n4. Trách nhiệm phối hợp trong tổ chức thực hiện\nCác Bộ: Y tế, Công Thương, Tài chính và Ủy\nban nhân dân tỉnh, thành phố có trách nhiệm hoàn thiện việc kết nối dữ liệu.';
    expect(leads(text)).toEqual([['Bộ Y tế', 'Bộ Công Thương', 'Bộ Tài chính', 'Ủy ban nhân dân tỉnh, thành phố']]);
    // not a line that goes on the sentence before it, nor a point outside such a part
    expect(
      leads(
        'Điều 10. Tổ chức thực hiện\n2. Thông tư số 102/2018/TT-BTC của Bộ trưởng\nBộ Tài chính hướng dẫn kế toán hết hiệu lực.',
      ),
    ).toEqual([]);
    expect(
      leads('III. NHIỆM VỤ\n2. Tổ chức Cuộc thi\nSở Nội vụ chủ trì, phối hợp với các cơ quan xây dựng Cuộc thi.'),
    ).toEqual([]);
  });

  it('a decision’s closing article names bodies, not office holders, catch-alls or people', () => {
    const text =
      'Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng các sở, ban, ngành tỉnh và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.';
    expect(leads(text)).toEqual([['Văn phòng Ủy ban nhân dân tỉnh', 'Sở Nội vụ', 'Các sở, ban, ngành tỉnh']]);
  });

  it('a closing article with a title of its own ("Điều 25. Trách nhiệm thi hành") gives its sentence\'s bodies', () => {
    const closing = (heading: string) =>
      `NGHỊ ĐỊNH:\n${heading}\nCác Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân cấp tỉnh\nchịu trách nhiệm thi hành Nghị định này./.`;
    const bodies = [['Các Bộ', 'Các cơ quan ngang bộ', 'Ủy ban nhân dân cấp tỉnh']];
    expect(leadsOf(closing('Điều 25. Trách nhiệm thi hành'), { normative: true })).toEqual(bodies);
    // the subject wrapped over the article's own line is read whole
    expect(leadsOf(closing('Điều 25. Giám đốc Sở Nội vụ,'), { normative: true })).toEqual([
      ['Sở Nội vụ', ...bodies[0]!],
    ]);
  });

  it('a work point with labelled fields takes its lead and coordinators from them', () => {
    const text =
      '1. Hạ tầng\n(1) Sao lưu các cơ sở dữ liệu.\n- Đơn vị chủ trì thực hiện: Văn phòng UBND tỉnh.\n- Đơn vị phối hợp: Sở Tài chính; UBND các xã, phường, đặc khu.\n- Thời gian hoàn thành: Trong tháng 8/2025.';
    const [task] = extractTasks(text);
    expect(task!.agencies.map((a) => a.name)).toEqual(['Văn phòng Ủy ban nhân dân tỉnh']);
    expect(task!.coordinators.map((a) => a.name)).toEqual(['Sở Tài chính', 'Ủy ban nhân dân các xã, phường, đặc khu']);
  });

  it('in a part that hands out work, a point opening with an agency and any duty assigns it', () => {
    const points =
      '1. Ban Thường vụ Tỉnh ủy, Thành ủy lãnh đạo, chỉ đạo các cấp ủy đảng.\n2. Bộ Văn hóa, Thể thao và Du lịch phối hợp với Bộ Công an định hướng thông tin.\n3. Các sở, ngành căn cứ chức năng, nhiệm vụ tổ chức thực hiện.';
    expect(leads(`II. TỔ CHỨC THỰC HIỆN\n${points}`)).toEqual([
      ['Ban Thường vụ Tỉnh ủy, Thành ủy'],
      ['Bộ Văn hóa, Thể thao và Du lịch'],
    ]);
    // the partner's name ends at the verb of the work ("định hướng")
    expect(extractTasks(`II. TỔ CHỨC THỰC HIỆN\n${points}`)[1]!.coordinators.map((a) => a.name)).toEqual([
      'Bộ Công an',
    ]);
    // elsewhere such a point may only state what a body does; "căn cứ" states everywhere
    expect(leads(`I. MỤC ĐÍCH, YÊU CẦU\n${points}`)).toEqual([]);
  });

  it('keeps "dự án đầu tư xây dựng" whole: a set term, not a body and its duty', () => {
    const [task] = extractTasks(
      '3. Giao Ban Quản lý dự án đầu tư xây dựng số 1 chủ trì, phối hợp với Sở Xây dựng rà soát hồ sơ.',
    );
    expect(task!.agencies.map((a) => a.name)).toEqual(['Ban Quản lý dự án đầu tư xây dựng số 1']);
    // only "xây dựng" after "đầu tư": other duties still end the name
    expect(leads('1. Chủ đầu tư dự án Khu dân cư Bắc Hội An có trách nhiệm:\na) Nộp hồ sơ.')).toEqual([
      ['Chủ đầu tư dự án Khu dân cư Bắc Hội An'],
    ]);
    // a generic private party of a rule gets no row (GOLD.md)
    expect(leads('1. Nhà đầu tư có trách nhiệm:\na) Nộp hồ sơ.')).toEqual([]);
  });

  it('reads "được" before a duty as passive, and "là cơ quan đầu mối" as leading', () => {
    const text =
      'III. TỔ CHỨC THỰC HIỆN\n1. Các cơ quan, đơn vị được kiểm tra\na) Chuẩn bị báo cáo.\n2. Bộ Nội vụ là cơ quan đầu mối giúp Chính phủ theo dõi, đôn đốc.';
    expect(leads(text)).toEqual([['Các cơ quan, đơn vị được kiểm tra'], ['Bộ Nội vụ']]);
  });

  it('a heading that is no agency, and a sentence an agency merely opens, assign nothing', () => {
    expect(
      extractTasks(
        '1. Mục đích:\n- Nâng cao nhận thức.\n2. Công an tỉnh là lực lượng nòng cốt trong phòng chống ma túy.',
      ),
    ).toEqual([]);
  });

  it('the title of a chapter names its topic, not a body its articles give work to', () => {
    const inspection =
      'Chương XVI\nTHANH TRA LAO ĐỘNG, XỬ LÝ VI PHẠM PHÁP LUẬT VỀ LAO ĐỘNG\nĐiều 214. Nội dung thanh tra lao động\n1. Thanh tra việc chấp hành quy định.\n2. Điều tra tai nạn lao động.\nĐiều 217. Xử lý vi phạm\nNgười nào có hành vi vi phạm thì bị xử lý.\n';
    expect(extractTasks(inspection)).toEqual([]);
    const government =
      'Chương II\nCHÍNH PHỦ\nĐiều 5. Nhiệm vụ\n1. Lãnh đạo công tác của các bộ.\n2. Thống nhất quản lý.\n';
    expect(extractTasks(government)).toEqual([]);
  });

  it('a member list wrapped over its lines heads no work, whatever the tone placement ("Uỷ ban")', () => {
    const text =
      '3. Các ủy viên:\n- Bộ trưởng Bộ Quốc phòng;\n- Phó Chủ tịch Uỷ ban Trung ương Mặt trận tổ quốc Việt Nam, Chủ tịch\nTổng Liên đoàn lao động Việt Nam;\n- 01 Thứ trưởng Bộ Nội vụ.';
    expect(leads(text)).toEqual([]);
    // the old-style "Uỷ" with a capital is the head "Ủy ban" all the same
    expect(leads('3. Uỷ ban nhân dân tỉnh, thành phố\na) Tuyên truyền pháp luật.\nb) Kiểm tra định kỳ.')).toEqual([
      ['Uỷ ban nhân dân tỉnh, thành phố'],
      ['Uỷ ban nhân dân tỉnh, thành phố'],
    ]);
  });

  it('an article whose bodies follow a time limit set before them ("Trong thời hạn 30 ngày …, X có trách nhiệm …") assigns it', () => {
    const text =
      'QUYẾT ĐỊNH:\nĐiều 1. Cho phép sáp nhập Hội A vào Hội B.\nĐiều 2. Trong thời hạn 30 (ba mươi) ngày kể từ ngày Quyết định này có hiệu lực, Hội Cựu chiến binh tỉnh Bình Thuận (trước sắp xếp) có trách nhiệm chuyển giao toàn bộ tài sản.\nĐiều 3. Trong năm 2026, Sở Nội vụ đã hoàn thành việc sắp xếp.';
    expect(leads(text)).toEqual([['Hội Cựu chiến binh tỉnh Bình Thuận (trước sắp xếp)']]);
  });

  it('a basis stated first ("căn cứ …") then a leading duty in the same sentence assigns it; the basis alone does not', () => {
    const stated =
      'II. NHIỆM VỤ\na) Các sở, ban, ngành và Ủy ban nhân dân các xã, phường căn cứ kế hoạch hằng năm, định kỳ hằng tháng có trách nhiệm rà soát, cập nhật kết quả.';
    expect(leads(stated)).toEqual([['Các sở, ban, ngành', 'Ủy ban nhân dân các xã, phường']]);
    const basisOnly =
      'II. NHIỆM VỤ\na) Các sở, ngành tỉnh căn cứ chức năng, nhiệm vụ tổ chức quán triệt Kế hoạch; phân công trách nhiệm trong việc chỉ đạo, kiểm tra.';
    expect(leads(basisOnly)).toEqual([]);
  });

  it('a report telling what was done assigns nothing: a past particle before the duty, a part of results', () => {
    expect(
      leads(
        '1. Ủy ban nhân dân tỉnh đã chỉ đạo Công an tỉnh mở nhiều đợt cao điểm, cụ thể:\n+ Năm 2011, đã phát hiện 209 vụ.',
      ),
    ).toEqual([]);
    expect(leads('II. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế vừa ban hành kế hoạch.')).toEqual([]);
    const report =
      'III. KẾT QUẢ THỰC HIỆN CHIẾN LƯỢC\n- UBND tỉnh chỉ đạo Công an tỉnh chủ trì lấy ý kiến góp ý dự thảo Luật.\n- Giao Công an tỉnh chủ động tham mưu xây dựng lực lượng.\nIV. KIẾN NGHỊ, ĐỀ XUẤT\n1. Đề nghị Bộ Công an hướng dẫn việc quản lý người nghiện.';
    expect(leads(report)).toEqual([['Bộ Công an']]);
  });

  it('a heading that lists topics with a body ("ĐOÀN KIỂM TRA, …, THỜI GIAN KIỂM TRA") heads no work of its own', () => {
    const text =
      'IV. ĐOÀN KIỂM TRA, ĐƠN VỊ ĐƯỢC KIỂM TRA, THỜI GIAN KIỂM TRA\n1. Số lượng đơn vị kiểm tra: Tối thiểu 20% cơ quan.\n2. Thời gian kiểm tra: Theo Phụ lục I.\nV. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ\na) Ban hành Thông báo kết luận kiểm tra.';
    expect(leads(text)).toEqual([['Sở Nội vụ']]);
    // a heading naming bodies alone still heads their points
    expect(leads('IV. ĐOÀN KIỂM TRA\n1. Kiểm tra hồ sơ.\n2. Thông qua kết luận.')).toEqual([
      ['Đoàn Kiểm tra'],
      ['Đoàn Kiểm tra'],
    ]);
  });

  it('a body that hands work on ("Chủ tịch UBND tỉnh giao Sở Nội vụ chủ trì …") assigns it to the body after the verb', () => {
    expect(
      leads('1. Chủ tịch UBND tỉnh giao Sở Nội vụ chủ trì phối hợp với các ngành có liên quan tổ chức kiểm tra.'),
    ).toEqual([['Sở Nội vụ']]);
    // the assigner's own duty comes first: the body before it leads
    expect(leads('1. Sở Y tế chủ trì, đề nghị Sở Tài chính bố trí kinh phí.')).toEqual([['Sở Y tế']]);
  });

  it('a lettered list in the Latin order ("e)", "f)", "g)") keeps its "f)" as a point', () => {
    const text =
      '1. Sở Tài chính:\na) Thẩm định hồ sơ.\ne) Bố trí kinh phí.\nf) Kiểm tra quyết toán.\ng) Báo cáo kết quả.';
    expect(extractTasks(text).map((t) => t.text)).toEqual([
      'a) Thẩm định hồ sơ.',
      'e) Bố trí kinh phí.',
      'f) Kiểm tra quyết toán.',
      'g) Báo cáo kết quả.',
    ]);
  });

  it('a letter or plan asks no task by its closing request, nor of its own issuer; an instrument does', () => {
    const text =
      '1. Sở Xây dựng:\n- Kiểm tra vật liệu.\n2. Giao Bộ Tài chính chủ trì xây dựng dự thảo.\n3. Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các Sở, ban, ngành của tỉnh, Chủ tịch UBND các xã, phường và các tổ chức, cá nhân có liên quan nghiêm túc thực hiện.';
    const letter = (given: Parameters<typeof extractTasks>[1]) => leadsOf(text, given);
    expect(letter({ instrument: false, issuer: 'Bộ Tài chính' })).toEqual([['Sở Xây dựng']]);
    expect(letter({ instrument: true, issuer: 'Bộ Tài chính' })).toEqual([
      ['Sở Xây dựng'],
      ['Bộ Tài chính'],
      ['Các Sở, ban, ngành của tỉnh', 'Ủy ban nhân dân các xã, phường'],
    ]);
    // a duty before the execution verb is work of its own; a department is its issuer with the locality
    expect(
      leadsOf('Giao Sở Y tế chủ trì, phối hợp với các cơ quan liên quan tổ chức triển khai thực hiện.', {
        instrument: false,
        issuer: 'Sở Nội vụ tỉnh Lâm Đồng',
      }),
    ).toEqual([['Sở Y tế']]);
    expect(
      leadsOf('Giao Sở Nội vụ chủ trì tham mưu đánh giá chỉ số.', {
        instrument: false,
        issuer: 'Sở Nội vụ tỉnh Lâm Đồng',
      }),
    ).toEqual([]);
  });

  it('a titled point of TỔ CHỨC THỰC HIỆN assigns each of its paragraphs that opens with bodies and a duty', () => {
    const text =
      'III. TỔ CHỨC THỰC HIỆN\n1. Công tác triển khai\nCác sở, ban, ngành căn cứ nhiệm vụ được giao có trách nhiệm xây dựng kế hoạch.\nCơ quan, đơn vị được giao nhiệm vụ theo dõi thường xuyên kiểm tra, đôn đốc.\nSở Nội vụ có trách nhiệm giúp Ủy ban nhân dân tỉnh theo dõi, kiểm tra.';
    expect(extractTasks(text).map((t) => [t.agencies.map((a) => a.name), t.text.slice(0, 20)])).toEqual([
      [['Các sở, ban, ngành'], 'Các sở, ban, ngành c'],
      [['Sở Nội vụ'], 'Sở Nội vụ có trách n'],
    ]);
  });

  it('a point among points headed by bodies hands out its work as a part TỔ CHỨC THỰC HIỆN does', () => {
    const list =
      '1. Sở Xây dựng:\n- Kiểm tra vật liệu.\n2. Sở Công Thương:\n- Quản lý vật liệu nổ.\n3. Công an tỉnh:\n- Tuần tra.\n4. Các Sở, ban, ngành thuộc tỉnh theo chức năng, nhiệm vụ được giao chủ động tổ chức thực hiện các nhiệm vụ.';
    expect(leads(list).at(-1)).toEqual(['Các Sở, ban, ngành thuộc tỉnh']);
    // lines of a report, each a body and what it did, make no such list
    const report =
      'b) Làm sạch dữ liệu:\n- Bảo hiểm xã hội tỉnh: đã cập nhật 2.896.072 người.\n- Sở Giáo dục và Đào tạo: đã cập nhật hồ sơ.\n- Sở Y tế: đã cập nhật hồ sơ.\n- Các Sở, ban, ngành theo chức năng, nhiệm vụ được giao chủ động làm sạch dữ liệu.';
    expect(leads(report).flat()).not.toContain('Các Sở, ban, ngành');
  });

  it('a heading that ends asking other bodies ("… và đề nghị Bộ tư lệnh …") heads the work below for them too', () => {
    const text =
      'III. NHIỆM VỤ\nc) Bộ Chỉ huy quân sự tỉnh chỉ đạo lực lượng Bộ đội Biên phòng và đề nghị Bộ tư lệnh Vùng Cảnh sát biển 3\nPhối hợp với cấp ủy, chính quyền địa phương đẩy mạnh tuyên truyền.';
    expect(leads(text)).toEqual([['Bộ Chỉ huy quân sự tỉnh', 'Bộ tư lệnh Vùng Cảnh sát biển 3']]);
    // a point whose one sentence ends on a body asks it nothing
    expect(
      leads('II. TỔ CHỨC THỰC HIỆN\n3. Văn phòng Bộ tổng hợp dự toán kinh phí giao cho Văn phòng Bộ quản lý.'),
    ).toEqual([['Văn phòng Bộ']]);
  });

  it("a point of a headed block that hands its work to a body to lead is that body's too", () => {
    const text =
      '7. Trách nhiệm của các sở, ban, ngành\na) Khi có kết quả đánh giá chính thức giao Sở Nội vụ chủ trì cùng với các đơn vị tổ chức phân tích.\nb) Chủ động xây dựng kế hoạch khắc phục, đề nghị Sở Tài chính hỗ trợ kinh phí.';
    expect(leads(text)).toEqual([['Các sở, ban, ngành', 'Sở Nội vụ'], ['Các sở, ban, ngành']]);
  });

  it.each([
    {
      what: "a point of a title of duties headed by a body alone is that body's, its paragraphs its items",
      text: 'IV. TỔ CHỨC THỰC HIỆN\n1. Trách nhiệm của các sở, ngành\n1.1. Sở Xây dựng\nHướng dẫn quy hoạch.\n1.2. Sở Công Thương\nKiểm tra thị trường.\nBáo cáo kết quả.',
      rows: [['Sở Xây dựng'], ['Sở Công Thương'], ['Sở Công Thương']],
    },
    {
      what: "a point that opens with its own body and duty, in a part that hands out work, is that body's too",
      text: 'IV. TỔ CHỨC THỰC HIỆN\n2. Đảng ủy Các cơ quan Đảng tỉnh chỉ đạo:\n2.1. Đảng ủy Hội đồng nhân dân tỉnh lãnh đạo Hội đồng nhân dân tỉnh xem xét.\n2.2. Tuyên truyền sâu rộng.',
      rows: [['Đảng ủy Các cơ quan Đảng tỉnh', 'Đảng ủy Hội đồng nhân dân tỉnh'], ['Đảng ủy Các cơ quan Đảng tỉnh']],
    },
    {
      what: 'a bare head opening a point is its verb, not a body ("Thanh tra, kiểm tra …")',
      text: 'Điều 26. Tổ chức thực hiện\n1. Bộ Y tế có trách nhiệm:\na) Ban hành quy chế;\nb) Thanh tra, kiểm tra việc thực hiện.',
      rows: [['Bộ Y tế'], ['Bộ Y tế']],
    },
    {
      what: 'a name list that goes on over the line heads nothing by itself',
      text: 'Điều 5. Trách nhiệm của các bộ, ngành\na) Ủy ban nhân dân các tỉnh, thành phố Hà Nội, Hòa Bình,\nCần Thơ phối hợp với Bộ Công an.',
      rows: [['Các bộ, ngành']],
    },
  ])('$what', ({ text, rows }) => {
    expect(leads(text)).toEqual(rows);
  });

  it.each([
    [
      'Ủy ban nhân dân tỉnh giao các sở, ban, ngành chủ trì triển khai các nhiệm vụ theo lĩnh vực.',
      [['Các sở, ban, ngành']],
    ],
    ['Giao các sở, ngành chủ trì rà soát thủ tục hành chính.', [['Các sở, ngành']]],
    // a letter's closing request is no task (GOLD.md), nor a catch-all
    ['Đề nghị các cơ quan, đơn vị phản ánh về Sở Nội vụ để tổng hợp.', []],
    ['Yêu cầu các sở, ban, ngành nghiêm túc triển khai thực hiện./.', []],
    ['Giao các cơ quan, đơn vị liên quan phối hợp thực hiện.', []],
  ])('"giao" gives work to a group named by its kind, in running text: %s', (text, rows) => {
    expect(leads(text)).toEqual(rows);
  });

  it.each([
    ['Sở Y tế chủ trì, phối hợp với Sở Tài chính hướng dẫn thực hiện.', [['Sở Y tế']]],
    ['Kính gửi: Sở Y tế\nGiám đốc Sở Nội vụ chịu trách nhiệm tổng hợp, báo cáo.', [['Sở Nội vụ']]],
    // a body that receives a letter "về việc tham mưu …" is not the subject of "tham mưu"
    ['Ủy ban nhân dân tỉnh nhận được Công văn số 23/BCA của Bộ Công an về việc tham mưu ban hành Nghị quyết.', []],
    // a duty that does not lead states how bodies act
    ['Các sở, ngành căn cứ chức năng, nhiệm vụ tổ chức thực hiện.', []],
    // a paragraph under a point that heads no body describes its content
    ['1. Tổ chức chương trình truyền hình:\nBáo Lâm Đồng chủ trì, phối hợp với các sở thực hiện chương trình.', []],
  ])('a paragraph of running text that opens with bodies and a duty to lead: %s', (text, rows) => {
    expect(leads(text)).toEqual(rows);
  });

  it('"Kính đề nghị X …" asks a superior, it assigns nothing', () => {
    expect(leads('Kính đề nghị Văn phòng UBND tỉnh thẩm định, trình Chủ tịch UBND tỉnh ký duyệt, ban hành./.')).toEqual(
      [],
    );
    expect(leads('Đề nghị Sở Y tế thẩm định, trình Chủ tịch UBND tỉnh phê duyệt.')).toEqual([['Sở Y tế']]);
  });

  it('reads the plan a decision issues with it, printed after the signature; not an attached charter', () => {
    const decision = (title: string, body: string) =>
      `QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này ${title}.\nĐiều 2. Bộ trưởng Bộ Y tế chịu trách nhiệm thi hành Quyết định này./.\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nNguyễn Văn A\n\n${title.toUpperCase()}\nThực hiện Chỉ thị số 52-CT/TW\n(Kèm theo Quyết định số 844/QĐ-TTg ngày 13 tháng 5 năm 2026\ncủa Thủ tướng Chính phủ)\n${body}`;
    const plan = decision(
      'Kế hoạch hành động',
      'I. MỤC TIÊU\n1. Nâng cao chất lượng.\nII. TỔ CHỨC THỰC HIỆN\n1. Bộ Y tế chủ trì, phối hợp với các bộ theo dõi việc thực hiện.\n2. Bộ Tài chính bảo đảm kinh phí thực hiện.',
    );
    expect(leads(plan)).toEqual([['Bộ Y tế'], ['Bộ Y tế'], ['Bộ Tài chính']]);
    const charter = decision(
      'Điều lệ Quỹ',
      'Điều 5. Hội đồng quản lý Quỹ\nHội đồng quản lý Quỹ chủ trì xây dựng kế hoạch hoạt động hằng năm.',
    );
    expect(leads(charter)).toEqual([['Bộ Y tế']]);
  });

  it('a basis set before a plural subject ("Trên cơ sở …, các Bộ, … tổ chức …") leaves the subject to assign', () => {
    const text =
      'III. TỔ CHỨC THỰC HIỆN\n1. Trên cơ sở nội dung Chỉ thị số 52-CT/TW, Kế hoạch hành động, các Bộ, cơ quan ngang bộ theo nhiệm vụ được giao tổ chức xây dựng kế hoạch.\n2. Trên cơ sở đề xuất của các bộ, cơ quan ngang bộ, Bộ Tài chính tổng hợp dự toán.';
    expect(leads(text)).toEqual([['Các Bộ', 'Các cơ quan ngang bộ']]);
  });

  it('a body that asks another ("Ủy ban nhân dân tỉnh giao Sở Tài chính …") is not the one that does the work', () => {
    expect(
      leads('II. TỔ CHỨC THỰC HIỆN\n1. Ủy ban nhân dân tỉnh giao Sở Tài chính chủ trì xây dựng kế hoạch.'),
    ).toEqual([['Sở Tài chính']]);
  });

  it('in a normative text only the implementing parts and the closing sentence hand out work', () => {
    const text =
      'NGHỊ QUYẾT:\nĐiều 2. Cơ chế\n1. Ủy ban nhân dân cấp tỉnh chịu trách nhiệm báo cáo Hội đồng nhân dân cấp tỉnh.\nĐiều 5. Tổ chức thực hiện\n1. Bộ Nội vụ chủ trì hướng dẫn thực hiện Nghị quyết này.\n2. Người đứng đầu cơ quan, đơn vị, cán bộ, công chức, viên chức có trách nhiệm thực hiện nghiêm.\nĐiều 6. Bộ trưởng, Thủ trưởng cơ quan ngang bộ chịu trách nhiệm thi hành Nghị quyết này./.';
    const normative = extractTasks(text, { normative: true }).map((t) => t.agencies.map((a) => a.name));
    expect(normative).toEqual([['Bộ Nội vụ'], ['Các Bộ', 'Các cơ quan ngang bộ']]);
    expect(leads(text)).toContainEqual(['Ủy ban nhân dân cấp tỉnh']);
  });

  it('a point among a body\'s powers ("Quyền hạn của Ban Chỉ đạo") hands no work to the bodies it names', () => {
    const text =
      'QUYẾT ĐỊNH:\nĐiều 2. Nhiệm vụ và quyền hạn của Ban Chỉ đạo:\n1. Nghiên cứu, xây dựng Đề án.\nĐiều 3. Quyền hạn của Ban Chỉ đạo\n1. Yêu cầu các Bộ, ngành, địa phương cung cấp thông tin, tài liệu.';
    expect(leads(text)).toEqual([['Ban Chỉ đạo']]);
  });

  it('every task span is its text, inside the document', () => {
    const result = parse(readFileSync(new URL('../../corpus/seeds/002_ee248a160ad50f8c.txt', import.meta.url)));
    expect(result.tasks.length).toBeGreaterThan(10);
    for (const task of result.tasks) expect(result.text!.slice(...task.span)).toBe(task.text);
  });
});

describe('assignment tables', () => {
  const leadsOfRows = (text: string) =>
    extractTasks(text).map((t) => [t.text, t.agencies.map((a) => a.name), t.coordinators.map((a) => a.name)]);

  it('reads a coordinating cell whose plural marker stands on a line of its own ("Các" / "Bộ, ngành, địa phương")', () => {
    const text = [
      'PHÂN CÔNG NHIỆM VỤ',
      'TT',
      'Nhiệm vụ',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Sản phẩm',
      'Thời gian hoàn thành',
      '1',
      'Tổ chức tuyên truyền, phổ biến, quán triệt thường xuyên về công tác phi chính phủ nước ngoài.',
      'Bộ Ngoại',
      'giao',
      'Các',
      'Bộ, ngành, địa phương',
      'Kế hoạch, tài liệu tuyên truyền.',
      'Thường xuyên',
      '2',
      'Rà soát văn bản',
      'Bộ Tư pháp',
      'Bộ Tài chính',
      'Báo cáo',
      'Năm 2026',
    ].join('\n');
    expect(extractTasks(text).map((t) => [t.agencies.map((a) => a.name), t.coordinators.map((a) => a.name)])).toEqual([
      [['Bộ Ngoại giao'], ['Các Bộ, ngành, địa phương']],
      [['Bộ Tư pháp'], ['Bộ Tài chính']],
    ]);
  });

  it('reads a lead cell that says its body leads ("Bộ Tư pháp chủ trì hướng dẫn, …") as the lead', () => {
    const text = [
      'PHÂN CÔNG NHIỆM VỤ',
      'TT',
      'Nhiệm vụ',
      'Thời gian hoàn thành',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      '1',
      'Tổng rà soát hệ thống pháp luật Việt Nam',
      'Tháng 12/2026',
      'Bộ Tư pháp chủ trì hướng dẫn,',
      'tổng hợp, báo cáo',
      'Các bộ, cơ quan, địa',
      'phương rà soát trong lĩnh',
      'vực quản lý được giao',
      '2',
      'Xây dựng chiến lược hệ thống pháp luật',
      'Tháng 12/2026',
      'Bộ Tư pháp',
      'Các bộ, cơ quan, địa phương',
    ].join('\n');
    expect(extractTasks(text).map((t) => [t.agencies.map((a) => a.name), t.coordinators.map((a) => a.name)])).toEqual([
      [['Bộ Tư pháp'], ['Các bộ, cơ quan, địa phương']],
      [['Bộ Tư pháp'], ['Các bộ, cơ quan, địa phương']],
    ]);
  });

  it('reads a row by place only when its lines are the columns: a header title over two lines shifts them', () => {
    const text = [
      'PHÂN CÔNG NHIỆM VỤ',
      'TT',
      'NHIỆM VỤ',
      'THỜI HẠN',
      'HOÀN THÀNH',
      'CƠ QUAN CHỦ TRÌ',
      'CƠ QUAN PHỐI HỢP',
      '1',
      'Xây dựng đề án tái cấu trúc Tập đoàn Điện lực Việt Nam phù hợp',
      'với thị trường điện cạnh tranh',
      'Quý III/2026',
      'Bộ Tài chính',
      'Bộ Công Thương, các bộ,',
      'ngành, Tập đoàn Điện lực',
      'Việt Nam, các Tổng công',
      'ty Điện lực và các tổ chức',
      'liên quan',
      '2',
      'Rà soát quy hoạch điện',
      '2026',
      'Bộ Công Thương',
      'Các địa phương',
      '',
    ].join('\n');
    expect(parse(Buffer.from(text)).tasks.map((t) => t.agencies.map((a) => a.name))).toEqual([
      ['Bộ Tài chính'],
      ['Bộ Công Thương'],
    ]);
  });

  it('rebuilds the rows of a table extracted one cell per line, across a repeated header', () => {
    const text = [
      'PHÂN CÔNG NHIỆM VỤ',
      'STT',
      'Nhiệm vụ',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Thời gian hoàn thành',
      '1',
      'Rà soát văn bản',
      'Sở Tư pháp',
      'Sở Nội vụ',
      'Quý II/2026',
      '2',
      'Xây dựng cơ sở dữ liệu',
      'Sở Khoa học và',
      'Công nghệ',
      'Các sở, ngành có liên quan',
      'Tháng 6/2026',
      'STT',
      'Nhiệm vụ',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Thời gian hoàn thành',
      '3',
      'Tuyên truyền',
      'Báo Lâm Đồng',
      'Sở Văn hóa, Thể thao và Du lịch',
      '2026',
    ].join('\n');
    expect(leadsOfRows(text)).toEqual([
      ['Rà soát văn bản', ['Sở Tư pháp'], ['Sở Nội vụ']],
      ['Xây dựng cơ sở dữ liệu', ['Sở Khoa học và Công nghệ'], []],
      ['Tuyên truyền', ['Báo Lâm Đồng'], ['Sở Văn hóa, Thể thao và Du lịch']],
    ]);
  });

  it('a lead cell numbering its own bodies ("1. Các bộ …" / "2. Bộ Tài chính đầu mối") starts no row, nor restarts a group', () => {
    // GDP targets of a government resolution (unlabeled): rows numbered alone on their line, some lead cells
    // numbering their bodies, groups ("IV") going on with the next number after a repeated header
    const file = new URL('../../corpus/unlabeled/cb-095-nghi-quyet-so-109-nq-cp-469403.txt', import.meta.url);
    const rows = parse(readFileSync(file)).tasks.map((t) => [
      t.text.split('\n')[0]!.trim(),
      t.agencies.map((a) => a.name),
    ]);
    expect(rows).toContainEqual(['Trần nợ công so với GDP', ['Bộ Tài chính', 'Các địa phương']]);
    expect(rows).toContainEqual(['Khu vực nông, lâm nghiệp và thủy sản', ['Bộ Nông nghiệp và Môi trường']]);
    expect(rows.filter(([work]) => work === '.' || work === 'Các đơn vị có liên quan')).toEqual([]);
  });

  it('reads a lead cell that numbers its bodies, each up to its duty, and a name cut by the end of its line', () => {
    // the same resolution: "1. Bộ Tư pháp tổng hợp, …; chủ trì, phối hợp với Bộ Nội vụ …" / "2. Các bộ, cơ quan, địa
    // phương rà soát …"; "Bộ Tài chính, Ngân hàng Nhà nước Việt" / "Nam"
    const file = new URL('../../corpus/unlabeled/cb-095-nghi-quyet-so-109-nq-cp-469403.txt', import.meta.url);
    const tasks = parse(readFileSync(file)).tasks;
    const leadsOf = (work: string) =>
      tasks.filter((t) => t.text.startsWith(work)).map((t) => t.agencies.map((a) => a.name));
    expect(leadsOf('Hoàn thành việc cắt giảm 50% thời gian')).toEqual([['Bộ Tư pháp', 'Các bộ, cơ quan, địa phương']]);
    expect(leadsOf('Trần nợ nước ngoài quốc gia')).toEqual([['Bộ Tài chính', 'Ngân hàng Nhà nước Việt Nam']]);
  });

  it('a title of duties over kinds written without "các" ("Trách nhiệm của bộ, cơ quan ngang bộ, …") heads their work', () => {
    const text =
      'QUYẾT ĐỊNH:\nĐiều 24. Trách nhiệm của bộ, cơ quan ngang bộ, Ủy ban nhân dân cấp tỉnh\n1. Tổ chức tiếp nhận hồ sơ.\nĐiều 25. Trách nhiệm của cơ quan, tổ chức, doanh nghiệp đối với Công đoàn\n1. Phối hợp với Công đoàn.';
    expect(extractTasks(text).map((t) => t.agencies.map((a) => a.name))).toEqual([
      ['Các bộ', 'Các cơ quan ngang bộ', 'Ủy ban nhân dân cấp tỉnh'],
    ]);
  });

  it('a list of the bodies a rule binds ("Trách nhiệm của các cơ quan, tổ chức, doanh nghiệp, cá nhân …") heads no work', () => {
    const text =
      'QUYẾT ĐỊNH:\nĐiều 24. Trách nhiệm của Bộ Công an\n1. Tổ chức cấp thẻ.\nĐiều 25. Trách nhiệm của các cơ quan, tổ chức, doanh nghiệp, cá nhân có liên quan\n1. Cung cấp đầy đủ thông tin.';
    expect(extractTasks(text).map((t) => t.agencies.map((a) => a.name))).toEqual([['Bộ Công an']]);
  });

  it('reads a Markdown table by its header columns', () => {
    const text =
      '| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp |\n|---|---|---|---|\n| 1 | Rà soát văn bản | Sở Tư pháp | Sở Nội vụ |\n| 2 | Tuyên truyền | Báo Lâm Đồng, Đài Phát thanh - Truyền hình Lâm Đồng | |';
    expect(leadsOfRows(text)).toEqual([
      ['Rà soát văn bản', ['Sở Tư pháp'], ['Sở Nội vụ']],
      ['Tuyên truyền', ['Báo Lâm Đồng', 'Đài Phát thanh - Truyền hình Lâm Đồng'], []],
    ]);
  });

  it('a numbered list without a lead column is no table', () => {
    expect(extractTasks('STT\nNội dung\nGhi chú\n1\nSở Tư pháp\nx')).toEqual([]);
  });

  it('reads the sub-rows of a group ("1." then "1.1", "1.2"), over a repeated header, the first run onto the title', () => {
    const header = ['TT', 'Nhiệm vụ, giải pháp', 'Cơ quan', 'chủ trì', 'Cơ quan', 'phối hợp', 'Thời gian', 'thực hiện'];
    const text = [
      'PHỤ LỤC',
      ...header,
      '1.',
      'Rà soát, hoàn thiện thể chế',
      '1.1',
      'Nghiên cứu, rà soát các quy định',
      'Bộ Tài chính',
      'Bộ Khoa học và',
      'Công nghệ',
      'Quý IV/2026',
      '1.2',
      'Hoàn thiện các chính sách',
      'về hạ tầng số',
      ...header,
      'hiện đại, bao trùm.',
      'Bộ Khoa học và',
      'Công nghệ',
      'Bộ Tài chính',
      'Quý IV/2026',
      '2.',
      'Hỗ trợ doanh nghiệp 2.1',
      'Xây dựng chương trình đào tạo',
      'Bộ Giáo dục và',
      'Đào tạo',
      'Bộ Khoa học và',
      'Công nghệ',
      '2027',
    ].join('\n');
    expect(extractTasks(text).map((t) => t.agencies.map((a) => a.name))).toEqual([
      ['Bộ Tài chính'],
      ['Bộ Khoa học và Công nghệ'],
      ['Bộ Giáo dục và Đào tạo'],
    ]);
  });

  it('finds the first row when extraction ran its number onto the group\'s title ("I" / "… tuyên truyền 1")', () => {
    const text = [
      'TT',
      'Nội dung công việc',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Thời hạn hoàn thành',
      'I',
      'Thực hiện hiệu quả công tác thông tin, tuyên truyền 1',
      'Tăng cường công tác lãnh đạo',
      'Bộ Nội vụ',
      'Bộ Tư pháp',
      'Thường xuyên',
      '2',
      'Tham mưu ban hành Nghị định',
      'Bộ Tài chính',
      'Bộ Nội vụ',
      'Quý II/2026',
    ].join('\n');
    expect(leadsOfRows(text).map(([, leads]) => leads)).toEqual([['Bộ Nội vụ'], ['Bộ Tài chính']]);
  });

  it('reads by place a table written one line per cell, its lead column not after the work', () => {
    const text = [
      'STT',
      'Nhiệm vụ',
      'Sản phẩm',
      'Thời gian hoàn thành',
      'Chủ trì thực hiện',
      'Phối hợp thực hiện',
      'Theo dõi, kiểm tra, đôn đốc',
      'I',
      'Cải cách thể chế',
      '',
      '1',
      'Đăng tải văn bản',
      'Văn bản được đăng tải',
      'Theo Điều 17 Nghị định',
      'Sở Tư pháp',
      '',
      'Sở Nội vụ',
      '2',
      'Tổ chức tốt việc tiếp nhận hồ sơ',
      'Kết quả giải quyết',
      'Hằng năm',
      'Sở Y tế',
      'Sở Tài chính',
      'Văn phòng UBND tỉnh',
      '3',
      'Tiếp tục thực hiện Quyết định',
      'Thủ tục được thực hiện',
      'Theo các mốc thời gian',
      'Theo phân công tại Quyết định',
      'Sở Tư pháp',
      'Văn phòng UBND tỉnh',
    ].join('\n');
    expect(leadsOfRows(text)).toEqual([
      ['Đăng tải văn bản', ['Sở Tư pháp'], []],
      ['Tổ chức tốt việc tiếp nhận hồ sơ', ['Sở Y tế'], ['Sở Tài chính']],
    ]);
  });

  it('a row whose cells merged leaves its last cells to the columns after the lead ("Theo dõi, kiểm tra, đôn đốc")', () => {
    const text = [
      'STT',
      'Nhiệm vụ',
      'Sản phẩm',
      'Thời gian hoàn thành',
      'Chủ trì thực hiện',
      'Phối hợp thực hiện',
      'Theo dõi, kiểm tra, đôn đốc',
      'I',
      'Cải cách thủ tục hành chính',
      '',
      '1',
      'Tiếp tục thực hiện Quyết định số 1441/QĐ-UBND',
      'Thủ tục được thực hiện',
      'Theo các mốc thời gian tại Quyết định',
      'Theo phân công tại Quyết định số 1441/QĐ-UBND',
      'Văn phòng UBND tỉnh',
      '2',
      'Tổ chức kiểm tra tác phong',
      'Kết quả kiểm tra',
      'Hằng năm',
      'Văn phòng UBND tỉnh',
      'Sở Nội vụ',
    ].join('\n');
    expect(leadsOfRows(text)).toEqual([
      ['Tổ chức kiểm tra tác phong\nKết quả kiểm tra\nHằng năm', ['Văn phòng Ủy ban nhân dân tỉnh'], ['Sở Nội vụ']],
    ]);
  });

  it('reads a lead cell whose list goes on over a line that opens with a body ("Các bộ ở" / "Trung ương," / "Ủy ban …")', () => {
    const text = [
      'STT',
      'Tên nhiệm vụ',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Thời gian hoàn thành',
      '1.',
      '',
      'Tăng cường lãnh đạo, chỉ đạo',
      'Các bộ ở',
      'Trung ương,',
      'Ủy ban nhân dân cấp tỉnh ở địa phương',
      'Các cơ quan có liên quan.',
      'Thường xuyên',
      '2.',
      '',
      'Xây dựng Đề án',
      'Bộ Tài chính',
      'Bộ Y tế, cơ quan liên quan',
      'Quý I/2027',
    ].join('\n');
    expect(leadsOfRows(text).map(([, leads]) => leads)).toEqual([
      ['Các bộ', 'Ủy ban nhân dân cấp tỉnh'],
      ['Bộ Tài chính'],
    ]);
  });

  it('a time cell "Hằng năm" stays its own cell: the lead cell under it is read by place', () => {
    const text = [
      'STT',
      'Nhiệm vụ',
      'Sản phẩm',
      'Thời gian hoàn thành',
      'Chủ trì thực hiện',
      'Phối hợp thực hiện',
      'Theo dõi, kiểm tra, đôn đốc',
      '1',
      'Tổ chức thanh tra công vụ',
      'Kết quả thanh tra',
      'Hằng năm',
      'Thanh tra tỉnh',
      'Sở Nội vụ',
      'Văn phòng UBND tỉnh',
    ].join('\n');
    expect(leadsOfRows(text)).toEqual([['Tổ chức thanh tra công vụ', ['Thanh tra tỉnh'], ['Sở Nội vụ']]]);
  });

  it('counts once a point of the content that the table restates; a point of TỔ CHỨC THỰC HIỆN stays beside its row', () => {
    const table = [
      'Nơi nhận:',
      '- Như trên;',
      '- Lưu: VT.',
      'CHỦ TỊCH',
      'Nguyễn Văn An',
      'PHỤ LỤC',
      'STT',
      'Nhiệm vụ',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Thời gian hoàn thành',
      '1',
      'Tham mưu triển khai ứng dụng AI trong công tác phổ biến giáo dục pháp luật',
      'Sở Tư pháp',
      'Sở Nội vụ',
      'Năm 2026',
    ];
    const content = [
      'II. NHIỆM VỤ, GIẢI PHÁP',
      '1. Cải cách thể chế',
      '- Sở Tư pháp tham mưu triển khai ứng dụng AI trong công tác phổ biến giáo dục pháp luật trên địa bàn tỉnh.',
      ...table,
    ].join('\n');
    expect(leadsOfRows(content).map(([text]) => text)).toEqual([
      'Tham mưu triển khai ứng dụng AI trong công tác phổ biến giáo dục pháp luật',
    ]);
    const assigning = [
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Sở Tư pháp chủ trì tham mưu triển khai ứng dụng AI trong công tác phổ biến giáo dục pháp luật trên địa bàn tỉnh.',
      ...table,
    ].join('\n');
    expect(leadsOfRows(assigning)).toHaveLength(2);
  });

  it("a cell naming a body under a lettered part is a row, not the header's lead column", () => {
    const text = [
      'STT',
      'Nhiệm vụ, hoạt động',
      'Sản phẩm',
      'Định mức khoán chi',
      'Ghi chú',
      'A',
      'Xây dựng Thông tư',
      'Đơn vị được giao chủ',
      'trì thực hiện',
      '1',
      'Soạn thảo Thông tư',
      'Văn phòng Bộ thực hiện việc thanh quyết toán',
      '72%',
    ].join('\n');
    expect(extractTasks(text)).toEqual([]);
  });
});

describe('tasksByAgency on seed 003', () => {
  const result = parse(readFileSync(new URL('../../corpus/seeds/003_92d5c371dfb6f108.txt', import.meta.url)));
  const rows = new Map(tasksByAgency(result).map((r) => [r.agency, r]));

  it.each([
    ['Sở Lao động - Thương binh và Xã hội', 7],
    ['Sở Giáo dục và Đào tạo', 5],
    ['Sở Y tế', 2],
    ['Sở Thông tin và Truyền thông', 4],
    ['Sở Tư pháp', 4],
    ['Sở Tài chính', 2],
    ['Công an Thành phố', 3],
    ['Hội Liên hiệp Phụ nữ Thành phố', 2],
  ])('%s leads %i tasks', (agency, count) => {
    expect(rows.get(agency)?.tasks).toHaveLength(count);
  });

  it('says where a body was succeeded, and cites the references inside a task', () => {
    expect(rows.get('Sở Lao động - Thương binh và Xã hội')!.successors).toContain('Sở Nội vụ');
    const tt = rows.get('Sở Thông tin và Truyền thông')!.tasks;
    expect(tt.some((t) => t.references.some((key) => key.startsWith('vn:308/kh-ubnd')))).toBe(true);
  });
});

describe('tasksByAgency lists a body’s targets beside its tasks', () => {
  const plan = [
    'KẾ HOẠCH',
    'Thực hiện chương trình y tế cơ sở',
    'III. TỔ CHỨC THỰC HIỆN',
    '1. Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính triển khai kế hoạch; phấn đấu đến năm 2030 có 95% trạm y tế xã đạt chuẩn.',
    '2. Giao Sở Tư pháp hướng dẫn thực hiện.',
  ].join('\n');
  const rows = new Map(tasksByAgency(parse(plan)).map((r) => [r.agency, r]));

  it.each([
    ['Sở Y tế', [[95, '2030']]],
    ['Sở Tài chính', []],
    ['Sở Tư pháp', []],
  ])('%s is responsible for %j', (agency, targets) => {
    expect(rows.get(agency)?.targets.map((t) => [t.value, t.by])).toEqual(targets);
  });

  it('should accept a result without targets (a result of an older version)', () => {
    const { targets: _, ...older } = parse(plan);
    expect(tasksByAgency(older).map((r) => r.targets)).toEqual([[], [], []]);
  });
});
