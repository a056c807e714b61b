/**
 * `vanban convert` under faults: a file it may not read, an output path of the wrong kind, a
 * full disk, an endless device. Each time: a clear message, nothing half-written where a reader
 * would take it for a result, and `--resume` goes on from where the run stopped.
 */
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DocumentResultSchema } from '../../src/index.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SEEDS = join(ROOT, 'corpus', 'seeds');
const UNPRIVILEGED = join(ROOT, 'tests', 'fixtures', 'faults', 'unprivileged-reads.mjs');
const seedFiles = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort();

interface Run {
  code: number | null;
  stderr: string;
}

/**
 * The CLI from the sources. `fileSizeKB` caps the size of any file it writes (`ulimit -f`): a
 * write past it fails as on a full disk (EFBIG rather than ENOSPC, the same path through the
 * code), with no root and no special filesystem needed. tsx's cache is off so that only our
 * writes meet the cap.
 */
function vanban(args: string[], { fileSizeKB }: { fileSizeKB?: number } = {}): Run {
  const node = [process.execPath, '--import', 'tsx', '--import', UNPRIVILEGED, 'src/cli/main.ts', ...args];
  const quoted = node.map((a) => `'${a.replace(/'/gu, `'\\''`)}'`).join(' ');
  const options = { cwd: ROOT, encoding: 'utf8', env: { ...process.env, TSX_DISABLE_CACHE: '1' } } as const;
  const run =
    fileSizeKB === undefined
      ? spawnSync(node[0]!, node.slice(1), options)
      : spawnSync('bash', ['-c', `ulimit -f ${fileSizeKB}; exec ${quoted}`], options);
  return { code: run.status, stderr: run.stderr };
}

/** The seeds, `copies` times over, as in/NNN-name.txt. */
function inputFolder(copies: number): { work: string; names: string[] } {
  const work = mkdtempSync(join(tmpdir(), 'vanban-faults-'));
  mkdirSync(join(work, 'in'));
  const names: string[] = [];
  for (let c = 0; c < copies; c++) {
    for (const file of seedFiles) {
      const name = `${String(names.length).padStart(3, '0')}-${file}`;
      copyFileSync(join(SEEDS, file), join(work, 'in', name));
      names.push(name);
    }
  }
  return { work, names };
}

const lines = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l));
const baseName = (record: { source: { name: string } }) => record.source.name.split('/').pop();
/** the result files of a folder output, each under its input's path */
const results = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json'))
    .sort();
const leftovers = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tmp$|\.partial\.\d+$/u.test(f));

describe('a file vanban may not read', () => {
  it('gets an error record saying permission denied, the batch goes on, and --resume converts it once it is readable', () => {
    const { work, names } = inputFolder(1);
    const locked = join(work, 'in', names[1]!);
    chmodSync(locked, 0o000);
    const out = join(work, 'out.jsonl');
    const first = vanban(['convert', join(work, 'in'), '--out', out, '--workers', '1', '--quiet']);
    expect(first.code, first.stderr).toBe(1);
    const records = lines(out);
    expect(records.map(baseName)).toEqual(names);
    expect(records[1].error.code).toBe('io/EACCES');
    expect(records[1].error.message).toMatch(/permission denied/u);
    for (const i of [0, 2, 3]) expect(DocumentResultSchema.safeParse(records[i]).success).toBe(true);
    expect(lines(join(work, 'out.failures.jsonl')).map(baseName)).toEqual([names[1]]);
    expect(first.stderr).toMatch(/io\/EACCES ×1/u);

    chmodSync(locked, 0o644);
    const again = vanban(['convert', join(work, 'in'), '--out', out, '--workers', '1', '--resume']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/1 of 4 input\(s\) converted, 3 unchanged since the last run/u);
    const resumed = lines(out);
    expect(resumed.map(baseName)).toEqual(names);
    expect(resumed.every((r) => DocumentResultSchema.safeParse(r).success)).toBe(true);
    expect(leftovers(work)).toEqual([]);
  });
});

describe('an output path of the wrong kind', () => {
  it('is refused before any work, with what to give instead', () => {
    const { work } = inputFolder(1);
    mkdirSync(join(work, 'taken.jsonl'));
    const intoFolder = vanban(['convert', join(work, 'in'), '--out', join(work, 'taken.jsonl'), '--quiet']);
    expect(intoFolder.code).toBe(2);
    expect(intoFolder.stderr).toMatch(/taken\.jsonl is a folder: give a new FILE\.jsonl/u);
    expect(readdirSync(join(work, 'taken.jsonl'))).toEqual([]);

    writeFileSync(join(work, 'results'), 'a file, not a folder');
    const intoFile = vanban(['convert', join(work, 'in'), '--out', join(work, 'results'), '--quiet']);
    expect(intoFile.code).toBe(2);
    expect(intoFile.stderr).toMatch(/results is a file: give a folder, or a FILE\.jsonl/u);
    expect(readFileSync(join(work, 'results'), 'utf8')).toBe('a file, not a folder');
    expect(readdirSync(work).sort()).toEqual(['in', 'results', 'taken.jsonl']);
  });
});

describe('a full disk', () => {
  it('stops a JSONL run with the reason, keeps the whole results aside, and --resume finishes the rest', () => {
    const { work, names } = inputFolder(3);
    const out = join(work, 'out.jsonl');
    const full = vanban(['convert', join(work, 'in'), '--out', out, '--workers', '1', '--quiet'], { fileSizeKB: 200 });
    expect(full.code, full.stderr).toBe(2);
    expect(full.stderr).toMatch(/the output cannot be written — cannot write .*out\.jsonl: EFBIG: file too large/u);
    expect(full.stderr).toMatch(/kept in .*out\.jsonl\.partial; make room .* --resume/u);
    expect(existsSync(out)).toBe(false);
    expect(leftovers(work)).toEqual([]);
    // the last line was cut by the full disk: it is not a result, and is converted again
    const partial = readFileSync(`${out}.partial`, 'utf8');
    expect(partial.endsWith('\n')).toBe(false);
    const whole = partial.split('\n').slice(0, -1).length;
    expect(whole).toBeGreaterThan(0);

    const resumed = vanban(['convert', join(work, 'in'), '--out', out, '--workers', '1', '--resume']);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stderr).toContain(
      `${names.length - whole} of ${names.length} input(s) converted, ${whole} unchanged since the last run`,
    );
    const records = lines(out);
    expect(records.map(baseName)).toEqual(names);
    expect(records.every((r) => DocumentResultSchema.safeParse(r).success)).toBe(true);
    expect(existsSync(`${out}.partial`)).toBe(false);
  });

  it('stops a folder run with the reason, leaves no half-written file, and --resume finishes the rest', () => {
    const { work, names } = inputFolder(1);
    const out = join(work, 'out');
    // the first seed's result fits under 40 KB, the second's does not
    const full = vanban(['convert', join(work, 'in'), '--out', out, '--workers', '1', '--quiet'], { fileSizeKB: 40 });
    expect(full.code, full.stderr).toBe(2);
    expect(full.stderr).toMatch(/the output cannot be written — cannot write .*\.json: EFBIG: file too large/u);
    expect(leftovers(work)).toEqual([]);
    const written = results(out);
    expect(written.map((f) => f.split('/').pop())).toEqual([`${names[0]}.json`]);
    expect(DocumentResultSchema.safeParse(JSON.parse(readFileSync(join(out, written[0]!), 'utf8'))).success).toBe(true);

    const resumed = vanban(['convert', join(work, 'in'), '--out', out, '--workers', '1', '--resume']);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stderr).toContain(
      `${names.length - 1} of ${names.length} input(s) converted, 1 unchanged since the last run`,
    );
    expect(results(out).map((f) => f.split('/').pop())).toEqual(names.map((n) => `${n}.json`));
  });
});

describe('an input that never ends', () => {
  it('is read up to the size limit and listed as too large, without filling memory', () => {
    const work = mkdtempSync(join(tmpdir(), 'vanban-faults-'));
    const out = join(work, 'out.jsonl');
    const run = vanban(['convert', '/dev/zero', '--out', out, '--max-bytes', '1000000', '--quiet']);
    expect(run.code, run.stderr).toBe(1);
    const [record] = lines(out);
    expect(record.error).toMatchObject({ code: 'input/too-large' });
    expect(record.error.message).toMatch(/more than 1000000 bytes/u);
  });
});
