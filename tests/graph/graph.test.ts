import { mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { XMLParser } from 'fast-xml-parser';
import { readCsv } from '../fixtures/csv.js';
import {
  about,
  ancestors,
  buildGraph,
  citedNotInArchive,
  descendants,
  findInstruments,
  implementationChains,
  implementers,
  parseFile,
  parse,
  toDOT,
  toGEXF,
  toGraphML,
  toJSON,
  toMermaid,
  toNeo4j,
  type CitationGraph,
} from '../../src/index.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const seedFiles = readdirSync(join(ROOT, 'corpus/seeds'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => join(ROOT, 'corpus/seeds', f));
const seeds = seedFiles.map((f) => parseFile(f));
const graph = buildGraph(seeds);
const one = (g: CitationGraph, number: string) => {
  const found = findInstruments(g, number);
  expect(found, number).toHaveLength(1);
  return found[0]!;
};
const keyOf = (name: string) => seeds.find((s) => s.source.name!.startsWith(name))!;
const nodeOf = (name: string) => {
  const d = keyOf(name);
  return d.key ?? `doc:${d.source.sha256.slice(0, 16)}`;
};

describe('the citation graph of the seeds', () => {
  it('003 → 232-KH/TU (Thành ủy Hà Nội) → 28-CT/TW, and 004 → 240-KH/TU (Tỉnh ủy Bình Phước) → the same 28-CT/TW', () => {
    const directive = one(graph, '28-CT/TW');
    const hanoi = one(graph, '232-KH/TU');
    const binhPhuoc = one(graph, '240-KH/TU');
    expect(graph.getNodeAttributes(hanoi).issuer).toBe('Thành ủy Hà Nội');
    expect(hanoi).toContain('@ha-noi');
    expect(binhPhuoc).toContain('@binh-phuoc');
    expect(implementationChains(graph, nodeOf('003'))).toContainEqual([nodeOf('003'), hanoi, directive]);
    expect(implementationChains(graph, nodeOf('004'))).toContainEqual([nodeOf('004'), binhPhuoc, directive]);
    const below = implementers(graph, directive).map((i) => i.key);
    expect(below).toEqual(expect.arrayContaining([hanoi, binhPhuoc, nodeOf('003'), nodeOf('004')]));
    // 004 cites 28-CT/TW without a date: merged into the dated node only because the titles agree
    expect(graph.getNodeAttributes(directive).aliases).toContain('vn:28-ct/tw');
  });

  it('002 → 56-KH/TU (Tỉnh ủy Đồng Tháp) → 20-CT/TW', () => {
    const plan = one(graph, '56-KH/TU');
    expect(plan).toContain('@dong-thap');
    expect(implementationChains(graph, nodeOf('002'))).toContainEqual([nodeOf('002'), plan, one(graph, '20-CT/TW')]);
  });

  it('121/2020/QH14 is one node cited by 001 and 003; 23/CT-TTg and 23/QĐ-TTg are two', () => {
    const resolution = one(graph, '121/2020/QH14');
    expect(graph.inNeighbors(resolution).sort()).toEqual([nodeOf('001'), nodeOf('003')].sort());
    expect(one(graph, '23/CT-TTg')).not.toBe(one(graph, '23/QĐ-TTg'));
  });

  it('every edge carries its evidence: the citing document, a span and the text there', () => {
    graph.forEachEdge((edge, a) => {
      expect(a.evidence.length, edge).toBeGreaterThan(0);
      for (const e of a.evidence) {
        const doc = seeds.find((s) => s.source.name === e.source)!;
        expect(doc.text!.slice(...e.span)).toBe(e.text);
      }
    });
  });

  it('lists what to collect next: cited instruments not in the archive, most cited first', () => {
    const missing = citedNotInArchive(graph);
    expect(missing[0]!.key).toBe(one(graph, '28-CT/TW'));
    expect(missing.every((m) => !m.parsed)).toBe(true);
  });
});

describe('a document’s lược đồ (about)', () => {
  it('groups what 003 rests on by relation, names what it cites that the archive lacks, and what rests on 28-CT/TW', () => {
    const plan = nodeOf('003');
    const lược = about(graph, plan)!;
    const implemented = lược.parents.find((g) => g.relation === 'implements')!;
    expect(implemented.keys.sort()).toEqual([one(graph, '232-KH/TU'), one(graph, '28-CT/TW')].sort());
    // every edge out of it, once, in the group of its relation
    const pairs = lược.parents.flatMap((g) => g.keys.map((k) => `${g.relation} ${k}`));
    expect(pairs.sort()).toEqual(
      [
        ...new Set(graph.outEdges(plan).map((e) => `${graph.getEdgeAttribute(e, 'relation')} ${graph.target(e)}`)),
      ].sort(),
    );
    expect(lược.missing).toContain(one(graph, '28-CT/TW'));
    expect(lược.missing.every((k) => !graph.getNodeAttribute(k, 'parsed'))).toBe(true);
    const directive = about(graph, one(graph, '28-CT/TW'))!;
    expect(directive.parents).toEqual([]);
    expect(directive.children.find((g) => g.relation === 'implements')!.keys).toEqual(
      expect.arrayContaining([plan, nodeOf('004'), one(graph, '232-KH/TU')]),
    );
  });

  it('does not list a parsed document as missing, nor answer for a key not in the graph', () => {
    const plan = nodeOf('003');
    const parsedParents = about(graph, nodeOf('004'))!
      .parents.flatMap((g) => g.keys)
      .filter((k) => graph.getNodeAttribute(k, 'parsed'));
    for (const k of parsedParents) expect(about(graph, nodeOf('004'))!.missing).not.toContain(k);
    expect(about(graph, 'vn:99/qđ-ubnd#1999')).toBeUndefined();
    expect(about(graph, plan)!.children).toEqual([]);
  });

  it('ancestors and descendants stop at a depth when given one', () => {
    const directive = one(graph, '28-CT/TW');
    expect(descendants(graph, directive, ['implements'], 1).sort()).toEqual(
      implementers(graph, directive)
        .filter((i) => i.depth === 1)
        .map((i) => i.key)
        .sort(),
    );
    expect(descendants(graph, directive, ['implements'], 2).sort()).toEqual(
      implementers(graph, directive)
        .filter((i) => i.depth <= 2)
        .map((i) => i.key)
        .sort(),
    );
    expect(ancestors(graph, nodeOf('003'), undefined, 0)).toEqual([]);
    expect(ancestors(graph, nodeOf('003'), undefined, 1).sort()).toEqual(
      [...new Set(graph.outNeighbors(nodeOf('003')))].sort(),
    );
  });
});

describe('identity', () => {
  const plan = (province: string, cited: string) =>
    parse(
      `ỦY BAN NHÂN DÂN\nTỈNH ${province}\nSố: 12/KH-UBND\n${province}, ngày 05 tháng 5 năm 2024\nKẾ HOẠCH\nVề việc thực hiện\nThực hiện ${cited};\n`,
    );

  it('a local Party number of two provinces is two nodes; a law number is one', () => {
    const g = buildGraph([
      plan('ĐỒNG NAI', 'Kế hoạch số 240-KH/TU ngày 22/3/2024 của Tỉnh ủy và Nghị quyết số 121/2020/QH14'),
      plan('KIÊN GIANG', 'Kế hoạch số 240-KH/TU ngày 22/3/2024 của Tỉnh ủy và Nghị quyết số 121/2020/QH14'),
    ]);
    expect(findInstruments(g, '240-KH/TU')).toHaveLength(2);
    expect(findInstruments(g, '121/2020/QH14')).toHaveLength(1);
  });

  it('a partial key is kept apart, unresolved, when nothing corroborates one candidate', () => {
    const g = buildGraph([
      plan('ĐỒNG NAI', 'Chỉ thị số 28-CT/TW ngày 25/12/2023 của Ban Bí thư về tăng cường công tác chăm sóc trẻ em'),
      plan('KIÊN GIANG', 'Chỉ thị số 28-CT/TW của Ban Bí thư'),
    ]);
    const found = findInstruments(g, '28-CT/TW').sort();
    expect(found).toEqual(['vn:28-ct/tw', 'vn:28-ct/tw#2023']);
    expect(g.getNodeAttribute('vn:28-ct/tw', 'unresolved')).toBe(true);
  });
});

describe('over the whole corpus', () => {
  const files = ['corpus/seeds', 'corpus/dev'].flatMap((d) =>
    readdirSync(join(ROOT, d))
      .filter((f) => /\.(txt|md)$/.test(f))
      .map((f) => join(ROOT, d, f)),
  );
  const g = buildGraph(files.map((f) => parseFile(f)));

  it('has no two nodes whose keys differ only in case, tone placement or spacing, and no edge without evidence', () => {
    const folded = g.nodes().map((k) => k.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/gu, ''));
    expect(new Set(folded).size).toBe(g.order);
    expect(g.filterEdges((_, a) => a.evidence.length === 0 || a.evidence.some((e) => e.text === ''))).toEqual([]);
  });
});

describe('exports', () => {
  it('JSON is graphology’s serialization and imports back', () => {
    const json = JSON.parse(JSON.stringify(toJSON(graph)));
    expect(Object.keys(json).sort()).toEqual(['attributes', 'edges', 'nodes', 'options']);
    expect(json.nodes[0].attributes).toMatchObject({
      kind: expect.any(String),
      parsed: expect.any(Boolean),
      unresolved: expect.any(Boolean),
    });
    expect(json.edges[0].attributes).toMatchObject({ relation: expect.any(String), evidence: expect.any(Array) });
    const back = new MultiDirectedGraph().import(json);
    expect([back.order, back.size]).toEqual([graph.order, graph.size]);
  });

  it('GEXF round-trips through its reader with nodes, edges and attributes', () => {
    const back = parseGexf(MultiDirectedGraph, toGEXF(graph));
    expect([back.order, back.size]).toEqual([graph.order, graph.size]);
    const directive = one(graph, '28-CT/TW');
    expect(back.getNodeAttributes(directive)).toMatchObject({ kind: 'Chỉ thị', issuer: 'Bộ Chính trị', parsed: false });
  });

  it('GraphML is well-formed, declares its keys and holds every node and edge', () => {
    const xml = toGraphML(graph);
    const doc = new XMLParser({
      ignoreAttributes: false,
      parseTagValue: false,
      isArray: (name) => ['key', 'node', 'edge', 'data'].includes(name),
    }).parse(xml);
    const g = doc.graphml.graph;
    expect(g['@_edgedefault']).toBe('directed');
    expect([g.node.length, g.edge.length]).toEqual([graph.order, graph.size]);
    const declared = new Set(doc.graphml.key.map((k: Record<string, string>) => k['@_id']));
    for (const item of [...g.node, ...g.edge]) for (const d of item.data) expect(declared.has(d['@_key'])).toBe(true);
    const directive = g.node.find((n: Record<string, string>) => n['@_id'] === one(graph, '28-CT/TW'));
    expect(directive.data.find((d: Record<string, string>) => d['@_key'] === 'n_issuer')['#text']).toBe('Bộ Chính trị');
  });

  it('DOT and Mermaid hold one line per node and edge', () => {
    const dot = toDOT(graph);
    expect(dot.startsWith('digraph citations {')).toBe(true);
    expect(dot.match(/^ {2}".*" -> ".*"/gmu)).toHaveLength(graph.size);
    const mermaid = toMermaid(graph);
    expect(mermaid.startsWith('flowchart')).toBe(true);
    expect(mermaid.match(/^ {2}n\d+ -->\|\w+\| n\d+$/gmu)).toHaveLength(graph.size);
    expect(mermaid.match(/^ {2}n\d+\["[^"]*"\]$/gmu)).toHaveLength(graph.order);
  });

  it('Neo4j CSV has typed headers and one row per node and relationship', () => {
    const { nodes, relationships } = toNeo4j(graph);
    const nodeRows = readCsv(nodes);
    expect(nodeRows[0]).toContain('key:ID');
    expect(nodeRows[0]).toContain(':LABEL');
    expect(nodeRows.length - 1).toBe(graph.order);
    const relRows = readCsv(relationships);
    expect(relRows[0]!.slice(0, 3)).toEqual([':START_ID', ':END_ID', ':TYPE']);
    expect(relRows.length - 1).toBe(graph.size);
    const types = new Set(relRows.slice(1).map((r) => r[2]));
    expect([...types].every((t) => /^[A-Z_]+$/u.test(t!))).toBe(true);
    const ids = new Set(nodeRows.slice(1).map((r) => r[0]));
    for (const r of relRows.slice(1)) expect(ids.has(r[0]) && ids.has(r[1])).toBe(true);
    for (const r of relRows.slice(1)) expect(JSON.parse(r[4]!).length).toBeGreaterThan(0);
  });
});

describe('vanban graph', () => {
  const vanban = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

  it('--chain prints a document’s implementation chains, longest first', () => {
    const run = vanban('graph', 'corpus/seeds', '--chain', 'corpus/seeds/003_92d5c371dfb6f108.txt');
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n').slice(0, 3)).toEqual([
      'Kế hoạch 203/KH-UBND (Ủy ban nhân dân thành phố Hà Nội, 2024-07-01)',
      '  → Kế hoạch 232-KH/TU (Thành ủy Hà Nội, 2024-04-23)',
      '  → Chỉ thị 28-CT/TW (Bộ Chính trị, 2023-12-25)',
    ]);
  });

  it('--about FILE prints its lược đồ: parents by relation, children, what the archive lacks', () => {
    const run = vanban('graph', 'corpus/seeds', '--about', 'corpus/seeds/004_cbddc2852ea7f879.txt');
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^Kế hoạch \(004_cbddc2852ea7f879\.txt\) \(Ủy ban nhân dân tỉnh Bình Phước/u);
    const parentsAt = lines.indexOf('Văn bản này dựa vào:');
    const childrenAt = lines.indexOf('Văn bản dựa vào văn bản này:');
    const missingAt = lines.indexOf('Được trích dẫn nhưng chưa có trong kho:');
    expect([parentsAt, childrenAt, missingAt]).toEqual([1, expect.any(Number), expect.any(Number)]);
    const parents = lines.slice(parentsAt, childrenAt);
    expect(parents).toContain('  Thực hiện:');
    expect(
      parents
        .slice(parents.indexOf('  Thực hiện:') + 1)
        .findIndex((l) => l.startsWith('    Chỉ thị 28-CT/TW (Bộ Chính trị')),
    ).toBeGreaterThanOrEqual(0);
    expect(lines.slice(childrenAt + 1, missingAt)).toEqual(['  (không có)']);
    expect(lines.slice(missingAt + 1)).toContain('  Chỉ thị 28-CT/TW (Bộ Chính trị, 2023-12-25)');
  });

  it('--about KEY (or a number) prints the lược đồ of that instrument; an unknown one is an error', () => {
    const run = vanban('graph', 'corpus/seeds', '--about', '28-CT/TW');
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n').slice(0, 5)).toEqual([
      'Chỉ thị 28-CT/TW (Bộ Chính trị, 2023-12-25)',
      'Văn bản này dựa vào:',
      '  (không có)',
      'Văn bản dựa vào văn bản này:',
      '  Được thực hiện bởi:',
    ]);
    expect(run.stdout).toContain('    Kế hoạch 232-KH/TU (Thành ủy Hà Nội, 2024-04-23)');
    expect(vanban('graph', 'corpus/seeds', '--about', 'vn:28-ct/tw#2023').stdout).toBe(run.stdout);
    const unknown = vanban('graph', 'corpus/seeds', '--about', '99/QĐ-XYZ');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('99/QĐ-XYZ');
  });

  it('reads the JSONL of `vanban parse` into the same graph, and writes Neo4j files to a folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vanban-graph-'));
    const jsonl = join(dir, 'seeds.jsonl');
    writeFileSync(jsonl, vanban('parse', '--format', 'jsonl', ...seedFiles).stdout);
    const fromJsonl = JSON.parse(vanban('graph', jsonl).stdout);
    expect([fromJsonl.nodes.length, fromJsonl.edges.length]).toEqual([graph.order, graph.size]);
    const run = vanban('graph', 'corpus/seeds', '--format', 'neo4j', '--out', join(dir, 'neo4j'));
    expect(run.status).toBe(0);
    expect(readFileSync(join(dir, 'neo4j', 'nodes.csv'), 'utf8').split('\n')[0]).toContain('key:ID');
    expect(existsSync(join(dir, 'neo4j', 'relationships.csv'))).toBe(true);
  });
});
