import { describe, expect, it } from 'vitest';
import { NUMBER_BODY, numberBodies } from '../../../src/extract/references/reference-patterns.js';
import { seededText } from '../../fixtures/seeded.js';

/** Every match of NUMBER_BODY's own search, the search going on from each match's end or from its next character. */
function byPattern(text: string, step: (m: RegExpExecArray) => number): number[] {
  const out: number[] = [];
  const pattern = new RegExp(NUMBER_BODY.source, NUMBER_BODY.flags);
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    out.push(m.index, m[0].length);
    pattern.lastIndex = step(m);
  }
  return out;
}

function byScan(text: string, step: (m: RegExpExecArray) => number): number[] {
  const out: number[] = [];
  const next = numberBodies(text);
  for (let m = next(0); m; m = next(step(m))) out.push(m.index, m[0].length);
  return out;
}

/** A seeded pseudo-random text of the characters numbers, dates and their noise are made of. */
function noise(seed: number, length: number): string {
  const parts = [
    '1',
    '2',
    '0',
    '2024',
    '123456',
    '.',
    '/',
    '-',
    ' ',
    '  ',
    '\t',
    'QĐ',
    'a',
    'Đ',
    'đ',
    ':',
    'số ',
    '\n',
  ];
  return seededText(parts, seed, length);
}

describe('numberBodies finds what NUMBER_BODY’s search finds', () => {
  it.each([
    'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020',
    'Số: 203 /KH-UBND, 23/CT- TTg, 66.18/2026/NQ-CP, 28-CT/TW',
    'ngày 19/6/2020, tỷ lệ 2/3, 123456/QĐ, 12345/QĐ, 1.2345/QĐ, 5   /QĐ, QCVN 122:2024/BGTVT',
    '- gạch đầu dòng - và/hoặc 2024 - 2025 12-a',
  ])('in %j', (text) => {
    expect(byScan(text, (m) => m.index + m[0].length)).toEqual(byPattern(text, (m) => m.index + m[0].length));
  });

  it('in seeded noise, the search going on from a match’s end or its next character', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const text = noise(seed, 400);
      for (const step of [(m: RegExpExecArray) => m.index + m[0].length, (m: RegExpExecArray) => m.index + 1]) {
        expect(byScan(text, step)).toEqual(byPattern(text, step));
      }
    }
  });
});
