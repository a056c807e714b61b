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

/**
 * Corrections. Each value was checked on 2026-12-07 against a source named in its comment: the
 * corpus texts (CORP), a copy of the law's own text or of its VBHN header on a public page, or a
 * news report of its adoption. A value no source could confirm is kept (it is the only date the
 * resolver has) but marked: the row's confidence is `low` and its note says "unverified".
 */
const UNVERIFIED = { confidence: 'low' as const };
const CORRECTIONS: Record<string, Partial<Row> & { note: string }> = {
  // title and adoption: mpi.gov.vn 2024-11-29 "Quốc hội thông qua Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch,
  // Luật Đầu tư, …"; the effective date only from a third-party note
  'Luật 57/2024/QH15': {
    title:
      'Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư, Luật Đầu tư theo phương thức đối tác công tư và Luật Đấu thầu',
    adopted: '2024-11-29',
    effective: '2025-01-15',
    ...UNVERIFIED,
    note: 'raw title "Luật Đấu thầu" was the last law named in the amending title; unverified: effective',
  },
  // CORP: "Căn cứ Luật Chuyển đổi số 148/2025/QH15"
  'Luật 148/2025/QH15': {
    title: 'Luật Chuyển đổi số',
    note: 'cited "Luật Chuyển đổi số 148/2025/QH15" without the word số: the raw title stopped at "số"',
  },
  // the raw conflicts.tsv: Ansvar 2020-07-01 against the pháp điển's 2019-07-01; no source read here settles it
  'Luật 38/2019/QH14': {
    effective: '2020-07-01',
    ...UNVERIFIED,
    note: 'disputed (raw conflicts.tsv); unverified: effective',
  },
  'Luật 49/2014/QH13': { effective: '2015-01-01', ...UNVERIFIED, note: 'unverified: effective' },
  // replaced by 58/2024/QH15: only third-party notes say so (the raw table's Luật Đầu tư công chain)
  'Luật 39/2019/QH14': { replacedBy: '58/2024/QH15', ...UNVERIFIED, note: 'unverified: replacedBy 58/2024/QH15' },
  // dates: third-party notes only ("ban hành ngày 29/11/2024, có hiệu lực từ ngày 01/01/2025")
  'Luật 58/2024/QH15': {
    adopted: '2024-11-29',
    effective: '2025-01-01',
    ...UNVERIFIED,
    note: 'unverified: adopted, effective',
  },
  // effective: the header of VBHN 32/VBHN-VPQH (2023), "số 77/2015/QH13 ngày 19 tháng 6 năm 2015 …, có hiệu lực kể từ
  // ngày 01 tháng 01 năm 2016"
  'Luật 77/2015/QH13': {
    effective: '2016-01-01',
    replacedBy: '65/2025/QH15',
    note: 'effective date from its VBHN header; replacedBy unverified',
  },
  // adopted: CORP "Luật Tổ chức chính quyền địa phương số 65/2025/QH15 ngày 19 tháng 02 năm 2025"
  'Luật 65/2025/QH15': {
    adopted: '2025-02-19',
    effective: '2025-03-01',
    replacedBy: '72/2025/QH15',
    note: 'adopted from the corpus; unverified: effective, replacedBy',
  },
  // thuviennhadat.vn and yentruong.thanhhoa.gov.vn: adopted 16/6/2025, "có hiệu lực thi hành từ ngày 16/6/2025"
  // (an earlier curation said 2025-07-01, the day the district level ended)
  'Luật 72/2025/QH15': { adopted: '2025-06-16', effective: '2025-06-16', note: 'in force the day it was adopted' },
  'Luật 76/2015/QH13': {
    effective: '2016-01-01',
    replacedBy: '63/2025/QH15',
    ...UNVERIFIED,
    note: 'unverified: effective, replacedBy',
  },
  // vietnam.vn (TN&MT, 2025-02-28): "No. 63/2025/QH15 was passed … on February 18, 2025 and will take effect from March
  // 1, 2025"
  'Luật 63/2025/QH15': { effective: '2025-03-01', note: 'effective date from the announcement of the law' },
  'Luật 80/2015/QH13': {
    effective: '2016-07-01',
    replacedBy: '64/2025/QH15',
    ...UNVERIFIED,
    note: 'unverified: effective, replacedBy',
  },
  // adopted: the law's header on tailieu.vn "Luật số: 64/2025/QH15 Hà Nội, ngày 19 tháng 02 năm 2025"
  'Luật 64/2025/QH15': {
    adopted: '2025-02-19',
    effective: '2025-04-01',
    ...UNVERIFIED,
    note: "adopted from the law's header; unverified: effective",
  },
  'Luật 89/2025/QH15': {
    adopted: '2025-06-25',
    effective: '2026-01-01',
    ...UNVERIFIED,
    note: 'unverified: adopted, effective',
  },
  // thuviennhadat.vn, vietjack.me, dulieuphapluat.vn: "Ngày ban hành 17/11/2010, Ngày hiệu lực 01/07/2011"
  'Luật 60/2010/QH12': { adopted: '2010-11-17', effective: '2011-07-01', note: "dates from the law's record" },
  'Luật 45/2013/QH13': { effective: '2014-07-01', ...UNVERIFIED, note: 'unverified: effective' },
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

/**
 * Laws no mined source held that the corpus cites by name. The source of each is in its comment
 * (checked 2026-12-07); a row with a value no source confirmed is `low` and its note says so.
 */
const law = (
  kind: string,
  number: string | null,
  title: string,
  adopted: string,
  effective: string,
  note: string,
  confidence: 'high' | 'low' = 'high',
): Row => ({
  number,
  kind,
  title,
  adopted,
  effective,
  replacedBy: null,
  sources: ['CURATED'],
  confidence,
  variants: [],
  note,
});
const CITED_BY_NAME: Row[] = [
  // business.gov.vn "thông qua ngày 29/11/2006 (Luật số 82/2006/QH11)"; daoduyan.com "có hiệu lực từ ngày 01 tháng 7
  // năm 2007"
  law('Luật', '82/2006/QH11', 'Luật Công chứng', '2006-11-29', '2007-07-01', 'cited by name (dev/cb-101)'),
  // the law's header (luatvietphong.vn) "Số: 53/2014/QH13 … ngày 20 tháng 06 năm 2014"; dmslawfirm.com.vn "takes effect
  // on January 01, 2015"
  law('Luật', '53/2014/QH13', 'Luật Công chứng', '2014-06-20', '2015-01-01', 'cited by name (dev/cb-101)'),
  // hethongphapluat.vn "Luật Công chứng 2024" confirms the title and year only
  law(
    'Luật',
    '46/2024/QH15',
    'Luật Công chứng',
    '2024-06-26',
    '2025-07-01',
    'cited by name (dev/cb-101); unverified: number, adopted, effective',
    'low',
  ),
  // laws.tsv (PD): adopted 2014-11-20; huyendakglei.kontum.gov.vn: replaced by the Luật Căn cước from 01/7/2024
  law(
    'Luật',
    '59/2014/QH13',
    'Luật Căn cước công dân',
    '2014-11-20',
    '2016-01-01',
    'replaced by Luật Căn cước 26/2023/QH15; unverified: effective',
    'low',
  ),
  // huyendakglei.kontum.gov.vn: "thông qua tại ngày 27/11/2023 … có hiệu lực thi hành từ ngày 01/7/2024"
  law('Luật', '26/2023/QH15', 'Luật Căn cước', '2023-11-27', '2024-07-01', 'cited by name; unverified: number', 'low'),
  law(
    'Luật',
    '66/2011/QH12',
    'Luật Phòng, chống mua bán người',
    '2011-03-29',
    '2012-01-01',
    'cited by name; unverified: number, adopted, effective',
    'low',
  ),
  // hethongphapluat.com "Số hiệu: 53/2024/QH15 … Ngày ban hành: 28/11/2024"; thuvienphapluat.vn "có hiệu lực từ ngày
  // 01/7/2025"
  law('Luật', '53/2024/QH15', 'Luật Phòng, chống mua bán người', '2024-11-28', '2025-07-01', 'cited by name'),
  law(
    'Pháp lệnh',
    '44/2002/PL-UBTVQH10',
    'Pháp lệnh Xử lý vi phạm hành chính',
    '2002-07-02',
    '2002-10-01',
    'replaced by Luật Xử lý vi phạm hành chính 15/2012/QH13; unverified: number, adopted, effective',
    'low',
  ),
  // CORP: "… sửa đổi, bổ sung một số điều theo Luật số 63/2020/QH14" (the title); dates unverified
  law(
    'Luật',
    '63/2020/QH14',
    'Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật',
    '2020-06-18',
    '2021-01-01',
    'cited by name; unverified: adopted, effective',
    'low',
  ),
  // CORP: "64/2025/QH15 đã được sửa đổi, bổ sung một số điều theo Luật số 87/2025/QH15" (the title); dates unverified
  law(
    'Luật',
    '87/2025/QH15',
    'Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật',
    '2025-06-25',
    '2025-07-01',
    'cited by name; unverified: adopted, effective',
    'low',
  ),
  // CORP: "70/2006/QH11 đã được sửa đổi, bổ sung một số điều theo Luật số 62/2010/QH12" (the title); dates unverified
  law(
    'Luật',
    '62/2010/QH12',
    'Luật sửa đổi, bổ sung một số điều của Luật Chứng khoán',
    '2010-11-24',
    '2011-07-01',
    'the raw README lists it under the title "Luật Chứng khoán", the amended law; unverified: adopted, effective',
    'low',
  ),
  // laws.tsv holds this row (2024-11-29, 2025-07-01), so it is only a fallback
  law(
    'Luật',
    '55/2024/QH15',
    'Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ',
    '2024-11-29',
    '2025-07-01',
    'cited by name (dev/lc-014)',
  ),
  // VBHN 32/VBHN-VPQH header: "Luật số 47/2019/QH14 ngày 22 tháng 11 năm 2019 … có hiệu lực kể từ ngày 01 tháng 7 năm
  // 2020"
  law(
    'Luật',
    '47/2019/QH14',
    'Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương',
    '2019-11-22',
    '2020-07-01',
    'cited by name (dev/cb-103)',
  ),
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
  const rows: Row[] = readTsv('laws.tsv').map(
    ([number, kind, title, adopted, effective, replacedBy, sources, confidence]) => ({
      number: number || null,
      kind: kind!,
      title: title!,
      adopted: adopted || null,
      effective: effective || null,
      replacedBy: replacedBy || null,
      sources: sources!.split(','),
      confidence: confidence as 'high' | 'low',
      variants: [],
    }),
  );
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
    const amending = variants.filter(
      (v) =>
        AMENDING.test(v.text) &&
        !/(?<!\p{L})số\s*\d/u.test(v.text) &&
        foldWords(v.text).endsWith(foldWords(row.title).replace(/^(?:bộ )?luật /u, '')),
    );
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
      !r.adopted &&
      !r.effective &&
      !r.replacedBy &&
      rows.some(
        (h) =>
          h !== r &&
          (h.adopted || h.effective) &&
          foldWords(h.title) === foldWords(r.title) &&
          ordinal(h.number) === ordinal(r.number),
      );
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
  for (const row of kept.filter((r) => r.kind === 'Hiến pháp' && r.adopted))
    row.variants.push(`Hiến pháp năm ${row.adopted!.slice(0, 4)}`);
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
  const longer = folded
    .filter((o) => o.r !== r && o.names.some((n) => [...own].some((t) => n.startsWith(`${t} `))))
    .map((o) => o.r.title);
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
    "Vietnamese laws, codes, ordinances, Constitutions and Quốc hội resolutions: number, kind, title as cited, the other spellings seen, adoption and effective dates, what replaced it. Curated by scripts/curate-laws.ts from ../shared/data/laws (sources there). Keyed by (kind, number): Luật and Nghị quyết of the Quốc hội are numbered in separate sequences. Used to find where a named law ends and to key a law cited by name to the number in force at the citing document's date.",
  entries,
};
writeFileSync('grammars/laws.json', `${JSON.stringify(file, null, 2)}\n`);
console.log(`${entries.length} laws, ${entries.reduce((n, e) => n + e.variants.length, 0)} variants`);
