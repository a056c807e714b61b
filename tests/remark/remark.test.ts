import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { unified, type Plugin } from 'unified';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { VFile } from 'vfile';
import type { Root } from 'mdast';
import { parse, remarkVanban } from '../../src/index.js';
import remarkVanbanDefault from '../../src/remark/index.js';

const SEED = fileURLToPath(new URL('../../corpus/seeds/004_cbddc2852ea7f879.txt', import.meta.url));
const seedText = readFileSync(SEED, 'utf8');

const DRAFT = [
  '**ỦY BAN NHÂN DÂN**',
  '**TỈNH KIÊN GIANG**',
  '',
  'Số: **……/KH-UBND**',
  '',
  '*Kiên Giang, ngày 31 tháng 2 năm 2024*',
  '',
  '# KẾ HOẠCH',
  '',
  'Thực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Ban Bí thư;',
  '',
].join('\n');

const processor = () => unified().use(remarkParse).use(remarkVanban).use(remarkStringify);

describe('remark-vanban', () => {
  it('should put parse() of the file on file.data.vanban, read as Markdown and named after the file', async () => {
    const file = await processor().process(new VFile({ path: SEED, value: seedText }));
    expect(file.data.vanban).toEqual(parse(seedText, { format: 'markdown', name: '004_cbddc2852ea7f879.txt' }));
    expect(file.data.vanban!.issuer?.name).toBe('Ủy ban nhân dân tỉnh Bình Phước');
  });

  it('should report every diagnostic as a message from vanban, placed on the same text in the file', async () => {
    const file = await processor().process(new VFile({ path: SEED, value: seedText }));
    const result = file.data.vanban!;
    expect(file.messages.map((m) => m.ruleId)).toEqual(result.diagnostics.map((d) => d.code));
    expect(file.messages.every((m) => m.source === 'vanban')).toBe(true);
    result.diagnostics.forEach((d, i) => {
      const place = file.messages[i]!.place;
      if (!d.span) return expect(place).toBeUndefined();
      if (!place || !('start' in place)) throw new Error(`${d.code}: no place`);
      expect(seedText.slice(place.start.offset, place.end.offset), d.code).toBe(result.text!.slice(...d.span));
    });
  });

  it('should give the line and column in the file, past the Markdown markup, with the severity', async () => {
    const file = await processor().process(DRAFT);
    const invalid = file.messages.find((m) => m.ruleId === 'date/invalid')!;
    expect(invalid.place).toEqual({
      start: { line: 6, column: 14, offset: 74 },
      end: { line: 6, column: 38, offset: 98 },
    });
    expect(DRAFT.slice(74, 98)).toBe('ngày 31 tháng 2 năm 2024');
    expect(invalid.fatal).toBe(false); // a warning
    const blank = file.messages.find((m) => m.ruleId === 'number/blank')!;
    expect(blank.place).toEqual({
      start: { line: 4, column: 9, offset: 49 },
      end: { line: 4, column: 17, offset: 57 },
    });
    expect(blank.fatal).toBeUndefined(); // an info
    expect(String(file)).toContain('# KẾ HOẠCH'); // the document itself goes through untouched
  });

  it('should read the file’s text, not the tree, when other plugins ran first', async () => {
    const emptyTree: Plugin<[], Root> = () => (tree) => {
      tree.children = [];
    };
    const file = await unified().use(remarkParse).use(emptyTree).use(remarkVanban).use(remarkStringify).process(DRAFT);
    const alone = await processor().process(DRAFT);
    expect(file.data.vanban).toEqual(alone.data.vanban);
    expect(file.messages.map((m) => [m.ruleId, m.place])).toEqual(alone.messages.map((m) => [m.ruleId, m.place]));
    expect(file.data.vanban!.number?.raw).toBe('/KH-UBND');
  });

  it('should pass its options to parse()', async () => {
    const file = await unified()
      .use(remarkParse)
      .use(remarkVanban, { name: 'ke-hoach.md', format: 'text' })
      .use(remarkStringify)
      .process(DRAFT);
    expect(file.data.vanban).toEqual(parse(DRAFT, { name: 'ke-hoach.md', format: 'text' }));
    expect(file.data.vanban!.source).toMatchObject({ name: 'ke-hoach.md', format: 'text' });
  });

  it('should be the default export of vanban/remark', () => {
    expect(remarkVanbanDefault).toBe(remarkVanban);
  });
});
