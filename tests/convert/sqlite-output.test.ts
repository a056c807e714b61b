/**
 * `vanban convert … --out archive.sqlite`: the README's queries on an archive of the corpus's seeds
 * and dev documents, --resume, Python's sqlite3 opening the file, and a machine without
 * better-sqlite3 (simulated by a preload that hides it).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DatabaseConstructor } from '../../src/convert/sqlite-output.js';
import { loadSqlite } from '../../src/convert/sqlite-output.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HIDE_SQLITE = join(ROOT, 'tests', 'fixtures', 'without-better-sqlite3.cjs');
const Sqlite = createRequire(import.meta.url)('better-sqlite3') as DatabaseConstructor;

function vanban(args: string[], preload: string[] = []) {
  const run = spawnSync(process.execPath, [...preload, '--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The ```sql blocks of the README's "An archive database" section, in order. */
function readmeQueries(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(
    readme.indexOf('## An archive database'),
    readme.indexOf('\n## ', readme.indexOf('## An archive database') + 1),
  );
  return [...section.matchAll(/```sql\n(?<sql>[\s\S]*?)```/gu)].map((m) => m.groups!.sql!);
}

const rowsOf = (path: string, sql: string) => {
  const db = new Sqlite(path);
  try {
    return db.prepare(sql).all() as Array<Record<string, unknown>>;
  } finally {
    db.close();
  }
};

describe('vanban convert --out archive.sqlite', () => {
  const work = mkdtempSync(join(tmpdir(), 'vanban-sqlite-'));
  const inputs = ['corpus/seeds', 'corpus/dev'];
  const out = join(work, 'archive.sqlite');
  const run = vanban(['convert', ...inputs, '--out', out, '--workers', '2', '--quiet']);
  const files = inputs.flatMap((dir) =>
    readdirSync(join(ROOT, dir))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => `${dir}/${f}`),
  );

  it('writes one database holding every input once, and nothing half-written beside it', () => {
    expect(run.code, run.stderr).toBe(0);
    const names = rowsOf(out, 'SELECT name, sha256, error_code FROM documents ORDER BY name');
    expect(names.map((r) => r.name)).toEqual([...files].sort());
    expect(names.every((r) => r.error_code === null && /^[0-9a-f]{64}$/u.test(String(r.sha256)))).toBe(true);
    expect(readdirSync(work).sort()).toEqual(['archive.failures.jsonl', 'archive.sqlite']);
  });

  it('holds each part of a result as rows: a mention a citation, a task a row per lead agency', () => {
    const [plan] = rowsOf(
      out,
      "SELECT id, key, result FROM documents WHERE name = 'corpus/seeds/003_92d5c371dfb6f108.txt'",
    );
    const result = JSON.parse(String(plan!.result));
    expect(result.text).toBeUndefined();
    const count = (table: string) =>
      Number(rowsOf(out, `SELECT count(*) AS n FROM ${table} WHERE document_id = ${plan!.id}`)[0]!.n);
    expect(count('citations')).toBe(
      result.references.reduce((n: number, r: { mentions: unknown[] }) => n + r.mentions.length, 0),
    );
    expect(count('tasks')).toBe(
      result.tasks.reduce((n: number, t: { agencies: unknown[] }) => n + Math.max(1, t.agencies.length), 0),
    );
    expect(count('deadlines')).toBe(result.deadlines.length);
    expect(count('targets')).toBe(result.targets.length);
    expect(
      rowsOf(out, `SELECT to_key, relation FROM edges WHERE from_key = '${plan!.key}' AND to_key LIKE 'vn:28-ct/tw%'`),
    ).toEqual([{ to_key: 'vn:28-ct/tw#2023', relation: 'implements' }]);
    // a span indexes the stored text
    const [mention] = rowsOf(
      out,
      `SELECT c.mention, substr(d.text, c.span_start + 1, c.span_end - c.span_start) AS quoted FROM citations c JOIN documents d ON d.id = c.document_id WHERE d.id = ${plan!.id} LIMIT 1`,
    );
    expect(mention!.quoted).toBe(mention!.mention);
  });

  it('answers the README’s three queries with the rows the README shows', () => {
    const [plans, tasks, search] = readmeQueries();
    expect(readmeQueries()).toHaveLength(3);
    expect(rowsOf(out, plans!)).toEqual([
      {
        name: 'corpus/seeds/004_cbddc2852ea7f879.txt',
        number: null,
        issuer: 'Ủy ban nhân dân tỉnh Bình Phước',
        date: '2024',
      },
      {
        name: 'corpus/seeds/003_92d5c371dfb6f108.txt',
        number: '203/KH-UBND',
        issuer: 'Ủy ban nhân dân thành phố Hà Nội',
        date: '2024-07-01',
      },
    ]);
    expect(rowsOf(out, tasks!)).toEqual([
      {
        name: 'corpus/dev/vbai-108-dt-ket-luan-lam-viec-ngay-22-4-2026-phat-hanh.txt',
        agency: 'Sở Xây dựng',
        deadline: '2026-04-30',
        task: '- Tổ chức thẩm định hồ sơ Nhiệm vụ quy hoạch chung của các x',
      },
      {
        name: 'corpus/dev/vbai-108-dt-ket-luan-lam-viec-ngay-22-4-2026-phat-hanh.txt',
        agency: 'Sở Xây dựng',
        deadline: '2026-04-30',
        task: '- Có văn bản gửi Bộ Xây dựng đề nghị hướng dẫn nội dung liên',
      },
      {
        name: 'corpus/dev/lc-003-cv-5973-ubnd-kt-laocai-thanh-kiem-tra-khoang-san.txt',
        agency: 'Sở Xây dựng',
        deadline: '2026-06-30',
        task: '- Chủ trì, phối hợp với cơ quan liên quan rà soát tổng thể c',
      },
      {
        name: 'corpus/dev/vbai-108-dt-ket-luan-lam-viec-ngay-22-4-2026-phat-hanh.txt',
        agency: 'Sở Xây dựng',
        deadline: '2026-06-30',
        task: '2. Giao Sở Xây dựng tham mưu văn bản chỉ đạo UBND các xã, ph',
      },
    ]);
    expect(rowsOf(out, search!)).toEqual([
      {
        name: 'corpus/dev/vbai-040-quyet-inh-thanh-lap-hoi-ong-xet-duyet-xa-khong-ma-tuy.txt',
        kind: 'Quyết định',
        excerpt: '…cấp [xã không ma túy] và…',
      },
      {
        name: 'corpus/dev/vbai-056-to-trinh-xet-duyet-xa-phuong-khong-ma-tuy.txt',
        kind: 'Tờ trình',
        excerpt: '…cấp [xã không ma túy] và…',
      },
    ]);
  });

  it('looks the README’s questions up by index, not by a scan', () => {
    const plan = (sql: string) =>
      rowsOf(out, `EXPLAIN QUERY PLAN ${sql}`)
        .map((r) => String(r.detail))
        .join('\n');
    expect(plan("SELECT * FROM citations WHERE number = '28-CT/TW' AND relation = 'implements'")).toMatch(
      /USING INDEX citations_number/u,
    );
    expect(plan("SELECT * FROM tasks WHERE agency_group = 'Sở Y tế' AND deadline LIKE '2026-%'")).toMatch(
      /USING INDEX tasks_agency/u,
    );
    expect(plan("SELECT * FROM edges WHERE to_key = 'vn:28-ct/tw#2023' AND relation = 'implements'")).toMatch(
      /USING INDEX edges_to/u,
    );
  });

  it('opens in Python’s sqlite3, full-text search included', () => {
    const python = spawnSync(
      'python3',
      [
        '-c',
        [
          'import sqlite3, sys',
          'db = sqlite3.connect(sys.argv[1])',
          'print(db.execute("SELECT count(*) FROM documents").fetchone()[0])',
          'print(db.execute("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?", ("pickleball",)).fetchone()[0])',
        ].join('\n'),
        out,
      ],
      { encoding: 'utf8' },
    );
    expect(python.status, python.stderr).toBe(0);
    expect(python.stdout.trim().split('\n')).toEqual([String(files.length), '1']);
  });

  it('converted twice with --resume holds each document once, converting only what changed', () => {
    const again = vanban(['convert', ...inputs, '--out', out, '--workers', '2', '--resume']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toMatch(
      new RegExp(`0 of ${files.length} input\\(s\\) converted, ${files.length} unchanged`, 'u'),
    );
    const count = () =>
      rowsOf(
        out,
        'SELECT count(*) AS n, count(DISTINCT name) AS names, count(DISTINCT sha256) AS hashes FROM documents',
      )[0];
    expect(count()).toEqual({ n: files.length, names: files.length, hashes: files.length });
    const fts = () =>
      Number(rowsOf(out, "SELECT count(*) AS n FROM documents_fts WHERE documents_fts MATCH 'pickleball'")[0]!.n);
    expect(fts()).toBe(1);

    // a changed input is converted again and replaces its row; a removed one leaves the archive
    const copy = join(work, 'in');
    mkdirSync(copy);
    for (const dir of inputs) cpSync(join(ROOT, dir), join(copy, dir), { recursive: true });
    const first = join(copy, 'archive.sqlite');
    expect(vanban(['convert', join(copy, 'corpus'), '--out', first, '--quiet']).code).toBe(0);
    const changed = join(copy, 'corpus', 'dev', 'vbai-066-q-cho-phep-thanh-lam-lien-doan-pickleball.txt');
    writeFileSync(changed, readFileSync(changed, 'utf8').replace(/pickleball/giu, 'bóng bàn'));
    const removed = join(copy, 'corpus', files[0]!.replace('corpus/', ''));
    rmSync(removed);
    const resumed = vanban(['convert', join(copy, 'corpus'), '--out', first, '--resume']);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stderr).toMatch(
      new RegExp(`1 of ${files.length - 1} input\\(s\\) converted, ${files.length - 2} unchanged`, 'u'),
    );
    expect(rowsOf(first, 'SELECT count(*) AS n, count(DISTINCT name) AS names FROM documents')[0]).toEqual({
      n: files.length - 1,
      names: files.length - 1,
    });
    expect(rowsOf(first, "SELECT count(*) AS n FROM documents_fts WHERE documents_fts MATCH 'pickleball'")[0]!.n).toBe(
      0,
    );
    expect(rowsOf(first, `SELECT count(*) AS n FROM documents WHERE name = '${removed}'`)[0]!.n).toBe(0);
    expect(existsSync(`${first}.partial`)).toBe(false);
  });
});

describe('a failed input in the archive', () => {
  it('is a row with its error code, and a line of FILE.failures.jsonl', () => {
    const work = mkdtempSync(join(tmpdir(), 'vanban-sqlite-failed-'));
    writeFileSync(join(work, 'broken.docx'), 'not a zip');
    const out = join(work, 'out.sqlite');
    const run = vanban([
      'convert',
      join(work, 'broken.docx'),
      'corpus/seeds/003_92d5c371dfb6f108.txt',
      '--out',
      out,
      '--quiet',
    ]);
    expect(run.code, run.stderr).toBe(1);
    expect(rowsOf(out, 'SELECT name, error_code, result FROM documents ORDER BY id')).toEqual([
      { name: join(work, 'broken.docx'), error_code: expect.stringMatching(/^read\//u), result: null },
      { name: 'corpus/seeds/003_92d5c371dfb6f108.txt', error_code: null, result: expect.any(String) },
    ]);
    const failures = readFileSync(join(work, 'out.failures.jsonl'), 'utf8').trim().split('\n');
    expect(failures.map((l) => JSON.parse(l).source.name)).toEqual([join(work, 'broken.docx')]);
  });
});

describe('without better-sqlite3 installed', () => {
  const work = mkdtempSync(join(tmpdir(), 'vanban-nosqlite-'));
  const seed = 'corpus/seeds/003_92d5c371dfb6f108.txt';

  it('--out x.sqlite says how to install it and exits 2, writing nothing', () => {
    const out = join(work, 'x.sqlite');
    const run = vanban(['convert', seed, '--out', out], ['--require', HIDE_SQLITE]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/npm install better-sqlite3@12/u);
    expect(readdirSync(work)).toEqual([]);
  });

  it('every other output and command runs as before', () => {
    const hidden = ['--require', HIDE_SQLITE];
    expect(vanban(['convert', seed, '--out', join(work, 'x.jsonl'), '--quiet'], hidden).code).toBe(0);
    expect(vanban(['parse', seed], hidden).code).toBe(0);
    expect(vanban(['tasks', '--csv', seed], hidden).code).toBe(0);
    expect(vanban(['graph', seed], hidden).code).toBe(0);
  });

  it('loadSqlite turns a failed require into the install hint', () => {
    const missing = () => {
      throw Object.assign(new Error("Cannot find module 'better-sqlite3'"), { code: 'MODULE_NOT_FOUND' });
    };
    expect(() => loadSqlite(missing)).toThrow(/npm install better-sqlite3@12/u);
  });
});

describe('an interrupted conversion to SQLite', () => {
  it('keeps the documents written in FILE.sqlite.partial on Ctrl-C, and --resume finishes without converting them again', async () => {
    const { spawn } = await import('node:child_process');
    const work = mkdtempSync(join(tmpdir(), 'vanban-sqlite-sigint-'));
    const input = join(work, 'in');
    mkdirSync(input);
    const sources = readdirSync(join(ROOT, 'corpus', 'unlabeled'))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .slice(0, 40);
    sources.forEach((f, i) =>
      cpSync(join(ROOT, 'corpus', 'unlabeled', f), join(input, `${String(i).padStart(3, '0')}.txt`)),
    );
    const out = join(work, 'out.sqlite');
    const partial = `${out}.partial`;
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'convert', input, '--out', out, '--workers', '1'],
      { cwd: ROOT },
    );
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const written = () =>
      existsSync(partial) ? Number(rowsOf(partial, 'SELECT count(*) AS n FROM documents')[0]!.n) : 0;
    const started = Date.now();
    while (Date.now() - started < 60_000 && written() < 3) await new Promise((r) => setTimeout(r, 100));
    child.kill('SIGINT');
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code, stderr).toBe(130);
    expect(existsSync(out)).toBe(false);
    const kept = written();
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(sources.length);

    const resumed = vanban(['convert', input, '--out', out, '--workers', '1', '--resume']);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stderr).toMatch(
      new RegExp(`${sources.length - kept} of ${sources.length} input\\(s\\) converted, ${kept} unchanged`, 'u'),
    );
    expect(rowsOf(out, 'SELECT count(*) AS n, count(DISTINCT name) AS names FROM documents')[0]).toEqual({
      n: sources.length,
      names: sources.length,
    });
    expect(existsSync(partial)).toBe(false);
  }, 120_000);
});
