/**
 * Limits with clear errors: an input over maxInputBytes is refused with a valid, empty result
 * and an `input/too-large` error; an outline deeper than maxOutlineDepth is kept at its deepest
 * level with one `outline/too-deep` warning; deep nesting and huge lines do not reach the
 * call stack (no stage recurses in proportion to its input).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DocumentResultSchema,
  ingest,
  parse,
  readDocument,
  type DocumentResult,
  type OutlineNode,
} from '../../src/index.js';
import { CHUNK } from '../../src/ingest/markdown-chunks.js';

const seed = readFileSync(new URL('../../corpus/seeds/003_92d5c371dfb6f108.txt', import.meta.url), 'utf8');

/** Every field a refused input leaves empty. */
function expectNothingRead(result: DocumentResult): void {
  expect(DocumentResultSchema.parse(result)).toEqual(result);
  const { schemaVersion, source, text, keyPartial, diagnostics, ...fields } = result;
  expect([schemaVersion, text, keyPartial]).toEqual([1, '', false]);
  for (const value of Object.values(fields))
    expect(value === null || (Array.isArray(value) && value.length === 0)).toBe(true);
  expect(diagnostics).toEqual([
    { code: 'input/too-large', severity: 'error', message: expect.stringContaining('maxInputBytes'), span: null },
  ]);
  expect(source.sha256).toMatch(/^[0-9a-f]{64}$/);
}

function depth(nodes: readonly OutlineNode[]): number {
  let deepest = 0;
  const stack: Array<[OutlineNode, number]> = nodes.map((node) => [node, 1]);
  while (stack.length > 0) {
    const [node, level] = stack.pop()!;
    deepest = Math.max(deepest, level);
    for (const child of node.children) stack.push([child, level + 1]);
  }
  return deepest;
}

function count(nodes: readonly OutlineNode[]): number {
  return nodes.reduce((sum, node) => sum + 1 + count(node.children), 0);
}

describe('maxInputBytes', () => {
  it('refuses an input over 20 MB by default, without reading it', () => {
    const bytes = new Uint8Array(20_000_001).fill(0x61);
    const result = parse(bytes, { name: 'big.txt' });
    expectNothingRead(result);
    expect(result.source).toEqual({
      name: 'big.txt',
      format: 'text',
      sha256: createHash('sha256').update(bytes).digest('hex'),
      encoding: 'utf-8',
    });
    expect(result.diagnostics[0]!.message).toBe(
      'The input is 20000001 bytes, over the limit of 20000000 (options.maxInputBytes): it was not read.',
    );
    expectNothingRead(parse('a'.repeat(20_000_001)));
  });

  it('counts a string in UTF-8 bytes and bytes as they are, the limit itself allowed', () => {
    expectNothingRead(parse('Đ'.repeat(50), { maxInputBytes: 99 })); // 50 characters, 100 bytes
    expect(parse('Đ'.repeat(50), { maxInputBytes: 100 }).diagnostics.map((d) => d.code)).not.toContain(
      'input/too-large',
    );
    const utf16 = Uint8Array.from([0xff, 0xfe, ...Buffer.from('Số: 12/KH-UBND', 'utf16le')]);
    const refused = parse(utf16, { maxInputBytes: utf16.length - 1, name: 'a.md' });
    expectNothingRead(refused);
    expect([refused.source.encoding, refused.source.format]).toEqual(['utf-16le', 'markdown']);
    expect(parse(utf16, { maxInputBytes: utf16.length }).text).toBe('Số: 12/KH-UBND');
  });

  it('takes Infinity for no limit, and parses an input under the limit as always', () => {
    const unlimited = parse(seed, { maxInputBytes: Infinity });
    expect(unlimited).toEqual(parse(seed));
    expect(unlimited.number?.text).toBe('203/KH-UBND');
  });
});

describe('maxOutlineDepth', () => {
  // every kind of label, each nested in the one before: 11 levels
  const nested = [
    'Phần thứ nhất',
    'Chương I',
    'Mục 1',
    'Điều 1. Phạm vi',
    'I. MỤC ĐÍCH',
    '1.1. Nội dung',
    '1. Sở Y tế chủ trì',
    '(1) Rà soát',
    'a) Tổ chức',
    '- Tuyên truyền',
    '+ Phổ biến',
  ].join('\n');

  it('keeps the 11 levels of a document under the default limit of 16', () => {
    const result = parse(nested);
    expect(depth(result.outline)).toBe(11);
    expect(result.diagnostics.map((d) => d.code)).not.toContain('outline/too-deep');
  });

  it('keeps deeper labels at the deepest level, with one warning at the first of them', () => {
    const result = parse(nested, { maxOutlineDepth: 3 });
    expect(depth(result.outline)).toBe(3);
    expect(count(result.outline)).toBe(11); // no label is lost
    const mu = result.outline[0]!.children[0]!;
    expect(mu.children.map((n) => n.label)).toEqual(['Mục 1', 'Điều 1.', 'I.', '1.1.', '1.', '(1)', 'a)', '-', '+']);
    expect(mu.children.every((n) => n.level === 3 && n.children.length === 0)).toBe(true);
    const warnings = result.diagnostics.filter((d) => d.code === 'outline/too-deep');
    expect(warnings).toEqual([
      {
        code: 'outline/too-deep',
        severity: 'warning',
        message: '8 outline label(s) nested deeper than 3 levels were kept at level 3.',
        span: expect.any(Array),
      },
    ]);
    expect(result.text!.slice(...warnings[0]!.span!)).toBe('Điều 1.');
  });
});

describe('deep and huge inputs do not reach the call stack', () => {
  const labels = ['- ', '+ ', 'a) ', '1. '];

  it('1,000-deep bullet nesting, by labels and by indentation', () => {
    const text = Array.from(
      { length: 1000 },
      (_, i) => `${' '.repeat(i)}${labels[i % 4]}Sở Y tế chủ trì, phối hợp thực hiện`,
    ).join('\n');
    const result = parse(text);
    expect(DocumentResultSchema.safeParse(result).success).toBe(true);
    expect(depth(result.outline)).toBeLessThanOrEqual(16);
    expect(result.tasks.length).toBeGreaterThan(0);
  });

  it('1,000-deep Markdown lists and quotes', () => {
    const lists = `# Kế hoạch\n${Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- **Sở Y tế** chủ trì`).join('\n')}`;
    const quotes = `# Kế hoạch\n${Array.from({ length: 1000 }, (_, i) => `${'> '.repeat(i)}**Sở Y tế** chủ trì`).join('\n')}`;
    for (const text of [lists, quotes]) {
      const result = parse(text);
      expect(DocumentResultSchema.safeParse(result).success).toBe(true);
      expect(result.source.format).toBe('markdown');
    }
  });

  it('100,000-deep HTML and XML elements, read into text', async () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    const html = await readDocument(
      encode(`<div>${'<div>'.repeat(100_000)}<p>Số: 12/KH-UBND</p>${'</div>'.repeat(100_000)}</div>`),
      'deep.html',
    );
    expect(html.text).toContain('Số: 12/KH-UBND');
    const xml = await readDocument(
      encode(`<?xml version="1.0"?>${'<a>'.repeat(100_000)}Số: 12/KH-UBND${'</a>'.repeat(100_000)}`),
      'deep.xml',
    );
    expect(xml.text).toBe('Số: 12/KH-UBND');
  });

  it('a 5 MB line without a line break', () => {
    const line = seed.replaceAll('\n', ' ');
    const result = parse(line.repeat(Math.ceil(5e6 / line.length)));
    expect(DocumentResultSchema.safeParse(result).success).toBe(true);
    expect(result.text!.length).toBeGreaterThan(5e6 / 2);
  });
});

describe('Markdown in pieces', () => {
  it('takes the markup out of a long Markdown text everywhere, offsets still leading back to the input', () => {
    const paragraph = (i: number) =>
      `## ${i}. Nhiệm vụ\n\n**Sở Y tế** chủ trì, *phối hợp* với \\*Sở Tài chính\\* thực hiện nhiệm vụ ${i}.\n\n`;
    const input = Array.from({ length: 1000 }, (_, i) => paragraph(i)).join('');
    expect(input.length).toBeGreaterThan(5 * CHUNK);
    const { text, offsets } = ingest(input);
    expect(text).not.toMatch(/\*\*|#|\\/);
    expect(text).toContain('999. Nhiệm vụ\n\nSở Y tế chủ trì, phối hợp với *Sở Tài chính* thực hiện nhiệm vụ 999.');
    for (let i = 0; i < text.length; i += 7) if (text[i] !== '*') expect(input[offsets.toSource(i)]).toBe(text[i]);
  });

  it('cuts a long line with markup after a sentence, still taking the markup out', () => {
    for (const shift of [0, 3, 7, 12]) {
      const input = `# Kế hoạch\n${'X'.repeat(shift)}${'**Sở Y tế** chủ trì, *phối hợp*. '.repeat(2000)}`;
      expect(ingest(input).text).toBe(`Kế hoạch\n${'X'.repeat(shift)}${'Sở Y tế chủ trì, phối hợp. '.repeat(2000)}`);
    }
  });
});
