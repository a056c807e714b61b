/**
 * `vanban graph` reads JSONL line by line from bytes (src/cli/file-lines.ts): the lines readline gave, whatever the
 * block size.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileLines } from '../../src/cli/file-lines.js';

const dir = mkdtempSync(join(tmpdir(), 'vanban-lines-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function linesOf(text: string, block: number): Promise<string[]> {
  const file = join(dir, `f${block}.jsonl`);
  writeFileSync(file, text);
  const lines: string[] = [];
  for await (const line of fileLines(file, block)) lines.push(line);
  return lines;
}

const CASES: Array<[string, string, string[]]> = [
  ['lines ended by "\\n"', 'a\nbb\n', ['a', 'bb']],
  ['lines ended by "\\r\\n"', 'a\r\nbb\r\n', ['a', 'bb']],
  ['a last line without its "\\n"', 'a\nbb', ['a', 'bb']],
  ['empty lines', '\na\n\n', ['', 'a', '']],
  [
    'Vietnamese letters of two and three bytes',
    '{"t":"Nghị định số 15/2020/NĐ-CP"}\nđ\n',
    ['{"t":"Nghị định số 15/2020/NĐ-CP"}', 'đ'],
  ],
  ['an empty file', '', []],
];

describe('fileLines', () => {
  it.each(CASES)('reads %s, in blocks of any size', async (_, text, expected) => {
    for (const block of [1, 2, 3, 7, 1 << 20]) expect(await linesOf(text, block)).toEqual(expected);
  });

  it('reads a line longer than many blocks', async () => {
    const long = 'ệ'.repeat(5000);
    expect(await linesOf(`${long}\nx\n${long}`, 64)).toEqual([long, 'x', long]);
  });
});
