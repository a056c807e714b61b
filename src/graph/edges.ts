/** Edges of the citation graph: one per (citing, cited, relation), carrying every piece of evidence. */
import type { Relation } from '../model/schema.js';
import type { CitationGraph, Evidence } from './types.js';

/** One edge per (citing, cited, relation): a second document saying the same adds its evidence. */
export function link(graph: CitationGraph, source: string, target: string, relation: Relation, direct: boolean, evidence: Evidence[]): void {
  const edge = `${source} -[${relation}]-> ${target}`;
  if (graph.hasEdge(edge)) {
    graph.updateEdgeAttributes(edge, (old) => ({ ...old, direct: old.direct || direct, evidence: [...old.evidence, ...evidence] }));
  } else {
    graph.addDirectedEdgeWithKey(edge, source, target, { relation, direct, evidence });
  }
}
