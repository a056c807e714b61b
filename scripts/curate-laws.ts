/**
 * Curate ../shared/data/laws (raw, mined from public records) into grammars/laws.json.
 * Run once when the raw table changes: `npx tsx scripts/curate-laws.ts [dir]`.
 *
 * What curation does (the raw README's "Known gaps and defects"):
 * - drops the rows that are typos of a number (a `low` row without dates whose title is a
 *   `high` row's title: 83/2016/QH13 for 83/2015/QH13 …);
 * - an amending law keeps only the amending spellings of its title: the raw heuristic took "the
 *   last Luật before số", so "Luật sửa đổi … của Luật A, Luật B số N" gave N the title "Luật B";
 *   a row whose variants show it is an amending law takes the amending title;
 * - keeps a title variant only when it is written with the row's kind word, names no number,
 *   is no other row's title, and, when it adds words to the title, was seen at least twice;
 * - applies the corrections below (titles cut short, a disputed date, dates the raw table lacks
 *   for laws cited by name across a change of enactment), each with its reason.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldWords } from '../src/grammar/tones.js';

const dir = process.argv[2] ?? '../shared/data/laws';

interface Row {
  number: string | null;
  kind: string;
  title: string;
  adopted: string | null;
  effective: string | null;
  replacedBy: string | null;
  sources: string[];
  confidence: 'high' | 'low';
  variants: string[];
  note?: string;
}

/** Corrections, each checked against the law's own text or its official record. */
const CORRECTIONS: Record<string, Partial<Row> & { note: string }> = {
  'Luật 57/2024/QH15': {
    title: 'Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư, Luật Đầu tư theo phương thức đối tác công tư và Luật Đấu thầu',
    adopted: '2024-11-29',
    effective: '2025-01-15',
    note: 'raw title "Luật Đấu thầu" was the last law named in the amending title',
  },
  'Luật 148/2025/QH15': { title: 'Luật Chuyển đổi số', note: 'cited "Luật Chuyển đổi số 148/2025/QH15" without the word số: the raw title stopped at "số"' },
  'Luật 38/2019/QH14': { effective: '2020-07-01', note: 'Điều 151 of the law: in force from 01/7/2020 (the pháp điển notes give the date of the earliest articles)' },
  'Luật 49/2014/QH13': { effective: '2015-01-01', note: 'effective date from the law\'s final article' },
  'Luật 39/2019/QH14': { note: 'replaced by 58/2024/QH15' , replacedBy: '58/2024/QH15' },
  'Luật 58/2024/QH15': { adopted: '2024-11-29', effective: '2025-01-01', note: 'dates from the law\'s own text' },
  'Luật 77/2015/QH13': { effective: '2016-01-01', replacedBy: '65/2025/QH15', note: 'effective date from the law\'s final article' },
  'Luật 65/2025/QH15': { adopted: '2025-02-19', effective: '2025-03-01', replacedBy: '72/2025/QH15', note: 'dates from the law\'s own text' },
  'Luật 72/2025/QH15': { adopted: '2025-06-16', effective: '2025-07-01', note: 'dates from the law\'s own text' },
  'Luật 76/2015/QH13': { effective: '2016-01-01', replacedBy: '63/2025/QH15', note: 'effective date from the law\'s final article' },
  'Luật 63/2025/QH15': { effective: '2025-03-01', note: 'effective date from the law\'s final article' },
  'Luật 80/2015/QH13': { effective: '2016-07-01', replacedBy: '64/2025/QH15', note: 'effective date from the law\'s final article' },
  'Luật 64/2025/QH15': { adopted: '2025-02-19', effective: '2025-04-01', note: 'dates from the law\'s own text' },
  'Luật 89/2025/QH15': { adopted: '2025-06-25', effective: '2026-01-01', note: 'dates from the law\'s own text' },
  'Luật 60/2010/QH12': { adopted: '2010-11-17', effective: '2011-07-01', note: 'dates from the law\'s own text' },
  'Luật 45/2013/QH13': { effective: '2014-07-01', note: 'effective date from the law\'s final article' },
  'Luật 31/2024/QH15': { adopted: '2024-01-18', effective: '2024-08-01', note: 'dates from the law\'s own text (in force early, 01/8/2024)' },
  'Luật 61/2020/QH14': { adopted: '2020-06-17', effective: '2021-01-01', note: 'dates from the law\'s own text' },
  'Luật 59/2020/QH14': { adopted: '2020-06-17', effective: '2021-01-01', note: 'dates from the law\'s own text' },
  'Luật 41/2024/QH15': { effective: '2025-07-01', note: 'effective date from the law\'s final article' },
};

/** Laws no mined source held, cited in the corpus by name and year. */
const ADDITIONS: Row[] = [
  {
    number: null,
    kind: 'Hiến pháp',
    title: 'Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992',
    adopted: '1992-04-15',
    effective: '1992-04-18',
    replacedBy: null,
    sources: ['CORP'],
    confidence: 'high',
    variants: ['Hiến pháp năm 1992'],
    note: 'cited by name and year (dev/cb-004); replaced by the Hiến pháp 2013',
  },
];


/** Laws no mined source held that the corpus cites by name; dates from each law's own text. */
const law = (kind: string, number: string | null, title: string, adopted: string, effective: string, note: string): Row => ({
  number, kind, title, adopted, effective, replacedBy: null, sources: ['CURATED'], confidence: 'high', variants: [], note,
});
const CITED_BY_NAME: Row[] = [
  law('Luật', '82/2006/QH11', 'Luật Công chứng', '2006-11-29', '2007-07-01', 'cited by name (dev/cb-101)'),
  law('Luật', '53/2014/QH13', 'Luật Công chứng', '2014-06-20', '2015-01-01', 'cited by name (dev/cb-101)'),
  law('Luật', '46/2024/QH15', 'Luật Công chứng', '2024-06-26', '2025-07-01', 'cited by name (dev/cb-101)'),
  law('Luật', '59/2014/QH13', 'Luật Căn cước công dân', '2014-11-20', '2016-01-01', 'replaced by Luật Căn cước 26/2023/QH15'),
  law('Luật', '26/2023/QH15', 'Luật Căn cước', '2023-11-27', '2024-07-01', 'cited by name'),
  law('Luật', '66/2011/QH12', 'Luật Phòng, chống mua bán người', '2011-03-29', '2012-01-01', 'cited by name'),
  law('Luật', '53/2024/QH15', 'Luật Phòng, chống mua bán người', '2024-11-28', '2025-07-01', 'cited by name'),
  law('Pháp lệnh', '44/2002/PL-UBTVQH10', 'Pháp lệnh Xử lý vi phạm hành chính', '2002-07-02', '2002-10-01', 'replaced by Luật Xử lý vi phạm hành chính 15/2012/QH13'),
  law('Luật', '63/2020/QH14', 'Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật', '2020-06-18', '2021-01-01', 'cited by name'),
  law('Luật', '87/2025/QH15', 'Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật', '2025-06-25', '2025-07-01', 'cited by name'),
  law('Luật', '62/2010/QH12', 'Luật sửa đổi, bổ sung một số điều của Luật Chứng khoán', '2010-11-24', '2011-07-01', 'the raw README lists it under the title "Luật Chứng khoán", the amended law'),
  law('Luật', '55/2024/QH15', 'Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ', '2024-11-29', '2025-07-01', 'cited by name (dev/lc-014)'),
  law('Luật', '47/2019/QH14', 'Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương', '2019-11-22', '2020-07-01', 'cited by name (dev/cb-103)'),
];

function readTsv(file: string): string[][] {
  return readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => l.split('\t').map((c) => c.normalize('NFC').trim()));
}

const idOf = (kind: string, number: string | null) => `${kind} ${number ?? ''}`.trim();
const AMENDING = /^(?:Bộ\s+)?Luật\s+sửa\s+đổi/iu;

function load(): Row[] {
  const rows: Row[] = readTsv('laws.tsv').map(([number, kind, title, adopted, effective, replacedBy, sources, confidence]) => ({
    number: number || null,
    kind: kind!,
    title: title!,
    adopted: adopted || null,
    effective: effective || null,
    replacedBy: replacedBy || null,
    sources: sources!.split(','),
    confidence: confidence as 'high' | 'low',
    variants: [],
  }));
  const byId = new Map(rows.map((r) => [idOf(r.kind, r.number), r]));
  const seen = new Map<string, Array<{ text: string; weight: number }>>();
  for (const [number, kind, text, weight] of readTsv('title_variants.tsv')) {
    const id = idOf(kind!, number || null);
    seen.set(id, [...(seen.get(id) ?? []), { text: text!, weight: Number(weight) }]);
  }
  // a row whose variants show it is an amending law takes the amending title
  for (const [id, variants] of seen) {
    const row = byId.get(id);
    if (!row || AMENDING.test(row.title)) continue;
    const amending = variants.filter((v) => AMENDING.test(v.text) && !/(?<!\p{L})số\s*\d/u.test(v.text) && foldWords(v.text).endsWith(foldWords(row.title).replace(/^(?:bộ )?luật /u, '')));
    if (amending.length > 0) {
      const best = amending.sort((a, b) => b.weight - a.weight)[0]!;
      row.title = best.text.replace(/^(Luật\s+)Sửa/u, '$1sửa');
      row.note = `raw title was the amended law's; its variants name it "${best.text}"`;
    }
  }
  for (const [id, fix] of Object.entries(CORRECTIONS)) Object.assign(byId.get(id) ?? {}, fix);
  const ordinal = (n: string | null) => n?.split('/')[0] ?? '';
  const kept = rows.filter((r) => {
    // a mistyped year or legislature: same title and serial as a confirmed row, nothing else known
    const typo =
      !r.adopted && !r.effective && !r.replacedBy &&
      rows.some((h) => h !== r && (h.adopted || h.effective) && foldWords(h.title) === foldWords(r.title) && ordinal(h.number) === ordinal(r.number));
    // a law whose title the sources cut short and nothing corrects: its number is known, its title is not
    const cut = r.number === '09/2026/QH16';
    return !typo && !cut;
  });
  const titles = new Map(kept.map((r) => [foldWords(r.title), r]));
  for (const row of kept) {
    const title = foldWords(row.title);
    row.variants = (seen.get(idOf(row.kind, row.number)) ?? [])
      .filter((v) => keepVariant(v, row, title, titles))
      .map((v) => v.text)
      .filter((v, i, all) => all.findIndex((w) => foldWords(w) === foldWords(v)) === i);
  }
  const known = new Set(kept.map((r) => idOf(r.kind, r.number)));
  for (const row of kept) row.variants.push(...abbreviated(row.title).filter((v) => !row.variants.includes(v)));
  // a Constitution is cited by its year: "Hiến pháp năm 2013"
  for (const row of kept.filter((r) => r.kind === 'Hiến pháp' && r.adopted)) row.variants.push(`Hiến pháp năm ${row.adopted!.slice(0, 4)}`);
  return [...kept, ...ADDITIONS, ...CITED_BY_NAME.filter((r) => !known.has(idOf(r.kind, r.number)))];
}

/** The abbreviations titles are cited with, as the documents write them ("Luật Ban hành văn bản QPPL", "Luật NSNN"). */
const ABBREVIATIONS: Array<[RegExp, string]> = [
  [/quy phạm pháp luật/iu, 'QPPL'],
  [/ngân sách nhà nước/iu, 'NSNN'],
  [/thu nhập doanh nghiệp/iu, 'TNDN'],
  [/thu nhập cá nhân/iu, 'TNCN'],
  [/giá trị gia tăng/iu, 'GTGT'],
  [/xử lý vi phạm hành chính/iu, 'XLVPHC'],
];

function abbreviated(title: string): string[] {
  return ABBREVIATIONS.filter(([long]) => long.test(title)).map(([long, short]) => title.replace(long, short));
}

function keepVariant(v: { text: string; weight: number }, row: Row, title: string, titles: Map<string, Row>): boolean {
  const folded = foldWords(v.text);
  if (folded === title) return false;
  if (!folded.startsWith(`${foldWords(row.kind)} `)) return false;
  if (/\d/u.test(folded)) return false;
  // cut where the next instrument starts: "Luật Ngân sách Nhà nước và Luật", "… của Nghị quyết"
  if (/(?:^|\s)(?:luật|nghị quyết|pháp lệnh)$/u.test(folded)) return false;
  if (titles.has(folded) && titles.get(folded) !== row) return false;
  if (AMENDING.test(row.title) !== AMENDING.test(v.text)) return false;
  if (folded.startsWith(title) && v.weight < 2) return false;
  // a spelling cut short ("Luật Chuyển đổi" for "Luật Chuyển đổi số") would end other names early
  if (title.startsWith(`${folded} `)) return false;
  return true;
}

function slug(row: Row): string {
  const base = row.number ? `${row.kind}-${row.number}` : row.title;
  return foldWords(base)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gu, 'd')
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '');
}

const rows = load();
const folded = rows.map((r) => ({ r, names: [r.title, ...r.variants].map(foldWords) }));
const entries = rows.map((r) => {
  const own = new Set([r.title, ...r.variants].map(foldWords));
  // a longer title that starts with this one must not be read as this one ("Luật Đầu tư" ≠ "Luật Đầu tư công")
  const longer = folded.filter((o) => o.r !== r && o.names.some((n) => [...own].some((t) => n.startsWith(`${t} `)))).map((o) => o.r.title);
  return {
    id: slug(r),
    kind: r.kind,
    number: r.number,
    title: r.title,
    variants: r.variants,
    adopted: r.adopted,
    effective: r.effective,
    replacedBy: r.replacedBy,
    confidence: r.confidence,
    sources: r.sources,
    examples: [r.title, ...r.variants],
    counterExamples: [...new Set(longer)].slice(0, 3),
    ...(r.note ? { note: r.note } : {}),
  };
});
const ids = new Set<string>();
for (const e of entries) {
  if (ids.has(e.id)) throw new Error(`duplicate id ${e.id}`);
  ids.add(e.id);
}
const file = {
  description:
    'Vietnamese laws, codes, ordinances, Constitutions and Quốc hội resolutions: number, kind, title as cited, the other spellings seen, adoption and effective dates, what replaced it. Curated by scripts/curate-laws.ts from ../shared/data/laws (sources there). Keyed by (kind, number): Luật and Nghị quyết of the Quốc hội are numbered in separate sequences. Used to find where a named law ends and to key a law cited by name to the number in force at the citing document\'s date.',
  entries,
};
writeFileSync('grammars/laws.json', `${JSON.stringify(file, null, 2)}\n`);
console.log(`${entries.length} laws, ${entries.reduce((n, e) => n + e.variants.length, 0)} variants`);
