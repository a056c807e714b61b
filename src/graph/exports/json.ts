/**
 * graphology's serialization (`graph.export()`) written as `JSON.stringify(…, null, 2)` writes
 * it, one node or edge at a time: an archive's graph is never one string or one copied object.
 */
import type { CitationGraph } from '../attributes.js';
import { evidenceStore, plainAttributes } from '../evidence.js';
import { edgeEntries } from '../edge-table.js';

/** `JSON.stringify(value, null, 2)` of a value nested `depth` levels deep, as it prints there. */
const nested = (value: unknown, depth: number) =>
  JSON.stringify(value, null, 2).replace(/\n/gu, `\n${'  '.repeat(depth)}`);

/** An array's items, each printed at depth 2, as `JSON.stringify` prints the array at depth 1. */
function* array(items: Iterable<unknown>): Generator<string> {
  let first = true;
  for (const item of items) {
    yield `${first ? '[\n' : ',\n'}    ${nested(item, 2)}`;
    first = false;
  }
  yield first ? '[]' : '\n  ]';
}

function* serializedNodes(graph: CitationGraph): Generator<unknown> {
  for (const { node, attributes } of graph.nodeEntries())
    yield hasKeys(attributes) ? { key: node, attributes } : { key: node };
}

function* serializedEdges(graph: CitationGraph): Generator<unknown> {
  const store = evidenceStore(graph);
  for (const { edge, attributes, source, target } of edgeEntries(graph)) {
    yield hasKeys(attributes)
      ? { key: edge, source, target, attributes: plainAttributes(store, attributes) }
      : { key: edge, source, target };
  }
}

const hasKeys = (o: object) => Object.keys(o).length > 0;

/** The text of `JSON.stringify(graph.export(), null, 2) + '\n'`, in pieces. */
export function* jsonChunks(graph: CitationGraph): Generator<string> {
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  yield `{\n  "options": ${nested(options, 1)},\n  "attributes": ${nested(graph.getAttributes(), 1)},\n  "nodes": `;
  yield* array(serializedNodes(graph));
  yield ',\n  "edges": ';
  yield* array(serializedEdges(graph));
  yield '\n}\n';
}
