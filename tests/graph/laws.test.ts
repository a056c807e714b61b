/**
 * Laws across the whole corpus (seeds, dev, unlabeled): every law cited by name ends where the
 * laws table says, and the citation graph has one node per law — a law cited by name and the
 * same law cited by number meet in one node, different enactments of one title stay apart.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildGraph, parse, type DocumentResult } from '../../src/index.js';
import { isTableSpelling, isTitleWord, LAW_NAME, lawTitledAndNumbered } from '../../src/grammar/laws.js';
import { findNamedMentions } from '../../src/extract/references/named.js';
import { lawKey, resolveLawName } from '../../src/resolve/law-enactments.js';

const ROOT = fileURLToPath(new URL('../../corpus', import.meta.url));
const results: DocumentResult[] = ['seeds', 'dev', 'unlabeled'].flatMap((dir) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => /\.(txt|md)$/u.test(f))
    .map((f) => parse(readFileSync(join(ROOT, dir, f)), { name: f })),
);
const LAW_KINDS = new Set(['Luật', 'Bộ luật', 'Pháp lệnh', 'Hiến pháp']);
const namedLaws = results.flatMap((r) =>
  r.references
    .filter((ref) => ref.number === null && ref.name && LAW_KINDS.has(ref.kind.name))
    .map((ref) => ({ doc: r, ref })),
);

describe('every law cited by name in the corpus', () => {
  it('is there to check', () => {
    expect(results.length).toBeGreaterThan(150);
    expect(namedLaws.length).toBeGreaterThan(150);
  });

  it('is a title of the laws table, or a name of the general form read back whole', () => {
    const wrong = namedLaws
      .map(({ ref, doc }) => ({ name: ref.name!, doc: doc.source.name }))
      .filter(({ name }) => {
        const bare = name.replace(/ \(sửa đổi\)$/u, '');
        if (isTableSpelling(bare)) return false;
        // read back with a date after it, as a title printed in lower case is read only before its date or number
        const cited = `${bare} ngày 14 tháng 3 năm 2003;`;
        const again = findNamedMentions(cited, cited);
        const last = bare.split(' ').at(-1)!;
        return again.length !== 1 || again[0]!.name !== bare || !isTitleWord(last) || /[,\d]$/u.test(bare);
      });
    expect(wrong).toEqual([]);
  });

  it('never ends in a word that joins it to what follows, nor in a year', () => {
    const joined = namedLaws
      .map(({ ref }) => ref.name!)
      .filter((name) => {
        if (isTableSpelling(name)) return false;
        const last = name.split(' ').at(-1)!;
        return (
          LAW_NAME.nonTitleWords.has(last.toLocaleLowerCase('vi')) ||
          (/^\d{4}$/u.test(last) && !name.startsWith('Hiến pháp'))
        );
      });
    expect(joined).toEqual([]);
  });
});

/**
 * When `name` is named only in the title of a numbered amending law the document cites ("Luật sửa đổi, bổ sung một số
 * điều của Luật A, Luật B số N"), the day that law was adopted (the table's, else the first of its year); else null.
 */
function amendingLawDate(doc: DocumentResult, name: string): string | null {
  const amending = doc.references.find(
    (r) => r.number?.text && r.name?.startsWith('Luật sửa đổi') && r.name.includes(name),
  );
  if (!amending?.number?.text) return null;
  const law = lawTitledAndNumbered(amending.name!, amending.number.text);
  return law?.adopted ?? `${amending.number.year}-01-01`;
}

describe('the citation graph of the corpus', () => {
  const graph = buildGraph(results);

  it('has one node per numbered law: a law cited by name is keyed to the number in force at the citing date', () => {
    let keyed = 0;
    for (const { doc, ref } of namedLaws) {
      // the year or adoption date a mention gives decides instead (tests/grammar/laws.test.ts)
      if (ref.mentions.some((m) => /\d{4}/u.test(m.text))) continue;
      // a law named in a cited amending law's title is the one in force when that law was adopted
      const found = resolveLawName(ref.name!, null, amendingLawDate(doc, ref.name!) ?? doc.date?.iso ?? null);
      if (found.law === null || found.law.number === null) continue;
      keyed++;
      expect(ref.key, `${doc.source.name}: ${ref.name}`).toBe(lawKey(found.law));
      const citing = doc.key ?? `doc:${doc.source.sha256.slice(0, 16)}`;
      if (citing !== ref.key) expect(graph.hasEdge(citing, ref.key), `${doc.source.name} → ${ref.key}`).toBe(true);
    }
    expect(keyed).toBeGreaterThan(50);
  });

  it('merges a named and a numbered mention of one law into one node', () => {
    // Luật Tổ chức Chính phủ 63/2025/QH15 is cited by number and, in 2025–2026, by name
    const node = graph.getNodeAttributes('vn:63/2025/qh15');
    expect(node.number).toBe('63/2025/QH15');
    const citers = graph.inNeighbors('vn:63/2025/qh15');
    const byName = results.filter((r) =>
      r.references.some((ref) => ref.key === 'vn:63/2025/qh15' && ref.number === null),
    );
    expect(byName.length).toBeGreaterThan(0);
    for (const r of byName) expect(citers).toContain(r.key ?? `doc:${r.source.sha256.slice(0, 16)}`);
  });

  it('keeps different enactments of one title apart', () => {
    for (const key of ['vn:77/2015/qh13', 'vn:72/2025/qh15', 'vn:76/2015/qh13', 'vn:63/2025/qh15'])
      expect(graph.hasNode(key), key).toBe(true);
  });

  it('has no two nodes for one number', () => {
    const byNumber = new Map<string, string[]>();
    graph.forEachNode((key, a) => {
      if (a.number && /\/QH\d+$/u.test(a.number))
        byNumber.set(a.number.toLowerCase(), [...(byNumber.get(a.number.toLowerCase()) ?? []), key]);
    });
    expect([...byNumber.values()].filter((keys) => keys.length > 1)).toEqual([]);
  });
});

describe('one node per law, from two documents', () => {
  const doc = (head: string, body: string) => parse(`${head}\n\nCÔNG VĂN\n\n${body}\n`);
  const named2021 = doc(
    'Số: 12/UBND-KT\nHà Nội, ngày 10 tháng 3 năm 2021',
    'Thực hiện Luật Đầu tư công, Ủy ban nhân dân tỉnh đề nghị các sở triển khai.',
  );
  const numbered = doc(
    'Số: 13/UBND-KT\nHà Nội, ngày 12 tháng 3 năm 2021',
    'Căn cứ Luật Đầu tư công số 39/2019/QH14, Ủy ban nhân dân tỉnh đề nghị các sở triển khai.',
  );
  const named2025 = doc(
    'Số: 14/UBND-KT\nHà Nội, ngày 12 tháng 3 năm 2025',
    'Thực hiện Luật Đầu tư công, Ủy ban nhân dân tỉnh đề nghị các sở triển khai.',
  );

  it('a law named in 2021 and the same law by number are one node; named in 2025 it is the next enactment', () => {
    const graph = buildGraph([named2021, numbered, named2025]);
    expect(graph.getNodeAttributes('vn:39/2019/qh14').number).toBe('39/2019/QH14');
    expect(graph.inDegree('vn:39/2019/qh14')).toBe(2);
    expect(graph.getNodeAttributes('vn:58/2024/qh15').number).toBe('58/2024/QH15');
    expect(graph.hasNode('vn:luật:luật đầu tư công')).toBe(false);
  });
});
