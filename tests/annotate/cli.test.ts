import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { encodeTcvn3 } from '../../src/read/legacy/codecs.js';
import { parse } from '../../src/parse.js';
import { readBack, textDiv } from './read-back.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SEED = 'corpus/seeds/003_92d5c371dfb6f108.txt';

function vanban(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('vanban annotate', () => {
  it('should print the page of a document: its text back, each citation linked to its graph key', () => {
    const { code, stdout } = vanban('annotate', SEED);
    expect(code).toBe(0);
    const read = readBack(textDiv(stdout));
    expect(read.text).toBe(parse(readFileSync(join(ROOT, SEED))).text);
    const keys = new Set(
      read.elements.filter((e) => e.attributes.class === 'vb-cite').map((e) => e.attributes['data-key']),
    );
    expect(keys).toContain('vn:28-ct/tw#2023');
    expect(keys).toContain('vn:232-kh/tu@ha-noi#2024');
  });

  it('should write to --out, with links made from the --href template', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'vanban-annotate-')), 'plan.html');
    const { code, stdout } = vanban('annotate', SEED, '--href', 'graph.html#{key}', '--out', out);
    expect([code, stdout]).toEqual([0, '']);
    expect(readFileSync(out, 'utf8')).toContain('<a class="vb-cite" href="graph.html#vn%3A28-ct%2Ftw%232023"');
  });

  it('should read a file as convert does (a TCVN3 text is the same page as its UTF-8)', () => {
    const utf8 = readFileSync(join(ROOT, SEED), 'utf8');
    const legacy = join(mkdtempSync(join(tmpdir(), 'vanban-annotate-')), '003_92d5c371dfb6f108.txt');
    writeFileSync(legacy, encodeTcvn3(utf8));
    expect(vanban('annotate', legacy).stdout).toBe(vanban('annotate', SEED).stdout);
  });

  it.each([
    [['annotate'], /give one FILE/u],
    [['annotate', SEED, SEED], /give one FILE/u],
    [['annotate', SEED, '--format', 'pdf'], /unknown format "pdf"/u],
    [['annotate', 'no/such/file.txt'], /ENOENT/u],
  ])('should refuse %j with the reason and exit 2', (args, reason) => {
    const { code, stderr } = vanban(...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(reason);
  });

  it('should print its own usage with --help', () => {
    const { code, stdout } = vanban('annotate', '--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage:\n {2}vanban annotate FILE \[--format html\]/u);
  });
});
