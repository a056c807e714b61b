import { describe, expect, it } from 'vitest';
import { clauseStartBefore } from '../../../src/extract/references/governed.js';
import { overlapsAny } from '../../../src/extract/references/mentions.js';
import type { Mention } from '../../../src/model/mention.js';
import { seededNumbers, seededText } from '../../fixtures/seeded.js';

/** clauseStartBefore as it read before: the whole reach scanned for its last stop. */
function wholeReach(match: string, at: number, wholeSentence = false): number {
  const from = Math.max(0, at - (wholeSentence ? 3200 : 400));
  const stop = wholeSentence
    ? /\.(?=\s)|:|\n[ \t]*\n|\n(?=[ \t]*(?:\d{1,3}\.|[a-zđ]\)|Điều[ \t]))/gu
    : /\.(?=\s)|;|:|\n[ \t]*\n|\n(?=[ \t]*(?:\d{1,3}\.|[a-zđ]\)|[-–+•]|Điều[ \t]))/gu;
  let last = -1;
  for (const m of match.slice(from, at).matchAll(stop)) last = m.index + m[0].length;
  return last < 0 ? from : from + last;
}

/** A seeded pseudo-random text of the characters the stops are made of, and words. */
function noise(seed: number, length: number): string {
  return seededText([' ', ' ', '\t', '\n', '.', ';', ':', 'a', 'b)', '1.', '- ', 'Điều ', 'chữ', 'x'], seed, length);
}

describe('clauseStartBefore reads back in windows what the whole reach reads', () => {
  const cases: Array<[string, string, number]> = [
    ['a clause after ";"', 'Căn cứ A; bãi bỏ các văn bản sau:', 32],
    ['no stop within the reach', `${'chữ '.repeat(200)}:`, 800],
    ['a blank line across the first window', `Một.\n${' '.repeat(70)}\n${'x'.repeat(20)}:`, 96],
    ['blank lines in a row', `a\n\n\n \n\t\n${'y'.repeat(100)}:`, 108],
    ['a stop right before', 'Điều 1.\na) b:', 13],
  ];
  for (const [name, text, at] of cases) {
    it(name, () => {
      expect(clauseStartBefore(text, at)).toBe(wholeReach(text, at));
      expect(clauseStartBefore(text, at, true)).toBe(wholeReach(text, at, true));
    });
  }
  it('on texts of stops and white space, at every offset', () => {
    for (let seed = 1; seed < 40; seed++) {
      const text = noise(seed, 4000);
      for (let at = 0; at <= text.length; at += 7) {
        expect(clauseStartBefore(text, at)).toBe(wholeReach(text, at));
        expect(clauseStartBefore(text, at, true)).toBe(wholeReach(text, at, true));
      }
    }
  });
});

describe('overlapsAny tells what a walk over every span tells', () => {
  const at = (span: [number, number]) => ({ span }) as Mention;
  const walk = (spans: [number, number][], s: [number, number]) => spans.some((n) => n[0] < s[1] && s[0] < n[1]);
  it('a table', () => {
    const spans: [number, number][] = [
      [50, 60],
      [10, 40],
      [12, 14],
      [70, 70],
    ];
    const asks: Array<[[number, number], boolean]> = [
      [[0, 10], false],
      [[0, 11], true],
      [[40, 50], false],
      [[39, 41], true],
      [[60, 65], false],
      [[65, 75], true],
      [[70, 71], false],
      [[69, 70], false],
    ];
    const overlaps = overlapsAny(spans.map(at));
    for (const [span, expected] of asks) {
      expect(overlaps(span)).toBe(expected);
      expect(walk(spans, span)).toBe(expected);
    }
  });
  it('no spans', () => expect(overlapsAny([])([0, 5])).toBe(false));
  it('on random spans', () => {
    const numbers = seededNumbers(7);
    const next = (n: number) => numbers() % n;
    for (let round = 0; round < 200; round++) {
      const spans = Array.from({ length: next(12) }, (): [number, number] => {
        const s = next(100);
        return [s, s + next(30)];
      });
      const overlaps = overlapsAny(spans.map(at));
      for (let k = 0; k < 20; k++) {
        const s = next(120);
        const span: [number, number] = [s, s + next(20)];
        expect(overlaps(span)).toBe(walk(spans, span));
      }
    }
  });
});
