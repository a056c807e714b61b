/**
 * The questions researchers ask of a citation graph: what does X rest on, which plans carry
 * out Y (directly or through others), how does a plan chain up to its root directive, and which
 * cited instruments are not in the archive yet.
 */
import type { Relation } from '../model/schema.js';
import type { CitationGraph, InstrumentAttributes } from './attributes.js';

/** A node next to another, and the relation of the edge between them. */
export interface Neighbor {
  /** the neighbour's node key */
  key: string;
  /** the edge's relation */
  relation: Relation;
}

const allows = (relations: readonly Relation[] | undefined, relation: Relation) =>
  relations === undefined || relations.includes(relation);

/**
 * What `key` cites directly, optionally only by some relations ("implements", "basedOn" …);
 * empty when the key is not in the graph.
 *
 * @example
 * ```ts
 * import { buildGraph, parents, parseFile } from 'vanban';
 *
 * const plan = parseFile('corpus/seeds/003_92d5c371dfb6f108.txt'); // Kế hoạch 203/KH-UBND of Hà Nội
 * const graph = buildGraph([plan]);
 * parents(graph, plan.key!, ['implements']);
 * // → [{ key: 'vn:232-kh/tu@ha-noi#2024', relation: 'implements' }, { key: 'vn:28-ct/tw#2023', relation: 'implements' }]
 * parents(graph, plan.key!).length; // → 8
 * ```
 */
export function parents(graph: CitationGraph, key: string, relations?: readonly Relation[]): Neighbor[] {
  if (!graph.hasNode(key)) return [];
  const out: Neighbor[] = [];
  graph.forEachOutEdge(key, (_, a, __, target) => {
    if (allows(relations, a.relation)) out.push({ key: target, relation: a.relation });
  });
  return out;
}

/**
 * What cites `key` directly, optionally only by some relations; empty when the key is not in
 * the graph.
 *
 * @example
 * ```ts
 * import { buildGraph, children, parseFile } from 'vanban';
 *
 * const plan = parseFile('corpus/seeds/003_92d5c371dfb6f108.txt'); // Kế hoạch 203/KH-UBND of Hà Nội
 * const graph = buildGraph([plan]);
 * children(graph, 'vn:28-ct/tw#2023');
 * // → [{ key: 'vn:203/kh-ubnd@ha-noi#2024', relation: 'implements' }, { key: 'vn:232-kh/tu@ha-noi#2024', relation: 'implements' }]
 * ```
 */
export function children(graph: CitationGraph, key: string, relations?: readonly Relation[]): Neighbor[] {
  if (!graph.hasNode(key)) return [];
  const out: Neighbor[] = [];
  graph.forEachInEdge(key, (_, a, source) => {
    if (allows(relations, a.relation)) out.push({ key: source, relation: a.relation });
  });
  return out;
}

/**
 * Every instrument reachable upward (what `key` rests on, and what that rests on …), nearest
 * first, optionally following only some relations.
 *
 * @example
 * ```ts
 * import { ancestors, buildGraph, parseFile } from 'vanban';
 *
 * const plan = parseFile('corpus/seeds/003_92d5c371dfb6f108.txt'); // Kế hoạch 203/KH-UBND of Hà Nội
 * const graph = buildGraph([plan]);
 * ancestors(graph, 'vn:232-kh/tu@ha-noi#2024'); // → ['vn:28-ct/tw#2023']
 * ancestors(graph, plan.key!, ['implements']); // → ['vn:232-kh/tu@ha-noi#2024', 'vn:28-ct/tw#2023']
 * ancestors(graph, 'vn:203/kh-ubnd@ha-noi#2024', ['implements'], 1); // → ['vn:232-kh/tu@ha-noi#2024', 'vn:28-ct/tw#2023']
 * ```
 */
export function ancestors(
  graph: CitationGraph,
  key: string,
  relations?: readonly Relation[],
  depth = Infinity,
): string[] {
  return reach(graph, key, (k) => parents(graph, k, relations), depth);
}

/**
 * Every instrument reachable downward (what cites `key`, and what cites that …), nearest
 * first, optionally following only some relations.
 *
 * @example
 * ```ts
 * import { buildGraph, descendants, parseFile } from 'vanban';
 *
 * const plan = parseFile('corpus/seeds/003_92d5c371dfb6f108.txt'); // Kế hoạch 203/KH-UBND of Hà Nội
 * const graph = buildGraph([plan]);
 * descendants(graph, 'vn:28-ct/tw#2023'); // → ['vn:203/kh-ubnd@ha-noi#2024', 'vn:232-kh/tu@ha-noi#2024']
 * ```
 */
export function descendants(
  graph: CitationGraph,
  key: string,
  relations?: readonly Relation[],
  depth = Infinity,
): string[] {
  return reach(graph, key, (k) => children(graph, k, relations), depth);
}

/** Breadth first from `start`, at most `depth` steps away. */
function reach(graph: CitationGraph, start: string, next: (key: string) => Neighbor[], depth: number): string[] {
  if (!graph.hasNode(start)) return [];
  const steps = new Map([[start, 0]]);
  const queue = [start];
  const out: string[] = [];
  while (queue.length > 0) {
    const current = queue.shift()!;
    const step = steps.get(current)! + 1;
    if (step > depth) continue;
    for (const { key } of next(current)) {
      if (steps.has(key)) continue;
      steps.set(key, step);
      out.push(key);
      queue.push(key);
    }
  }
  return out;
}

/**
 * The implementation chains from `key` up to the directives at their roots, following
 * "implements" edges: [[plan, Tỉnh ủy plan, Chỉ thị], …] — one chain per path to a root.
 *
 * @example
 * ```ts
 * import { buildGraph, implementationChains, parseFile } from 'vanban';
 *
 * const plan = parseFile('corpus/seeds/003_92d5c371dfb6f108.txt'); // Kế hoạch 203/KH-UBND of Hà Nội
 * const graph = buildGraph([plan]);
 * implementationChains(graph, plan.key!);
 * // → [['vn:203/kh-ubnd@ha-noi#2024', 'vn:232-kh/tu@ha-noi#2024', 'vn:28-ct/tw#2023'], ['vn:203/kh-ubnd@ha-noi#2024', 'vn:28-ct/tw#2023']]
 * ```
 */
export function implementationChains(graph: CitationGraph, key: string): string[][] {
  if (!graph.hasNode(key)) return [];
  const chains: string[][] = [];
  const walk = (path: string[]) => {
    const up = parents(graph, path.at(-1)!, ['implements']).filter((p) => !path.includes(p.key));
    if (up.length === 0) {
      chains.push(path);
      return;
    }
    for (const p of up) walk([...path, p.key]);
  };
  walk([key]);
  return chains;
}

/**
 * Who implements `key`: every instrument whose implementation chain passes through it, with
 * its depth (1 = directly), nearest first.
 *
 * @example
 * ```ts
 * import { buildGraph, implementers, parseFile } from 'vanban';
 *
 * const plan = parseFile('corpus/seeds/003_92d5c371dfb6f108.txt'); // Kế hoạch 203/KH-UBND of Hà Nội
 * const graph = buildGraph([plan]);
 * implementers(graph, 'vn:28-ct/tw#2023');
 * // → [{ key: 'vn:203/kh-ubnd@ha-noi#2024', depth: 1 }, { key: 'vn:232-kh/tu@ha-noi#2024', depth: 1 }]
 * ```
 */
export function implementers(graph: CitationGraph, key: string): Array<{ key: string; depth: number }> {
  if (!graph.hasNode(key)) return [];
  const depth = new Map<string, number>([[key, 0]]);
  const queue = [key];
  const out: Array<{ key: string; depth: number }> = [];
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const child of children(graph, current, ['implements'])) {
      if (depth.has(child.key)) continue;
      depth.set(child.key, depth.get(current)! + 1);
      out.push({ key: child.key, depth: depth.get(child.key)! });
      queue.push(child.key);
    }
  }
  return out;
}

/**
 * Instruments cited but not in the archive, most cited first (`citedBy`: how many
 * instruments cite it): what to collect next.
 *
 * @example
 * ```ts
 * import { buildGraph, citedNotInArchive, parseFile } from 'vanban';
 *
 * const plan = parseFile('corpus/seeds/003_92d5c371dfb6f108.txt'); // Kế hoạch 203/KH-UBND of Hà Nội
 * const graph = buildGraph([plan]);
 * citedNotInArchive(graph)[1]; // → { key: 'vn:28-ct/tw#2023', label: 'Chỉ thị 28-CT/TW', citedBy: 2 }
 * ```
 */
export function citedNotInArchive(graph: CitationGraph): Array<InstrumentAttributes & { citedBy: number }> {
  return graph
    .filterNodes((_, a) => !a.parsed)
    .map((key) => ({ ...graph.getNodeAttributes(key), citedBy: new Set(graph.inNeighbors(key)).size }))
    .sort((a, b) => b.citedBy - a.citedBy || a.key.localeCompare(b.key));
}

/**
 * The node a user means by a number or key: "28-CT/TW", "vn:28-ct/tw#2023"; all matches when
 * ambiguous, none when nothing matches.
 *
 * @example
 * ```ts
 * import { buildGraph, findInstruments, parseFile } from 'vanban';
 *
 * const plan = parseFile('corpus/seeds/003_92d5c371dfb6f108.txt'); // Kế hoạch 203/KH-UBND of Hà Nội
 * const graph = buildGraph([plan]);
 * findInstruments(graph, '232-KH/TU'); // → ['vn:232-kh/tu@ha-noi#2024']
 * findInstruments(graph, 'vn:28-ct/tw#2023'); // → ['vn:28-ct/tw#2023']
 * findInstruments(graph, '99/QĐ-UBND'); // → []
 * ```
 */
export function findInstruments(graph: CitationGraph, query: string): string[] {
  if (graph.hasNode(query)) return [query];
  const folded = query.normalize('NFC').toLowerCase().replace(/\s+/gu, '');
  return graph.filterNodes(
    (key, a) =>
      key === `vn:${folded}` ||
      key.startsWith(`vn:${folded}@`) ||
      key.startsWith(`vn:${folded}#`) ||
      (a.number ?? '').toLowerCase() === folded,
  );
}

/**
 * Each relation's name in a document's "lược đồ", as the legal portals print it: for what the
 * document rests on (`parents`) and for what rests on it (`children`).
 */
export const RELATION_NAMES: Readonly<Record<Relation, { parents: string; children: string }>> = {
  basedOn: { parents: 'Căn cứ', children: 'Được căn cứ bởi' },
  implements: { parents: 'Thực hiện', children: 'Được thực hiện bởi' },
  guides: { parents: 'Hướng dẫn', children: 'Được hướng dẫn bởi' },
  amends: { parents: 'Sửa đổi, bổ sung', children: 'Bị sửa đổi, bổ sung bởi' },
  replaces: { parents: 'Thay thế', children: 'Bị thay thế bởi' },
  repeals: { parents: 'Bãi bỏ', children: 'Bị bãi bỏ bởi' },
  proposal: { parents: 'Theo đề nghị tại', children: 'Được đề nghị bởi' },
  cites: { parents: 'Dẫn chiếu', children: 'Được dẫn chiếu bởi' },
};

/** One relation's part of a lược đồ: the instruments on the other end, in graph order. */
export interface RelationGroup {
  relation: Relation;
  keys: string[];
}

/** A document's lược đồ: see {@link about}. */
export interface About {
  key: string;
  /** what it rests on, grouped by relation in the order of {@link RELATION_NAMES} */
  parents: RelationGroup[];
  /** what rests on it, grouped likewise */
  children: RelationGroup[];
  /** what it cites that the archive lacks, most cited first */
  missing: string[];
}

const byRelation = (neighbors: readonly Neighbor[]): RelationGroup[] =>
  (Object.keys(RELATION_NAMES) as Relation[])
    .map((relation) => ({
      relation,
      keys: [...new Set(neighbors.filter((n) => n.relation === relation).map((n) => n.key))],
    }))
    .filter((group) => group.keys.length > 0);

/**
 * A document's "lược đồ", as the legal portals show it: its parents grouped by relation (căn
 * cứ, thực hiện, sửa đổi, thay thế, bãi bỏ …), its children grouped likewise, and the
 * instruments it cites that are missing from the archive. Undefined when the key is not in the
 * graph.
 *
 * @example
 * ```ts
 * import { about, buildGraph, parseFile } from 'vanban';
 *
 * const plan = parseFile('corpus/seeds/003_92d5c371dfb6f108.txt'); // Kế hoạch 203/KH-UBND of Hà Nội
 * const graph = buildGraph([plan]);
 * about(graph, plan.key!)?.parents[0]; // → { relation: 'implements', keys: ['vn:232-kh/tu@ha-noi#2024', 'vn:28-ct/tw#2023'] }
 * about(graph, 'vn:28-ct/tw#2023')?.children; // → [{ relation: 'implements', keys: ['vn:203/kh-ubnd@ha-noi#2024', 'vn:232-kh/tu@ha-noi#2024'] }]
 * ```
 */
export function about(graph: CitationGraph, key: string): About | undefined {
  if (!graph.hasNode(key)) return undefined;
  const cited = parents(graph, key);
  const citedKeys = new Set(cited.map((p) => p.key));
  return {
    key,
    parents: byRelation(cited),
    children: byRelation(children(graph, key)),
    missing: citedNotInArchive(graph)
      .filter((m) => citedKeys.has(m.key))
      .map((m) => m.key),
  };
}
