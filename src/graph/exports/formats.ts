/**
 * The citation graph in the formats researchers open it with: graphology's JSON, GEXF (Gephi),
 * GraphML (yEd, Cytoscape, NetworkX), DOT (Graphviz), Mermaid, and Neo4j import CSV.
 */
import { write as writeGexf } from 'graphology-gexf';
import { XMLBuilder } from 'fast-xml-parser';
import type { SerializedGraph } from 'graphology-types';
import type { CitationAttributes, CitationGraph, InstrumentAttributes } from '../types.js';
import { BOOLEAN_EDGE_FIELDS, BOOLEAN_NODE_FIELDS, EDGE_FIELDS, NODE_FIELDS, flatEdge, flatNode } from './flat.js';

/** The text formats the graph can be written in (`vanban graph --format`; `html` is {@link toHTML}). */
export const GRAPH_FORMATS = ['json', 'gexf', 'graphml', 'dot', 'mermaid', 'neo4j'] as const;
/** One of {@link GRAPH_FORMATS}. */
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

/**
 * graphology's own serialization: `{ attributes, options, nodes: [{ key, attributes }], edges:
 * [{ key, source, target, attributes }] }`, plain JSON that graphology's `import()` reads back.
 *
 * @example
 * ```ts
 * import { buildGraph, parse, toJSON } from 'vanban';
 *
 * const graph = buildGraph([parse('Số: 15/KH-UBND\n\nKẾ HOẠCH\nThực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Ban Bí thư')]);
 * const json = toJSON(graph);
 * json.nodes.map((node) => node.key); // → ['vn:15/kh-ubnd', 'vn:28-ct/tw#2023']
 * json.edges[0]; // → { source: 'vn:15/kh-ubnd', target: 'vn:28-ct/tw#2023', attributes: { relation: 'implements', direct: true } }
 * ```
 */
export function toJSON(graph: CitationGraph): SerializedGraph<InstrumentAttributes, CitationAttributes> {
  return graph.export();
}

/**
 * GEXF 1.2 for Gephi: node and edge attributes as typed GEXF attributes, the label on each.
 *
 * @example
 * ```ts
 * import { buildGraph, parse, toGEXF } from 'vanban';
 *
 * const graph = buildGraph([parse('Số: 15/KH-UBND\n\nKẾ HOẠCH\nThực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Ban Bí thư')]);
 * const gexf = toGEXF(graph); // e.g. writeFileSync('citations.gexf', gexf)
 * gexf.includes('<gexf version="1.2"'); // → true
 * ```
 */
export function toGEXF(graph: CitationGraph): string {
  return writeGexf(graph, {
    formatNode: (key, a) => ({ label: a.label, attributes: flatNode(a) }),
    formatEdge: (key, a) => ({ label: a.relation, attributes: flatEdge(a) }),
  });
}

/**
 * GraphML for yEd, Cytoscape and NetworkX: every node and edge attribute declared as a
 * `<key>`, lists flattened to text.
 *
 * @example
 * ```ts
 * import { buildGraph, parse, toGraphML } from 'vanban';
 *
 * const graph = buildGraph([parse('Số: 15/KH-UBND\n\nKẾ HOẠCH\nThực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Ban Bí thư')]);
 * const graphml = toGraphML(graph);
 * graphml.includes('<node id="vn:28-ct/tw#2023">'); // → true
 * ```
 */
export function toGraphML(graph: CitationGraph): string {
  const keys = [
    ...NODE_FIELDS.map((f) => ({ '@_id': `n_${f}`, '@_for': 'node', '@_attr.name': f, '@_attr.type': BOOLEAN_NODE_FIELDS.has(f) ? 'boolean' : 'string' })),
    ...EDGE_FIELDS.map((f) => ({ '@_id': `e_${f}`, '@_for': 'edge', '@_attr.name': f, '@_attr.type': BOOLEAN_EDGE_FIELDS.has(f) ? 'boolean' : 'string' })),
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
        node: graph.mapNodes((key, a) => ({ '@_id': key, data: data('n', flatNode(a)) })),
        edge: graph.mapEdges((key, a, source, target) => ({ '@_id': key, '@_source': source, '@_target': target, data: data('e', flatEdge(a)) })),
      },
    },
  };
  return new XMLBuilder({ ignoreAttributes: false, format: true, suppressEmptyNode: true }).build(document) as string;
}

const dotString = (s: string) => `"${s.replace(/\\/gu, '\\\\').replace(/"/gu, '\\"').replace(/\n/gu, '\\n')}"`;

/**
 * DOT for Graphviz (`dot -Tsvg`): cited-only instruments dashed, edges labelled by relation,
 * the roots at the top.
 *
 * @example
 * ```ts
 * import { buildGraph, parse, toDOT } from 'vanban';
 *
 * const graph = buildGraph([parse('Số: 15/KH-UBND\n\nKẾ HOẠCH\nThực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Ban Bí thư')]);
 * toDOT(graph).includes('"vn:15/kh-ubnd" -> "vn:28-ct/tw#2023" [label="implements"];'); // → true
 * ```
 */
export function toDOT(graph: CitationGraph): string {
  const lines = ['digraph citations {', '  rankdir=BT;', '  node [shape=box, fontname="Helvetica"];'];
  graph.forEachNode((key, a) => {
    const style = a.parsed ? '' : ', style=dashed';
    lines.push(`  ${dotString(key)} [label=${dotString(a.label)}, kind=${dotString(a.kind ?? '')}${style}];`);
  });
  graph.forEachEdge((_, a, source, target) => lines.push(`  ${dotString(source)} -> ${dotString(target)} [label=${dotString(a.relation)}];`));
  lines.push('}');
  return lines.join('\n') + '\n';
}

/** Mermaid text may not hold quotes or brackets: they are written as entity codes. */
const mermaidText = (s: string) => s.replace(/"/gu, '#quot;').replace(/[[\]{}()<>]/gu, (c) => `#${c.charCodeAt(0)};`);

/**
 * A Mermaid flowchart, to paste into Markdown that renders Mermaid (GitHub, GitLab).
 *
 * @example
 * ```ts
 * import { buildGraph, parse, toMermaid } from 'vanban';
 *
 * const graph = buildGraph([parse('Số: 15/KH-UBND\n\nKẾ HOẠCH\nThực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Ban Bí thư')]);
 * toMermaid(graph).split('\n');
 * // → ['flowchart BT', '  n0["Kế hoạch 15/KH-UBND"]', '  n1["Chỉ thị 28-CT/TW"]', '  n0 -->|implements| n1', '']
 * ```
 */
export function toMermaid(graph: CitationGraph): string {
  const ids = new Map(graph.nodes().map((key, i) => [key, `n${i}`] as const));
  const lines = ['flowchart BT'];
  graph.forEachNode((key, a) => lines.push(`  ${ids.get(key)}["${mermaidText(a.label)}"]`));
  graph.forEachEdge((_, a, source, target) => lines.push(`  ${ids.get(source)} -->|${a.relation}| ${ids.get(target)}`));
  return lines.join('\n') + '\n';
}

const csv = (value: string | boolean) => {
  const s = String(value);
  return /[",\n;]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
};

/** Neo4j's relationship types are upper snake case: basedOn → BASED_ON. */
const relationshipType = (relation: string) => relation.replace(/[A-Z]/gu, (c) => `_${c}`).toUpperCase();

/**
 * The two CSV files of `neo4j-admin database import`: nodes (label `Instrument`, plus `Parsed`
 * for documents of the archive) and relationships (type from the relation: basedOn →
 * BASED_ON), with typed headers and lists split on ";".
 *
 * @example
 * ```ts
 * import { buildGraph, parse, toNeo4j } from 'vanban';
 *
 * const graph = buildGraph([parse('Số: 15/KH-UBND\n\nKẾ HOẠCH\nThực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Ban Bí thư')]);
 * const { nodes, relationships } = toNeo4j(graph);
 * nodes.split('\n').length; // → 4
 * relationships.split('\n')[0]; // → ':START_ID,:END_ID,:TYPE,direct:boolean,evidence'
 * relationships.includes('vn:15/kh-ubnd,vn:28-ct/tw#2023,IMPLEMENTS,true'); // → true
 * ```
 */
export function toNeo4j(graph: CitationGraph): { nodes: string; relationships: string } {
  const nodeHeader = NODE_FIELDS.map((f) => (f === 'key' ? 'key:ID' : BOOLEAN_NODE_FIELDS.has(f) ? `${f}:boolean` : f === 'sources' || f === 'aliases' ? `${f}:string[]` : f));
  const nodes = [[...nodeHeader, ':LABEL'].join(',')];
  graph.forEachNode((_, a) => {
    const flat = flatNode(a);
    const lists = { sources: a.sources.join(';'), aliases: a.aliases.join(';') };
    nodes.push([...NODE_FIELDS.map((f) => csv(f in lists ? lists[f as keyof typeof lists] : flat[f]!)), a.parsed ? 'Instrument;Parsed' : 'Instrument'].join(','));
  });
  const relationships = [':START_ID,:END_ID,:TYPE,direct:boolean,evidence'];
  graph.forEachEdge((_, a, source, target) => {
    relationships.push([csv(source), csv(target), relationshipType(a.relation), String(a.direct), csv(JSON.stringify(a.evidence))].join(','));
  });
  return { nodes: nodes.join('\n') + '\n', relationships: relationships.join('\n') + '\n' };
}
