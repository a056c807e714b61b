/**
 * The exports are written in pieces (an archive's graph never becomes one string). Their text
 * must be what the writers they replace produced: graphology's `export()` stringified,
 * graphology-gexf's writer, fast-xml-parser's XMLBuilder, and the line-joining DOT, Mermaid and
 * Neo4j writers, reproduced here as they were.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { write as writeGexf } from 'graphology-gexf';
import { XMLBuilder } from 'fast-xml-parser';
import {
  buildGraph,
  parseFile,
  toDOT,
  toGEXF,
  toGraphML,
  toJSON,
  toMermaid,
  toNeo4j,
  type CitationGraph,
  type GraphInput,
} from '../../src/index.js';
import { graphChunks, neo4jChunks } from '../../src/graph/exports/formats.js';
import {
  BOOLEAN_EDGE_FIELDS,
  BOOLEAN_NODE_FIELDS,
  EDGE_FIELDS,
  NODE_FIELDS,
  flatEdge,
  flatNode,
} from '../../src/graph/exports/flat.js';
import { emptyGraph } from '../../src/graph/build.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const files = ['corpus/seeds', 'corpus/dev', 'corpus/unlabeled'].flatMap((d) =>
  readdirSync(join(ROOT, d))
    .filter((f) => /\.(txt|md)$/u.test(f))
    .map((f) => join(ROOT, d, f)),
);
const corpus = buildGraph(files.map((f) => parseFile(f)));

/** Values that each writer must escape its own way: quotes, ampersands, brackets, tabs, line breaks, a lone "true". */
function awkward(): CitationGraph {
  const source = { name: `a "b" & 'c' <d>.txt`, format: 'text', sha256: 'f'.repeat(64), encoding: 'utf-8' } as const;
  const document: GraphInput = {
    source,
    key: 'vn:1/kh-ubnd',
    keyPartial: false,
    kind: { name: 'Kế hoạch', code: 'KH', span: [0, 1] },
    number: null,
    issuer: null,
    date: null,
    title: { text: 'về "A" & <B>\tcùng\r\n\'C\'', span: [0, 1] },
    references: [
      {
        key: 'true',
        keyPartial: false,
        kind: { name: 'Luật', code: null },
        number: null,
        name: 'true',
        date: null,
        issuer: '',
        title: 'x > y',
        relation: 'basedOn',
        mentions: [{ span: [1, 2], text: 'Luật "true"\n& <x>', pinpoint: null }],
      },
    ],
    statedRelations: [],
  } as unknown as GraphInput;
  return buildGraph([document]);
}

/** A graph a user gave attributes of its own (GEXF writes them in `<meta>`). */
function described(): CitationGraph {
  const graph = awkward();
  graph.mergeAttributes({
    lastModifiedDate: '2026-01-02',
    creator: 'vanban & <co>',
    'the title': 'Đồ thị',
    count: 3,
    nested: { no: true },
  });
  return graph;
}

const GRAPHS: Array<[string, CitationGraph]> = [
  ['the corpus', corpus],
  ['an empty graph', emptyGraph()],
  ['awkward values', awkward()],
  ['a graph with attributes of its own', described()],
];

/** The writers as they were before the exports streamed. */
const before = {
  json: (g: CitationGraph) => JSON.stringify(g.export(), null, 2) + '\n',
  gexf: (g: CitationGraph) =>
    writeGexf(g, {
      formatNode: (_key, a) => ({ label: a.label, attributes: flatNode(a) }),
      formatEdge: (_key, a) => ({ label: a.relation, attributes: flatEdge(a) }),
    }),
  graphml: (g: CitationGraph) => {
    const keys = [
      ...NODE_FIELDS.map((f) => ({
        '@_id': `n_${f}`,
        '@_for': 'node',
        '@_attr.name': f,
        '@_attr.type': BOOLEAN_NODE_FIELDS.has(f) ? 'boolean' : 'string',
      })),
      ...EDGE_FIELDS.map((f) => ({
        '@_id': `e_${f}`,
        '@_for': 'edge',
        '@_attr.name': f,
        '@_attr.type': BOOLEAN_EDGE_FIELDS.has(f) ? 'boolean' : 'string',
      })),
    ];
    const data = (prefix: string, flat: Record<string, string | boolean>) =>
      Object.entries(flat).map(([k, v]) => ({ '@_key': `${prefix}_${k}`, '#text': String(v) }));
    const document = {
      '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
      graphml: {
        '@_xmlns': 'http://graphml.graphdrawing.org/xmlns',
        key: keys,
        graph: {
          '@_id': 'citations',
          '@_edgedefault': 'directed',
          node: g.mapNodes((key, a) => ({ '@_id': key, data: data('n', flatNode(a)) })),
          edge: g.mapEdges((key, a, source, target) => ({
            '@_id': key,
            '@_source': source,
            '@_target': target,
            data: data('e', flatEdge(a)),
          })),
        },
      },
    };
    return new XMLBuilder({ ignoreAttributes: false, format: true, suppressEmptyNode: true }).build(document) as string;
  },
  dot: (g: CitationGraph) => {
    const dotString = (s: string) => `"${s.replace(/\\/gu, '\\\\').replace(/"/gu, '\\"').replace(/\n/gu, '\\n')}"`;
    const lines = ['digraph citations {', '  rankdir=BT;', '  node [shape=box, fontname="Helvetica"];'];
    g.forEachNode((key, a) =>
      lines.push(
        `  ${dotString(key)} [label=${dotString(a.label)}, kind=${dotString(a.kind ?? '')}${a.parsed ? '' : ', style=dashed'}];`,
      ),
    );
    g.forEachEdge((_, a, source, target) =>
      lines.push(`  ${dotString(source)} -> ${dotString(target)} [label=${dotString(a.relation)}];`),
    );
    lines.push('}');
    return lines.join('\n') + '\n';
  },
  mermaid: (g: CitationGraph) => {
    const mermaidText = (s: string) =>
      s.replace(/"/gu, '#quot;').replace(/[[\]{}()<>]/gu, (c) => `#${c.charCodeAt(0)};`);
    const ids = new Map(g.nodes().map((key, i) => [key, `n${i}`] as const));
    const lines = ['flowchart BT'];
    g.forEachNode((key, a) => lines.push(`  ${ids.get(key)}["${mermaidText(a.label)}"]`));
    g.forEachEdge((_, a, source, target) => lines.push(`  ${ids.get(source)} -->|${a.relation}| ${ids.get(target)}`));
    return lines.join('\n') + '\n';
  },
  neo4j: (g: CitationGraph) => {
    const csv = (value: string | boolean) => {
      const s = String(value);
      return /[",\n;]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
    };
    const relationshipType = (relation: string) => relation.replace(/[A-Z]/gu, (c) => `_${c}`).toUpperCase();
    const nodeHeader = NODE_FIELDS.map((f) =>
      f === 'key'
        ? 'key:ID'
        : BOOLEAN_NODE_FIELDS.has(f)
          ? `${f}:boolean`
          : f === 'sources' || f === 'aliases'
            ? `${f}:string[]`
            : f,
    );
    const nodes = [[...nodeHeader, ':LABEL'].join(',')];
    g.forEachNode((_, a) => {
      const flat = flatNode(a);
      const lists = { sources: a.sources.join(';'), aliases: a.aliases.join(';') };
      nodes.push(
        [
          ...NODE_FIELDS.map((f) => csv(f in lists ? lists[f as keyof typeof lists] : flat[f]!)),
          a.parsed ? 'Instrument;Parsed' : 'Instrument',
        ].join(','),
      );
    });
    const relationships = [':START_ID,:END_ID,:TYPE,direct:boolean,evidence'];
    g.forEachEdge((_, a, source, target) =>
      relationships.push(
        [
          csv(source),
          csv(target),
          relationshipType(a.relation),
          String(a.direct),
          csv(JSON.stringify(a.evidence)),
        ].join(','),
      ),
    );
    return { nodes: nodes.join('\n') + '\n', relationships: relationships.join('\n') + '\n' };
  },
};

const joined = (chunks: Iterable<string>) => [...chunks].join('');

describe.each(GRAPHS)('the exports of %s, written in pieces, are the text the old writers gave', (_, graph) => {
  it('JSON is graphology’s export() as JSON.stringify(…, null, 2) prints it', () => {
    expect(joined(graphChunks(graph, 'json'))).toBe(before.json(graph));
    expect(JSON.stringify(toJSON(graph), null, 2) + '\n').toBe(before.json(graph));
  });

  it('GEXF is graphology-gexf’s', () => {
    expect(joined(graphChunks(graph, 'gexf'))).toBe(before.gexf(graph));
    expect(toGEXF(graph)).toBe(before.gexf(graph));
  });

  it('GraphML is XMLBuilder’s', () => {
    expect(joined(graphChunks(graph, 'graphml'))).toBe(before.graphml(graph));
    expect(toGraphML(graph)).toBe(before.graphml(graph));
  });

  it('DOT, Mermaid and the two Neo4j files are the joined lines', () => {
    expect(joined(graphChunks(graph, 'dot'))).toBe(before.dot(graph));
    expect(toDOT(graph)).toBe(before.dot(graph));
    expect(joined(graphChunks(graph, 'mermaid'))).toBe(before.mermaid(graph));
    expect(toMermaid(graph)).toBe(before.mermaid(graph));
    const { nodes, relationships } = neo4jChunks(graph);
    expect({ nodes: joined(nodes), relationships: joined(relationships) }).toEqual(before.neo4j(graph));
    expect(toNeo4j(graph)).toEqual(before.neo4j(graph));
  });
});

describe('the corpus graph the comparison runs on', () => {
  it('is large enough to mean something: documents, cited instruments, merged partial keys and evidence with quotes', () => {
    expect(corpus.order).toBeGreaterThan(1000);
    expect(corpus.size).toBeGreaterThan(1000);
    expect(corpus.someNode((_, a) => a.aliases.length > 0)).toBe(true);
    expect(corpus.someEdge((_, a) => !a.direct)).toBe(true);
    expect(corpus.someEdge((_, a) => a.evidence.some((e) => /["&<>]/u.test(e.text)))).toBe(true);
  });
});
