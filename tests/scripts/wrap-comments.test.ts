/** scripts/wrap-comments.ts: long comment lines wrapped at 120 columns; code and doc examples left alone. */
import { describe, expect, it } from 'vitest';
import { wrapComments, wrapText } from '../../scripts/wrap-comments.js';

const words = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `word${from + i}`).join(' ');

describe('wrapComments wraps', () => {
  it('a one-line doc comment into a block', () => {
    const out = wrapComments(`/** ${words(25)} */`).split('\n');
    expect(out[0]).toBe('/**');
    expect(out.at(-1)).toBe(' */');
    expect(out.slice(1, -1).every((l) => l.startsWith(' * ') && l.length <= 120)).toBe(true);
    expect(
      out
        .slice(1, -1)
        .map((l) => l.slice(3))
        .join(' '),
    ).toBe(words(25));
  });

  it('a line of a block comment, its cut-off words opening the next line of the paragraph', () => {
    const out = wrapComments(`/**\n * ${words(20)}\n * ${words(3, 20)}\n */`).split('\n');
    expect(out.every((l) => l.length <= 120)).toBe(true);
    expect(
      out
        .slice(1, -1)
        .map((l) => l.slice(3))
        .join(' '),
    ).toBe(words(23));
    expect(out).toHaveLength(4);
  });

  it('a whole-line // comment, keeping its indentation', () => {
    const out = wrapComments(`  // ${words(25)}`).split('\n');
    expect(out.every((l) => l.startsWith('  // ') && l.length <= 120)).toBe(true);
    expect(out.map((l) => l.slice(5)).join(' ')).toBe(words(25));
  });
});

describe('wrapComments leaves alone', () => {
  it.each([
    ['a short comment', '/** short */'],
    ['a long line of code', `const a = '${words(25)}';`],
    ['a comment after code', `const a = 1; // ${words(25)}`],
    ['a checked example line', ` * parse(x).number; // → { ${words(25)} }`],
    ['example code between fences', `/**\n * \`\`\`ts\n * const a = '${words(25)}';\n * \`\`\`\n */`],
  ])('%s', (_, source) => {
    expect(wrapComments(source)).toBe(source);
  });

  it('a code span when a space outside it will do', () => {
    expect(wrapText('// ', `${'x '.repeat(40)}\`a b c d e f g h i j k l m n o p q r s t\` end`)[0]).not.toContain(
      '`a b',
    );
  });
});
