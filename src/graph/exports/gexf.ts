/**
 * GEXF 1.2 written one node or edge at a time, byte for byte as graphology-gexf's writer (with
 * xml-writer's two-space indent) writes the whole graph as one string. Its attribute model
 * lists a field once some node (or edge) has a value for it, in the order values first appear:
 * a first pass over the graph finds it, a second writes.
 */
import type { CitationGraph } from '../attributes.js';
import { evidenceJSON, evidenceStore } from '../evidence.js';
import { edgeEntries } from '../edge-table.js';
import { flatEdge, flatNode, type FlatAttributes } from './flat.js';

/** xml-writer's escaping of an attribute value. */
const attribute = (value: string) =>
  value
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/"/gu, '&quot;')
    .replace(/\t/gu, '&#x9;')
    .replace(/\n/gu, '&#xA;')
    .replace(/\r/gu, '&#xD;');

/** ` name="value"`, or nothing for an empty value (as xml-writer leaves it out). */
const attr = (name: string, value: string | null | undefined) => (value ? ` ${name}="${attribute(value)}"` : '');

const line = (depth: number, text: string) => `\n${'  '.repeat(depth)}${text}`;

/** `<meta>`: the graph's scalar attributes as elements, `lastModifiedDate` as an attribute (none on a built graph). */
function meta(attributes: Record<string, unknown>): string {
  const head = line(1, `<meta${attr('lastmodifieddate', attributes.lastModifiedDate as string | undefined)}`);
  let children = '';
  for (const [name, value] of Object.entries(attributes)) {
    const tag = name.replace(/["'<>&\s]/gu, '').trim();
    if (name === 'lastModifiedDate' || !tag || !['string', 'number', 'boolean'].includes(typeof value)) continue;
    children += line(
      2,
      `<${tag}>${String(value).replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;')}</${tag}>`,
    );
  }
  return children === '' ? `${head}/>` : `${head}>${children}${line(1, '</meta>')}`;
}

type Model = Map<string, 'string' | 'boolean'>;

function model(elements: Iterable<FlatAttributes>): Model {
  const found: Model = new Map();
  for (const flat of elements) {
    for (const [name, value] of Object.entries(flat)) {
      if (value !== '' && !found.has(name)) found.set(name, typeof value === 'boolean' ? 'boolean' : 'string');
    }
  }
  return found;
}

function modelText(found: Model, kind: 'node' | 'edge'): string {
  if (found.size === 0) return '';
  let text = line(2, `<attributes class="${kind}">`);
  for (const [name, type] of found)
    text += line(3, `<attribute id="${attribute(name)}" title="${attribute(name)}" type="${type}"/>`);
  return text + line(2, '</attributes>');
}

/** One `<node>` or `<edge>`: its XML attributes, then its attvalues. */
function element(tag: 'node' | 'edge', head: string, flat: FlatAttributes, found: Model): string {
  if (found.size === 0) return line(3, `<${tag}${head}/>`);
  let values = '';
  for (const name of found.keys()) {
    const value = flat[name];
    if (value === undefined || value === '') continue;
    values += line(5, `<attvalue for="${attribute(name)}" value="${attribute(String(value))}"/>`);
  }
  const attvalues =
    values === '' ? line(4, '<attvalues/>') : `${line(4, '<attvalues>')}${values}${line(4, '</attvalues>')}`;
  return `${line(3, `<${tag}${head}>`)}${attvalues}${line(3, `</${tag}>`)}`;
}

function* nodeFlats(graph: CitationGraph): Generator<FlatAttributes> {
  for (const { attributes } of graph.nodeEntries()) yield flatNode(attributes);
}

/** The edges' flat attributes for the model: evidence is never "" (at least "[]"), so its text is not read. */
function* edgeFlats(graph: CitationGraph): Generator<FlatAttributes> {
  for (const { attributes } of edgeEntries(graph)) yield flatEdge(attributes, '[]');
}

function* section(tag: 'nodes' | 'edges', elements: Iterable<string>): Generator<string> {
  let open = false;
  for (const text of elements) {
    if (!open) yield line(2, `<${tag}>`);
    open = true;
    yield text;
  }
  yield open ? line(2, `</${tag}>`) : line(2, `<${tag}/>`);
}

/** The text of graphology-gexf's `write(graph, …)` with the node and edge formatters of {@link toGEXF}, in pieces. */
export function* gexfChunks(graph: CitationGraph): Generator<string> {
  const nodeModel = model(nodeFlats(graph));
  const edgeModel = model(edgeFlats(graph));
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<gexf version="1.2" xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http:///www.gexf.net/1.1draft/viz">';
  yield `${meta(graph.getAttributes())}${line(1, `<graph defaultedgetype="${graph.type}">`)}`;
  yield modelText(nodeModel, 'node') + modelText(edgeModel, 'edge');
  yield* section('nodes', nodeElements(graph, nodeModel));
  yield* section('edges', edgeElements(graph, edgeModel));
  yield `${line(1, '</graph>')}\n</gexf>`;
}

function* nodeElements(graph: CitationGraph, found: Model): Generator<string> {
  for (const { node, attributes } of graph.nodeEntries()) {
    yield element('node', attr('id', node) + attr('label', attributes.label), flatNode(attributes), found);
  }
}

function* edgeElements(graph: CitationGraph, found: Model): Generator<string> {
  const store = evidenceStore(graph);
  for (const { edge, attributes, source, target } of edgeEntries(graph)) {
    const head =
      attr('id', edge) + attr('source', source) + attr('target', target) + attr('label', attributes.relation);
    yield element('edge', head, flatEdge(attributes, evidenceJSON(store, attributes)), found);
  }
}
