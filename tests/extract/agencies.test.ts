/**
 * Where an agency's name ends and how a list of agencies splits: the longest body of the
 * gazetteer (grammars/public-bodies.json) completed by its locality, else a head and the words
 * of a name up to a verb or particle — never a run up to the next word of a stop list.
 */
import { describe, expect, it } from 'vitest';
import { agencyList, listFrom, listOpening } from '../../src/extract/agencies/list.js';
import { extractTasks } from '../../src/extract/tasks/index.js';
import { canonicalTones } from '../../src/grammar/tones.js';

// as the pipeline calls it: the phrase in canonical tones, and as written
const names = (phrase: string) => agencyList(canonicalTones(phrase), phrase, 0).map((a) => a.name);

describe('an agency name ends where the name ends', () => {
  it.each([
    ['Sở Y tế tiến hành kiểm tra', ['Sở Y tế']],
    ['Ủy ban nhân dân tỉnh đã ban hành', ['Ủy ban nhân dân tỉnh']],
    ['Ủy ban nhân dân cấp tỉnh cấp lại giấy phép', ['Ủy ban nhân dân cấp tỉnh']],
    [
      'Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương và người sử dụng lao động',
      ['Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương'],
    ],
    ['Thanh tra Sở Lao động - Thương binh và Xã hội có quyền', ['Thanh tra Sở Lao động - Thương binh và Xã hội']],
    ['Ban Chủ nhiệm Câu lạc bộ gồm có', ['Ban Chủ nhiệm Câu lạc bộ']],
    [
      'Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng (trước sắp xếp)',
      ['Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng (trước sắp xếp)'],
    ],
    [
      'Ngân hàng Nhà nước chi nhánh tỉnh, thành phố trực thuộc Trung ương',
      ['Ngân hàng Nhà nước chi nhánh tỉnh, thành phố trực thuộc Trung ương'],
    ],
    ['Ủy ban nhân dân Phường 2 Bảo Lộc', ['Ủy ban nhân dân Phường 2 Bảo Lộc']],
    ['Đảng ủy Ủy ban nhân dân tỉnh', ['Đảng ủy Ủy ban nhân dân tỉnh']],
    ['Ban cán sự đảng Chính phủ', ['Ban cán sự đảng Chính phủ']],
    ['Cục Hàng không Việt Nam', ['Cục Hàng không Việt Nam']],
    ['Trung tâm dịch vụ việc làm', ['Trung tâm dịch vụ việc làm']],
    [
      'Ban Chỉ đạo quốc gia về tìm kiếm, quy tập và xác định danh tính hài cốt liệt sĩ',
      ['Ban Chỉ đạo quốc gia về tìm kiếm, quy tập và xác định danh tính hài cốt liệt sĩ'],
    ],
    [
      'Các đơn vị trực thuộc của Bảo hiểm xã hội Việt Nam được phép mở tài khoản',
      ['Các đơn vị trực thuộc của Bảo hiểm xã hội Việt Nam'],
    ],
    // a group named by kinds holds kinds and their qualifiers: the verb of a sentence (a lead cell) ends it
    ['Các bộ, cơ quan, địa phương lập, điều chỉnh, phê duyệt, trình phê duyệt', ['Các bộ, cơ quan, địa phương']],
    ['Các bộ, cơ quan, địa phương rà soát trong lĩnh vực quản lý được giao', ['Các bộ, cơ quan, địa phương']],
    ['Các Sở, ban, ngành thuộc tỉnh triển khai thực hiện', ['Các Sở, ban, ngành thuộc tỉnh']],
    ['Các cơ quan, đơn vị được kiểm tra', ['Các cơ quan, đơn vị được kiểm tra']],
    // …not a proper name, whose words may be verbs
    [
      'Ban Vận động thành lập Hiệp hội Bất động sản tỉnh Lâm Đồng',
      ['Ban Vận động thành lập Hiệp hội Bất động sản tỉnh Lâm Đồng'],
    ],
    ['Ban Quản lý dự án đầu tư xây dựng số 1', ['Ban Quản lý dự án đầu tư xây dựng số 1']],
    // no name holds a semicolon, nor the individuals a list goes on with
    ['Thủ trưởng các đơn vị thuộc, trực thuộc Bộ; người đứng đầu cơ quan', ['Các đơn vị thuộc, trực thuộc Bộ']],
    [
      'Thủ trưởng các đơn vị thuộc Bộ Khoa học và Công nghệ; cơ quan quản lý nhà nước về khoa học và công nghệ',
      ['Các đơn vị thuộc Bộ Khoa học và Công nghệ'],
    ],
    [
      'Các ban của Hội đồng nhân dân, đại biểu Hội đồng nhân dân, Mặt trận Tổ quốc Việt Nam các cấp',
      ['Các ban của Hội đồng nhân dân', 'Mặt trận Tổ quốc Việt Nam các cấp'],
    ],
    ['Người đứng đầu cơ quan, đơn vị, cán bộ, công chức, viên chức, chiến sĩ Công an nhân dân', []],
    // a catch-all after a body the gazetteer names leaves that body named
    [
      'Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương, cơ quan, tổ chức, cá nhân khác có liên quan',
      ['Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương'],
    ],
    ['Các bộ, địa phương, đơn vị có liên quan', []],
    ['Các tổ chức, cá nhân có liên quan', []],
    // a phrase no name holds ends it
    [
      'Chủ tịch Hiệp hội doanh nghiệp nhỏ và vừa Việt Nam cử đại diện tham gia',
      ['Hiệp hội doanh nghiệp nhỏ và vừa Việt Nam'],
    ],
    ['Hội đồng bầu cử quốc gia', ['Hội đồng bầu cử quốc gia']],
    // a head before a word that makes it a common noun names no body: a room, a meeting, a part of a device
    ['Phòng vắt, trữ sữa mẹ', []],
    ['Phòng thí nghiệm', []],
    ['Phòng, chống tham nhũng', []],
    ['Hội nghị người lao động', []],
    ['Hội thảo khoa học', []],
    ['Thanh tra chuyên ngành về lao động', []],
    ['Thanh tra Sở Xây dựng', ['Thanh tra Sở Xây dựng']],
    ['Bộ phận kết nối (connector), các chạc ba nối vào dây)', []],
    ['Phòng Tư pháp, Phòng Văn hóa - Thông tin', ['Phòng Tư pháp', 'Phòng Văn hóa - Thông tin']],
    // an office holder names the body of its title ("Trạm trưởng Trạm …")
    [
      'Đội trưởng Đội nghiệp vụ Cảnh sát biển, Trạm trưởng Trạm Cảnh sát biển',
      ['Đội nghiệp vụ Cảnh sát biển', 'Trạm Cảnh sát biển'],
    ],
  ])('%s', (phrase, expected) => {
    expect(names(phrase)).toEqual(expected);
  });
});

describe('a list is told to open with a name before it is split', () => {
  it.each([
    ['Căn cứ Luật Tổ chức chính quyền địa phương', null],
    ['Ban hành kèm theo Quyết định này', null],
    ['Sở Y tế chủ trì', { phrase: 'Sở Y tế chủ trì', recased: false, skipped: 0 }],
    ['SỞ Y TẾ', { phrase: 'Sở Y tế', recased: true, skipped: 0 }],
    ['đồng chí Giám đốc Sở Nội vụ', { phrase: 'Giám đốc Sở Nội vụ', recased: false, skipped: 'đồng chí '.length }],
  ])('%s', (phrase, opening) => {
    const found = listOpening(canonicalTones(phrase));
    if (opening === null) expect(found).toBeNull();
    else expect(found).toMatchObject({ ...opening, first: expect.objectContaining({ index: 0 }) });
  });

  it.each(['đồng chí Giám đốc Sở Nội vụ, Chánh Văn phòng UBND tỉnh', 'SỞ Y TẾ', 'Ủy Ban Nhân Dân tỉnh'])(
    'the list it opens is the one agencyList reads: %s',
    (phrase) => {
      const opening = listOpening(canonicalTones(phrase));
      expect(opening).not.toBeNull();
      expect(listFrom(opening!, phrase, 7)).toEqual(agencyList(canonicalTones(phrase), phrase, 7));
    },
  );
});

describe('a list of agencies splits into its bodies', () => {
  it.each([
    [
      'Hội đồng nhân dân, Ủy ban nhân dân cấp tỉnh, Hội đồng nhân dân, Ủy ban nhân dân cấp xã',
      ['Hội đồng nhân dân cấp tỉnh', 'Ủy ban nhân dân cấp tỉnh', 'Hội đồng nhân dân cấp xã', 'Ủy ban nhân dân cấp xã'],
    ],
    ['Hiệp hội Doanh nghiệp tỉnh tỉnh Đắk Nông, Sở Nội vụ', ['Hiệp hội Doanh nghiệp tỉnh Đắk Nông', 'Sở Nội vụ']],
    [
      'Ủy ban trung ương Mặt trận Tổ quốc Việt Nam, Tổng Liên đoàn Lao động Việt Nam, Phòng Thương mại và Công nghiệp Việt Nam và các tổ chức đoàn thể chính trị',
      [
        'Ủy ban trung ương Mặt trận Tổ quốc Việt Nam',
        'Tổng Liên đoàn Lao động Việt Nam',
        'Phòng Thương mại và Công nghiệp Việt Nam',
        'Các tổ chức đoàn thể chính trị',
      ],
    ],
    ['Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam', ['Đài Tiếng nói Việt Nam', 'Thông tấn xã Việt Nam']],
    [
      'Chủ tịch Hiệp hội Doanh nghiệp tỉnh Bình Thuận (trước sắp xếp), Chủ tịch Hiệp hội Doanh nghiệp tỉnh Đắk Nông (trước sắp xếp), Chủ tịch Hiệp hội Doanh nghiệp tỉnh Lâm Đồng (mới)',
      [
        'Hiệp hội Doanh nghiệp tỉnh Bình Thuận (trước sắp xếp)',
        'Hiệp hội Doanh nghiệp tỉnh Đắk Nông (trước sắp xếp)',
        'Hiệp hội Doanh nghiệp tỉnh Lâm Đồng (mới)',
      ],
    ],
    [
      'Chánh Văn phòng Bộ, Vụ trưởng Vụ Pháp chế, Thủ trưởng các đơn vị thuộc Bộ',
      ['Văn phòng Bộ', 'Vụ Pháp chế', 'Các đơn vị thuộc Bộ'],
    ],
    // plural office holders name the kind of body (GOLD.md)
    [
      'Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan trực thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương',
      [
        'Các Bộ',
        'Các cơ quan ngang Bộ',
        'Các cơ quan trực thuộc Chính phủ',
        'Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương',
      ],
    ],
    [
      'Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ',
      ['Các bộ', 'Các cơ quan ngang bộ', 'Các cơ quan thuộc Chính phủ'],
    ],
    // a collective with its fields after a colon, inside a list
    [
      'Bộ trưởng các Bộ: Kế hoạch và Đầu tư, Tài chính, Xây dựng, Thống đốc Ngân hàng Nhà nước Việt Nam và Thủ trưởng các cơ quan liên quan',
      ['Bộ Kế hoạch và Đầu tư', 'Bộ Tài chính', 'Bộ Xây dựng', 'Ngân hàng Nhà nước Việt Nam'],
    ],
    ['Các Bộ trưởng: Tài chính, Nội vụ, Y tế', ['Bộ Tài chính', 'Bộ Nội vụ', 'Bộ Y tế']],
    // a name that is a body only with its locality
    ['Thuế tỉnh Lào Cai', ['Thuế tỉnh Lào Cai']],
    // ... and its plural locality goes to a bare head before it in the list
    [
      'Uỷ ban nhân dân, Sở Tài chính, Thuế các Tỉnh, Thành phố trực thuộc Trung ương',
      [
        'Uỷ ban nhân dân các Tỉnh, Thành phố trực thuộc Trung ương',
        'Sở Tài chính',
        'Thuế các Tỉnh, Thành phố trực thuộc Trung ương',
      ],
    ],
    // one head with a list of localities: one body per locality, each with the note the list ends with
    [
      'Hội Cựu chiến binh tỉnh Bình Thuận, tỉnh Đắk Nông (trước sắp xếp)',
      ['Hội Cựu chiến binh tỉnh Bình Thuận (trước sắp xếp)', 'Hội Cựu chiến binh tỉnh Đắk Nông (trước sắp xếp)'],
    ],
    [
      'Chủ tịch Hội Cựu chiến binh tỉnh Lâm Đồng, tỉnh Bình Thuận, tỉnh Đắk Nông (trước sắp xếp) và Thủ trưởng các cơ quan, đơn vị có liên quan',
      [
        'Hội Cựu chiến binh tỉnh Lâm Đồng (trước sắp xếp)',
        'Hội Cựu chiến binh tỉnh Bình Thuận (trước sắp xếp)',
        'Hội Cựu chiến binh tỉnh Đắk Nông (trước sắp xếp)',
      ],
    ],
    [
      'Liên đoàn Taekwondo các tỉnh Lâm Đồng, Bình Thuận và Đắk Nông',
      ['Liên đoàn Taekwondo tỉnh Lâm Đồng', 'Liên đoàn Taekwondo tỉnh Bình Thuận', 'Liên đoàn Taekwondo tỉnh Đắk Nông'],
    ],
    [
      'Ủy ban nhân dân xã Bảo Lâm 2, Phường 2 Bảo Lộc',
      ['Ủy ban nhân dân xã Bảo Lâm 2', 'Ủy ban nhân dân Phường 2 Bảo Lộc'],
    ],
    // kinds of Party body, each plural; the level after the last belongs to every bare kind or head (GOLD.md: lc-001,
    // lc-020)
    ['Cấp ủy, tổ chức đảng các cấp', ['Các cấp ủy các cấp', 'Các tổ chức đảng các cấp']],
    ['Các cấp ủy, tổ chức Đảng, chính quyền', ['Các cấp ủy', 'Các tổ chức Đảng', 'Các chính quyền']],
    ['Hội đồng nhân dân, Ủy ban nhân dân các cấp', ['Hội đồng nhân dân các cấp', 'Ủy ban nhân dân các cấp']],
    [
      'Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội',
      ['Mặt trận Tổ quốc Việt Nam', 'Các tổ chức chính trị - xã hội'],
    ],
    [
      'các bộ, cơ quan ngang bộ, Ủy ban nhân dân cấp tỉnh, tổ chức chính trị - xã hội cấp trung ương, Liên đoàn Thương mại và Công nghiệp Việt Nam, tập đoàn, tổng công ty',
      [
        'Các bộ',
        'Các cơ quan ngang bộ',
        'Ủy ban nhân dân cấp tỉnh',
        'Các tổ chức chính trị - xã hội cấp trung ương',
        'Liên đoàn Thương mại và Công nghiệp Việt Nam',
      ],
    ],
  ])('%s', (phrase, expected) => {
    expect(names(phrase)).toEqual(expected);
  });
});

describe('what stays one row or gives none', () => {
  it.each([
    // group rows that name kinds of bodies stay whole
    ['Các sở, ban, ngành, địa phương', ['Các sở, ban, ngành, địa phương']],
    ['Các bộ, cơ quan ngang bộ, địa phương', ['Các bộ, cơ quan ngang bộ, địa phương']],
    ['Văn hóa, Thể thao và Du lịch', []],
    ['Sở Văn hóa, Thể thao và Du lịch', ['Sở Văn hóa, Thể thao và Du lịch']],
    ['Ban Thường vụ Tỉnh ủy, Thành ủy', ['Ban Thường vụ Tỉnh ủy, Thành ủy']],
    // words that fit any body, with nothing to say which, are a catch-all; a qualified group is not
    ['Các cơ quan, đơn vị, địa phương', []],
    ['Người đứng đầu cơ quan, đơn vị, người tham gia xây dựng Nghị quyết', []],
    ['Các địa phương', ['Các địa phương']],
    [
      'Các cơ quan, đơn vị trực tiếp sử dụng ngân sách nhà nước',
      ['Các cơ quan, đơn vị trực tiếp sử dụng ngân sách nhà nước'],
    ],
    // generic private parties of a rule get no row; one the text names does
    ['Nhà đầu tư', []],
    ['Nhà đầu tư tư nhân góp vốn vào quỹ', []],
    [
      'Nhà đầu tư của 02 dự án đường bộ cao tốc Tân Phú – Bảo Lộc',
      ['Nhà đầu tư của 02 dự án đường bộ cao tốc Tân Phú – Bảo Lộc'],
    ],
    ['Ban hành kế hoạch, thành lập Ban Chỉ đạo', []],
    // a head alone in lower case is the common noun a rule speaks of; a titled one is a name
    ['Hiệp hội', []],
    ['Tòa án', []],
    ['Ban Chỉ đạo', ['Ban Chỉ đạo']],
    ['Tỉnh đoàn', ['Tỉnh đoàn']],
    ['Bộ trưởng', ['Các Bộ']],
    // a level shared by a list goes to bare kinds and heads only: a department named in full, a central kind, keep
    // their names
    ['Sở Y tế, Ủy ban nhân dân các huyện', ['Sở Y tế', 'Ủy ban nhân dân các huyện']],
    [
      'Các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương',
      ['Các bộ', 'Các cơ quan ngang bộ', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương'],
    ],
    // a locality list needs places named: a plural locality, a body of its own, stay as they are
    [
      'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương',
      ['Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương'],
    ],
    ['Sở Nội vụ, Sở Tư pháp tỉnh Lâm Đồng', ['Sở Nội vụ', 'Sở Tư pháp tỉnh Lâm Đồng']],
    ['Ủy ban nhân dân tỉnh Lâm Đồng, Sở Y tế', ['Ủy ban nhân dân tỉnh Lâm Đồng', 'Sở Y tế']],
    // a year is the next cell of a table, no word of a name
    ['Các tỉnh, thành phố 2026 - 2030', ['Các tỉnh, thành phố']],
    // "tổ chức" alone is the duty that ends a name
    ['Sở Y tế tổ chức kiểm tra', ['Sở Y tế']],
  ])('%s', (phrase, expected) => {
    expect(names(phrase)).toEqual(expected);
  });
});

describe('closing sentences and wrapped headings', () => {
  const agenciesOf = (text: string) => extractTasks(text).flatMap((t) => t.agencies.map((a) => a.name));

  it('reads the bodies of a closing sentence after a phrase of scope, across its lines', () => {
    const text =
      'Điều 27. Tổ chức thực hiện\n1. Trong phạm vi thẩm quyền của mình, Viện kiểm sát nhân dân tối cao, Tòa\nán nhân dân tối cao, Bộ Công an có trách nhiệm triển khai, tổ chức thực hiện Thông tư liên tịch này.\n';
    expect(agenciesOf(text)).toEqual(['Viện kiểm sát nhân dân tối cao', 'Tòa án nhân dân tối cao', 'Bộ Công an']);
  });

  it('keeps a gazetteer name whose comma stands before a word that is also a duty ("giám sát")', () => {
    const text =
      'Điều 12. Tổ chức thực hiện\n1. Cục trưởng Cục Quản lý, giám sát kế toán, kiểm toán và Thủ trưởng các đơn vị chức năng có liên quan chịu trách nhiệm hướng dẫn thi hành Thông tư này.\n';
    expect(agenciesOf(text)).toEqual(['Cục Quản lý, giám sát kế toán, kiểm toán']);
    const duty = 'Điều 3. Trách nhiệm\n1. Sở Tài chính chủ trì, giám sát việc thực hiện Quyết định này.\n';
    expect(agenciesOf(duty)).toEqual(['Sở Tài chính']);
  });

  it('reads a heading whose list of agencies wraps onto the next line', () => {
    const text =
      'II. TỔ CHỨC THỰC HIỆN\n7. Đề nghị Ủy ban trung ương Mặt trận Tổ quốc Việt Nam, Tổng Liên đoàn\nLao động Việt Nam tham gia phổ biến, giám sát thực hiện Quyết định này.\n';
    expect(agenciesOf(text)).toEqual([
      'Ủy ban trung ương Mặt trận Tổ quốc Việt Nam',
      'Tổng Liên đoàn Lao động Việt Nam',
    ]);
  });

  it('reads a name that a line break cuts in two ("Việt / Nam") whole, and no task from its first line alone', () => {
    const cut = 'II. TỔ CHỨC THỰC HIỆN\n6. Bảo hiểm xã hội Việt\nNam chủ trì hướng dẫn thực hiện.\n';
    expect(agenciesOf(cut)).toEqual(['Bảo hiểm xã hội Việt Nam']);
    const statement =
      'Điều 7. Đại diện\n4. Phòng Thương mại và Công nghiệp Việt Nam, Liên minh Hợp tác xã Việt\nNam và các tổ chức đại diện khác có vai trò đại diện, bảo vệ quyền và lợi ích hợp pháp.\n';
    expect(agenciesOf(statement)).toEqual([]);
  });

  it('gives an item under a title of the duties of kinds of body to the body the item names', () => {
    const text =
      'Điều 2. Trách nhiệm của các bộ, cơ quan ngang bộ\n1. Các bộ, cơ quan ngang bộ có trách nhiệm:\na) Hướng dẫn thực hiện;\nb) Kiểm tra việc thực hiện.\n2. Bộ Công Thương có trách nhiệm chủ trì tổng hợp báo cáo.\n3. Bộ Y tế:\na) Kiểm tra an toàn thực phẩm;\nb) Xử lý vi phạm.\n';
    const tasks = extractTasks(text).map((t) => t.agencies.map((a) => a.name).join(' + '));
    expect(tasks).toEqual([
      'Các bộ + Các cơ quan ngang bộ',
      'Các bộ + Các cơ quan ngang bộ',
      'Bộ Công Thương',
      'Bộ Y tế',
      'Bộ Y tế',
    ]);
  });

  it('keeps the items of a block headed by a body, whichever bodies they name', () => {
    const text =
      'III. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế:\na) Chủ trì kiểm tra các cơ sở;\nb) Sở Tài chính bố trí kinh phí cho Sở Y tế.\n';
    expect(extractTasks(text).map((t) => t.agencies.map((a) => a.name).join(' + '))).toEqual(['Sở Y tế', 'Sở Y tế']);
  });

  it('a sum allotted to a body after its colon is no task', () => {
    const text =
      'Điều 1. Phê duyệt dự án.\n- Vốn đối ứng, trong đó:\n+ Bộ Tài chính: 266.360.000 VNĐ bằng tiền mặt.\n+ Bộ Xây dựng: 4.500.000.000 VNĐ.\n';
    expect(agenciesOf(text)).toEqual([]);
  });

  it('does not join a body alone on its line with the work below it', () => {
    const text = 'III. TỔ CHỨC THỰC HIỆN\n1. Bộ Công Thương\nChủ trì, phối hợp với Bộ Tài chính xây dựng đề án.\n';
    expect(agenciesOf(text)).not.toContain('Bộ Công Thương Chủ trì');
  });
});

describe('forms of documents beyond the corpus', () => {
  const agenciesOf = (text: string) => extractTasks(text).map((t) => t.agencies.map((a) => a.name));

  it.each([
    // an office title before a level alone: the body it heads at that level (GOLD.md: rows name bodies)
    ['1. Giao Chánh Thanh tra tỉnh chủ trì, phối hợp với các sở kiểm tra việc thực hiện.', [['Thanh tra tỉnh']]],
    ['1. Giao Chủ tịch các huyện, thành phố chủ trì kiểm tra.', [['Ủy ban nhân dân các huyện, thành phố']]],
    // a level word at the end of a name in capitals stays lower case
    ['Giao BHXH TỈNH chủ trì, phối hợp với các sở kiểm tra việc thực hiện.', [['Bảo hiểm xã hội tỉnh']]],
    ['1. CÔNG AN TỈNH:\n- Chủ trì kiểm tra việc thực hiện.', [['Công an tỉnh']]],
    // a name typed in Title Case is read, and named as printed (GOLD.md: rows are named as printed)
    ['1. Ủy Ban Nhân Dân tỉnh:\n- Chủ trì kiểm tra việc thực hiện.', [['Ủy Ban Nhân Dân tỉnh']]],
    ['Giao Ủy Ban Nhân Dân các huyện chủ trì kiểm tra việc thực hiện.', [['Ủy Ban Nhân Dân các huyện']]],
    ['1. Sở Tài Chính:\n- Bố trí kinh phí thực hiện.', [['Sở Tài Chính']]],
    ['1. Phòng Giáo Dục và Đào Tạo:\n- Hướng dẫn các trường thực hiện.', [['Phòng Giáo Dục và Đào Tạo']]],
    [
      '1. Công An Tỉnh:\n- Bảo đảm an ninh, trật tự.\n2. Tỉnh Ủy:\n- Lãnh đạo thực hiện.',
      [['Công An Tỉnh'], ['Tỉnh Ủy']],
    ],
    // a heading in Title Case that names no body: a capital after a head says nothing there
    ['1. Ban Hành Quy Chế:\n- Chủ trì kiểm tra việc thực hiện.', []],
    ['1. Trường Hợp Khẩn Cấp:\n- Chủ trì kiểm tra việc thực hiện.', []],
    ['1. Báo Cáo Kết Quả:\n- Chủ trì kiểm tra việc thực hiện.', []],
    ['1. Hội Nghị Tổng Kết:\n- Chủ trì kiểm tra việc thực hiện.', []],
    ['1. Tổ Chức Thực Hiện:\n- Chủ trì kiểm tra việc thực hiện.', []],
    [
      '1. Giao Giám đốc Sở Y tế, Chủ tịch tỉnh Lâm Đồng và Chánh án Tòa án nhân dân tỉnh chủ trì kiểm tra.',
      [['Sở Y tế', 'Ủy ban nhân dân tỉnh Lâm Đồng', 'Tòa án nhân dân tỉnh']],
    ],
    // a capital after a head opens a proper name, not a common compound ("ban hành", "bộ dữ liệu")
    ['2. Giao Học viện Hành chính chủ trì tổ chức các lớp bồi dưỡng.', [['Học viện Hành chính']]],
    ['2. Giao Trung tâm Dữ liệu quốc gia chủ trì kết nối.', [['Trung tâm Dữ liệu quốc gia']]],
    // in capitals too: a common word makes only the head it forms a compound with common ("ban hành", not "học viện
    // hành"), and a region's Roman numeral is read with its name
    ['1. Giao HỌC VIỆN HÀNH CHÍNH QUỐC GIA chủ trì tổ chức các lớp bồi dưỡng.', [['Học viện Hành chính quốc gia']]],
    ['1. Giao TRUNG TÂM DỮ LIỆU QUỐC GIA chủ trì kết nối.', [['Trung tâm Dữ liệu quốc gia']]],
    ['1. Giao CHI CỤC THUẾ KHU VỰC XV chủ trì kiểm tra.', [['Chi cục Thuế khu vực XV']]],
    ['1. CHI CỤC THUẾ KHU VỰC XV:\n- Chủ trì kiểm tra việc thực hiện.', [['Chi cục Thuế khu vực XV']]],
    ['1. KHO BẠC NHÀ NƯỚC KHU VỰC XII:\n- Chủ trì kiểm soát chi.', [['Kho bạc Nhà nước khu vực XII']]],
    // a head, a colon and its fields: one body per field, a name the gazetteer knows read whole
    [
      '3. Giao các Bộ: Y tế, Văn hóa, Thể thao và Du lịch chủ trì hướng dẫn thực hiện.',
      [['Bộ Y tế', 'Bộ Văn hóa, Thể thao và Du lịch']],
    ],
    ['3. Giao các Sở: Tài chính, Nội vụ và Xây dựng chủ trì kiểm tra.', [['Sở Tài chính', 'Sở Nội vụ', 'Sở Xây dựng']]],
    // a head in lower case before the colon: each name a capital, as printed alone
    ['3. Giao các sở: Tài chính, Xây dựng chủ trì kiểm tra.', [['Sở Tài chính', 'Sở Xây dựng']]],
    [
      '3. Giao các Bộ: Kế hoạch và Đầu tư, Nông nghiệp và Phát triển nông thôn chủ trì kiểm tra.',
      [['Bộ Kế hoạch và Đầu tư', 'Bộ Nông nghiệp và Phát triển nông thôn']],
    ],
    [
      '3. Giao UBND các huyện: Lâm Hà, Đức Trọng chủ trì kiểm tra.',
      [['Ủy ban nhân dân huyện Lâm Hà', 'Ủy ban nhân dân huyện Đức Trọng']],
    ],
    [
      '3. Giao các Cục: Quản lý Khám, chữa bệnh, Quản lý Dược chủ trì kiểm tra.',
      [['Cục Quản lý Khám, chữa bệnh', 'Cục Quản lý Dược']],
    ],
    // a steering committee: its level, its name in lower case, the field it is named for
    ['4. Giao Ban Chỉ đạo tỉnh chủ trì kiểm tra.', [['Ban Chỉ đạo tỉnh']]],
    ['4. Giao Ban chỉ đạo tỉnh chủ trì kiểm tra.', [['Ban chỉ đạo tỉnh']]],
    [
      '4. Giao Ban Chỉ đạo thực hiện chính sách bảo hiểm y tế tỉnh chủ trì kiểm tra.',
      [['Ban Chỉ đạo thực hiện chính sách bảo hiểm y tế tỉnh']],
    ],
    ['4. Giao Ban Chỉ đạo chuyển đổi số của tỉnh chủ trì theo dõi.', [['Ban Chỉ đạo chuyển đổi số của tỉnh']]],
    // public service units that plans assign work to
    ['5. Giao Bưu điện tỉnh chủ trì trả kết quả giải quyết thủ tục hành chính.', [['Bưu điện tỉnh']]],
    [
      '5. Giao Sở Văn hóa, Thể thao và Du lịch, Thư viện tỉnh và Bảo tàng tỉnh chủ trì tổ chức.',
      [['Sở Văn hóa, Thể thao và Du lịch', 'Thư viện tỉnh', 'Bảo tàng tỉnh']],
    ],
    ['5. Giao Hạt Kiểm lâm huyện chủ trì tuần tra.', [['Hạt Kiểm lâm huyện']]],
    ['5. Giao Cổng Thông tin điện tử tỉnh chủ trì đăng tải.', [['Cổng Thông tin điện tử tỉnh']]],
    // the abbreviations of local documents, expanded as "UBND" is
    ['6. Giao VP UBND tỉnh chủ trì theo dõi.', [['Văn phòng Ủy ban nhân dân tỉnh']]],
    [
      '6. Đề nghị LĐLĐ tỉnh, Hội LHPN tỉnh, Hội CCB tỉnh chủ trì vận động.',
      [['Liên đoàn Lao động tỉnh', 'Hội Liên hiệp Phụ nữ tỉnh', 'Hội Cựu chiến binh tỉnh']],
    ],
    ['6. Giao NHNN chi nhánh tỉnh chủ trì kiểm tra.', [['Ngân hàng Nhà nước chi nhánh tỉnh']]],
    ['6. Giao KBNN tỉnh chủ trì kiểm soát chi.', [['Kho bạc Nhà nước tỉnh']]],
    ['6. Giao Đài PT-TH tỉnh chủ trì tuyên truyền.', [['Đài Phát thanh và Truyền hình tỉnh']]],
    ['6. Giao Bộ Chỉ huy BĐBP tỉnh chủ trì tuần tra.', [['Bộ Chỉ huy Bộ đội Biên phòng tỉnh']]],
    ['6. Giao BCĐ tỉnh chủ trì sơ kết.', [['Ban Chỉ đạo tỉnh']]],
    // "giao nhiệm vụ cho": the verb with its object, then the bodies
    ['7. Giao nhiệm vụ cho Sở Y tế chủ trì kiểm tra.', [['Sở Y tế']]],
    ['7. UBND tỉnh giao nhiệm vụ cho Sở Nội vụ chủ trì kiểm tra.', [['Sở Nội vụ']]],
    // an office title in lower case inside a list stands for its body as a capitalized one does
    [
      'Điều 5. Trách nhiệm thi hành\nCác Bộ trưởng, thủ trưởng cơ quan ngang bộ, thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thi hành Nghị định này.',
      [
        [
          'Các Bộ',
          'Các cơ quan ngang bộ',
          'Các cơ quan thuộc Chính phủ',
          'Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương',
        ],
      ],
    ],
    [
      '8. Giao Giám đốc Sở Tài chính, chủ tịch Ủy ban nhân dân các xã chủ trì kiểm tra.',
      [['Sở Tài chính', 'Ủy ban nhân dân các xã']],
    ],
    // "đồng chí" before an office title addresses its holder: the row names the body
    ['9. Giao đồng chí Giám đốc Sở Y tế chủ trì kiểm tra.', [['Sở Y tế']]],
    ['9. UBND tỉnh giao đồng chí Giám đốc Sở Nội vụ chủ trì kiểm tra.', [['Sở Nội vụ']]],
    [
      'Điều 3. Chánh Văn phòng UBND tỉnh; đồng chí Giám đốc Sở Nội vụ; đồng chí Chủ tịch UBND các xã chịu trách nhiệm thi hành Quyết định này.',
      [['Văn phòng Ủy ban nhân dân tỉnh', 'Sở Nội vụ', 'Ủy ban nhân dân các xã']],
    ],
  ])('reads %s', (text, expected) => {
    expect(agenciesOf(text)).toEqual(expected);
  });

  it.each([
    // a common compound after a head, in lower case, is no body
    ['Ban hành kèm theo Quyết định này Quy chế làm việc.', []],
    ['Bộ dữ liệu dùng chung được cập nhật.', []],
    // a heading printed in capitals: its recased words after a head are the common compound still
    ['BAN HÀNH KÈM THEO QUYẾT ĐỊNH', []],
    ['BÁO CÁO KẾT QUẢ THỰC HIỆN', []],
    ['1. Giao BAN HÀNH QUY CHẾ chủ trì kiểm tra.', []],
    ['1. Giao BỘ MÁY HÀNH CHÍNH chủ trì kiểm tra.', []],
    ['1. BAN HÀNH QUY CHẾ:\n- Chủ trì kiểm tra việc thực hiện.', []],
    // "trung tâm dữ liệu" in lower case is a data centre, even opening an item
    ['1. Trung tâm dữ liệu vùng chịu trách nhiệm quản trị hạ tầng.', []],
    // such a unit's head in lower case, or alone, is the common noun
    ['Thư viện số được xây dựng.', []],
    ['5. Giao bảo tàng tỉnh chủ trì tổ chức.', []],
    ['7. Giao nhiệm vụ cụ thể như sau:', []],
    // "đồng chí" before a person's name addresses a person, no body
    ['9. Giao đồng chí Nguyễn Văn A chủ trì kiểm tra.', []],
    // an abbreviated head alone names no body
    ['6. Giao VP chủ trì theo dõi.', []],
    // a title with no level after it names no body of a level
    ['1. Giao Chủ tịch chủ trì kiểm tra.', []],
    // the members of a steering committee are no assignment
    [
      'Điều 1. Thành lập Ban Chỉ đạo tỉnh.\nBan Chỉ đạo tỉnh gồm các thành viên sau:\n1. Ông Nguyễn Văn A, Chủ tịch UBND tỉnh - Trưởng ban;\n2. Ông B, Giám đốc Sở Nội vụ - Phó Trưởng ban.',
      [],
    ],
    // a steering committee given a duty with no other after it: the verb is the duty, no part of its name
    ['4. Giao Ban Chỉ đạo triển khai kế hoạch.', [['Ban Chỉ đạo']]],
    ['4. Giao Ban Chỉ đạo triển khai kế hoạch; Sở Y tế chủ trì kiểm tra.', [['Ban Chỉ đạo']]],
    // a body named in full before its duty: the duties after it are its work, not its name
    ['1. Giao Bộ Tài chính tăng cường năng lực, chủ trì kiểm tra.', [['Bộ Tài chính']]],
  ])('does not read more than %s', (text, expected) => {
    expect(agenciesOf(text)).toEqual(expected);
  });
});

describe('an abbreviation reads as the name it abbreviates, with the same locality rules', () => {
  const agenciesOf = (text: string) => extractTasks(text).map((t) => t.agencies.map((a) => a.name));

  // the abbreviation (grammars/names.json) before a level or a locality: the body its long form names there
  it.each([
    ['BHXH tỉnh', 'Bảo hiểm xã hội tỉnh'],
    ['BHXH huyện', 'Bảo hiểm xã hội huyện'],
    ['BHXH cấp tỉnh', 'Bảo hiểm xã hội cấp tỉnh'],
    ['BHXH tỉnh Lâm Đồng', 'Bảo hiểm xã hội tỉnh Lâm Đồng'],
    ['BHXH khu vực XII', 'Bảo hiểm xã hội khu vực XII'],
    ['BHXH các huyện, thị xã', 'Bảo hiểm xã hội các huyện, thị xã'],
    // the central body: the long form's own name goes on with "Việt Nam"
    ['BHXH Việt Nam', 'Bảo hiểm xã hội Việt Nam'],
    ['KBNN tỉnh', 'Kho bạc Nhà nước tỉnh'],
    ['KBNN khu vực XII', 'Kho bạc Nhà nước khu vực XII'],
    ['NHNN chi nhánh tỉnh', 'Ngân hàng Nhà nước chi nhánh tỉnh'],
    ['NHNN Việt Nam', 'Ngân hàng Nhà nước Việt Nam'],
    ['LĐLĐ tỉnh', 'Liên đoàn Lao động tỉnh'],
    ['LĐLĐ huyện', 'Liên đoàn Lao động huyện'],
    ['UBMTTQ tỉnh', 'Ủy ban Mặt trận Tổ quốc tỉnh'],
    ['UBMTTQVN tỉnh', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh'],
    ['MTTQ tỉnh', 'Mặt trận Tổ quốc tỉnh'],
    ['UBND huyện', 'Ủy ban nhân dân huyện'],
    ['HĐND tỉnh', 'Hội đồng nhân dân tỉnh'],
    ['VP UBND tỉnh', 'Văn phòng Ủy ban nhân dân tỉnh'],
    ['BCĐ tỉnh', 'Ban Chỉ đạo tỉnh'],
    ['BTV Tỉnh ủy', 'Ban Thường vụ Tỉnh ủy'],
    ['BĐBP tỉnh', 'Bộ đội Biên phòng tỉnh'],
    // an abbreviation inside a name: the words of the head it follows, then the long form
    ['Hội LHPN tỉnh', 'Hội Liên hiệp Phụ nữ tỉnh'],
    ['Hội CCB tỉnh', 'Hội Cựu chiến binh tỉnh'],
    ['Bộ Chỉ huy BĐBP tỉnh', 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh'],
    ['Cục QLTT tỉnh', 'Cục Quản lý thị trường tỉnh'],
    ['Chi cục QLTT', 'Chi cục Quản lý thị trường'],
    ['Đài PTTH tỉnh', 'Đài Phát thanh và Truyền hình tỉnh'],
  ])('reads "Giao %s chủ trì" as %s, as its long form', (written, long) => {
    expect(agenciesOf(`2. Giao ${written} chủ trì kiểm tra.`)).toEqual([[long]]);
    expect(agenciesOf(`2. Giao ${long} chủ trì kiểm tra.`)).toEqual([[long]]);
  });

  it.each([
    ['7. Đề nghị BHXH tỉnh, Sở Y tế phối hợp thực hiện.', [['Bảo hiểm xã hội tỉnh', 'Sở Y tế']]],
    ['8. Giao KBNN tỉnh, BHXH tỉnh phối hợp thực hiện.', [['Kho bạc Nhà nước tỉnh', 'Bảo hiểm xã hội tỉnh']]],
    [
      'Đề nghị BHXH Việt Nam, KBNN, NHNN phối hợp.',
      [['Bảo hiểm xã hội Việt Nam', 'Kho bạc Nhà nước', 'Ngân hàng Nhà nước']],
    ],
    // an abbreviation alone reads as its long form alone does
    ['6. Giao BHXH chủ trì theo dõi.', [['Bảo hiểm xã hội']]],
    ['6. Giao KBNN chủ trì theo dõi.', [['Kho bạc Nhà nước']]],
    ['6. Giao HĐND chủ trì theo dõi.', [['Hội đồng nhân dân']]],
    ['6. Giao BHXH VN chủ trì theo dõi.', [['Bảo hiểm xã hội Việt Nam']]],
  ])('reads the abbreviations of a list: %s', (text, expected) => {
    expect(agenciesOf(text)).toEqual(expected);
  });

  it.each([
    // a law, a benefit, a book, a fund named by the abbreviation: no body
    ['1. Giao Sở Tư pháp chủ trì phổ biến Luật BHXH.', [['Sở Tư pháp']]],
    ['2. Giao Sở Nội vụ chủ trì hướng dẫn chế độ BHXH cho người lao động.', [['Sở Nội vụ']]],
    ['4. Đề nghị tăng tỷ lệ tham gia BHXH tự nguyện.', []],
    ['5. Giao BHXH tự nguyện mở rộng đối tượng.', []],
    ['6. Tổ chức cấp sổ BHXH cho người lao động.', []],
    ['7. Đề nghị quỹ BHXH được cân đối.', []],
    // a field abbreviated, no head before it: no body ("lực lượng QLTT" is a force)
    ['10. Giao Sở Công Thương chủ trì, phối hợp lực lượng QLTT kiểm tra.', [['Sở Công Thương']]],
    ['9. Đề nghị LHPN tỉnh chủ trì.', []],
    // the abbreviation of a place alone is no body
    ['11. Đề nghị VN chủ trì.', []],
  ])('does not read a body in %s', (text, expected) => {
    expect(agenciesOf(text)).toEqual(expected);
  });

  // a phrase all in capitals is recased to be read, its abbreviations kept as written
  it.each([
    ['KBNN', ['Kho bạc Nhà nước']],
    ['UBND TỈNH LÂM ĐỒNG', ['Ủy ban nhân dân tỉnh Lâm Đồng']],
    ['SỞ GD&ĐT', ['Sở Giáo dục và Đào tạo']],
    ['VP', []],
    ['BÁO CÁO KẾT QUẢ', []],
  ])('reads the phrase in capitals %s', (phrase, expected) => {
    expect(names(phrase)).toEqual(expected);
  });

  it.each([['Luật BHXH'], ['chế độ BHXH'], ['sổ BHXH'], ['quỹ BHXH'], ['BHXH tự nguyện']])(
    'reads no agency in the phrase %s',
    (phrase) => {
      expect(names(phrase)).toEqual([]);
    },
  );
});

describe('a title that fuses its body’s head, a title in the plural and a joint office name the body', () => {
  const agenciesOf = (text: string) => extractTasks(text).map((t) => t.agencies.map((a) => a.name));

  it.each([
    // "Trưởng phòng X" heads the Phòng X: the title's last word is the head, written in lower case
    [
      'Điều 3. Trưởng phòng Tài chính - Kế hoạch huyện chịu trách nhiệm thi hành Quyết định này.',
      [['Phòng Tài chính - Kế hoạch huyện']],
    ],
    [
      'Điều 3. Chánh Văn phòng UBND huyện, Trưởng phòng Nội vụ, Trưởng phòng Tư pháp chịu trách nhiệm thi hành Quyết định này.',
      [['Văn phòng Ủy ban nhân dân huyện', 'Phòng Nội vụ', 'Phòng Tư pháp']],
    ],
    [
      'Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ, Trưởng ban Dân tộc tỉnh chịu trách nhiệm thi hành Quyết định này.',
      [['Văn phòng Ủy ban nhân dân tỉnh', 'Sở Nội vụ', 'Ban Dân tộc tỉnh']],
    ],
    ['1. Giao Phó Trưởng phòng Tư pháp chủ trì rà soát văn bản.', [['Phòng Tư pháp']]],
    ['1. Giao Trưởng ban Quản lý dự án tỉnh chủ trì kiểm tra tiến độ.', [['Ban Quản lý dự án tỉnh']]],
    // before a head the title is one like any: the body is named after it
    ['Điều 3. Trưởng ban Ban Tổ chức Tỉnh ủy chịu trách nhiệm thi hành Quyết định này.', [['Ban Tổ chức Tỉnh ủy']]],
    ['Điều 3. Trưởng Phòng Nội vụ chịu trách nhiệm thi hành Quyết định này.', [['Phòng Nội vụ']]],
    // the heads of every school of a kind name that kind (GOLD.md: a plural office holder names the kind of body)
    [
      'Điều 3. Hiệu trưởng các trường trung học phổ thông chịu trách nhiệm thi hành Quyết định này.',
      [['Các trường trung học phổ thông']],
    ],
    [
      'Điều 3. Giám đốc Sở Giáo dục và Đào tạo, Hiệu trưởng các trường mầm non chịu trách nhiệm thi hành Quyết định này.',
      [['Sở Giáo dục và Đào tạo', 'Các trường mầm non']],
    ],
    [
      'Điều 3. Chánh Văn phòng Sở, Hiệu trưởng các trường chịu trách nhiệm thi hành Quyết định này.',
      [['Văn phòng Sở', 'Các trường']],
    ],
    // the heads of a district's offices name them as its province's heads do "Các sở, ban, ngành"
    [
      'Điều 3. Chánh Văn phòng UBND huyện, Thủ trưởng các phòng, ban, ngành thuộc UBND huyện chịu trách nhiệm thi hành Quyết định này.',
      [['Văn phòng Ủy ban nhân dân huyện', 'Các phòng, ban, ngành thuộc Ủy ban nhân dân huyện']],
    ],
    [
      'Điều 3. Thủ trưởng các phòng chuyên môn thuộc UBND huyện chịu trách nhiệm thi hành Quyết định này.',
      [['Các phòng chuyên môn thuộc Ủy ban nhân dân huyện']],
    ],
    // the office of a district's council and committee is one body, whose "và" joins no two
    [
      'Điều 3. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Nội vụ, Chủ tịch UBND các xã chịu trách nhiệm thi hành Quyết định này.',
      [['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện', 'Phòng Nội vụ', 'Ủy ban nhân dân các xã']],
    ],
    // an office title after a comma ends the name before it, whether or not a body follows it
    [
      'Điều 3. Trưởng phòng Giáo dục và Đào tạo, Hiệu trưởng các trường THCS trên địa bàn huyện chịu trách nhiệm thi hành Quyết định này.',
      [['Phòng Giáo dục và Đào tạo', 'Các trường THCS trên địa bàn huyện']],
    ],
    [
      'Điều 3. Trưởng phòng Giáo dục và Đào tạo, Hiệu trưởng các trường thông tin chịu trách nhiệm thi hành Quyết định này.',
      [['Phòng Giáo dục và Đào tạo']],
    ],
  ])('reads %s', (text, expected) => {
    expect(agenciesOf(text)).toEqual(expected);
  });

  it.each([
    // two offices, each with its locality, are two bodies
    [
      '1. Giao Văn phòng UBND tỉnh và UBND các huyện chủ trì thực hiện.',
      [['Văn phòng Ủy ban nhân dân tỉnh', 'Ủy ban nhân dân các huyện']],
    ],
    // rooms are no bodies
    [
      'Điều 2. Giao Sở Giáo dục và Đào tạo bố trí các phòng học, phòng chức năng theo quy định.',
      [['Sở Giáo dục và Đào tạo']],
    ],
    // a title with no body named after it, or a rank, names no body
    ['Điều 3. Trưởng phòng hoặc tương đương trở lên chịu trách nhiệm thi hành Quyết định này.', []],
    ['1. Giao Trưởng phòng nghiệp vụ chủ trì kiểm tra.', []],
    ['Điều 3. Trưởng ban chịu trách nhiệm thi hành Quyết định này.', []],
    // "trường" alone is a case or a field, no school
    ['Điều 3. Các trường hợp đặc biệt do Chủ tịch UBND tỉnh quyết định.', []],
    ['Điều 3. Hiệu trưởng các trường thông tin chịu trách nhiệm thi hành Quyết định này.', []],
    // the members of a steering committee, named by their posts, are no assignment
    [
      'Điều 1. Kiện toàn Ban Chỉ đạo Trung ương, gồm các thành viên sau đây:\n1. Trưởng ban Chỉ đạo Trung ương: Phó Thủ tướng Chính phủ Nguyễn Văn A.\n2. Phó Trưởng ban Chỉ đạo Trung ương:\n- Bộ trưởng Bộ Nội vụ, Phó Trưởng ban thường trực;\n- Bộ trưởng Bộ Tài chính.',
      [],
    ],
  ])('does not read more than %s', (text, expected) => {
    expect(agenciesOf(text)).toEqual(expected);
  });
});
