/**
 * Partial keys across an archive. "Chỉ thị số 28-CT/TW" cited without a date has the key
 * `vn:28-ct/tw`: Party and administrative numbers restart every term or year, so it may be any
 * of several. It is merged into a full key (`vn:28-ct/tw#2023`) only when the graph holds
 * exactly one instrument it can be and their titles agree; otherwise it stays a node of its
 * own, `unresolved: true`.
 */
import type { CitationGraph } from './attributes.js';
import { edgeTable } from './edge-table.js';
import { relink } from './edges.js';
import { addNew } from './lists.js';

interface KeyParts {
  base: string;
  where: string | null;
  year: string | null;
}

const KEY = /^(?<base>vn:[^@#]+)(?:@(?<where>[^#]+))?(?:#(?<year>\d{4}))?$/u;

function partsOf(key: string): KeyParts | null {
  const g = KEY.exec(key)?.groups;
  return g ? { base: g.base!, where: g.where ?? null, year: g.year ?? null } : null;
}

/** Whether the full key `candidate` is one the partial key `partial` may stand for. */
function extends_(partial: KeyParts, candidate: KeyParts): boolean {
  return (
    partial.base === candidate.base &&
    (partial.where === null || partial.where === candidate.where) &&
    (partial.year === null || partial.year === candidate.year)
  );
}

export function mergePartialKeys(graph: CitationGraph): void {
  // only the bases some partial key has: an archive's graph is not indexed whole at its peak
  const partial = new Set<string>();
  graph.forEachNode((key, a) => {
    if (a.unresolved) partial.add(partsOf(key)?.base ?? '');
  });
  const byBase = new Map<string, string[]>();
  graph.forEachNode((key) => {
    const parts = partsOf(key);
    if (!parts || !partial.has(parts.base)) return;
    const keys = byBase.get(parts.base);
    if (keys) keys.push(key);
    else byBase.set(parts.base, [key]);
  });
  const unresolved = graph.filterNodes((_, a) => a.unresolved);
  edgeTable(graph)?.watch(unresolved);
  for (const node of unresolved) {
    const parts = partsOf(node);
    if (!parts) continue;
    const candidates = (byBase.get(parts.base) ?? []).filter(
      (k) => k !== node && graph.hasNode(k) && !graph.getNodeAttribute(k, 'unresolved') && extends_(parts, partsOf(k)!),
    );
    if (candidates.length !== 1 || !corroborated(graph, node, candidates[0]!)) continue;
    mergeInto(graph, node, candidates[0]!);
  }
}

/** The two name the same instrument: titles agree, and nothing they both give disagrees. */
function corroborated(graph: CitationGraph, partial: string, full: string): boolean {
  const a = graph.getNodeAttributes(partial);
  const b = graph.getNodeAttributes(full);
  if (a.kind && b.kind && a.kind !== b.kind) return false;
  if (a.issuer && b.issuer && foldTitle(a.issuer) !== foldTitle(b.issuer)) return false;
  if (!a.title || !b.title) return false;
  const [x, y] = [foldTitle(a.title), foldTitle(b.title)];
  return x === y || (Math.min(x.length, y.length) >= 20 && (x.startsWith(y) || y.startsWith(x)));
}

/** "về tăng cường …", "Về việc tăng cường …" and "tăng cường …" are one title. */
function foldTitle(title: string): string {
  return title
    .normalize('NFC')
    .toLowerCase()
    .replace(/^(?:về việc|về)\s+/u, '')
    .replace(/[\s.,;:“”"]+/gu, ' ')
    .trim();
}

function mergeInto(graph: CitationGraph, partial: string, full: string): void {
  const table = edgeTable(graph);
  if (table) table.merge(partial, full);
  graph.forEachOutEdge(partial, (_, a, __, target) => relink(graph, full, target, a));
  graph.forEachInEdge(partial, (_, a, source) => relink(graph, source, full, a));
  const merged = graph.getNodeAttributes(partial);
  const into = graph.getNodeAttributes(full);
  into.aliases.push(partial);
  for (const alias of merged.aliases) into.aliases.push(alias);
  addNew(into.sources, merged.sources);
  into.parsed = into.parsed || merged.parsed;
  graph.dropNode(partial);
}
