/**
 * Building the graph one result at a time, updating nodes and edges in place: what repeats
 * across an archive (the same document from several portals, a relation every document states)
 * is merged, in order, without duplicates.
 */
import { describe, expect, it } from 'vitest';
import { buildGraph, type GraphInput } from '../../src/index.js';
import { addDocument, emptyGraph, finishGraph } from '../../src/graph/build.js';
import { addNew } from '../../src/graph/lists.js';

const law = (key: string, name: string) => ({
  key,
  keyPartial: false,
  kind: { name: 'Luật', code: null },
  number: null,
  name,
  date: null,
  issuer: 'Quốc hội',
  title: null,
  relation: 'basedOn',
  mentions: [{ span: [0, name.length], text: name, pinpoint: null }],
});

/** A plan based on two laws, whose text says the second amends the first. */
function plan(key: string, file: string): GraphInput {
  return {
    source: { name: file, format: 'text', sha256: '0'.repeat(64), encoding: 'utf-8' },
    key,
    keyPartial: false,
    kind: { name: 'Kế hoạch', code: 'KH', span: [0, 1] },
    number: null,
    issuer: null,
    date: null,
    title: null,
    references: [law('vn:1/2020/qh14', 'Luật A'), law('vn:2/2022/qh15', 'Luật B')],
    statedRelations: [{ from: 'vn:2/2022/qh15', to: 'vn:1/2020/qh14', relation: 'amends', span: [5, 9] }],
  } as unknown as GraphInput;
}

describe('an archive streamed in', () => {
  const files = Array.from({ length: 40 }, (_, i) => plan(`vn:${i}/kh-ubnd@ha-noi#2024`, `plan-${i}.txt`));
  const graph = buildGraph(files);

  it('a relation stated by every document is one edge, with every document’s evidence in reading order', () => {
    const amends = graph.edges('vn:2/2022/qh15', 'vn:1/2020/qh14');
    expect(amends).toEqual(['vn:2/2022/qh15 -[amends]-> vn:1/2020/qh14']);
    const evidence = graph.getEdgeAttribute(amends[0]!, 'evidence');
    expect(evidence.map((e) => e.source)).toEqual(files.map((f) => f.source.name));
    expect(graph.getEdgeAttribute(amends[0]!, 'direct')).toBe(false);
  });

  it('a law cited by every document is one node, only cited, with one edge from each', () => {
    expect(graph.getNodeAttributes('vn:1/2020/qh14')).toMatchObject({ parsed: false, sources: [], name: 'Luật A' });
    expect(graph.inDegree('vn:1/2020/qh14')).toBe(40 + 1);
  });

  it('one document read from many files lists each file once, in the order first read', () => {
    const copies = ['a.txt', 'b.txt', 'a.txt', ...Array.from({ length: 20 }, (_, i) => `c${i % 12}.txt`), 'b.txt'];
    const g = emptyGraph();
    for (const file of copies) addDocument(g, plan('vn:7/kh-ubnd@ha-noi#2024', file));
    finishGraph(g);
    expect(g.getNodeAttribute('vn:7/kh-ubnd@ha-noi#2024', 'sources')).toEqual([
      'a.txt',
      'b.txt',
      ...Array.from({ length: 12 }, (_, i) => `c${i}.txt`),
    ]);
    expect(g.getEdgeAttribute('vn:7/kh-ubnd@ha-noi#2024 -[basedOn]-> vn:1/2020/qh14', 'evidence')).toHaveLength(
      copies.length,
    );
  });

  it('a cited instrument’s node takes a parsed document’s own values when the document arrives', () => {
    const g = buildGraph([
      plan('vn:8/kh-ubnd@ha-noi#2024', 'p.txt'),
      {
        ...plan('vn:1/2020/qh14', 'law.txt'),
        references: [],
        statedRelations: [],
        issuer: { name: 'Quốc hội khóa XIV' },
      } as unknown as GraphInput,
    ]);
    expect(g.getNodeAttributes('vn:1/2020/qh14')).toMatchObject({
      parsed: true,
      issuer: 'Quốc hội khóa XIV',
      name: 'Luật A',
      sources: ['law.txt'],
    });
  });
});

describe('addNew', () => {
  it.each([
    [[], ['a', 'b', 'a'], ['a', 'b']],
    [['a'], [], ['a']],
    [
      ['a', 'b'],
      ['b', 'c'],
      ['a', 'b', 'c'],
    ],
    [
      ['x0', 'x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'x7'],
      ['x3', 'y', 'x7', 'y', 'z'],
      ['x0', 'x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'x7', 'y', 'z'],
    ],
  ])('appends to %j what it lacks of %j, in order', (list, items, expected) => {
    const target = [...list];
    addNew(target, items);
    expect(target).toEqual(expected);
    addNew(target, [...items, ...list]);
    expect(target).toEqual(expected);
  });
});
