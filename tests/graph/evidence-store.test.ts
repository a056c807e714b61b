/**
 * `vanban graph` keeps an archive's evidence in a file while it builds and writes the graph
 * (src/cli/evidence-file.ts): every export must be the text the graph with its evidence in
 * memory gives, including edges whose evidence came in several batches (the same relation said
 * by several documents, a partial key merged into a full one).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFile, type CitationGraph, type DocumentResult, type GraphInput } from '../../src/index.js';
import { addDocument, emptyGraph, finishGraph } from '../../src/graph/build.js';
import { evidenceStore, storeEvidence } from '../../src/graph/evidence.js';
import { graphChunks, neo4jChunks } from '../../src/graph/exports/formats.js';
import { EvidenceFile } from '../../src/cli/evidence-file.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const files = ['corpus/seeds', 'corpus/dev', 'corpus/unlabeled'].flatMap((d) =>
  readdirSync(join(ROOT, d))
    .filter((f) => /\.(txt|md)$/u.test(f))
    .map((f) => join(ROOT, d, f)),
);
const results: DocumentResult[] = files.map((f) => parseFile(f));
/** Each document again under another file name: every direct edge gets a second batch. */
const again: GraphInput[] = results
  .slice(0, 40)
  .map((r) => ({ ...r, source: { ...r.source, name: `copy-${r.source.name}` } }));
const inputs: GraphInput[] = [...results, ...again];

const files_: EvidenceFile[] = [];
afterAll(() => files_.forEach((f) => f.close()));

function graphOf(store: EvidenceFile | null): CitationGraph {
  const graph = emptyGraph();
  if (store) storeEvidence(graph, store);
  for (const input of inputs) addDocument(graph, input);
  return finishGraph(graph);
}

const joined = (chunks: Iterable<string>) => [...chunks].join('');

function exports(graph: CitationGraph): Record<string, string> {
  const { nodes, relationships } = neo4jChunks(graph);
  return {
    json: joined(graphChunks(graph, 'json')),
    gexf: joined(graphChunks(graph, 'gexf')),
    graphml: joined(graphChunks(graph, 'graphml')),
    dot: joined(graphChunks(graph, 'dot')),
    mermaid: joined(graphChunks(graph, 'mermaid')),
    nodes: joined(nodes),
    relationships: joined(relationships),
  };
}

const inMemory = graphOf(null);
const expected = exports(inMemory);

describe('a graph whose evidence waits in a file', () => {
  // blocks of 4 MB (one read holds the corpus's evidence) and of 1 KB (batches straddle blocks, reads go back and
  // forth)
  it.each([[1 << 22], [1 << 10]])('writes every format as the in-memory graph does (blocks of %i bytes)', (block) => {
    const store = new EvidenceFile(undefined, block);
    files_.push(store);
    const graph = graphOf(store);
    expect(evidenceStore(graph)).toBe(store);
    expect(exports(graph)).toEqual(expected);
    // twice: reading is not a one-way pass
    expect(joined(graphChunks(graph, 'graphml'))).toBe(expected.graphml);
  });

  it('is tested on edges of several batches, merged partial keys and evidence with quotes', () => {
    expect(
      inMemory.someEdge((_, a) => a.evidence.length > 0 && new Set(a.evidence.map((e) => e.source)).size > 1),
    ).toBe(true);
    expect(inMemory.someNode((_, a) => a.aliases.length > 0)).toBe(true);
    expect(inMemory.someEdge((_, a) => a.evidence.some((e) => /["&<>\n]/u.test(e.text)))).toBe(true);
  });

  it('keeps nothing of the evidence on the edges: a number, or the numbers of its batches', () => {
    const store = new EvidenceFile();
    files_.push(store);
    const graph = graphOf(store);
    const held = new Set(
      graph.mapEdges((_, a) =>
        typeof a.evidence === 'number'
          ? 'number'
          : (a.evidence as unknown[]).every((b) => typeof b === 'number')
            ? 'numbers'
            : 'objects',
      ),
    );
    expect([...held].sort()).toEqual(['number', 'numbers']);
  });
});
