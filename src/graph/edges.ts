/** Edges of the citation graph: one per (citing, cited, relation), carrying every piece of evidence. */
import type { Relation } from '../model/schema.js';
import type { CitationAttributes, CitationGraph, Evidence } from './attributes.js';
import { edgeKey, edgeTable } from './edge-table.js';
import { appendEvidence, evidenceStore, moveEvidence, newEvidence } from './evidence.js';

/**
 * One edge per (citing, cited, relation): a second document saying the same adds its evidence,
 * appended in place (a relation stated in every document of an archive stays linear to build).
 */
export function link(
  graph: CitationGraph,
  source: string,
  target: string,
  relation: Relation,
  direct: boolean,
  evidence: readonly Evidence[],
): void {
  const table = edgeTable(graph);
  if (table) {
    table.link(source, target, relation, direct, evidence);
    return;
  }
  const edge = edgeKey(source, target, relation);
  const store = evidenceStore(graph);
  if (graph.hasEdge(edge)) {
    const old = graph.getEdgeAttributes(edge);
    old.direct = old.direct || direct;
    appendEvidence(store, old, evidence);
  } else {
    graph.addDirectedEdgeWithKey(edge, source, target, { relation, direct, evidence: newEvidence(store, evidence) });
  }
}

/**
 * The edge `from` (of a partial key being merged) said again between `source` and `target`, its evidence moved along.
 */
export function relink(graph: CitationGraph, source: string, target: string, from: CitationAttributes): void {
  const edge = edgeKey(source, target, from.relation);
  const store = evidenceStore(graph);
  if (graph.hasEdge(edge)) {
    const old = graph.getEdgeAttributes(edge);
    old.direct = old.direct || from.direct;
    moveEvidence(store, old, from);
  } else {
    const attributes: CitationAttributes = {
      relation: from.relation,
      direct: from.direct,
      evidence: newEvidence(store, []),
    };
    moveEvidence(store, attributes, from);
    graph.addDirectedEdgeWithKey(edge, source, target, attributes);
  }
}
