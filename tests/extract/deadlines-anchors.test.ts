/**
 * Anchored trigger scans (src/extract/deadlines/anchors.ts): a family is looked for only where the
 * first word of one of its phrases stands, so the scan must find exactly what the plain scan of
 * the family's pattern finds, for every phrase of the grammar in every case, and the case forms it
 * compares letters with must be every character a case-insensitive pattern matches.
 */
import { describe, expect, it } from 'vitest';
import {
  anchorIndex,
  anchoredScanner,
  anchorsIn,
  caseForms,
  leadingWord,
  phrasesOf,
  scanAt,
} from '../../src/extract/deadlines/anchors.js';
import { matchesIn, type DeadlinePatternId } from '../../src/extract/deadlines/deadline-patterns.js';

const IDS: DeadlinePatternId[] = [
  'beforeLead',
  'withinLead',
  'untilLead',
  'limitLabel',
  'relativeLead',
  'scheduleLead',
  'completionLead',
];
/** A family that is a pattern, not a phrase list: anchored on the word it opens with. */
const PATTERN_IDS: DeadlinePatternId[] = ['everyMonthDay'];
const SCANNERS = [...IDS, ...PATTERN_IDS].map(anchoredScanner);
const INDEX = anchorIndex(SCANNERS);

/** [index, match] of every match, by the anchored scan and by the plain one. */
function both(family: number, text: string, from = 0, to = text.length) {
  const scanner = SCANNERS[family]!;
  const starts = anchorsIn(INDEX, text, 0, to)[family] ?? null;
  const show = (matches: Iterable<RegExpExecArray>) => [...matches].map((m) => [m.index, m[0]]);
  return {
    anchored: show(scanAt(scanner, starts, text, from, to)),
    plain: show(matchesIn(scanner.pattern, text, from, to)),
  };
}

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** "tRưỚc": every other letter upper case. */
const mixed = (s: string) => [...s].map((c, i) => (i % 2 ? c.toUpperCase() : c)).join('');

describe('anchored trigger scans find what the plain scans find', () => {
  it('anchors every family', () => {
    const ids = [...IDS, ...PATTERN_IDS];
    const anchored = ids.filter((_, family) => anchorsIn(INDEX, 'x', 0, 1)[family] !== null);
    expect(anchored).toEqual(ids);
  });

  it('everyMonthDay: on the word its pattern opens with, in every case, not inside a word', () => {
    const family = IDS.length;
    const text =
      'Báo cáo ngày 25 hằng tháng; NGÀY 05 CỦA MỖI THÁNG, Ngày 28 hàng tháng.ngày 1 mỗi tháng ' +
      'xngày 25 hằng tháng, ngàyy 25 hằng tháng, nGàY 10\thằng tháng ngày ngày 15 hằng tháng';
    for (const [from, to] of [
      [0, text.length],
      [9, text.length],
      [10, 60],
      [text.length - 25, text.length],
    ] as const) {
      const { anchored, plain } = both(family, text, from, to);
      expect(anchored, `[${from}, ${to})`).toEqual(plain);
    }
    expect(both(family, text).plain.length).toBe(6);
  });

  it.each(IDS.map((id, family) => [id, family] as const))('%s: every phrase, in every case', (id, family) => {
    for (const phrase of phrasesOf(id)!) {
      for (const written of [phrase, phrase.toUpperCase(), upperFirst(phrase), mixed(phrase)]) {
        const text = `Các đơn vị ${written} ngày 15/11/2026; ${written}\tx, (${written})ấy ${written}`;
        const { anchored, plain } = both(family, text);
        expect(plain.length, `${id}: ${written}`).toBeGreaterThan(0);
        expect(anchored, `${id}: ${written}`).toEqual(plain);
      }
    }
  });

  it.each(IDS.map((id, family) => [id, family] as const))(
    '%s: not inside a word, and within [from, to)',
    (id, family) => {
      const text =
        'Người nước ngoài thường xuyên được giao đến hạn; chậm nhất là trước ngày 30/6, vào Thời gian hoàn thành: ' +
        'không quá 15 ngày, trong thời hạn 10 ngày, định kỳ vào ngày 25, tiến độ thực hiện đến hết năm 2026. ' +
        'atrước trướcx Xđến đếnX mốc thời gian, hạn nộp, tới hết, muộn nhất là, trong vòng';
      for (const [from, to] of [
        [0, text.length],
        [5, text.length],
        [70, 150],
        [100, 101],
        [text.length - 30, text.length - 3],
      ] as const) {
        const { anchored, plain } = both(family, text, from, to);
        expect(anchored, `${id} [${from}, ${to})`).toEqual(plain);
      }
    },
  );
});

describe('leadingWord', () => {
  it.each([
    [String.raw`ngày[ \t]+\d{1,2}`, 'ngày'],
    ['đến', 'đến'],
    ['abc?d', 'ab'],
    ['ab+', 'a'],
    ['x{2}', null],
    ['ab|cd', null],
    ['(?:ab)', null],
    [String.raw`\p{L}ab`, null],
  ])('%s opens with %s', (source, word) => {
    expect(leadingWord(source)).toBe(word);
  });
});

describe('case forms', () => {
  it('hold every character a case-insensitive pattern matches for a letter of the anchored words', () => {
    const letters = [
      ...new Set(
        [...IDS.flatMap((id) => phrasesOf(id)!), ...SCANNERS.slice(IDS.length).flatMap((s) => wordsOf(s))]
          .join('')
          .replace(/\s/gu, ''),
      ),
    ];
    const any = new RegExp(`^[${letters.join('')}]$`, 'iu');
    const each = letters.map((letter) => [letter, new RegExp(`^${letter}$`, 'iu')] as const);
    const missed: string[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCodePoint(code);
      if (!any.test(char)) continue;
      for (const [letter, pattern] of each) {
        if (pattern.test(char) && !caseForms(letter).includes(char)) {
          missed.push(`${letter} U+${code.toString(16)}`);
        }
      }
    }
    expect(missed).toEqual([]);
  });
});

/** The words a scanner is anchored on, as written. */
function wordsOf(scanner: (typeof SCANNERS)[number]): string[] {
  return (scanner.words ?? []).map((word) => word.map((forms) => String.fromCharCode(forms[0]!)).join(''));
}
