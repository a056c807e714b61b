import { describe, expect, it } from 'vitest';
import { lineLevelEdits } from '../../src/ingest/markdown-lines.js';
import { looksLikeMarkdown, treeEdits } from '../../src/ingest/markdown.js';
import type { Edit } from '../../src/ingest/offset-map.js';

const sorted = (edits: readonly Edit[]) => [...edits].sort((a, b) => a.start - b.start || a.end - b.end);

describe('lineLevelEdits: the edits remark gives, read line by line', () => {
  it.each([
    'a  \nb',
    'a \nb',
    'abc  \n\nd',
    '## X  ',
    '#### 1. Mục đích',
    '# **X**  \nY',
    '- a  \nb',
    '**ỦY BAN NHÂN DÂN  \nTỈNH KIÊN GIANG**',
    '***a***',
    '***a**',
    '*a** \nb',
    '*a* \nb', // a trailing space right after emphasis stands outside any text: kept
    '**a** \nb',
    '**a**  \nb',
    'a **b** c',
    '* **a**',
    '1. a\n2. b',
    '1. a\nb\n2. c',
    'Về đề nghị:\n1. Đồng ý\n2. Giao Bộ',
    'a\n1) b',
    '- a\n+ b\n* c',
    '| Số: 1803/QĐ-TTg | *Hà Nội, ngày 22 tháng 10 năm 2015* |',
    '*Căn cứ Luật;*\n*Xét đề nghị,*\nQUYẾT ĐỊNH:',
    'a  \n## b',
    '#5 a\n####### b',
    'a *\n* b',
    '(**a**)b **c**.',
  ])('reads %j as remark does', (text) => {
    const quick = lineLevelEdits(text);
    expect(quick).not.toBeNull();
    expect(sorted(quick!)).toEqual(sorted(treeEdits(text)));
  });

  it.each([
    ['another construct', 'a `code` b'],
    ['an escape', 'a \\* b'],
    ['an entity', 'a &amp; b'],
    ['a link', '[a](b)'],
    ['underscores', '__a__'],
    ['a tab', 'a\tb'],
    ['an indented line', 'a\n  b'],
    ['a thematic break', 'a\n***\nb'],
    ['a setext underline', 'a\n--'],
    ['an empty item', 'a\n-\nb'],
    ['an item set off by two spaces', '-  a'],
    ['an item that opens a block', '- # a'],
    ['an item that is a rule', '1. ***'],
    ['an ordered item remark reads by its containers', '- a\n2. b'],
    ['a heading that may close with "#"s', '## C#'],
    ['an empty heading', '##'],
  ])('leaves %s to remark', (_, text) => {
    expect(lineLevelEdits(text)).toBeNull();
  });

  it('agrees with remark on texts made of headings, list markers, "*" runs, marks and breaks', () => {
    const prefixes = [
      '',
      '',
      '',
      '- ',
      '+ ',
      '* ',
      '1. ',
      '2. ',
      '1) ',
      '## ',
      '#',
      '12. ',
      '-',
      '*',
      '**',
      '***',
      ' ',
    ];
    const words = ['a', 'Đ', 'b c', '.', ',', '“', '(', ')', '-', '|', '1', '*', '**', '***', ' ', '  ', ':', '!', '#'];
    const breaks = ['\n', '\n', '\n\n', '  \n', ' \n', '   \n', '\n \n'];
    let seed = 11;
    const pick = <T>(list: readonly T[]): T => list[(seed = (seed * 48271) % 2147483647) % list.length]!;
    let read = 0;
    for (let n = 0; n < 3000; n++) {
      let text = '';
      for (let line = 0, lines = 1 + (n % 5); line < lines; line++) {
        text += pick(prefixes);
        for (let k = 0, count = n % 7; k < count; k++) text += pick(words);
        if (line + 1 < lines) text += pick(breaks);
      }
      const quick = lineLevelEdits(text);
      if (quick === null) continue;
      read++;
      expect(sorted(quick), JSON.stringify(text)).toEqual(sorted(treeEdits(text)));
    }
    expect(read).toBeGreaterThan(500);
  });
});

describe('looksLikeMarkdown: each hint asked only of a text that holds its mark', () => {
  /** The hints as one pattern, as they were asked before. */
  const HINT = /^ {0,3}#{1,6}[ \t]|\*\*[^*\n]+\*\*|^[ \t]*\|(?:[ \t]*:?-{3,}:?[ \t]*\|){2,}[ \t]*$/m;
  it.each([
    ['## KẾ HOẠCH', true],
    ['a\n   # b', true],
    ['a\n    # b', false],
    ['#5 a', false],
    ['**Điều 1.** Giao', true],
    ['** a\n**', false],
    ['| Số | Hà Nội |\n| --- | --- |', true],
    ['| Số | Hà Nội |', false],
    ['Số: ___/UBND | a * b # c', false],
    ['Điều 1. Giao Sở Y tế chủ trì.', false],
  ])('reads %j', (text, expected) => {
    expect(looksLikeMarkdown(text)).toBe(expected);
    expect(HINT.test(text)).toBe(expected);
  });
});
