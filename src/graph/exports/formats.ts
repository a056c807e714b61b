/**
 * The citation graph in the formats researchers open it with: graphology's JSON, GEXF (Gephi),
 * GraphML (yEd, Cytoscape, NetworkX), DOT (Graphviz), Mermaid, and Neo4j import CSV.
 */
import { write as writeGexf } from 'graphology-gexf';
import { XMLBuilder } from 'fast-xml-parser';
import type { SerializedGraph } from 'graphology-types';
import type { CitationAttributes, CitationGraph, InstrumentAttributes } from '../types.js';
import { BOOLEAN_EDGE_FIELDS, BOOLEAN_NODE_FIELDS, EDGE_FIELDS, NODE_FIELDS, flatEdge, flatNode } from './flat.js';

export const GRAPH_FORMATS = ['json', 'gexf', 'graphml', 'dot', 'mermaid', 'neo4j'] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

/** graphology's own serialization: `{ attributes, options, nodes: [{ key, attributes }], edges: [{ key, source, target, attributes }] }`. */
export function toJSON(graph: CitationGraph): SerializedGraph<InstrumentAttributes, CitationAttributes> {
  return graph.export();
}

export function toGEXF(graph: CitationGraph): string {
  return writeGexf(graph, {
    formatNode: (key, a) => ({ label: a.label, attributes: flatNode(a) }),
    formatEdge: (key, a) => ({ label: a.relation, attributes: flatEdge(a) }),
  });
}

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

/** `neo4j-admin database import` files: typed headers, lists split on ";". */
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
