/**
 * The edges of an archive's graph, kept apart from graphology while `vanban graph` builds and
 * writes it: graphology spends ~400 bytes an edge (its record, the key string, the attributes
 * object, two adjacency entries), most of an archive graph's memory once the evidence waits on
 * disk. Here an edge is a row of typed arrays (source, target, relation, direct, first evidence
 * batch: ~14 bytes) found again through an open-addressing hash of (source, target, relation).
 * The rows are read back as graphology would give its edges: same keys, same attributes (the
 * evidence as the batch numbers of evidence.ts), in the same order, also after partial keys are
 * merged (resolve.ts) — so every export is byte for byte the one of the graphology graph.
 */
import type { Relation } from '../model/schema.js';
import type { CitationAttributes, CitationGraph, Evidence } from './attributes.js';
import type { EvidenceStore } from './evidence.js';

/** An edge as graphology's `edgeEntries()` gives it. */
export interface EdgeEntry {
  edge: string;
  source: string;
  target: string;
  attributes: CitationAttributes;
}

const NONE = -1;

/** " -[implements]-> ", one string per relation. */
const ARROWS = new Map<string, string>();

/**
 * `${source} -[${relation}]-> ${target}`, built as two joins onto one shared arrow: V8 keeps the
 * key as a pair of references to the node keys (64 bytes) rather than four (128).
 */
export function edgeKey(source: string, target: string, relation: Relation): string {
  let arrow = ARROWS.get(relation);
  if (arrow === undefined) ARROWS.set(relation, (arrow = ` -[${relation}]-> `));
  return source + arrow + target;
}

export class EdgeTable {
  /** Node number → key, and back. */
  private readonly keys: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly relations: Relation[] = [];
  private readonly relationIds = new Map<Relation, number>();
  private capacity = 1 << 12;
  private sources = new Int32Array(this.capacity);
  private targets = new Int32Array(this.capacity);
  private relationOf = new Uint8Array(this.capacity);
  /** bit 1: direct; bit 2: dropped with a node. */
  private flags = new Uint8Array(this.capacity);
  /** The edge's first evidence batch, or NONE; later batches in `more`. */
  private firstBatch = new Float64Array(this.capacity);
  private readonly more = new Map<number, number[]>();
  /** Open addressing: edge number + 1, or 0 for an empty slot. */
  private slots = new Int32Array(1 << 13);
  private count = 0;
  private dropped = 0;
  /** While partial keys are merged: the edges out of and into each node that may be merged, in order. */
  private watched: { out: Map<number, number[]>; in: Map<number, number[]> } | null = null;

  constructor(private readonly store: EvidenceStore) {}

  /** The edges that are in the graph (graphology's `size`). */
  get size(): number {
    return this.count - this.dropped;
  }

  /** One edge per (citing, cited, relation); a second saying adds its evidence (edges.ts `link`). */
  link(source: string, target: string, relation: Relation, direct: boolean, evidence: readonly Evidence[]): void {
    const edge = this.edgeOf(this.nodeId(source), this.nodeId(target), this.relationId(relation), true);
    if (direct) this.flags[edge]! |= 1;
    if (evidence.length > 0) this.appendBatch(edge, this.store.put(evidence));
  }

  /**
   * Merge the partial key `partial` into `full` as resolve.ts does on a graphology graph: every
   * edge of `partial` said again from or to `full` (in graphology's order: its out-edges by
   * neighbour in the order they were first linked, the latest edge of a neighbour first; then its
   * in-edges so), its evidence moved along; then `partial`'s edges dropped with it.
   */
  merge(partial: string, full: string): void {
    const p = this.nodeId(partial);
    const f = this.nodeId(full);
    for (const edge of this.adjacency(p, 'out')) this.relink(f, this.targets[edge]!, edge);
    for (const edge of this.adjacency(p, 'in')) this.relink(this.sources[edge]!, f, edge);
    for (const edge of [...(this.watched?.out.get(p) ?? []), ...(this.watched?.in.get(p) ?? [])]) {
      if (this.flags[edge]! & 2) continue;
      this.flags[edge]! |= 2;
      this.dropped++;
    }
  }

  /** Before merging: index the edges of the nodes that may be merged (the rest are never looked up by node). */
  watch(nodes: Iterable<string>): void {
    const out = new Map<number, number[]>();
    const into = new Map<number, number[]>();
    for (const node of nodes) {
      const id = this.ids.get(node);
      if (id === undefined) continue;
      out.set(id, []);
      into.set(id, []);
    }
    for (let edge = 0; edge < this.count; edge++) {
      if (this.flags[edge]! & 2) continue;
      out.get(this.sources[edge]!)?.push(edge);
      into.get(this.targets[edge]!)?.push(edge);
    }
    this.watched = { out, in: into };
  }

  /** Every edge in the graph, as graphology's `edgeEntries()` gives them. */
  *entries(): Generator<EdgeEntry> {
    for (let edge = 0; edge < this.count; edge++) {
      if (this.flags[edge]! & 2) continue;
      const source = this.keys[this.sources[edge]!]!;
      const target = this.keys[this.targets[edge]!]!;
      const relation = this.relations[this.relationOf[edge]!]!;
      yield {
        edge: edgeKey(source, target, relation),
        source,
        target,
        attributes: { relation, direct: (this.flags[edge]! & 1) === 1, evidence: this.batches(edge) },
      };
    }
  }

  /** The edge's evidence as evidence.ts keeps a stored edge's: no batch `[]`, one batch its number, else the list. */
  private batches(edge: number): Evidence[] {
    const first = this.firstBatch[edge]!;
    const more = this.more.get(edge);
    const batches = first === NONE ? [] : more ? [first, ...more] : first;
    return batches as unknown as Evidence[];
  }

  /** graphology's order of a node's out- (or in-) edges: by neighbour as first linked, the latest edge first. */
  private adjacency(node: number, side: 'out' | 'in'): number[] {
    const edges = this.watched?.[side].get(node);
    if (!edges) throw new Error(`edge table: node ${this.keys[node]} is not watched`);
    const byNeighbour = new Map<number, number[]>();
    for (const edge of edges) {
      if (this.flags[edge]! & 2) continue;
      const neighbour = side === 'out' ? this.targets[edge]! : this.sources[edge]!;
      const group = byNeighbour.get(neighbour);
      if (group) group.push(edge);
      else byNeighbour.set(neighbour, [edge]);
    }
    return [...byNeighbour.values()].flatMap((group) => group.reverse());
  }

  /** edges.ts `relink`: the edge `from` said again between `source` and `target`. */
  private relink(source: number, target: number, from: number): void {
    if (source === target)
      throw new Error(`graph: merging would link "${this.keys[source]}" to itself, which the graph forbids`);
    const edge = this.edgeOf(source, target, this.relationOf[from]!, true);
    this.flags[edge]! |= this.flags[from]! & 1;
    const first = this.firstBatch[from]!;
    if (first === NONE) return;
    this.appendBatch(edge, first);
    for (const batch of this.more.get(from) ?? []) this.appendBatch(edge, batch);
  }

  private appendBatch(edge: number, batch: number): void {
    if (this.firstBatch[edge] === NONE) {
      this.firstBatch[edge] = batch;
      return;
    }
    const more = this.more.get(edge);
    if (more) more.push(batch);
    else this.more.set(edge, [batch]);
  }

  /** The edge (source, target, relation), made (with no evidence, not direct) when absent and `make`. */
  private edgeOf(source: number, target: number, relation: number, make: boolean): number {
    const mask = this.slots.length - 1;
    let slot = hash(source, target, relation) & mask;
    for (;;) {
      const found = this.slots[slot]!;
      if (found === 0) break;
      const edge = found - 1;
      if (this.sources[edge] === source && this.targets[edge] === target && this.relationOf[edge] === relation)
        return edge;
      slot = (slot + 1) & mask;
    }
    if (!make) return NONE;
    if (this.count === this.capacity) this.grow();
    const edge = this.count++;
    this.sources[edge] = source;
    this.targets[edge] = target;
    this.relationOf[edge] = relation;
    this.flags[edge] = 0;
    this.firstBatch[edge] = NONE;
    this.slots[slot] = edge + 1;
    if (this.watched) {
      this.watched.out.get(source)?.push(edge);
      this.watched.in.get(target)?.push(edge);
    }
    if (this.count * 2 > this.slots.length) this.rehash();
    return edge;
  }

  private nodeId(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.keys.push(key);
      this.ids.set(key, id);
    }
    return id;
  }

  private relationId(relation: Relation): number {
    let id = this.relationIds.get(relation);
    if (id === undefined) {
      id = this.relations.length;
      if (id > 255) throw new Error('edge table: more than 256 relations');
      this.relations.push(relation);
      this.relationIds.set(relation, id);
    }
    return id;
  }

  private grow(): void {
    this.capacity *= 2;
    this.sources = grown(this.sources, new Int32Array(this.capacity));
    this.targets = grown(this.targets, new Int32Array(this.capacity));
    this.relationOf = grown(this.relationOf, new Uint8Array(this.capacity));
    this.flags = grown(this.flags, new Uint8Array(this.capacity));
    this.firstBatch = grown(this.firstBatch, new Float64Array(this.capacity));
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let edge = 0; edge < this.count; edge++) {
      let slot = hash(this.sources[edge]!, this.targets[edge]!, this.relationOf[edge]!) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = edge + 1;
    }
    this.slots = slots;
  }
}

function grown<T extends Int32Array | Uint8Array | Float64Array>(old: T, bigger: T): T {
  bigger.set(old as never);
  return bigger;
}

function hash(source: number, target: number, relation: number): number {
  let h = Math.imul(source, 0x9e3779b1) ^ Math.imul(target + 0x7f4a7c15, 0x85ebca77) ^ Math.imul(relation, 0xc2b2ae3d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 12)) >>> 0;
}

const TABLES = new WeakMap<CitationGraph, EdgeTable>();

/**
 * From now on, `graph`'s edges are rows of `table` (call on an empty graph whose evidence goes
 * to a store): only the exports and `edgeCount` read them; graphology's own edge methods see none.
 */
export function keepEdgesApart(graph: CitationGraph, table: EdgeTable): void {
  TABLES.set(graph, table);
}

/** The table `graph`'s edges are kept in, if any. */
export function edgeTable(graph: CitationGraph): EdgeTable | undefined {
  return TABLES.get(graph);
}

/** `graph.edgeEntries()`, wherever the edges are kept. */
export function edgeEntries(graph: CitationGraph): Iterable<EdgeEntry> {
  return TABLES.get(graph)?.entries() ?? graph.edgeEntries();
}

/** `graph.size`, wherever the edges are kept. */
export function edgeCount(graph: CitationGraph): number {
  return TABLES.get(graph)?.size ?? graph.size;
}
