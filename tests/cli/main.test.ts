import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DocumentResultSchema } from '../../src/model/schema.js';
import { fromAkomaNtoso } from '../../src/akn/index.js';
import { congVanDocx } from '../fixtures/docx.js';
import { encodeTcvn3 } from '../../src/read/legacy/codecs.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function vanban(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('vanban parse', () => {
  it('should print one JSON line per input, in input order, each valid against the schema', () => {
    const files = readdirSync(`${ROOT}/corpus/seeds`)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => `corpus/seeds/${f}`);
    const { code, stdout } = vanban('parse', '--format', 'jsonl', ...files);
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.source.name)).toEqual(files.map((f) => f.split('/').pop()));
    for (const line of lines) {
      expect(DocumentResultSchema.safeParse(line).success).toBe(true);
      expect(line.text).toBeUndefined();
    }
  });

  it('should add the normalized text with --text', () => {
    const { stdout } = vanban('parse', '--text', 'corpus/seeds/001_65f01fc30d0adf68.txt');
    const result = JSON.parse(stdout);
    expect(result.text.slice(...result.number.span)).toBe('403/UBND-KGVX');
  });

  it('should report an unreadable file in its place, go on, and exit non-zero at the end', () => {
    const { code, stdout, stderr } = vanban(
      'parse',
      '--format',
      'jsonl',
      'no/such/file.txt',
      'corpus/seeds/003_92d5c371dfb6f108.txt',
      'corpus',
    );
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].error.code).toBe('io/ENOENT');
    expect(lines[1].number.text).toBe('203/KH-UBND');
    expect(lines[2].error.code).toBe('io/EISDIR');
    expect(code).toBe(1);
    expect(stderr).toContain('2 of 3');
  });

  it('should read a .docx as convert does, and report a corrupt one by its reason', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-parse-'));
    writeFileSync(join(dir, 'cong-van.docx'), congVanDocx());
    writeFileSync(join(dir, 'corrupt.docx'), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9]));
    const { code, stdout } = vanban(
      'parse',
      '--format',
      'jsonl',
      join(dir, 'cong-van.docx'),
      join(dir, 'corrupt.docx'),
    );
    const [docx, corrupt] = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(docx).toMatchObject({ number: { text: '12/UBND-VX' }, source: { name: 'cong-van.docx', format: 'docx' } });
    expect(corrupt.error.code).toBe('read/corrupt-docx');
    expect(code).toBe(1);
  });

  it('should print one document as Akoma Ntoso with --format akn, which reads back into the JSON result', () => {
    const file = 'corpus/seeds/001_65f01fc30d0adf68.txt';
    const { code, stdout } = vanban('parse', '--format', 'akn', file);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<akomaNtoso /u);
    expect(stdout).toContain('<doc name="cong-van">');
    const json = JSON.parse(vanban('parse', file).stdout);
    expect(fromAkomaNtoso(stdout)).toStrictEqual(json);
    expect(vanban('parse', '--format', 'akn', file, file).code).toBe(2);
  });

  it('should refuse an unknown format with a usage error', () => {
    const { code, stderr } = vanban('parse', '--format', 'xml', 'corpus/seeds/003_92d5c371dfb6f108.txt');
    expect(code).toBe(2);
    expect(stderr).toContain('--format');
  });
});

describe('vanban schema and eval', () => {
  it('should print the JSON Schema of a result', () => {
    const { code, stdout } = vanban('schema');
    expect(code).toBe(0);
    const schema = JSON.parse(stdout);
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(
      expect.arrayContaining(['kind', 'number', 'issuer', 'date', 'signature', 'references', 'diagnostics']),
    );
  });

  it('should print the per-field table of the gold scorer', () => {
    const { code, stdout } = vanban('eval', '--gold', 'corpus/seeds');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^kind\s+100\.0%\s+\(4\/4\)$/m);
    expect(stdout).toMatch(/^signer\.name\s/m);
  });

  it('should list a plan’s tasks agency by agency, with the body that took over an abolished one', () => {
    const { code, stdout } = vanban('tasks', 'corpus/seeds/003_92d5c371dfb6f108.txt');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ {2}Sở Y tế — 2 tasks$/m);
    expect(stdout).toMatch(
      /^ {2}Sở Lao động - Thương binh và Xã hội — 7 tasks, coordinates 1 {2}\[now: Sở Nội vụ, Sở Y tế, Sở Giáo dục và Đào tạo\]$/m,
    );
    expect(stdout).toMatch(/^ {4}- Triển khai thực hiện có hiệu quả các chương trình/m);
  });

  it('should read the file as convert does, and stop with the reason on one it cannot read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-tasks-'));
    writeFileSync(join(dir, 'corrupt.docx'), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9]));
    const { code, stderr } = vanban('tasks', join(dir, 'corrupt.docx'));
    expect(code).toBe(2);
    expect(stderr).toContain('read/corrupt-docx');
  });
});

describe('vanban targets', () => {
  it('should list a plan’s targets, one a line: comparator, value, unit, due time, clause', () => {
    const { code, stdout } = vanban(
      'targets',
      'corpus/seeds/002_ee248a160ad50f8c.txt',
      'corpus/seeds/001_65f01fc30d0adf68.txt',
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ {2}− 5% +yearly +Phấn đấu mỗi năm giảm 5% số vụ trẻ em/m);
    expect(stdout).toMatch(/^ {2}> 45 xã +by 2015 +trên 45 xã, phường, thị trấn/m);
    expect(stdout).toMatch(/^corpus\/seeds\/001_65f01fc30d0adf68\.txt\n {2}\(no targets\)$/m);
  });

  it('should write CSV with a header and quoted cells, and JSON lines with --json', () => {
    const csv = vanban('targets', '--csv', 'corpus/seeds/002_ee248a160ad50f8c.txt').stdout.trim().split('\n');
    expect(csv[0]).toBe('file,value,unit,comparator,change,by,recurrence,metric,agencies,text');
    expect(csv).toHaveLength(8);
    expect(csv).toContain(
      'corpus/seeds/002_ee248a160ad50f8c.txt,90,%,>,level,2015,once,"xã, phường, thị trấn được công nhận xã, phường phù hợp với trẻ em",,"Đến năm 2015, có trên 90% xã, phường, thị trấn được công nhận xã, phường phù hợp với trẻ em."',
    );
    const json = JSON.parse(vanban('targets', '--json', 'corpus/seeds/002_ee248a160ad50f8c.txt').stdout);
    expect(json.targets).toHaveLength(7);
    expect(json.targets[0]).toMatchObject({ value: 5, unit: '%', recurrence: 'yearly', change: 'decrease' });
  });
});

describe('vanban COMMAND --help', () => {
  it.each([
    ['parse', '--help', 'vanban parse FILE'],
    ['convert', '--help', 'vanban convert INPUT'],
    ['tasks', '--help', 'vanban tasks FILE'],
    ['targets', '--help', 'vanban targets FILE'],
    ['graph', '-h', 'vanban graph INPUT'],
    ['eval', '--help', 'vanban eval --gold'],
    ['merge', '--help', 'vanban merge SHARDS'],
    ['tasks', 'corpus/seeds/001_65f01fc30d0adf68.txt --help', 'vanban tasks FILE'],
  ])('should print the usage of %s for %s, exit 0', (command, flags, usage) => {
    const { code, stdout } = vanban(command, ...flags.split(' '));
    expect(code).toBe(0);
    expect(stdout).toContain(usage);
    expect(stdout).not.toContain('vanban schema');
  });

  it.each([
    ['tasks', '--hepl'],
    ['parse', '--help-me'],
  ])('should still refuse an unknown option: %s %s, exit 2', (command, flag) => {
    const { code, stderr } = vanban(command, flag);
    expect(code).toBe(2);
    expect(stderr).toContain('Unknown option');
  });
});

describe('vanban graph reads its inputs as vanban convert does', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vanban-graph-read-'));
  const seed = readFileSync(join(ROOT, 'corpus/seeds/003_92d5c371dfb6f108.txt'), 'utf8').normalize('NFC');
  writeFileSync(join(dir, 'ke-hoach-tcvn3.txt'), encodeTcvn3(seed));
  writeFileSync(join(dir, 'cong-van.docx'), congVanDocx());

  it.each([
    ['a TCVN3 text', 'ke-hoach-tcvn3.txt', '203/KH-UBND'],
    ['a .docx found in a folder', 'cong-van.docx', '12/UBND-VX'],
  ])('should read %s into its document node', (_, file, number) => {
    const { code, stdout } = vanban('graph', dir);
    expect(code).toBe(0);
    const node = JSON.parse(stdout).nodes.find((n: { attributes: { sources: string[] } }) =>
      n.attributes.sources.includes(file),
    );
    expect(node?.attributes, file).toMatchObject({ number, parsed: true });
  });

  it('should give a TCVN3 document the implementation chain its UTF-8 text has', () => {
    const run = vanban(
      'graph',
      'corpus/seeds',
      join(dir, 'ke-hoach-tcvn3.txt'),
      '--chain',
      join(dir, 'ke-hoach-tcvn3.txt'),
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.split('\n')[1]).toBe('  → Kế hoạch 232-KH/TU (Thành ủy Hà Nội, 2024-04-23)');
  });

  it('should name a file it cannot read, leave it out of the graph, and exit 1', () => {
    const bad = join(dir, 'bad');
    mkdirSync(bad, { recursive: true });
    writeFileSync(join(bad, 'corrupt.docx'), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9]));
    const { code, stdout, stderr } = vanban('graph', bad, 'corpus/seeds/001_65f01fc30d0adf68.txt');
    expect(code).toBe(1);
    expect(stderr).toMatch(/corrupt\.docx: .*read\/corrupt-docx/u);
    expect(
      JSON.parse(stdout).nodes.some((n: { attributes: { sources: string[] } }) =>
        n.attributes.sources.includes('corrupt.docx'),
      ),
    ).toBe(false);
  });
});

describe('vanban tasks shows a body’s targets beside its tasks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vanban-tasks-targets-'));
  const plan = join(dir, 'ke-hoach.txt');
  writeFileSync(
    plan,
    'KẾ HOẠCH\nThực hiện chương trình y tế cơ sở\nIII. TỔ CHỨC THỰC HIỆN\n1. Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính triển khai kế hoạch; phấn đấu đến năm 2030 có 95% trạm y tế xã đạt chuẩn.\n2. Giao Sở Tư pháp hướng dẫn thực hiện.\n',
  );

  it.each([
    ['as text', [], (out: string) => expect(out).toMatch(/Sở Y tế — 1 task\n.*\n {4}◎ 95% by 2030: /u)],
    [
      'as JSON',
      ['--json'],
      (out: string) =>
        expect(JSON.parse(out).agencies.map((a: { targets: unknown[] }) => a.targets.length)).toEqual([1, 0, 0]),
    ],
  ])('%s', (_, flags, check) => {
    const { code, stdout } = vanban('tasks', plan, ...flags);
    expect(code).toBe(0);
    check(stdout);
  });
});
