import { describe, expect, it } from 'vitest';
import { LeadPattern, leadOf, tailOf } from '../../src/layout/lead.js';
import { HEADER, SIGNATURE } from '../../src/layout/header-patterns.js';
import { load } from '../../src/grammar/load.js';

const admitted = (pattern: RegExp) => {
  const lead = leadOf(pattern);
  if (!lead) return null;
  let out = '';
  for (let code = 0; code < 0x10000; code++) if (lead(code)) out += String.fromCharCode(code);
  return out;
};

describe('the first characters of a line pattern', () => {
  it.each([
    [/^Nơi[ \t]+nhận/u, 'N'],
    [/^(?:Đồng[ \t]+)?[Kk]ính/u, 'KkĐ'],
    [/^(?:X{0,3}(?:IX|IV))/u, 'IX'],
    [/^[-–+•][ \t]*\S/u, '+-–•'],
    [/^\d{1,2}\./u, '0123456789'],
    [/^\((?:[Bb]an)?[Kk]èm|^\(KÈM/u, '('],
    [/^(?=[ab])\w/u, 'ab'],
    [/^[\u0041-\u0043]/u, 'ABC'],
  ])('should read %s as starting with %j', (pattern, chars) => {
    expect(admitted(pattern)).toBe(chars);
  });

  it('should take every case form of a case-insensitive pattern, the Kelvin sign with "k"', () => {
    expect(admitted(/^k/iu)).toBe('Kk\u212a');
    expect(admitted(/^nơi/iu)).toBe('Nn');
  });

  it.each([
    /^a|b/u, // the second alternative is not anchored
    /a/u,
    /^\p{Lu}/u,
    /^.x/u,
    /^$/u,
    /^x?/u,
    /^(?:a|)/u,
    /^[^a]/u,
    /^\s/u,
    /^a/gu,
    /^a/mu,
  ])('should admit anything for %s', (pattern) => {
    expect(leadOf(pattern)).toBeNull();
  });

  it('should let a pattern decide the lines it may match, and turn down the others without it', () => {
    const pattern = new LeadPattern(/^Nơi[ \t]+nhận[ \t]*:(?<rest>[^\n]*)$/iu);
    expect(pattern.test('NƠI NHẬN: - Như trên')).toBe(true);
    expect(pattern.exec('Nơi nhận: - Như trên;')?.groups?.rest).toBe(' - Như trên;');
    expect(pattern.test('Căn cứ Nơi nhận:')).toBe(false);
    expect(pattern.test('')).toBe(false);
    expect(pattern.exec('Điều 1.')).toBeNull();
  });

  // the pre-test only ever turns down what the pattern itself turns down: every grammar example starts with an
  // admitted character, and no example with its first character replaced by one not admitted matches
  const grammars = [
    ['header', HEADER],
    ['signature', SIGNATURE],
  ] as const;
  it.each(grammars)('should admit every %s example and turn down only what its pattern turns down', (name, set) => {
    const entries = load(name).entries as Array<{ id: string; examples: string[] }>;
    for (const entry of entries) {
      const pattern = (set as Record<string, RegExp>)[entry.id]!;
      const lead = leadOf(pattern);
      if (!lead) continue;
      for (const example of entry.examples) expect(lead(example.charCodeAt(0)), `${entry.id}: ${example}`).toBe(true);
      const [example] = entry.examples;
      if (!example) continue;
      const wrong: number[] = [];
      for (let code = 0; code < 0x10000; code++) {
        if (lead(code) || (code >= 0xd800 && code <= 0xdfff)) continue;
        if (pattern.test(String.fromCharCode(code) + example.slice(1))) wrong.push(code);
      }
      expect(wrong, entry.id).toEqual([]);
    }
  });
});

describe('the last character of a line pattern', () => {
  it.each([
    [/\.[ \t]*\/[ \t]*\.$/u, '.'],
    [/^ab*c$/u, 'c'],
    [/x\\$/u, '\\'],
  ])('should read %s as ending with %j', (pattern, char) => {
    expect(tailOf(pattern)).toBe(char.charCodeAt(0));
  });

  it.each([/x\$/u, /a|b$/u, /x?$/u, /[.]$/u, /\u0041$/u, /\d$/u, /(?:x)$/u, /x$/iu, /x$/mu, /x/u, /.$/u])(
    'should read no last character in %s',
    (pattern) => {
      expect(tailOf(pattern)).toBe(-1);
    },
  );

  it('should turn down a line that does not end with it', () => {
    const pattern = new LeadPattern(/\.[ \t]*\/[ \t]*\.$/u);
    expect(pattern.test('Quyết định này có hiệu lực từ ngày ký./.')).toBe(true);
    expect(pattern.test('./. ')).toBe(false);
    expect(pattern.test('')).toBe(false);
  });
});
