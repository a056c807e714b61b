/**
 * An export's graph keeps its edges in an EdgeTable (`vanban graph`): every format must read
 * exactly as it does from the graphology graph the library builds, also where partial keys are
 * merged into full ones (edges said again from and to the full key, in graphology's order, and
 * the partial key's edges dropped with it).
 */
import { describe, expect, it } from 'vitest';
import type { Evidence, GraphInput } from '../../src/index.js';
import { addDocument, emptyGraph, finishGraph } from '../../src/graph/build.js';
import { EdgeTable, edgeCount, edgeEntries, keepEdgesApart } from '../../src/graph/edge-table.js';
import { type EvidenceStore, storeEvidence } from '../../src/graph/evidence.js';
import { GRAPH_FORMATS, graphChunks, neo4jChunks } from '../../src/graph/exports/formats.js';
import type { CitationGraph } from '../../src/graph/attributes.js';

/** Evidence kept as the text the exports read back, as the CLI's file keeps it. */
class MemoryStore implements EvidenceStore {
  private readonly batches: string[] = [];
  put(items: readonly Evidence[]): number {
    this.batches.push(JSON.stringify(items).slice(1, -1));
    return this.batches.length - 1;
  }
  json(batch: number): string {
    return this.batches[batch]!;
  }
}

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const RELATIONS = ['basedOn', 'implements', 'amends', 'replaces'];
const title = (n: number) => `về công tác số ${n} của tỉnh trong năm`;
/** Instrument n: its full key (dated) and its partial key (the year unknown); some have no full key. */
const full = (n: number) => `vn:${n}-ct/tw#2023`;
const partial = (n: number) => `vn:${n}-ct/tw`;

function reference(key: string, n: number, relation: string, said: string) {
  return {
    key,
    keyPartial: !key.includes('#'),
    kind: { name: 'Chỉ thị', code: 'CT' },
    number: { text: `${n}-CT/TW` },
    name: null,
    date: key.includes('#') ? '2023' : null,
    issuer: 'Ban Bí thư',
    title: title(n),
    relation,
    mentions: [{ span: [0, said.length], text: said, pinpoint: null }],
  };
}

/**
 * Documents citing instruments by full and partial keys, some documents themselves a partial
 * key: partial keys with edges out and in, to several neighbours, by several relations.
 */
function archive(seed: number, documents: number): GraphInput[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const instruments = 12;
  const results: GraphInput[] = [];
  for (let d = 0; d < documents; d++) {
    const own = next() < 0.3 ? Math.floor(next() * instruments) : null;
    const key = own === null ? `vn:${d}/kh-ubnd@ha-noi#2024` : next() < 0.5 ? partial(own) : full(own);
    const cited: { key: string; n: number }[] = [];
    const references = Array.from({ length: 1 + Math.floor(next() * 5) }, () => {
      let n = Math.floor(next() * instruments);
      if (n === own) n = (n + 1) % instruments;
      // instruments 0–2 are only ever cited without their year: they stay partial
      const ref = n < 3 || next() < 0.4 ? partial(n) : full(n);
      cited.push({ key: ref, n });
      return reference(ref, n, pick(RELATIONS), `Chỉ thị ${n} (${d})`);
    });
    const statedRelations =
      cited.length > 1 && cited[0]!.n !== cited[1]!.n
        ? [{ from: cited[0]!.key, to: cited[1]!.key, relation: pick(RELATIONS), span: [0, 4] }]
        : [];
    results.push({
      source: { name: `doc-${d}.txt`, format: 'text', sha256: d.toString(16).padStart(64, '0'), encoding: 'utf-8' },
      key,
      keyPartial: own !== null && !key.includes('#'),
      kind: { name: own === null ? 'Kế hoạch' : 'Chỉ thị', code: null, span: [0, 1] },
      number: own === null ? { text: `${d}/KH-UBND` } : { text: `${own}-CT/TW` },
      issuer: own === null ? null : { name: 'Ban Bí thư' },
      date: null,
      title: own === null ? null : { text: title(own) },
      text: `Văn bản ${d}: căn cứ các chỉ thị đã ban hành`,
      references,
      statedRelations,
    } as unknown as GraphInput);
  }
  return results;
}

function graphOf(results: readonly GraphInput[], apart: boolean): CitationGraph {
  const graph = emptyGraph();
  const store = new MemoryStore();
  storeEvidence(graph, store);
  if (apart) keepEdgesApart(graph, new EdgeTable(store));
  for (const result of results) addDocument(graph, result);
  return finishGraph(graph);
}

function exported(graph: CitationGraph): Record<string, string> {
  const out: Record<string, string> = {};
  for (const format of GRAPH_FORMATS) {
    if (format === 'neo4j') {
      const { nodes, relationships } = neo4jChunks(graph);
      out.nodes = [...nodes].join('');
      out.relationships = [...relationships].join('');
    } else out[format] = [...graphChunks(graph, format)].join('');
  }
  return out;
}

describe('an export’s edges kept in a table', () => {
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    it(`writes every format as the graphology graph does (archive ${seed}, partial keys merged)`, () => {
      const results = archive(seed, 60);
      const [plain, apart] = [graphOf(results, false), graphOf(results, true)];
      // the archive does merge partial keys
      const aliases = plain.reduceNodes((sum, _, a) => sum + a.aliases.length, 0);
      expect(aliases).toBeGreaterThan(0);
      expect(apart.size).toBe(0);
      expect(edgeCount(apart)).toBe(plain.size);
      expect([...edgeEntries(apart)].map((e) => e.edge)).toEqual(plain.edges());
      expect(exported(apart)).toEqual(exported(plain));
    });
  }

  it('a relation said again adds its evidence to the one edge, and direct wins', () => {
    const store = new MemoryStore();
    const table = new EdgeTable(store);
    const say = (text: string): Evidence[] => [{ document: 'vn:a', source: null, span: [0, 1], text }];
    table.link('vn:a', 'vn:b', 'basedOn', false, say('x'));
    table.link('vn:a', 'vn:b', 'basedOn', true, say('y'));
    table.link('vn:a', 'vn:b', 'implements', false, []);
    const [first, second] = [...table.entries()];
    expect(first).toMatchObject({ edge: 'vn:a -[basedOn]-> vn:b', attributes: { direct: true, evidence: [0, 1] } });
    expect(second).toMatchObject({ edge: 'vn:a -[implements]-> vn:b', attributes: { direct: false, evidence: [] } });
    expect(table.size).toBe(2);
  });
});
