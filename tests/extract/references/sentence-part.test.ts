import { describe, expect, it } from 'vitest';
import { lastSentencePart } from '../../../src/extract/references/relation.js';
import { seededNumbers } from '../../fixtures/seeded.js';

/** The part as it was read before: of the window with its white space made single spaces. */
function ofCollapsed(text: string): string {
  const collapsed = text.replace(/\s+/gu, ' ');
  for (let i = collapsed.length - 2; i >= 0; i--) {
    const code = collapsed.charCodeAt(i);
    if ((code === 0x2e || code === 0x3b || code === 0x3a) && collapsed.charCodeAt(i + 1) === 0x20)
      return collapsed.slice(i + 2);
  }
  return collapsed;
}

const read = (text: string) => lastSentencePart(text).replace(/\s+/gu, ' ');

describe('lastSentencePart, its white space then single spaces', () => {
  const cases: Array<[string, string]> = [
    ['Căn cứ Luật A; Nghị định này quy định chi tiết', 'Nghị định này quy định chi tiết'],
    ['Điều 1.\n  Thông tư này hướng dẫn', 'Thông tư này hướng dẫn'],
    ['a:\u00a0\tb  c', 'b c'],
    ['số 1.2 và 3.4', 'số 1.2 và 3.4'],
    ['kết thúc.', 'kết thúc.'],
    ['kết thúc. ', ''],
    ['', ''],
  ];
  it.each(cases)('%j → %j', (text, part) => {
    expect(read(text)).toBe(part);
    expect(ofCollapsed(text)).toBe(part);
  });
  it('reads what the collapsed window gave, on texts of stops and white space', () => {
    const pieces = ['.', ';', ':', ' ', '  ', '\n', '\t', '\u00a0', 'a', 'bc', '1.2'];
    const next = seededNumbers(5);
    for (let round = 0; round < 2000; round++) {
      let text = '';
      const length = next() % 20;
      for (let k = 0; k < length; k++) text += pieces[next() % pieces.length];
      expect(read(text)).toBe(ofCollapsed(text));
    }
  });
});
