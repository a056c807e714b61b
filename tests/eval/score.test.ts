import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type {
  Deadline,
  DocumentNumber,
  DocumentResult,
  Reference,
  Relation,
  Target,
  Task,
} from '../../src/model/schema.js';
import {
  checkFloors,
  foldAgency,
  foldIssuer,
  foldText,
  formatReport,
  getMetric,
  reportToJSON,
  runEval,
  scoreDocuments,
  titleMatches,
  type AccuracyMetric,
  type EvalReport,
  type MetricName,
  type PrfMetric,
} from '../../src/eval/index.js';

// ---------- builders ----------

function result(over: Partial<DocumentResult> = {}): DocumentResult {
  return {
    schemaVersion: 1,
    source: { name: 'x.txt', format: 'text', sha256: '', encoding: 'string' },
    key: null,
    keyPartial: false,
    kind: null,
    number: null,
    issuer: null,
    place: null,
    date: null,
    effective: null,
    title: null,
    recipients: [],
    distribution: [],
    signature: null,
    references: [],
    statedRelations: [],
    outline: [],
    tasks: [],
    deadlines: [],
    targets: [],
    diagnostics: [],
    ...over,
  };
}

function num(text: string | null, blank = false): DocumentNumber {
  return {
    text,
    raw: text ?? '',
    ordinal: null,
    year: null,
    typeCode: null,
    issuerCode: null,
    unitCode: null,
    scheme: 'administrative',
    blank,
    span: null,
    issuerCodes: [],
  };
}

function ref(
  number: string | null,
  name: string | null,
  relation: Relation = 'cites',
  extra: Partial<Reference> = {},
): Reference {
  return {
    key: number ?? name ?? '',
    keyPartial: false,
    kind: { name: 'Quyết định', code: null },
    number: number === null ? null : num(number),
    name,
    date: null,
    issuer: null,
    title: null,
    relation,
    mentions: [],
    ...extra,
  };
}

function task(...agencies: string[]): Task {
  return {
    agencies: agencies.map((name) => ({ name, span: [0, 0] as [number, number], successors: [] })),
    coordinators: [],
    text: '',
    deadlines: [],
    references: [],
    span: [0, 0],
  };
}

function deadline(date: string | null, recurrence: Deadline['recurrence'] = 'once'): Deadline {
  return { text: '', date, recurrence, span: [0, 0] };
}

function target(value: number, unit: string | null, by: string | null, extra: Partial<Target> = {}): Target {
  return {
    text: '',
    value,
    unit,
    metric: null,
    by,
    recurrence: 'once',
    change: 'level',
    comparator: '=',
    byInferred: false,
    agencies: [],
    span: [0, 0],
    ...extra,
  };
}

function signature(
  authority: 'KT' | null,
  onBehalfOf: string | null,
  position: string,
  name: string,
): DocumentResult['signature'] {
  return { authority, onBehalfOf, position, name, span: [0, 0], chain: [] };
}

function score(gold: unknown, res: DocumentResult): EvalReport {
  return scoreDocuments([{ name: 'doc', gold, result: res }]);
}

function acc(report: EvalReport, name: MetricName): AccuracyMetric {
  const metric = getMetric(report, name);
  if (metric?.type !== 'accuracy') throw new Error(`${name} is not an accuracy metric`);
  return metric;
}

function prf(report: EvalReport, name: MetricName): PrfMetric {
  const metric = getMetric(report, name);
  if (metric?.type !== 'prf') throw new Error(`${name} is not a P/R/F1 metric`);
  return metric;
}

// ---------- folding ----------

describe('foldText', () => {
  it('folds tone-mark placement: hoà = hòa, uỷ = ủy, thoả = thỏa', () => {
    expect(foldText('Văn hoá')).toBe(foldText('Văn hóa'));
    expect(foldText('Uỷ ban nhân dân')).toBe(foldText('Ủy ban nhân dân'));
    expect(foldText('thoả thuận')).toBe(foldText('thỏa thuận'));
    expect(foldText('Văn hoá')).toBe('văn hóa');
    // a closed syllable has one spelling and stays distinct
    expect(foldText('hoàn')).not.toBe(foldText('hòa'));
  });

  it('folds case (Vietnamese upper case) and Unicode form', () => {
    expect(foldText('SỞ Y TẾ')).toBe(foldText('Sở Y tế'));
    expect(foldText('ĐỒNG THÁP')).toBe('đồng tháp');
    expect(foldText('Sở Y tế'.normalize('NFD'))).toBe(foldText('Sở Y tế'));
  });

  it('folds dashes and the spaces around dashes and slashes', () => {
    const hyphen = 'Sở Lao động - Thương binh và Xã hội';
    expect(foldText('Sở Lao động – Thương binh và Xã hội')).toBe(foldText(hyphen));
    expect(foldText('Sở Lao động—Thương binh và Xã hội')).toBe(foldText(hyphen));
    expect(foldText('Sở Lao động‑Thương binh và Xã hội')).toBe(foldText(hyphen));
    expect(foldText('375 / LĐTBXH – TE')).toBe(foldText('375/LĐTBXH-TE'));
    expect(foldText('375/LĐTBXH-TE')).toBe('375/lđtbxh-te');
    expect(foldText('a_b')).not.toBe(foldText('a-b'));
  });

  it('collapses and trims spaces, drops trailing punctuation, and is idempotent', () => {
    expect(foldText('  Hà   Nội\u00a0 ')).toBe('hà nội');
    expect(foldText('Chủ tịch;')).toBe('chủ tịch');
    expect(foldText('Kiên Giang.')).toBe('kiên giang');
    expect(foldText('Trẻ em:,')).toBe('trẻ em');
    const s = ' Uỷ  BAN – Hoà bình / X. ';
    expect(foldText(foldText(s))).toBe(foldText(s));
  });
});

describe('titleMatches', () => {
  const ten = 'một hai ba bốn năm sáu bảy tám chín mười';

  it('matches at 90% of the words, both ways', () => {
    const nine = 'một hai ba bốn năm sáu bảy tám chín';
    expect(titleMatches(ten, nine)).toBe(true);
    expect(titleMatches(nine, ten)).toBe(true);
    expect(titleMatches(ten, 'một hai ba bốn năm sáu bảy tám chín KHÁC')).toBe(true);
  });

  it('fails below 90%, both ways', () => {
    const eight = 'một hai ba bốn năm sáu bảy tám';
    expect(titleMatches(ten, eight)).toBe(false);
    expect(titleMatches(eight, ten)).toBe(false);
    expect(titleMatches('a b', 'a c')).toBe(false);
  });

  it('ignores case, tone placement, spacing and punctuation; counts repeated words as a multiset', () => {
    expect(titleMatches('Về việc “hoà giải” ở cơ sở.', 'về việc hòa giải, ở  cơ sở')).toBe(true);
    expect(titleMatches('a a a a a a a a a a', 'a b c d e f g h i j')).toBe(false);
    expect(titleMatches('', '')).toBe(true);
    expect(titleMatches('', 'a')).toBe(false);
  });
});

// ---------- single fields ----------

describe('single fields', () => {
  it('scores only the keys present in the gold file', () => {
    const report = score(
      { version: 1, kind: 'Kế hoạch' },
      result({ kind: { name: 'KẾ HOẠCH', code: 'KH', source: 'typeWord', span: null } }),
    );
    expect(acc(report, 'kind')).toMatchObject({ n: 1, correct: 1, score: 1 });
    for (const name of ['number', 'issuer', 'date', 'effective', 'title', 'signer.name'] as const) {
      expect(acc(report, name)).toMatchObject({ n: 0, correct: 0, score: null });
    }
    expect(prf(report, 'references.numbered')).toMatchObject({ tp: 0, fp: 0, fn: 0, f1: null });
  });

  it('compares folded values and null against null', () => {
    const gold = {
      number: '375/LĐTBXH-TE',
      place: null,
      issuer: 'Ủy ban nhân dân tỉnh Kiên Giang',
      date: '2021-04-06',
    };
    const res = result({
      number: num('375/LĐTBXH–TE'),
      place: { name: 'Kiên Giang', span: [0, 0] },
      issuer: { name: 'UỶ BAN NHÂN DÂN TỈNH KIÊN GIANG', parent: null, inferred: false, raw: null, span: null },
      date: { iso: '2021-04-07', raw: '', span: [0, 0], inferred: false },
    });
    const report = score(gold, res);
    expect(acc(report, 'number').correct).toBe(1);
    expect(acc(report, 'issuer').correct).toBe(1);
    expect(acc(report, 'place').correct).toBe(0);
    expect(acc(report, 'date').correct).toBe(0);
    expect(report.misses).toContainEqual({ doc: 'doc', field: 'place', gold: null, got: 'Kiên Giang' });
  });

  it('maps a blank number to number null and numberBlank true', () => {
    const report = score({ number: null, numberBlank: true }, result({ number: num(null, true) }));
    expect(acc(report, 'number').correct).toBe(1);
    expect(acc(report, 'numberBlank').correct).toBe(1);
    const none = score({ number: null, numberBlank: true, issuerInferred: false }, result());
    expect(acc(none, 'number').correct).toBe(1);
    expect(acc(none, 'numberBlank').correct).toBe(0);
    expect(acc(none, 'issuerInferred').correct).toBe(0);
  });

  it('scores effective: "signing", ISO, and a missing result as a miss', () => {
    const onSigning = result({ effective: { iso: null, onSigning: true, raw: '', span: [0, 0] } });
    expect(acc(score({ effective: 'signing' }, onSigning), 'effective').correct).toBe(1);
    expect(acc(score({ effective: '2026-07-01' }, onSigning), 'effective').correct).toBe(0);
    const dated = result({ effective: { iso: '2026-07-01', onSigning: false, raw: '', span: [0, 0] } });
    expect(acc(score({ effective: '2026-07-01' }, dated), 'effective').correct).toBe(1);
    expect(acc(score({ effective: '2026-07-01' }, result()), 'effective')).toMatchObject({ n: 1, correct: 0 });
    expect(acc(score({}, dated), 'effective').n).toBe(0);
  });

  it('scores title by the 90% word rule', () => {
    const title = (text: string) => result({ title: { text, span: [0, 0] } });
    const gold = { title: 'Triển khai thực hiện công tác trẻ em năm 2021 trên địa bàn tỉnh' };
    expect(acc(score(gold, title('triển khai thực hiện công tác trẻ em năm 2021 trên địa bàn')), 'title').correct).toBe(
      1,
    );
    expect(acc(score(gold, title('triển khai công tác trẻ em năm 2021')), 'title').correct).toBe(0);
    expect(acc(score(gold, result()), 'title').correct).toBe(0);
  });

  it('rejects a malformed gold file, naming the document', () => {
    expect(() => score({ tasks: [{ agency: 'Sở Y tế' }] }, result())).toThrow(/doc: invalid gold/);
  });
});

// ---------- signer ----------

describe('signer', () => {
  const gold = { signer: { authority: 'KT', onBehalfOf: 'Chủ tịch', position: 'Phó Chủ tịch', name: 'Vũ Thu Hà' } };

  it('compares sub-fields when gold has a signature block', () => {
    const report = score(gold, result({ signature: signature('KT', 'CHỦ TỊCH', 'Phó Chủ tịch', 'Vũ Thu Hằng') }));
    expect(acc(report, 'signer.authority').correct).toBe(1);
    expect(acc(report, 'signer.onBehalfOf').correct).toBe(1);
    expect(acc(report, 'signer.position').correct).toBe(1);
    expect(acc(report, 'signer.name')).toMatchObject({ n: 1, correct: 0 });
  });

  it('misses every sub-field when the result has no signature block', () => {
    const report = score({ signer: { authority: null, onBehalfOf: null, position: 'Bộ trưởng', name: 'X' } }, result());
    for (const name of ['signer.authority', 'signer.onBehalfOf', 'signer.position', 'signer.name'] as const) {
      expect(acc(report, name)).toMatchObject({ n: 1, correct: 0 });
    }
  });

  it('gold signer null requires the result to have no signature', () => {
    const none = score({ signer: null }, result());
    const some = score({ signer: null }, result({ signature: signature(null, null, 'Chủ tịch', 'A') }));
    for (const name of ['signer.authority', 'signer.onBehalfOf', 'signer.position', 'signer.name'] as const) {
      expect(acc(none, name)).toMatchObject({ n: 1, correct: 1 });
      expect(acc(some, name)).toMatchObject({ n: 1, correct: 0 });
    }
  });
});

// ---------- references ----------

describe('references', () => {
  const gold = {
    references: [
      {
        kind: 'Công văn',
        number: '375/LĐTBXH-TE',
        date: '2021-02-23',
        issuer: 'Bộ Lao động - Thương binh và Xã hội',
        relation: 'implements',
      },
      { kind: 'Chỉ thị', number: '28-CT/TW', date: '2023-12-25', issuer: 'Bộ Chính trị', relation: 'implements' },
      { kind: 'Nghị quyết', number: '121/2020/QH14', relation: 'cites' },
      { kind: 'Luật', number: null, name: 'Luật Trẻ em', relation: 'cites' },
      { kind: 'Luật', number: null, name: 'Luật Ngân sách nhà nước', relation: 'cites' },
    ],
  };
  const res = result({
    references: [
      ref('375/LĐTBXH – TE', null, 'implements', { date: '2021-02-23', issuer: 'Bộ Lao động – Thương binh và Xã hội' }),
      ref('28-CT/TW', null, 'cites', { date: '2023-12-26', issuer: null }),
      ref('99/QĐ-TTg', null, 'cites'),
      ref('99/QĐ-TTg', null, 'cites'),
      ref(null, 'Luật trẻ em', 'basedOn'),
      ref(null, 'Luật Đất đai', 'cites'),
    ],
  });
  const report = score(gold, res);

  it('counts numbered references by folded number (duplicates once)', () => {
    expect(prf(report, 'references.numbered')).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    const m = prf(report, 'references.numbered');
    expect(m.precision).toBeCloseTo(2 / 3);
    expect(m.recall).toBeCloseTo(2 / 3);
    expect(m.f1).toBeCloseTo(2 / 3);
    expect(report.misses).toContainEqual({
      doc: 'doc',
      field: 'references.numbered',
      gold: '121/2020/QH14',
      got: null,
    });
    expect(report.misses).toContainEqual({ doc: 'doc', field: 'references.numbered', gold: null, got: '99/QĐ-TTg' });
  });

  it('counts named references by folded name', () => {
    const m = prf(report, 'references.named');
    expect(m).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
  });

  it('scores relation, implements, date and issuer on matched references only', () => {
    expect(acc(report, 'ref.relation')).toMatchObject({ n: 3, correct: 1 });
    expect(acc(report, 'ref.implements')).toMatchObject({ n: 2, correct: 1 });
    expect(acc(report, 'ref.date')).toMatchObject({ n: 2, correct: 1 });
    expect(acc(report, 'ref.issuer')).toMatchObject({ n: 2, correct: 1 });
  });

  it('micro-averages over documents and skips documents without the key', () => {
    const two = scoreDocuments([
      { name: 'a', gold: gold, result: res },
      {
        name: 'b',
        gold: { references: [{ number: '1/KH-UBND', relation: 'cites' }] },
        result: result({ references: [ref('1/KH-UBND', null)] }),
      },
      { name: 'c', gold: {}, result: result({ references: [ref('7/KH-UBND', null)] }) },
    ]);
    expect(prf(two, 'references.numbered')).toMatchObject({ tp: 3, fp: 1, fn: 1, precision: 0.75, recall: 0.75 });
  });
});

// ---------- tasks ----------

describe('tasks', () => {
  it('groups result tasks by agency; a task naming two agencies counts for each', () => {
    const gold = {
      tasks: [
        { agency: 'Sở Y tế', items: 2 },
        { agency: 'Sở Văn hoá, Thể thao và Du lịch', items: 1 },
        { agency: 'Công an tỉnh', items: 1 },
      ],
    };
    const res = result({
      tasks: [
        task('Sở Y tế', 'Sở Văn hóa, Thể thao và Du lịch'),
        task('SỞ Y TẾ'),
        task('Sở Y tế', 'Sở Y tế'),
        task('Sở Tài chính'),
      ],
    });
    const report = score(gold, res);
    expect(prf(report, 'tasks.agencies')).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    // Sở Y tế: 3 tasks (the one naming it twice counts once) vs gold 2; Sở Văn hóa: 1 = 1
    expect(acc(report, 'tasks.items')).toMatchObject({ n: 2, correct: 1 });
    expect(report.misses).toContainEqual({ doc: 'doc', field: 'tasks.items', key: 'Sở Y tế', gold: 2, got: 3 });
  });

  it('is not scored when gold has no tasks key', () => {
    const report = score({ kind: 'Luật' }, result({ tasks: [task('Sở Y tế')] }));
    expect(prf(report, 'tasks.agencies')).toMatchObject({ tp: 0, fp: 0, fn: 0, score: null });
  });
});

// ---------- deadlines ----------

describe('deadlines', () => {
  it('deduplicates by date, ignores null dates, and scores recurrence on matches', () => {
    const gold = {
      deadlines: [
        { date: '--05-20', recurrence: 'semiannual', text: 'trước ngày 20/5' },
        { date: '--11-15', recurrence: 'yearly', text: 'trước ngày 15/11' },
        { date: null, recurrence: 'once', text: 'trong 15 ngày kể từ ngày ký' },
      ],
    };
    const res = result({
      deadlines: [
        deadline('--05-20', 'semiannual'),
        deadline('--05-20', 'yearly'),
        deadline('--11-15', 'once'),
        deadline(null),
        deadline('2026-03-31'),
      ],
    });
    const report = score(gold, res);
    expect(prf(report, 'deadlines')).toMatchObject({ tp: 2, fp: 1, fn: 0, recall: 1 });
    expect(acc(report, 'deadline.recurrence')).toMatchObject({ n: 2, correct: 1 });
  });

  it('an empty gold list makes every dated result deadline a false positive', () => {
    const report = score({ deadlines: [] }, result({ deadlines: [deadline('2026-01-30'), deadline(null)] }));
    expect(prf(report, 'deadlines')).toMatchObject({ tp: 0, fp: 1, fn: 0, precision: 0, f1: 0 });
  });
});

describe('targets', () => {
  const gold = {
    targets: [
      { value: 90, unit: '%', by: '2015', recurrence: 'once', change: 'level', comparator: '>', text: 'trên 90% xã' },
      { value: 45, unit: 'xã', by: '2015', recurrence: 'once', change: 'level', comparator: '>', text: 'trên 45 xã' },
      {
        value: 5,
        unit: '%',
        by: null,
        recurrence: 'yearly',
        change: 'decrease',
        comparator: '=',
        text: 'mỗi năm giảm 5%',
      },
      { value: 100, unit: '%', by: '2030', recurrence: 'once', change: 'level', comparator: '=', text: '100% a' },
      { value: 100, unit: '%', by: '2030', recurrence: 'once', change: 'level', comparator: '=', text: '100% b' },
    ],
  };

  it('keys a target by value, percent or not, and due year or else recurrence; scores change and comparator on matches', () => {
    const res = result({
      targets: [
        target(90, '%', '2015', { comparator: '>=' }),
        target(45, 'xã', '2015', { comparator: '>' }),
        target(5, '%', null, { recurrence: 'yearly', change: 'increase' }),
        target(100, '%', '2030'),
      ],
    });
    const report = score(gold, res);
    expect(prf(report, 'targets')).toMatchObject({ tp: 4, fp: 0, fn: 0 });
    expect(acc(report, 'target.change')).toMatchObject({ n: 4, correct: 3 });
    expect(acc(report, 'target.comparator')).toMatchObject({ n: 4, correct: 3 });
  });

  it('a counted noun matches any other noun of the same value, never a percentage; a wrong year or recurrence misses', () => {
    const res = result({
      targets: [
        target(45, 'huyện', '2015'),
        target(90, null, '2015'),
        target(5, '%', null, { recurrence: 'once' }),
        target(100, '%', '2025'),
      ],
    });
    const report = score(gold, res);
    expect(prf(report, 'targets')).toMatchObject({ tp: 1, fp: 3, fn: 3 });
    expect(report.misses.filter((m) => m.field === 'targets').map((m) => m.gold ?? m.got)).toContain('5% yearly');
  });

  it('an empty gold list makes every result target a false positive', () => {
    const report = score({ targets: [] }, result({ targets: [target(30, 'ngày', null)] }));
    expect(prf(report, 'targets')).toMatchObject({ tp: 0, fp: 1, fn: 0, f1: 0 });
  });
});

// ---------- report, floors, run ----------

describe('report and floors', () => {
  const report = scoreDocuments([
    {
      name: 'a',
      gold: { kind: 'Kế hoạch', deadlines: [{ date: '2026-01-30', recurrence: 'once' }] },
      result: result({ deadlines: [deadline('2026-01-30'), deadline('2026-02-01')] }),
    },
    {
      name: 'b',
      gold: { kind: 'Luật' },
      result: result({ kind: { name: 'Luật', code: null, source: 'typeWord', span: null } }),
    },
  ]);

  it('formats accuracy rows as percentages and P/R/F1 rows with three decimals', () => {
    const text = formatReport(report);
    expect(text).toMatch(/^kind\s+50\.0%\s+\(1\/2\)$/m);
    expect(text).toMatch(/^deadlines\s+0\.500 1\.000 0\.667\s+\(tp 1, fp 1, fn 0\)$/m);
    expect(text).toMatch(/^title\s+n\/a\s+\(0\/0\)$/m);
    expect(text).not.toContain('missing');
    const verbose = formatReport(report, { verbose: true });
    expect(verbose).toMatch(/^a \(2\)\n {2}kind: gold "Kế hoạch", got null\n {2}deadlines: extra "2026-02-01"$/m);
  });

  it('serializes to JSON keyed by metric name', () => {
    const json = JSON.parse(reportToJSON(report)) as { documents: number; metrics: Record<string, { score: number }> };
    expect(json.documents).toBe(2);
    expect(json.metrics.kind?.score).toBe(0.5);
  });

  it('lists metrics below their floor and skips metrics with nothing scored', () => {
    expect(checkFloors(report)).toEqual([
      { metric: 'kind', floor: 0.98, got: 0.5 },
      { metric: 'deadlines', floor: 0.95, got: 2 / 3 },
    ]);
    expect(checkFloors(report, { kind: 0.5, deadlines: 0.7 })).toEqual([
      { metric: 'deadlines', floor: 0.7, got: 2 / 3 },
    ]);
    const empty = scoreDocuments([]);
    expect(checkFloors(empty, { kind: 0.5 })).toEqual([{ metric: 'kind', floor: 0.5, got: null }]);
  });
});

describe('runEval', () => {
  it('finds gold files recursively, pairs them with .txt/.md documents, and scores', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-eval-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'b.gold.json'), JSON.stringify({ version: 1, kind: 'Luật' }));
    writeFileSync(join(dir, 'b.md'), 'LUẬT');
    writeFileSync(join(dir, 'sub', 'a.gold.json'), JSON.stringify({ version: 1, kind: 'Công văn' }));
    writeFileSync(join(dir, 'sub', 'a.txt'), 'CÔNG VĂN');
    const seen: string[] = [];
    const report = await runEval(dir, {
      parseFile: (path) => {
        seen.push(path);
        return result({
          kind: { name: path.endsWith('.md') ? 'Luật' : 'Kế hoạch', code: null, source: 'typeWord', span: null },
        });
      },
    });
    expect(seen).toEqual([join(dir, 'b.md'), join(dir, 'sub', 'a.txt')]);
    expect(report.documents).toBe(2);
    expect(acc(report, 'kind')).toMatchObject({ n: 2, correct: 1 });
    expect(report.misses).toEqual([{ doc: 'a.txt', field: 'kind', gold: 'Công văn', got: 'Kế hoạch' }]);
  });

  it('fails when a gold file has no document beside it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-eval-'));
    writeFileSync(join(dir, 'lonely.gold.json'), '{}');
    await expect(runEval(dir, { parseFile: () => result() })).rejects.toThrow(/no document beside it/);
  });
});

describe('foldAgency and foldIssuer (GOLD.md "Scoring")', () => {
  it.each([
    ['Các cơ quan ngang bộ', 'cơ quan ngang bộ'],
    ['những Sở, ban, ngành', 'Sở, ban, ngành'],
    ['CÁC BỘ', 'Bộ'],
  ])('should take %s and %s as one agency', (a, b) => {
    expect(foldAgency(a)).toBe(foldAgency(b));
  });

  it.each([
    ['Các cơ quan', 'cơ quan ngang bộ'],
    ['Ủy ban nhân dân các tỉnh', 'Ủy ban nhân dân tỉnh'],
    ['Cácbộ', 'bộ'],
  ])('should keep %s and %s apart', (a, b) => {
    expect(foldAgency(a)).not.toBe(foldAgency(b));
  });

  it.each([
    ['Bộ trưởng Bộ Tài chính', 'Bộ Tài chính'],
    ['Chủ nhiệm Văn phòng Chính phủ', 'Văn phòng Chính phủ'],
    ['Giám đốc Sở Nội vụ', 'SỞ NỘI VỤ'],
  ])('should take the head %s as the body %s', (a, b) => {
    expect(foldIssuer(a)).toBe(foldIssuer(b));
  });

  it.each([
    ['Thủ tướng Chính phủ', 'Chính phủ'],
    ['Bộ Tài chính', 'Bộ Tư pháp'],
    ['Chủ tịch nước', 'Chủ tịch Quốc hội'],
  ])('should keep the issuers %s and %s apart', (a, b) => {
    expect(foldIssuer(a)).not.toBe(foldIssuer(b));
  });
});
