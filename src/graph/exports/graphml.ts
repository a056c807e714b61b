/**
 * GraphML written one node or edge at a time, byte for byte as fast-xml-parser's XMLBuilder
 * (`format: true`, `suppressEmptyNode: true`) writes the whole document as one string.
 */
import type { CitationGraph } from '../attributes.js';
import { evidenceJSON, evidenceStore } from '../evidence.js';
import { edgeEntries, edgeCount } from '../edge-table.js';
import {
  BOOLEAN_EDGE_FIELDS,
  BOOLEAN_NODE_FIELDS,
  EDGE_FIELDS,
  NODE_FIELDS,
  flatEdge,
  flatNode,
  type FlatAttributes,
} from './flat.js';

/** XMLBuilder's entities, in its order (`&` first). */
const escape = (value: string) =>
  value
    .replace(/&/gu, '&amp;')
    .replace(/>/gu, '&gt;')
    .replace(/</gu, '&lt;')
    .replace(/'/gu, '&apos;')
    .replace(/"/gu, '&quot;');

/** ` name="value"`; XMLBuilder writes a value of exactly "true" as a bare name (suppressBooleanAttributes). */
const attr = (name: string, value: string) => {
  const text = escape(value);
  return text === 'true' ? ` ${name}` : ` ${name}="${text}"`;
};

const indent = (depth: number) => '  '.repeat(depth);

function keyLine(prefix: 'n' | 'e', kind: 'node' | 'edge', field: string, booleans: ReadonlySet<string>): string {
  return `${indent(1)}<key${attr('id', `${prefix}_${field}`)}${attr('for', kind)}${attr('attr.name', field)}${attr('attr.type', booleans.has(field) ? 'boolean' : 'string')}/>\n`;
}

/** A `<node>` or `<edge>` and its `<data>`, three levels deep. */
function element(tag: 'node' | 'edge', head: string, prefix: 'n' | 'e', flat: FlatAttributes): string {
  let data = '';
  for (const [name, value] of Object.entries(flat)) {
    const text = escape(String(value));
    data +=
      text === ''
        ? `${indent(3)}<data${attr('key', `${prefix}_${name}`)}/>\n`
        : `${indent(3)}<data${attr('key', `${prefix}_${name}`)}>${text}</data>\n`;
  }
  return data === '' ? `${indent(2)}<${tag}${head}/>\n` : `${indent(2)}<${tag}${head}>\n${data}${indent(2)}</${tag}>\n`;
}

/** The text {@link toGraphML} returns, in pieces. */
export function* graphmlChunks(graph: CitationGraph): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n';
  yield NODE_FIELDS.map((f) => keyLine('n', 'node', f, BOOLEAN_NODE_FIELDS)).join('') +
    EDGE_FIELDS.map((f) => keyLine('e', 'edge', f, BOOLEAN_EDGE_FIELDS)).join('');
  const head = `${indent(1)}<graph${attr('id', 'citations')}${attr('edgedefault', 'directed')}`;
  if (graph.order === 0 && edgeCount(graph) === 0) {
    yield `${head}/>\n</graphml>\n`;
    return;
  }
  yield `${head}>\n`;
  for (const { node, attributes } of graph.nodeEntries())
    yield element('node', attr('id', node), 'n', flatNode(attributes));
  const store = evidenceStore(graph);
  for (const { edge, attributes, source, target } of edgeEntries(graph)) {
    yield element(
      'edge',
      attr('id', edge) + attr('source', source) + attr('target', target),
      'e',
      flatEdge(attributes, evidenceJSON(store, attributes)),
    );
  }
  yield `${indent(1)}</graph>\n</graphml>\n`;
}
