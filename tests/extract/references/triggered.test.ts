import { describe, expect, it } from 'vitest';
import { triggered, triggeredExec, triggeredMatches } from '../../../src/extract/references/triggered.js';
import { CITE, RELATION } from '../../../src/extract/references/reference-patterns.js';
import { seededNumbers } from '../../fixtures/seeded.js';

const plain = (matches: Iterable<RegExpMatchArray>) =>
  [...matches].map((m) => ({ index: m.index, text: m[0], groups: { ...m.groups } }));

/** What matchAll finds with the pattern itself: the triggered scan must find the same. */
function same(pattern: RegExp, text: string) {
  const global = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
  expect(plain(triggeredMatches(triggered(pattern), text))).toEqual(plain(text.matchAll(global)));
}

describe('triggeredMatches finds what matchAll finds', () => {
  const cases: Array<[string, RegExp, string]> = [
    [
      'a word opening an i pattern, in any case',
      RELATION.changedBy,
      'Thông tư số 1/2020/TT-BTC, được sửa đổi, bổ sung bởi Thông tư số 2/2021/TT-BTC; ĐƯỢC THAY THẾ BỞI Nghị định số 3/2022/NĐ-CP và được bãi bỏ theo Luật số 4/2023/QH15',
    ],
    ['a word refused by the look-behind', RELATION.changedBy, 'khôngđược sửa đổi bởi ai; được sửa đổi bởi Bộ'],
    [
      'a group of words',
      /(?:gọi|viết)[ \t]+tắt[ \t]+là[ \t]+(?<alias>\p{Lu}+)/gu,
      'sau đây gọi tắt là PPP, viết tắt là QPPL, gọi là X',
    ],
    ['overlapping triggers', /(?:ana|nab)b/gu, 'ananabnab anab'],
    ['a match running over the next trigger', /được[^;]*được/gu, 'được một, được hai, được ba; được'],
    ['no trigger: the pattern as it is', /\d+|số/gu, 'số 12 và 34'],
    ['nothing found', RELATION.changedBy, 'Căn cứ Luật Tổ chức Chính phủ'],
  ];
  it.each(cases)('%s', (_name, pattern, text) => same(pattern, text));
});

describe('triggeredExec finds what exec finds', () => {
  const cases: Array<[string, RegExp, string]> = [
    ['"số" at the end', CITE.numberWord, 'Căn cứ Nghị định số '],
    ['"Số:" in capitals', CITE.numberWord, 'Quyết định Số: '],
    ['"số" not at the end, then at the end', CITE.numberWord, 'số lượng và số '],
    ['"số" glued to a word', CITE.numberWord, 'Nghị địnhsố '],
    ['no trigger', CITE.atWordEnd, 'đề nghị của Sở Nội vụ tại '],
    ['nothing', CITE.numberWord, 'Căn cứ Nghị định '],
  ];
  it.each(cases)('%s', (_name, pattern, text) => {
    const plainOne = (m: RegExpExecArray | null) => (m ? { index: m.index, text: m[0] } : null);
    const own = new RegExp(pattern.source, pattern.flags.replace('g', ''));
    expect(plainOne(triggeredExec(triggered(pattern), text))).toEqual(plainOne(own.exec(text)));
  });
});

describe('triggered reads the opening it can search for', () => {
  const triggers: Array<[RegExp, string | null]> = [
    [RELATION.changedBy, 'được'],
    [/(?:gọi|viết)[ \t]+là/gu, 'gọi|viết'],
    [/(?<![\p{L}\p{N}])này/gu, 'này'],
    [CITE.numberWord, 'số'],
  ];
  it.each(triggers)('%s opens with %s', (pattern, trigger) => {
    expect(triggered(pattern).trigger?.source ?? null).toBe(trigger);
  });

  const none: RegExp[] = [
    /(?:gọi|viết)?x/gu,
    /ab|cd/gu,
    /a+b/gu,
    /ab*c/gu,
    /\d+/gu,
    /(?<w>gọi)?x/gu,
    /(?=gọi)\p{L}+/gu,
  ];
  it.each(none)('%s has no trigger', (pattern) => {
    expect(triggered(pattern).trigger).toBeNull();
  });
});

describe('a group whose alternatives open with words', () => {
  it('reads the words its alternatives open with', () => {
    expect(triggered(/(?:ví[ \t]+dụ|VD)[ \t]*:/iu).trigger?.source).toBe('ví|VD');
    expect(triggered(RELATION.expires).trigger?.source).toMatch(/^(?:\p{L}+\|)+\p{L}+$/u);
    expect(triggered(/(?<w>gọi)/gu).trigger?.source).toBe('gọi');
    expect(triggered(/(?:(?:ab|cd)e|VD)x/gu).trigger?.source).toBe('ab|cd|VD');
    expect(triggered(CITE.shortName).trigger?.source).toBe('Đề|Th');
    expect(triggered(/(?<=[ \t])(?:nêu[ \t]+trên|trên|đã[ \t]+dẫn)/gu).trigger?.source).toBe('nêu|trên|đã');
  });
  const none: RegExp[] = [
    /(?:ví[ \t]+dụ|VD)?:/gu,
    /(?:ví?|VD)x/gu,
    /(?:a|VD)x/gu,
    /(?:\d|VD)x/gu,
    /(?:(?:ab|cd)?e|VD)x/gu,
  ];
  it.each(none)('%s has no trigger', (pattern) => {
    expect(triggered(pattern).trigger).toBeNull();
  });
  const cases: Array<[string, RegExp, string]> = [
    ['the cue in any case', /(?:ví[ \t]+dụ|VD)[ \t]*:/giu, 'Ví dụ: số 1; VÍ DỤ : số 2; vd: số 3; ví dụ số 4; Vd:'],
    [
      'expiry phrases',
      RELATION.expires,
      'Quyết định số 1 hết hiệu lực; không còn hiệu lực thi hành; hếthiệu lực; chấm dứt hiệu lực.',
    ],
  ];
  it.each(cases)('%s: as matchAll finds them', (_name, pattern, text) => same(pattern, text));
});

describe('words whose case counts are found by indexOf from their first letter outside ASCII and "đ"', () => {
  it('reads each word from that letter', () => {
    expect(triggered(/(?:gọi|viết|abc|đã|đđ)[ \t]+là/gu).literals).toEqual([
      { prefix: 'g', rest: 'ọi' },
      { prefix: 'vi', rest: 'ết' },
      { prefix: '', rest: 'abc' },
      { prefix: 'đ', rest: 'ã' },
      { prefix: '', rest: 'đđ' },
    ]);
    expect(triggered(CITE.namedHead).literals?.map((l) => l.rest)).toEqual(['Bộ', 'Luật', 'Hiến', 'Pháp', 'Công']);
    expect(triggered(/(?:gọi|viết)[ \t]+là/giu).literals).toBeNull();
  });
  const pieces = [
    'gọi',
    'ọi',
    'g',
    'viết',
    'iết',
    'ết',
    ' ',
    'là',
    'hết',
    'h',
    'ab',
    'c',
    'không',
    'hô',
    'đã',
    'đ',
    'ã',
    'đây',
    'ây',
  ];
  const patterns = [
    /(?:gọi|viết)[ \t]+là/gu,
    /(?:gọi[ \t]|viết|hết)/gu,
    /(?:hết|không)[ \t]*h?/gu,
    /(?:abc|ab)c?/gu,
    /(?:đã|đây)[ \t]+là/gu,
  ];
  it('finds what matchAll finds, on texts of the words and their pieces', () => {
    const next = seededNumbers(11);
    for (let round = 0; round < 300; round++) {
      let text = '';
      const length = next() % 40;
      for (let k = 0; k < length; k++) text += pieces[next() % pieces.length];
      for (const pattern of patterns) {
        same(pattern, text);
        const first = new RegExp(pattern.source, 'u').exec(text);
        expect(triggeredExec(triggered(pattern), text)?.index).toBe(first?.index);
      }
    }
  });
});
