import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DocumentResultSchema, parseFile } from '../../src/index.js';
import { inShard } from '../../src/convert/shard.js';
import { encodeTcvn3, encodeVni } from '../../src/read/legacy/codecs.js';
import { buildDocx, congVanDocx } from '../fixtures/docx.js';
import { scannedPdf, textPdf } from '../fixtures/pdf.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SHARED = join(ROOT, '..', 'shared', 'corpus');
/** ../shared/corpus beside the project (as CI has it), else the project's own copy */
const CORPUS = existsSync(SHARED) ? SHARED : join(ROOT, 'corpus');

function vanban(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const readJsonl = (path: string) =>
  readFileSync(path, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
const documents = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(txt|md)$/u.test(f))
    .sort()
    .map((f) => join(dir, f));

/** Every file under `dir`, to check that nothing half-written is left behind. */
const leftovers = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(partial|tmp)$|\.partial\./u.test(f));

describe('vanban convert on the seeds and dev documents, as files and as a zip', () => {
  const work = mkdtempSync(join(tmpdir(), 'vanban-convert-'));
  const input = join(work, 'in');
  mkdirSync(input);
  for (const part of ['seeds', 'dev']) cpSync(join(CORPUS, part), join(input, part), { recursive: true });
  const files = documents(input);
  writeFileSync(
    join(input, 'archive.zip'),
    zipSync(Object.fromEntries(files.map((f) => [relative(input, f), readFileSync(f)]))),
  );
  const out = join(work, 'all.jsonl');
  const run = vanban('convert', input, '--out', out, '--workers', '2');

  it('converts every document, in input order, each one as parse() reads it', () => {
    expect(run.code, run.stderr).toBe(0);
    const lines = readJsonl(out);
    const names = lines.map((l) => l.source.name);
    const zipped = files.map((f) => `${join(input, 'archive.zip')}!/${relative(input, f)}`);
    // the folder is walked in sorted order: archive.zip sorts before dev/ and seeds/
    expect(names).toEqual([...zipped, ...files]);
    for (const line of lines) expect(DocumentResultSchema.safeParse(line).success).toBe(true);
    for (const [i, file] of files.entries()) {
      const direct = parseFile(file);
      for (const converted of [lines[i]!, lines[files.length + i]!]) {
        expect(converted.number?.text ?? null, file).toBe(direct.number?.text ?? null);
        expect(converted.title?.text ?? null, file).toBe(direct.title?.text ?? null);
        expect(converted.references.length, file).toBe(direct.references.length);
        expect(converted.source.sha256).toBe(direct.source.sha256);
      }
    }
    expect(leftovers(work)).toEqual([]);
  });

  it('--resume converts nothing again when nothing changed, and keeps the results', () => {
    const again = vanban('convert', input, '--out', out, '--workers', '2', '--resume');
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/0 of \d+ input\(s\) converted, \d+ unchanged since the last run/u);
    expect(readJsonl(out).map((l) => l.source.name)).toHaveLength(files.length * 2);
  });

  it('--shard K/N splits the inputs into disjoint parts that cover them all', () => {
    const dev = join(input, 'dev');
    const parts = [1, 2].map((k) => {
      expect(
        vanban('convert', dev, '--out', join(work, 'dev.jsonl'), '--shard', `${k}/2`, '--quiet', '--workers', '1').code,
      ).toBe(0);
      // each shard writes its own output, named from --out
      return readJsonl(join(work, `dev.shard-${k}-of-2.jsonl`)).map((l) => l.source.name as string);
    });
    const all = parts.flat();
    expect(new Set(all).size).toBe(all.length);
    expect(all.sort()).toEqual(documents(dev).sort());
    expect(parts.every((p) => p.length > 0)).toBe(true);
    // two conversions of dev/ one after the other: past a minute on a loaded 2-core machine
  }, 240_000);

  it('writes one JSON file per input into a folder', () => {
    const dir = join(work, 'folder');
    expect(vanban('convert', join(input, 'seeds'), '--out', dir, '--quiet').code).toBe(0);
    const written = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.txt.json'));
    expect(written).toHaveLength(documents(join(input, 'seeds')).length);
    expect(readFileSync(join(dir, 'failures.jsonl'), 'utf8')).toBe('');
  });
});

describe('shards', () => {
  it('are decided by the name alone', () => {
    const names = Array.from({ length: 1000 }, (_, i) => `archive/${i}.txt`);
    const counts = [1, 2, 3, 4].map((k) => names.filter((n) => inShard(n, { index: k, count: 4 })).length);
    expect(counts.reduce((a, b) => a + b)).toBe(1000);
    expect(Math.min(...counts)).toBeGreaterThan(150);
    expect(names.filter((n) => inShard(n, { index: 2, count: 4 }))).toEqual(
      names.filter((n) => inShard(n, { index: 2, count: 4 })),
    );
  });
});

describe('vanban convert on every kind of input an archive holds, good and bad', () => {
  const work = mkdtempSync(join(tmpdir(), 'vanban-convert-kinds-'));
  const input = join(work, 'in');
  cpSync(CORPUS, join(input, 'corpus'), { recursive: true });
  const corpusFiles = documents(join(input, 'corpus'));
  writeFileSync(
    join(input, 'corpus.zip'),
    zipSync(Object.fromEntries(corpusFiles.map((f) => [relative(input, f), readFileSync(f)]))),
  );
  const seed = readFileSync(join(ROOT, 'corpus/seeds/003_92d5c371dfb6f108.txt'), 'utf8').normalize('NFC');
  const put = (name: string, bytes: Uint8Array | string) => writeFileSync(join(input, name), bytes);
  put('cong-van.docx', congVanDocx());
  put(
    'quyet-dinh.pdf',
    textPdf([
      [
        'ỦY BAN NHÂN DÂN',
        'TỈNH LÂM ĐỒNG',
        'Số: 45/QĐ-UBND',
        'Lâm Đồng, ngày 10 tháng 5 năm 2024',
        'QUYẾT ĐỊNH',
        'Về việc thành lập Tổ công tác',
      ],
    ]),
  );
  put('scan.pdf', scannedPdf());
  put('ke-hoach-tcvn3.txt', encodeTcvn3(seed));
  put('ke-hoach-vni.txt', encodeVni(seed));
  put('corrupt.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9]));
  put('no-document.docx', buildDocx([], { withoutDocument: true }));
  put('empty.txt', '');
  put('binary.txt', new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
  const out = join(work, 'out');
  const run = vanban('convert', input, join(work, 'missing.txt'), '--out', out, '--workers', '2');
  const records = readdirSync(out, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(out, f), 'utf8')));
  const results = new Map(records.map((r) => [r.source.name.split('/').pop() as string, r] as const));

  it('says failures happened, and lists every bad input with its reason', () => {
    expect(run.code, run.stderr).toBe(1);
    const failures = readJsonl(join(out, 'failures.jsonl'));
    const reasons = Object.fromEntries(failures.map((f) => [f.source.name.split('/').pop(), f.error.code]));
    expect(reasons).toEqual({
      'corrupt.docx': 'read/corrupt-docx',
      'no-document.docx': 'read/corrupt-docx',
      'empty.txt': 'read/empty',
      'binary.txt': 'read/binary',
      'missing.txt': 'io/ENOENT',
    });
    expect(run.stderr).toMatch(/5 failed/u);
  });

  it('converts every good input: the corpus as files and from the zip, a docx, a pdf, a scan, TCVN3 and VNI text', () => {
    for (const file of corpusFiles) {
      const direct = parseFile(file);
      const name = file.split('/').pop()!;
      const converted = records.filter((r) => r.source.name.endsWith(`/${relative(input, file)}`));
      expect(converted, name).toHaveLength(2); // the file, and the same file in corpus.zip
      for (const c of converted)
        expect([c.error, c.number?.text ?? null, c.source.sha256], name).toEqual([
          undefined,
          direct.number?.text ?? null,
          direct.source.sha256,
        ]);
    }
    expect(results.get('cong-van.docx')).toMatchObject({ number: { text: '12/UBND-VX' }, source: { format: 'docx' } });
    expect(results.get('quyet-dinh.pdf')).toMatchObject({
      number: { text: '45/QĐ-UBND' },
      kind: { name: 'Quyết định' },
      source: { format: 'pdf' },
    });
    expect(results.get('scan.pdf')!.diagnostics.map((d: { code: string }) => d.code)).toContain('read/no-text-layer');
    for (const [name, encoding] of [
      ['ke-hoach-tcvn3.txt', 'tcvn3'],
      ['ke-hoach-vni.txt', 'vni'],
    ] as const) {
      expect(results.get(name), name).toMatchObject({ number: { text: '203/KH-UBND' }, source: { encoding } });
    }
  });

  it('leaves no partial output file', () => {
    expect(leftovers(work)).toEqual([]);
  });

  it('gives the same results from the built package, whose worker bundles its dependencies', () => {
    // `npm ci` builds dist/ (prepare); this is the CLI and worker a user installs
    const kinds = [
      'cong-van.docx',
      'quyet-dinh.pdf',
      'scan.pdf',
      'ke-hoach-tcvn3.txt',
      'ke-hoach-vni.txt',
      'corrupt.docx',
      'binary.txt',
    ];
    const built = join(work, 'built.jsonl');
    const cli = spawnSync(
      process.execPath,
      [join(ROOT, 'dist/cli.js'), 'convert', ...kinds.map((k) => join(input, k)), '--out', built, '--quiet'],
      { encoding: 'utf8' },
    );
    expect(cli.status, cli.stderr).toBe(1);
    expect(readJsonl(built)).toEqual(kinds.map((k) => results.get(k)));
  });

  it('stops a zip bomb at its limit and goes on with the archive', () => {
    const bomb = join(work, 'bomb.zip');
    writeFileSync(
      bomb,
      zipSync({
        'big.txt': new Uint8Array(5_000_000).fill(0x61),
        'small.txt': new TextEncoder().encode('CÔNG VĂN\nSố: 7/UBND\n'),
      }),
    );
    const path = join(work, 'bomb.jsonl');
    const result = vanban('convert', bomb, '--out', path, '--max-bytes', '1000000', '--quiet', '--workers', '1');
    expect(result.code).toBe(1);
    const lines = readJsonl(path);
    expect(lines.map((l) => [l.source.name.split('!/').pop(), l.error?.code ?? null])).toEqual([
      ['big.txt', 'input/too-large'],
      ['small.txt', null],
    ]);
  });
});

describe('vanban convert and parse() share one size limit', () => {
  const work = mkdtempSync(join(tmpdir(), 'vanban-convert-limit-'));
  const seed = readFileSync(join(ROOT, 'corpus/seeds/003_92d5c371dfb6f108.txt'), 'utf8');
  // UTF-16 with a byte-order mark: 2 bytes a letter on disk, up to 3 once decoded to UTF-8
  const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

  it.each([
    ['over the default limit on disk', 'big.txt', () => Buffer.alloc(25_000_000, 0x61), []],
    [
      'under --max-bytes on disk, over it once decoded',
      'wide.txt',
      () => utf16('ệ'.repeat(450_000)),
      ['--max-bytes', '1000000'],
    ],
  ])('should list a file %s as a failure with input/too-large, never as converted', (_, name, bytes, flags) => {
    writeFileSync(join(work, name), bytes());
    writeFileSync(join(work, 'seed.txt'), seed);
    const out = join(work, `${name}.jsonl`);
    const run = vanban(
      'convert',
      join(work, name),
      join(work, 'seed.txt'),
      '--out',
      out,
      '--quiet',
      '--workers',
      '1',
      ...flags,
    );
    expect(run.code, run.stderr).toBe(1);
    expect(readJsonl(out).map((l) => [l.source.name.split('/').pop(), l.error?.code ?? null])).toEqual([
      [name, 'input/too-large'],
      ['seed.txt', null],
    ]);
    expect(readJsonl(out.replace(/\.jsonl$/u, '.failures.jsonl')).map((f) => f.error.code)).toEqual([
      'input/too-large',
    ]);
    expect(run.stderr).toMatch(/1 failed/u);
  });

  it('should read a file under the limit both on disk and decoded', () => {
    const out = join(work, 'small.jsonl');
    writeFileSync(join(work, 'small.txt'), utf16(seed));
    const run = vanban(
      'convert',
      join(work, 'small.txt'),
      '--out',
      out,
      '--quiet',
      '--workers',
      '1',
      '--max-bytes',
      '1000000',
    );
    expect(run.code, run.stderr).toBe(0);
    expect(readJsonl(out)[0]).toMatchObject({ number: { text: '203/KH-UBND' } });
  });
});

describe('an interrupted conversion', () => {
  it('ends on Ctrl-C with the results so far kept aside, and --resume finishes without converting them again', async () => {
    const { spawn } = await import('node:child_process');
    const work = mkdtempSync(join(tmpdir(), 'vanban-convert-sigint-'));
    const input = join(work, 'in');
    mkdirSync(input);
    const sources = documents(join(CORPUS, 'unlabeled')).slice(0, 60);
    sources.forEach((f, i) => cpSync(f, join(input, `${String(i).padStart(3, '0')}.txt`)));
    const out = join(work, 'out.jsonl');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'convert', input, '--out', out, '--workers', '1'],
      { cwd: ROOT },
    );
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    // interrupt once some results are written
    const started = Date.now();
    while (Date.now() - started < 60_000) {
      await new Promise((r) => setTimeout(r, 100));
      const temp = readdirSync(work).find((f) => f.startsWith('out.jsonl.partial.'));
      if (temp && readFileSync(join(work, temp), 'utf8').split('\n').length > 3) break;
    }
    child.kill('SIGINT');
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code, stderr).toBe(130);
    expect(stderr).toMatch(/--resume/u);
    // the summary counts what was queued, not only what was done ("82 of 82 converted" read as the end)
    const stopped = /stopped after (\d+) of (\d+) input\(s\): (\d+) converted/u.exec(stderr);
    expect(stopped, stderr).not.toBeNull();
    expect(Number(stopped![2])).toBe(sources.length);
    expect(Number(stopped![1])).toBeLessThan(sources.length);
    expect(existsSync(out)).toBe(false); // nothing half-done in place
    const kept = readJsonl(`${out}.partial`);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(sources.length);

    const resumed = vanban('convert', input, '--out', out, '--workers', '1', '--resume');
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stderr).toMatch(
      new RegExp(
        `${sources.length - kept.length} of ${sources.length} input\\(s\\) converted, ${kept.length} unchanged`,
        'u',
      ),
    );
    expect(readJsonl(out).map((l) => l.source.name)).toEqual(documents(input));
    expect(leftovers(work)).toEqual([]);
  }, 120_000);
});
