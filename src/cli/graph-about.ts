/**
 * `vanban graph INPUT... --about FILE|KEY`: a document's "lược đồ" as the legal portals show
 * it — what it rests on and what rests on it, each grouped by relation, and what it cites that
 * the archive lacks.
 */
import { about, RELATION_NAMES } from '../graph/queries.js';
import type { CitationGraph } from '../graph/attributes.js';

/** A node as a person cites it, with who issued it and when. */
export function describeNode(graph: CitationGraph, key: string): string {
  const a = graph.getNodeAttributes(key);
  const by = [a.issuer, a.date].filter(Boolean).join(', ');
  return `${a.label}${by ? ` (${by})` : ''}${a.unresolved ? ' [key partial]' : ''}`;
}

/** The lược đồ of `key` as lines of text. */
export function formatAbout(graph: CitationGraph, key: string): string {
  const lines = about(graph, key);
  if (lines === undefined) throw new Error(`graph: ${key} is not in the graph`);
  const out = [describeNode(graph, key)];
  const part = (title: string, groups: Array<{ name: string; keys: string[] }>) => {
    out.push(`${title}:`);
    if (groups.length === 0) out.push('  (không có)');
    for (const group of groups) out.push(`  ${group.name}:`, ...group.keys.map((k) => `    ${describeNode(graph, k)}`));
  };
  part(
    'Văn bản này dựa vào',
    lines.parents.map((g) => ({ name: RELATION_NAMES[g.relation].parents, keys: g.keys })),
  );
  part(
    'Văn bản dựa vào văn bản này',
    lines.children.map((g) => ({ name: RELATION_NAMES[g.relation].children, keys: g.keys })),
  );
  out.push(
    'Được trích dẫn nhưng chưa có trong kho:',
    ...(lines.missing.length > 0 ? lines.missing.map((k) => `  ${describeNode(graph, k)}`) : ['  (không có)']),
  );
  return out.join('\n') + '\n';
}
