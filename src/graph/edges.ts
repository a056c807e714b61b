/** Edges of the citation graph: one per (citing, cited, relation), carrying every piece of evidence. */
import type { Relation } from '../model/schema.js';
import type { CitationGraph, Evidence } from './types.js';

/**
 * One edge per (citing, cited, relation): a second document saying the same adds its evidence,
 * appended in place (a relation stated in every document of an archive stays linear to build).
 */
export function link(graph: CitationGraph, source: string, target: string, relation: Relation, direct: boolean, evidence: readonly Evidence[]): void {
  const edge = `${source} -[${relation}]-> ${target}`;
  if (graph.hasEdge(edge)) {
    const old = graph.getEdgeAttributes(edge);
    old.direct = old.direct || direct;
    for (const item of evidence) old.evidence.push(item);
  } else {
    graph.addDirectedEdgeWithKey(edge, source, target, { relation, direct, evidence: [...evidence] });
  }
}
