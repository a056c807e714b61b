import { describe, expect, it } from 'vitest';
import {
  AGENCY,
  ASSIGNING_VERBS,
  INLINE_ASSIGNMENTS,
  closingIn,
  honorificBefore,
  mayAssign,
  mayLeadOrState,
  mayOpenWithAgency,
  mayOpenWithAgencyCut,
} from '../../src/extract/agencies/gazetteer.js';
import { inSection, testerOf, topLevelBranches } from '../../src/extract/tasks/sections.js';
import { runsOn } from '../../src/extract/tasks/draft.js';
import { closingFrom } from '../../src/extract/tasks/closings.js';
import { layout } from '../../src/layout/index.js';
import { alternation } from '../../src/grammar/compile.js';
import { buildOutline } from '../../src/outline/index.js';

describe('closingIn finds the closing phrase as the pattern does', () => {
  const asPattern = (text: string) => {
    const global = new RegExp(AGENCY.execution.source, 'gu');
    return [...text.matchAll(global)].map((m) => [m.index, m[0]]);
  };
  const found = (text: string) => {
    const out: Array<[number, string]> = [];
    for (let m = closingIn(text); m; m = closingIn(text, m.index + m[0].length)) out.push([m.index, m[0]]);
    return out;
  };
  it.each([
    'Giám đốc Sở Nội vụ chịu trách nhiệm thi hành Quyết định này.',
    'Các sở có trách nhiệm tổ chức thực hiện; Sở Y tế chịu trách nhiệm thi hành.',
    'Các đơn vị căn cứ Quyết định này tổ chức thực hiện.',
    // a letter before the phrase: refused, the search goes on after it
    'xcó trách nhiệm thi hành, có trách nhiệm thi hành',
    '𝐀có trách nhiệm thi hành',
    'Sở Y tế chủ trì thực hiện',
    '',
  ])('%s', (text) => {
    expect(found(text)).toEqual(asPattern(text));
  });
});

describe('testerOf tests a pattern branch by branch', () => {
  it.each([
    ['(?:^a|(?<![\\p{L}\\p{N}])gồm)', ['^a', '(?<![\\p{L}\\p{N}])gồm']],
    ['a|(?:b|c)', ['a', '(?:b|c)']],
    ['(?:a)|(?:b)', ['(?:a)', '(?:b)']],
    ['[|]|\\|', ['[|]', '\\|']],
  ])('%s', (source, branches) => {
    expect(topLevelBranches(source)).toEqual(branches);
  });
  const composition = AGENCY.compositionSection;
  it('splits the composition heading into its two branches', () => {
    expect(topLevelBranches(composition.source)).toHaveLength(2);
  });
  it.each([
    'Thành phần Ban Chỉ đạo',
    'Kiện toàn Ban Chỉ đạo, gồm các thành viên sau đây:',
    'BAN CHỈ ĐẠO GỒM CÁC THÀNH VIÊN',
    'Tổ công tác gồm ông Nguyễn Văn A',
    // what it must not read: a word that ends in the phrase's first word, a member named later in the line
    'Bao gồmcác thành viên',
    'nhómgồm các thành viên',
    'Các thành viên Ban Chỉ đạo',
    'Nhiệm vụ của các thành viên',
  ])('%s', (text) => {
    expect(testerOf(composition)(text)).toBe(composition.test(text));
  });
});

describe('inSection reads the headings around a point', () => {
  const text = [
    'I. KẾT QUẢ THỰC HIỆN',
    '1. Sở Y tế đã chủ trì triển khai.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Sở Y tế chủ trì, phối hợp với Sở Tài chính.',
    '2. Sở Nội vụ tham mưu.',
  ].join('\n');
  const lines = layout(text);
  const outline = buildOutline(lines);
  const source = { text, canonical: lines.canonical, lines: lines.lines };
  const at = (phrase: string) => text.indexOf(phrase);
  it.each([
    ['Sở Y tế đã', AGENCY.narratingSection, true],
    ['Sở Y tế đã', AGENCY.assigningSection, false],
    ['Sở Nội vụ', AGENCY.assigningSection, true],
    ['Sở Nội vụ', AGENCY.narratingSection, false],
    ['Sở Tài chính', AGENCY.compositionSection, false],
  ])('%s', (phrase, pattern, inside) => {
    expect(inSection(source, outline, pattern, at(phrase))).toBe(inside);
  });
});

describe('the first word is looked up letter by letter as by strings', () => {
  // the answers of the lookups by strings (the word upper-cased whole, or each prefix of it) they replace
  it.each([
    ['Sở Y tế', true, true],
    ['SỞ Y TẾ', true, true],
    ['sở y tế', true, true],
    ['Các sở', true, true],
    ['Đồng chí Giám đốc Sở Y tế', true, true],
    ['Đồng thời, …', false, true],
    ['ĐỒNG CHÍ Bộ trưởng', false, true],
    ['đồng chí Bộ trưởng Bộ Y tế', true, true],
    ['Sởx', false, true],
    ['Bộtrưởng', false, true],
    ['Nhằm mục đích', false, false],
    ['ßSở', false, false],
    ['Sởß', false, true],
    ['𝐀 Sở', false, false],
    [' Sở', false, false],
    ['', false, false],
  ])('%s', (phrase, whole, cut) => {
    expect(mayOpenWithAgency(phrase)).toBe(whole);
    expect(mayOpenWithAgencyCut(phrase)).toBe(cut);
  });
});

describe('runsOn reads the end of a line', () => {
  it.each([
    ['Sở Y tế chủ trì,', 'phối hợp', true],
    ['Sở Y tế chủ trì.', 'Sở Tài chính', false],
    ['Sở Y tế chủ trì.', 'phối hợp', true],
    ['Sở Y tế chủ trì:', '(a) …', true],
    ['Sở Y tế chủ trì?', 'Sở', false],
    ['', 'phối hợp', false],
    ['a.b', 'Sở', true],
  ])('%s / %s', (previous, next, runs) => {
    expect(runsOn(previous, next)).toBe(runs);
  });
});

describe('the verbs and duties a text may hold, as their patterns spell them', () => {
  it('reads the verbs of INLINE_ASSIGNMENTS', () => {
    expect(INLINE_ASSIGNMENTS.source).toContain(`(?:${alternation(ASSIGNING_VERBS)})`);
  });
  it.each([
    ['Giao Sở Y tế chủ trì', true],
    ['UBND tỉnh đề nghị Sở Y tế', true],
    ['đề\tnghị', true],
    // the words apart, or in other case: no verb
    ['đề xuất kiến nghị', false],
    ['Nghị định số 15', false],
    ['Sở Y tế chủ trì', false],
  ])('mayAssign: %s', (text, may) => {
    expect(mayAssign(text)).toBe(may);
  });
  it.each([
    ['Sở Y tế chủ trì, phối hợp', true],
    ['Các sở có  trách nhiệm triển khai', true],
    ['Các sở căn cứ chức năng', true],
    ['trên cơ sở đề xuất', true],
    // the words apart: no duty so written
    ['nhiệm vụ có tính trách nhiệm', false],
    ['cơ sở vật chất trên địa bàn', false],
    ['Sở Y tế', false],
  ])('mayLeadOrState: %s', (text, may) => {
    expect(mayLeadOrState(text)).toBe(may);
  });
});

describe('closingFrom answers for a heading as searching it does', () => {
  const text = [
    'Điều 3. Chánh Văn phòng, Giám đốc Sở Nội vụ chịu trách nhiệm thi hành Quyết định này.',
    '1. Sở Y tế chủ trì, phối hợp.',
    'a) Các sở có trách nhiệm thực hiện',
    'Chương I',
    'CĂN CỨ QUYẾT ĐỊNH NÀY THI HÀNH',
    '2. Sở Tài chính có trách nhiệm tổ chức thực hiện; Sở Nội vụ chủ trì.',
  ].join('\n');
  const lines = layout(text);
  const source = { text, canonical: lines.canonical, lines: lines.lines };
  it.each(buildOutline(lines).entries.filter((e) => e.headingSpan !== null))('$label', (entry) => {
    const [from, to] = entry.headingSpan!;
    for (const at of [from, from + 3, to - 5])
      expect(closingFrom(source, entry.line, at, to)).toBe(closingIn(lines.canonical.slice(at, to)) !== null);
  });
});

describe('honorificBefore reads the word of address back from the end', () => {
  it.each([
    ['Sở Y tế; đồng chí Giám đốc', 'Giám đốc'],
    ['Sở Y tế; các đồng chí  Giám đốc', 'Giám đốc'],
    ['Sở Y tế; đồng chí\tGiám đốc', 'Giám đốc'],
    // no space after "chí", or too far back: none
    ['Sở Y tế; đồng chíGiám đốc', 'Giám đốc'],
    ['đồng chí        Giám đốc', 'Giám đốc'],
    ['chí Giám đốc', 'Giám đốc'],
    ['Giám đốc', 'Giám đốc'],
  ])('%s', (text, title) => {
    const end = text.indexOf(title);
    const reference = /chí[ \t]+$/u.test(text.slice(Math.max(0, end - 8), end));
    const found = honorificBefore(text, end);
    if (!reference) expect(found).toBe(0);
    else expect(found).toBe(/(?:[Cc]ác[ \t]+)?[Đđ]ồng[ \t]+chí[ \t]+$/u.exec(text.slice(0, end))?.[0].length ?? 0);
  });
});
