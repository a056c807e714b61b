/**
 * The citation graph in the formats researchers open it with: graphology's JSON, GEXF (Gephi),
 * GraphML (yEd, Cytoscape, NetworkX), DOT (Graphviz), Mermaid, and Neo4j import CSV. Each is
 * written as pieces ({@link graphChunks}) so an archive's graph streams to a file; the `to…`
 * functions join the pieces into the one string they always returned.
 */
import type { SerializedGraph } from 'graphology-types';
import type { CitationAttributes, CitationGraph, InstrumentAttributes } from '../attributes.js';
import { evidenceJSON, evidenceStore } from '../evidence.js';
import { edgeEntries } from '../edge-table.js';
import { BOOLEAN_NODE_FIELDS, NODE_FIELDS, flatNode } from './flat.js';
import { gexfChunks } from './gexf.js';
import { graphmlChunks } from './graphml.js';
import { jsonChunks } from './json.js';

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
  return joined(gexfChunks(graph));
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
  return joined(graphmlChunks(graph));
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
  return joined(dotChunks(graph));
}

function* dotChunks(graph: CitationGraph): Generator<string> {
  yield 'digraph citations {\n  rankdir=BT;\n  node [shape=box, fontname="Helvetica"];\n';
  for (const { node, attributes: a } of graph.nodeEntries()) {
    const style = a.parsed ? '' : ', style=dashed';
    yield `  ${dotString(node)} [label=${dotString(a.label)}, kind=${dotString(a.kind ?? '')}${style}];\n`;
  }
  for (const { attributes: a, source, target } of edgeEntries(graph))
    yield `  ${dotString(source)} -> ${dotString(target)} [label=${dotString(a.relation)}];\n`;
  yield '}\n';
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
  return joined(mermaidChunks(graph));
}

function* mermaidChunks(graph: CitationGraph): Generator<string> {
  const ids = new Map<string, number>();
  yield 'flowchart BT\n';
  for (const { node, attributes } of graph.nodeEntries()) {
    ids.set(node, ids.size);
    yield `  n${ids.get(node)}["${mermaidText(attributes.label)}"]\n`;
  }
  for (const { attributes, source, target } of edgeEntries(graph))
    yield `  n${ids.get(source)} -->|${attributes.relation}| n${ids.get(target)}\n`;
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
  return { nodes: joined(neo4jNodeChunks(graph)), relationships: joined(neo4jRelationshipChunks(graph)) };
}

function* neo4jNodeChunks(graph: CitationGraph): Generator<string> {
  const header = NODE_FIELDS.map((f) =>
    f === 'key'
      ? 'key:ID'
      : BOOLEAN_NODE_FIELDS.has(f)
        ? `${f}:boolean`
        : f === 'sources' || f === 'aliases'
          ? `${f}:string[]`
          : f,
  );
  yield [...header, ':LABEL'].join(',') + '\n';
  for (const { attributes: a } of graph.nodeEntries()) {
    const flat = flatNode(a);
    const lists = { sources: a.sources.join(';'), aliases: a.aliases.join(';') };
    yield [
      ...NODE_FIELDS.map((f) => csv(f in lists ? lists[f as keyof typeof lists] : flat[f]!)),
      a.parsed ? 'Instrument;Parsed' : 'Instrument',
    ].join(',') + '\n';
  }
}

function* neo4jRelationshipChunks(graph: CitationGraph): Generator<string> {
  yield ':START_ID,:END_ID,:TYPE,direct:boolean,evidence\n';
  const store = evidenceStore(graph);
  for (const { attributes: a, source, target } of edgeEntries(graph)) {
    yield [csv(source), csv(target), relationshipType(a.relation), String(a.direct), csv(evidenceJSON(store, a))].join(
      ',',
    ) + '\n';
  }
}

/**
 * A format's text in pieces, to write to a stream: joined, they are the string the matching
 * `to…` function returns (`json`: `JSON.stringify(toJSON(graph), null, 2)` and a line break).
 */
export function graphChunks(graph: CitationGraph, format: Exclude<GraphFormat, 'neo4j'>): Iterable<string> {
  switch (format) {
    case 'json':
      return jsonChunks(graph);
    case 'gexf':
      return gexfChunks(graph);
    case 'graphml':
      return graphmlChunks(graph);
    case 'dot':
      return dotChunks(graph);
    case 'mermaid':
      return mermaidChunks(graph);
  }
}

/** {@link toNeo4j}'s two files in pieces. */
export function neo4jChunks(graph: CitationGraph): { nodes: Iterable<string>; relationships: Iterable<string> } {
  return { nodes: neo4jNodeChunks(graph), relationships: neo4jRelationshipChunks(graph) };
}

function joined(chunks: Iterable<string>): string {
  let text = '';
  for (const chunk of chunks) text += chunk;
  return text;
}
