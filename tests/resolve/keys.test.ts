/**
 * A cited instrument's key holds a province only when the cited issuer is local — by its issuer
 * code, or by the issuer the text names — never because the citing document is local (issue 18:
 * a ministry's công văn cited by a province was keyed to that province).
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse.js';

const letter = (body: string) => `ỦY BAN NHÂN DÂN
TỈNH KIÊN GIANG
Số: 403/UBND-KGVX
Kiên Giang, ngày 02 tháng 4 năm 2021
V/v triển khai công tác trẻ em
Kính gửi: Sở Lao động - Thương binh và Xã hội.
${body}
`;

const keyOf = (body: string, number: string) =>
  parse(letter(body), { name: 'cv.txt' }).references.find((r) => r.number?.text === number)?.key;

describe('the province in a cited instrument’s key', () => {
  it.each([
    [
      'a local code (UBND)',
      'Thực hiện Công văn số 12/UBND-VX ngày 05/3/2021 của Ủy ban nhân dân tỉnh.',
      '12/UBND-VX',
      'vn:12/ubnd-vx@kien-giang#2021',
    ],
    [
      'a local body named with its province',
      'Thực hiện Kế hoạch số 45/KH-BCĐ ngày 05/3/2021 của Ban Chỉ đạo tỉnh Kiên Giang.',
      '45/KH-BCĐ',
      'vn:45/kh-bcđ@kien-giang#2021',
    ],
    [
      'a local body of the gazetteer',
      'Thực hiện Công văn số 88/SYT-NV ngày 05/3/2021 của Sở Y tế.',
      '88/SYT-NV',
      'vn:88/syt-nv@kien-giang#2021',
    ],
  ])('should be there for %s', (_, body, number, key) => {
    expect(keyOf(body, number)).toBe(key);
  });

  it.each([
    [
      'a ministry by an unknown code',
      'Thực hiện Công văn số 375/LĐTBXH-TE ngày 23/02/2021 của Bộ Lao động - Thương binh và Xã hội.',
      '375/LĐTBXH-TE',
      'vn:375/lđtbxh-te#2021',
    ],
    [
      'a ministry named by its head',
      'Thực hiện Công văn số 77/XYZ-KH ngày 23/02/2021 của Bộ trưởng Bộ Y tế.',
      '77/XYZ-KH',
      'vn:77/xyz-kh#2021',
    ],
    [
      'a central code (TTg)',
      'Thực hiện Chỉ thị số 23/CT-TTg ngày 26/8/2020 của Thủ tướng Chính phủ.',
      '23/CT-TTg',
      'vn:23/ct-ttg#2020',
    ],
  ])('should not be there for %s', (_, body, number, key) => {
    expect(keyOf(body, number)).toBe(key);
  });

  it('should leave the key partial, without a province, when nothing says whose an unknown code is', () => {
    const ref = parse(letter('Thực hiện Công văn số 26/CV-DC ngày 05/3/2021.'), { name: 'cv.txt' }).references.find(
      (r) => r.number?.text === '26/CV-DC',
    );
    expect(ref).toMatchObject({ key: 'vn:26/cv-dc#2021', keyPartial: true });
  });
});
