/**
 * `vanban convert --shard auto` as the schedulers start it: N processes with a Kubernetes Indexed
 * Job's, an AWS Batch array job's or a Slurm job array's variables, on corpus files, a zip and a
 * file that fails. The shards' outputs together must be one unsharded run, byte for byte once
 * the lines are sorted; `vanban merge` and `vanban graph` must take them as one archive and say
 * when a shard is missing; a scheduler that does not name a shard is a usage error (exit 2).
 */
import { spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  missingShards,
  shardFileOf,
  shardFromEnv,
  shardOf,
  shardOutputPath,
  shardManifestPath,
  ShardError,
  type Env,
  type ShardFile,
  type ShardManifest,
} from '../../src/convert/shard.js';
import type { DatabaseConstructor } from '../../src/convert/sqlite-output.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SHARD_VARS = /^(?:JOB_COMPLETION_INDEX|VANBAN_SHARD_|AWS_BATCH_|SLURM_)/u;
/** this process's environment without any scheduler's variables, so each run sees only its own */
const BASE_ENV = Object.fromEntries(Object.entries(process.env).filter(([name]) => !SHARD_VARS.test(name)));

function vanban(args: string[], env: Env = {}): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: ROOT,
      env: { ...BASE_ENV, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

const sortedLines = (paths: readonly string[]) =>
  paths
    .flatMap((p) => readFileSync(p, 'utf8').split('\n'))
    .filter((l) => l !== '')
    .sort()
    .join('\n');

/** Each scheduler's variables for task i of n (Slurm: `--array=1-(2n-1):2`, a range with a step). */
const SCHEDULERS: Record<string, { n: number; env: (i: number, n: number) => Env }> = {
  kubernetes: { n: 3, env: (i, n) => ({ JOB_COMPLETION_INDEX: String(i), VANBAN_SHARD_COUNT: String(n) }) },
  'aws-batch': { n: 2, env: (i, n) => ({ AWS_BATCH_JOB_ARRAY_INDEX: String(i), AWS_BATCH_JOB_ARRAY_SIZE: String(n) }) },
  slurm: {
    n: 2,
    env: (i, n) => ({
      SLURM_ARRAY_TASK_ID: String(1 + 2 * i),
      SLURM_ARRAY_TASK_MIN: '1',
      SLURM_ARRAY_TASK_MAX: String(2 * n - 1),
      SLURM_ARRAY_TASK_STEP: '2',
      SLURM_ARRAY_TASK_COUNT: String(n),
    }),
  },
};

describe('vanban convert --shard auto under each scheduler', () => {
  const work = mkdtempSync(join(tmpdir(), 'vanban-shard-'));
  const input = join(work, 'in');
  const whole = join(work, 'one', 'all.jsonl');
  const runs: Record<string, Array<{ code: number | null; stderr: string }>> = {};
  let unsharded: { code: number | null; stderr: string };

  beforeAll(async () => {
    // the seeds, the small dev documents, some of them again inside a zip, and an empty file (an error record)
    mkdirSync(join(input, 'dev'), { recursive: true });
    const txt = (dir: string) =>
      readdirSync(join(ROOT, 'corpus', dir))
        .filter((f) => f.endsWith('.txt'))
        .sort();
    for (const f of txt('seeds')) copyFileSync(join(ROOT, 'corpus/seeds', f), join(input, f));
    const small = txt('dev')
      .filter((f) => readFileSync(join(ROOT, 'corpus/dev', f)).length < 12_000)
      .slice(0, 12);
    for (const f of small) copyFileSync(join(ROOT, 'corpus/dev', f), join(input, 'dev', f));
    writeFileSync(
      join(input, 'archive.zip'),
      zipSync(
        Object.fromEntries(small.slice(0, 4).map((f) => [`zipped/${f}`, readFileSync(join(ROOT, 'corpus/dev', f))])),
      ),
    );
    writeFileSync(join(input, 'empty.txt'), '');
    unsharded = await vanban(['convert', input, '--out', whole, '--workers', '1', '--quiet']);
    // each scheduler's tasks run at once, as an array job's do
    for (const [name, { n, env }] of Object.entries(SCHEDULERS)) {
      runs[name] = await Promise.all(
        Array.from({ length: n }, (_, i) =>
          vanban(
            [
              'convert',
              input,
              '--out',
              join(work, name, 'results.jsonl'),
              '--shard',
              'auto',
              '--workers',
              '1',
              '--quiet',
            ],
            env(i, n),
          ),
        ),
      );
    }
  }, 300_000);

  it('the unsharded run converts every input and lists the empty file as failed', () => {
    expect(unsharded.code, unsharded.stderr).toBe(1);
    expect(readFileSync(whole, 'utf8').split('\n').filter(Boolean).length).toBeGreaterThan(15);
  });

  for (const [name, { n }] of Object.entries(SCHEDULERS)) {
    it(`${name}: ${n} shards together are the unsharded run, byte for byte after sorting, each with its manifest`, () => {
      const shard = (k: number, suffix: string) => join(work, name, `results.shard-${k}-of-${n}${suffix}`);
      for (const run of runs[name]!) expect([0, 1], run.stderr).toContain(run.code);
      const ks = Array.from({ length: n }, (_, i) => i + 1);
      expect(sortedLines(ks.map((k) => shard(k, '.jsonl')))).toBe(sortedLines([whole]));
      expect(sortedLines(ks.map((k) => shard(k, '.failures.jsonl')))).toBe(
        sortedLines([join(work, 'one', 'all.failures.jsonl')]),
      );
      const manifests = ks.map((k) => JSON.parse(readFileSync(shard(k, '.manifest.json'), 'utf8')));
      expect(manifests.map((m) => [m.shard.index, m.shard.count])).toEqual(ks.map((k) => [k, n]));
      expect(manifests.reduce((sum, m) => sum + m.files, 0)).toBe(
        readFileSync(whole, 'utf8').split('\n').filter(Boolean).length,
      );
    });
  }

  it('vanban merge makes one JSONL of a folder of shards, and one database that holds what the unsharded results give', async () => {
    const merged = join(work, 'merged.jsonl');
    const run = await vanban(['merge', join(work, 'kubernetes'), '--out', merged]);
    expect(run.code, run.stderr).toBe(0);
    expect(sortedLines([merged])).toBe(sortedLines([whole]));
    const [fromShards, fromWhole] = [join(work, 'shards.sqlite'), join(work, 'whole.sqlite')];
    expect((await vanban(['merge', join(work, 'slurm'), '--out', fromShards])).code).toBe(0);
    expect((await vanban(['merge', whole, '--out', fromWhole])).code).toBe(0);
    const Sqlite = createRequire(import.meta.url)('better-sqlite3') as DatabaseConstructor;
    const rows = (path: string) => {
      const db = new Sqlite(path);
      try {
        return ['documents', 'citations', 'tasks', 'deadlines', 'targets'].map((table) => {
          const all = db.prepare(`SELECT * FROM ${table}`).all() as Array<Record<string, unknown>>;
          // row ids follow the order documents were written in: compare by name instead
          const names = new Map(
            (db.prepare('SELECT id, name FROM documents').all() as Array<{ id: number; name: string }>).map((r) => [
              r.id,
              r.name,
            ]),
          );
          return all
            .map(({ id, document_id, ...row }) =>
              JSON.stringify({ ...row, document: names.get((document_id ?? id) as number) }),
            )
            .sort();
        });
      } finally {
        db.close();
      }
    };
    expect(rows(fromShards)).toEqual(rows(fromWhole));
  });

  it('vanban graph reads a folder of shards as the unsharded JSONL', async () => {
    const [fromShards, fromWhole] = [join(work, 'graph-shards.json'), join(work, 'graph-whole.json')];
    expect((await vanban(['graph', join(work, 'aws-batch'), '--out', fromShards])).code).toBe(0);
    expect((await vanban(['graph', whole, '--out', fromWhole])).code).toBe(0);
    expect(sortedLines([fromShards])).toBe(sortedLines([fromWhole]));
  });

  it('a shard that did not finish is named by merge and graph, which exit 1', async () => {
    const manifest = join(work, 'kubernetes', 'results.shard-2-of-3.manifest.json');
    renameSync(manifest, `${manifest}.away`);
    try {
      const merge = await vanban(['merge', join(work, 'kubernetes'), '--out', join(work, 'partial.jsonl')]);
      expect(merge.code).toBe(1);
      expect(merge.stderr).toMatch(/shard\(s\) 2 of 3 have no manifest/u);
      const graph = await vanban(['graph', join(work, 'kubernetes'), '--out', join(work, 'partial-graph.json')]);
      expect(graph.code).toBe(1);
      expect(graph.stderr).toMatch(/shard\(s\) 2 of 3 have no manifest/u);
    } finally {
      renameSync(`${manifest}.away`, manifest);
    }
  });

  it('a scheduler that does not name a shard is a usage error, before any work', async () => {
    const out = join(work, 'never', 'results.jsonl');
    const none = await vanban(['convert', input, '--out', out, '--shard', 'auto']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no shard in the environment/u);
    const outside = await vanban(['convert', input, '--out', out, '--shard', 'auto'], {
      AWS_BATCH_JOB_ARRAY_INDEX: '4',
      AWS_BATCH_JOB_ARRAY_SIZE: '4',
    });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/AWS_BATCH_JOB_ARRAY_INDEX=4 is outside the 4 shards/u);
    expect(existsSync(join(work, 'never'))).toBe(false);
  });
});

describe('the shard a scheduler names', () => {
  const reads: Array<[string, Env, [number, number]]> = [
    ['a Kubernetes Indexed Job, 0-based', { JOB_COMPLETION_INDEX: '0', VANBAN_SHARD_COUNT: '16' }, [1, 16]],
    ['the last pod of a Kubernetes Indexed Job', { JOB_COMPLETION_INDEX: '15', VANBAN_SHARD_COUNT: '16' }, [16, 16]],
    ['an AWS Batch array job', { AWS_BATCH_JOB_ARRAY_INDEX: '7', AWS_BATCH_JOB_ARRAY_SIZE: '10' }, [8, 10]],
    [
      'a Slurm array from 1',
      { SLURM_ARRAY_TASK_ID: '1', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_MAX: '8', SLURM_ARRAY_TASK_COUNT: '8' },
      [1, 8],
    ],
    [
      'a Slurm array from 0 without a count',
      { SLURM_ARRAY_TASK_ID: '3', SLURM_ARRAY_TASK_MIN: '0', SLURM_ARRAY_TASK_MAX: '3' },
      [4, 4],
    ],
    [
      'a Slurm array with a step',
      {
        SLURM_ARRAY_TASK_ID: '20',
        SLURM_ARRAY_TASK_MIN: '0',
        SLURM_ARRAY_TASK_MAX: '30',
        SLURM_ARRAY_TASK_STEP: '10',
        SLURM_ARRAY_TASK_COUNT: '4',
      },
      [3, 4],
    ],
    [
      'VANBAN_SHARD_INDEX, over a scheduler',
      { VANBAN_SHARD_INDEX: '2', VANBAN_SHARD_COUNT: '3', JOB_COMPLETION_INDEX: '0' },
      [3, 3],
    ],
  ];
  for (const [what, env, [index, count]] of reads) {
    it(`reads ${what}`, () => expect(shardFromEnv(env)).toMatchObject({ index, count }));
  }

  const refusals: Array<[string, Env, RegExp]> = [
    ['no scheduler', {}, /no shard in the environment/u],
    [
      'Kubernetes without the count',
      { JOB_COMPLETION_INDEX: '2' },
      /not its completions: set VANBAN_SHARD_COUNT in the pod's env to the Job's spec.completions/u,
    ],
    [
      'an index past the count',
      { JOB_COMPLETION_INDEX: '3', VANBAN_SHARD_COUNT: '3' },
      /JOB_COMPLETION_INDEX=3 is outside the 3 shards \(0 to 2\)/u,
    ],
    [
      'AWS Batch without the size',
      { AWS_BATCH_JOB_ARRAY_INDEX: '0' },
      /AWS_BATCH_JOB_ARRAY_SIZE \(the shard count\) is not/u,
    ],
    [
      'a count that is not a number',
      { AWS_BATCH_JOB_ARRAY_INDEX: '0', AWS_BATCH_JOB_ARRAY_SIZE: 'ten' },
      /must be a whole number, not "ten"/u,
    ],
    [
      'a Slurm array of listed indexes',
      { SLURM_ARRAY_TASK_ID: '4', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_MAX: '9', SLURM_ARRAY_TASK_COUNT: '3' },
      /listed indexes/u,
    ],
    [
      'a Slurm task without its range',
      { SLURM_ARRAY_TASK_ID: '4' },
      /not SLURM_ARRAY_TASK_MIN and SLURM_ARRAY_TASK_MAX/u,
    ],
    ['a count of zero', { VANBAN_SHARD_INDEX: '0', VANBAN_SHARD_COUNT: '0' }, /at least 1/u],
  ];
  for (const [what, env, message] of refusals) {
    it(`refuses ${what}`, () => {
      expect(() => shardFromEnv(env)).toThrow(ShardError);
      expect(() => shardFromEnv(env)).toThrow(message);
    });
  }

  it('reads --shard K/N as it is given, and refuses 0/N and K past N', () => {
    expect(shardOf('3/8', {})).toMatchObject({ index: 3, count: 8 });
    for (const bad of ['0/8', '9/8', '3', 'a/b', '1/0']) expect(() => shardOf(bad, {})).toThrow(/K\/N with 1 ≤ K ≤ N/u);
  });

  it('names each shard’s output and manifest from --out, in an order that sorts', () => {
    const shard = { index: 3, count: 16, from: '' };
    expect(shardOutputPath('out/results.jsonl', shard)).toBe('out/results.shard-03-of-16.jsonl');
    expect(shardOutputPath('archive.sqlite', shard)).toBe('archive.shard-03-of-16.sqlite');
    expect(shardOutputPath('out/folder', shard)).toBe('out/folder');
    expect(shardManifestPath('out/results.jsonl', shard)).toBe('out/results.shard-03-of-16.manifest.json');
    expect(shardManifestPath('out/folder', shard)).toBe('out/folder/manifest.shard-03-of-16.json');
  });
});

describe('a set of shard outputs', () => {
  const files = (count: number, indexes: number[]) =>
    indexes.map((k) => shardFileOf(`out/r.shard-${String(k).padStart(String(count).length, '0')}-of-${count}.jsonl`)!);
  const manifest = (inputs: string[]): ShardManifest => ({
    shard: { index: 1, count: 1, from: '' },
    inputs,
    output: '',
    failures: '',
    files: 0,
    converted: 0,
    failed: 0,
    skipped: 0,
    bytes: 0,
    finished: '',
  });
  const finished = () => manifest(['/archive']);

  it('is whole when every shard has its output and manifest, for the same inputs', () => {
    expect(missingShards(files(12, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]), finished)).toEqual([]);
  });

  it('names the shards without an output, without a manifest, and inputs that differ', () => {
    expect(missingShards(files(4, [1, 2, 4]), finished)).toEqual(['out/r: shard(s) 3 of 4 have no output']);
    expect(missingShards(files(2, [1, 2]), (f: ShardFile) => (f.index === 2 ? null : finished()))).toEqual([
      'out/r: shard(s) 2 of 2 have no manifest (not finished)',
    ]);
    expect(
      missingShards(files(2, [1, 2]), (f: ShardFile) => manifest([f.index === 1 ? '/archive' : '/other'])),
    ).toEqual(['out/r: the shards of 2 were given different INPUT arguments (["/archive"] / ["/other"])']);
    expect(missingShards([...files(2, [1, 2]), ...files(3, [1, 2, 3])], finished)).toEqual([
      "out/r: shards of different counts (2, 3) are mixed: keep one run's shards",
    ]);
  });

  it('is told from other JSONL by its name', () => {
    expect(shardFileOf('x/results.shard-03-of-16.jsonl')).toEqual({
      path: 'x/results.shard-03-of-16.jsonl',
      stem: 'x/results',
      index: 3,
      count: 16,
    });
    for (const other of [
      'x/results.jsonl',
      'x/results.shard-03-of-16.failures.jsonl',
      'x/results.shard-03-of-16.jsonl.partial',
    ])
      expect(shardFileOf(other)).toBeNull();
  });
});

describe('what is shipped to run shards', () => {
  const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

  it('the Indexed Job tells its pods the count it runs them for', () => {
    const job = read('deploy/k8s-indexed-job.yaml');
    expect(job).toMatch(/completionMode: Indexed/u);
    const completions = /^\s+completions: (\d+)/mu.exec(job)?.[1];
    const count = /name: VANBAN_SHARD_COUNT\s+value: "(\d+)"/u.exec(job)?.[1];
    expect(completions).toBeDefined();
    expect(count).toBe(completions);
    expect(job).toMatch(/vanban convert .*--shard auto/u);
  });

  it('the Dockerfile installs the packed package on Node 20 slim, runs vanban, not as root', () => {
    const docker = read('Dockerfile');
    expect(docker).toMatch(/^FROM node:20-slim$/mu);
    expect(docker).toMatch(/npm install --global --omit=dev \/tmp\/vanban-\*\.tgz/u);
    expect(docker).toMatch(/^USER node$/mu);
    expect(docker).toMatch(/^ENTRYPOINT \["vanban"\]$/mu);
  });
});
