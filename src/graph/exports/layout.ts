/**
 * Where the graph page draws each node: a ForceAtlas2 layout computed here, ahead, so the
 * browser only draws. Deterministic: the same graph gives the same picture.
 */
import { dependency } from '../../deps/index.js';
import type { CitationGraph } from '../attributes.js';

export type Positions = Map<string, { x: number; y: number }>;

// fewer rounds as the graph grows: Barnes-Hut keeps a round near n·log n, and a large graph
// settles its overall shape early (2,200 nodes: 68 rounds; 20,000: 20)
const roundsFor = (order: number) => Math.max(20, Math.min(100, Math.round(150_000 / Math.max(1, order))));

/** ForceAtlas2 positions of every node, from a sunflower start (no randomness). */
export function layoutPositions(graph: CitationGraph): Positions {
  const { MultiDirectedGraph } = dependency('graphology');
  const forceAtlas2 = dependency('graphology-layout-forceatlas2');
  const skeleton = new MultiDirectedGraph();
  const golden = Math.PI * (3 - Math.sqrt(5));
  let i = 0;
  graph.forEachNode((key) => {
    const r = Math.sqrt(i + 0.5) * 10;
    skeleton.addNode(key, { x: r * Math.cos(i * golden), y: r * Math.sin(i * golden) });
    i++;
  });
  graph.forEachEdge((_, __, source, target) => {
    skeleton.addEdge(source, target);
  });
  // outbound attraction spreads the laws every document cites and pulls each document's own citations round it
  const settings = {
    ...forceAtlas2.inferSettings(skeleton),
    barnesHutOptimize: skeleton.order > 500,
    outboundAttractionDistribution: true,
  };
  const positions = forceAtlas2(skeleton, { iterations: roundsFor(skeleton.order), settings, getEdgeWeight: null });
  return new Map(Object.entries(positions));
}
