import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { agencyGroup } from '../../src/convert/agency-group.js';
import { taskRows } from '../../src/convert/task-rows.js';
import { parse } from '../../src/index.js';
import { readCsv } from '../fixtures/csv.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const vanban = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

describe('agencyGroup: names of one body share a group', () => {
  const same: Array<[string, string]> = [
    ['Văn phòng UBND tỉnh', 'Văn phòng Ủy ban nhân dân tỉnh (Trung tâm Phục vụ hành chính công tỉnh)'],
    ['Văn phòng Ủy ban nhân dân tỉnh', 'Văn phòng Ủy ban nhân dân tỉnh (Trung tâm Thông tin)'],
    ['Sở Y tế', 'sở y tế'],
    ['Sở Lao động - Thương binh và Xã hội', 'Sở Lao động – Thương binh và Xã hội'],
    ['UBND các huyện, thị xã, thành phố', 'Ủy ban nhân dân các huyện, thị xã, thành phố'],
  ];
  const different: Array<[string, string]> = [
    ['Văn phòng Ủy ban nhân dân tỉnh', 'Văn phòng Tỉnh ủy'],
    ['Sở Y tế', 'Sở Tài chính'],
    [
      'Văn phòng Ủy ban nhân dân tỉnh (Trung tâm Phục vụ hành chính công tỉnh)',
      'Trung tâm Phục vụ hành chính công tỉnh',
    ],
    ['Ủy ban nhân dân tỉnh', 'Văn phòng Ủy ban nhân dân tỉnh'],
  ];
  it.each(same)('%s ~ %s', (a, b) => expect(agencyGroup(a).key).toBe(agencyGroup(b).key));
  it.each(different)('%s ≁ %s', (a, b) => expect(agencyGroup(a).key).not.toBe(agencyGroup(b).key));
  it('names the group as a reader writes the body: abbreviations expanded, the unit in brackets left out', () => {
    expect(agencyGroup('Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công tỉnh)').name).toBe(
      'Văn phòng Ủy ban nhân dân tỉnh',
    );
    expect(agencyGroup('Sở Y tế').name).toBe('Sở Y tế');
  });
});

describe('taskRows: one row per task and lead agency', () => {
  it('carries the coordinators and the first dated deadline', () => {
    const [row, ...more] = taskRows(
      parse(
        '1. Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính, Công an tỉnh xây dựng kế hoạch, báo cáo trước ngày 15/11/2026.',
      ),
    );
    expect(more).toEqual([]);
    expect(row).toMatchObject({
      taskNo: 1,
      agency: 'Sở Y tế',
      agencyGroup: 'Sở Y tế',
      coordinators: ['Sở Tài chính', 'Công an tỉnh'],
      deadline: '2026-11-15',
      recurrence: 'once',
    });
  });
  it('lists each lead agency of a task on its own row, sharing its number', () => {
    const result = parse(readFileSync(`${ROOT}/corpus/dev/vbai-042-ubnd-tinh-chi-ao-mo-hinh-cchc.txt`, 'utf8'));
    const rows = taskRows(result);
    expect(rows).toHaveLength(result.tasks.reduce((n, t) => n + Math.max(1, t.agencies.length), 0));
    const shared = result.tasks.findIndex((t) => t.agencies.length > 1) + 1;
    expect(shared).toBeGreaterThan(0);
    expect(rows.filter((r) => r.taskNo === shared).map((r) => r.agency)).toEqual(
      result.tasks[shared - 1]!.agencies.map((a) => a.name),
    );
  });
});

describe('vanban tasks --csv', () => {
  const file = 'corpus/dev/vbai-020-van-ban-chi-ao-cai-thien-cac-chi-so-ve-cchc-nam-2025.txt';
  const seed = 'corpus/seeds/002_ee248a160ad50f8c.txt';
  const run = vanban('tasks', '--csv', file, seed);

  it('is UTF-8 with a byte order mark, RFC 4180 records ended by CRLF, one header', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(
      run.stdout.startsWith('\uFEFFdocument,agency,agencyGroup,coordinators,text,deadline,recurrence,targets\r\n'),
    ).toBe(true);
    expect(run.stdout.match(/^\uFEFF/gmu)).toHaveLength(1);
    expect(run.stdout.endsWith('\r\n')).toBe(true);
  });

  it('reads back with a CSV parser: eight cells a row, Vietnamese text intact, both documents', () => {
    const [header, ...rows] = readCsv(run.stdout.slice(1));
    expect(header).toEqual([
      'document',
      'agency',
      'agencyGroup',
      'coordinators',
      'text',
      'deadline',
      'recurrence',
      'targets',
    ]);
    for (const row of rows) expect(row).toHaveLength(8);
    expect(new Set(rows.map((r) => r[0]))).toEqual(new Set([file, seed]));
    const tasks = parse(readFileSync(`${ROOT}/${file}`, 'utf8')).tasks;
    const ofFile = rows.filter((r) => r[0] === file);
    expect(ofFile).toHaveLength(tasks.reduce((n, t) => n + Math.max(1, t.agencies.length), 0));
    expect(ofFile).toContainEqual([
      file,
      'Sở Tư pháp',
      'Sở Tư pháp',
      '',
      'Tập trung thực hiện Kế hoạch số 36/KH-STP ngày 05/11/2025 của Sở Tư pháp về kiểm tra công tác xây dựng, kiểm tra, xử lý, rà soát văn bản quy phạm pháp luật và công tác pháp chế trên địa bàn tỉnh Lâm Đồng năm 2025. Hoàn thành kiểm tra và báo cáo kết quả kiểm tra trước ngày 25/12/2025.',
      '2025-12-25',
      'once',
      '',
    ]);
  });

  it('keeps "Văn phòng UBND tỉnh (Trung tâm …)" distinguishable, in the group of Văn phòng UBND tỉnh', () => {
    const rows = readCsv(run.stdout.slice(1)).filter((r) => r[0] === file);
    const office = rows.filter((r) => r[2] === 'Văn phòng Ủy ban nhân dân tỉnh');
    expect(new Set(office.map((r) => r[1]))).toEqual(
      new Set([
        'Văn phòng Ủy ban nhân dân tỉnh',
        'Văn phòng Ủy ban nhân dân tỉnh (Trung tâm Phục vụ hành chính công tỉnh)',
      ]),
    );
    expect(office.filter((r) => r[1]!.includes('(Trung tâm')).length).toBe(4);
  });

  it('puts a target set inside a task in its row, and none where no target stands', () => {
    const plan = 'corpus/dev/vbai-010-ke-hoach-thuc-hien-chuong-trinh-pcmt-en-nam-2030.txt';
    const rows = readCsv(vanban('tasks', '--csv', plan).stdout.slice(1)).slice(1);
    const result = parse(readFileSync(`${ROOT}/${plan}`, 'utf8'));
    const inside = result.targets.filter((t) =>
      result.tasks.some((task) => task.span[0] <= t.span[0] && t.span[1] <= task.span[1]),
    );
    expect(inside.length).toBeGreaterThan(0);
    const cells = rows.map((r) => r[7]).filter((c) => c !== '');
    for (const target of inside) expect(cells.some((c) => c!.includes(`${target.value}`))).toBe(true);
    expect(
      readCsv(run.stdout.slice(1))
        .filter((r) => r[0] === file)
        .every((r) => r[7] === ''),
    ).toBe(true);
  });

  it('refuses --json with --csv', () => {
    const both = vanban('tasks', '--csv', '--json', file);
    expect(both.status).toBe(2);
    expect(both.stderr).toMatch(/exclude each other/u);
  });
});
