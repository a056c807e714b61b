/**
 * Attributes as the exchange formats hold them: strings, booleans and numbers only. Lists are
 * joined with "; ", evidence is a JSON string, a missing value is "".
 */
import type { CitationAttributes, InstrumentAttributes } from '../attributes.js';

export type FlatAttributes = Record<string, string | boolean>;

export const NODE_FIELDS = [
  'key',
  'label',
  'kind',
  'number',
  'name',
  'issuer',
  'date',
  'title',
  'parsed',
  'unresolved',
  'sources',
  'aliases',
] as const;
export const BOOLEAN_NODE_FIELDS: ReadonlySet<string> = new Set(['parsed', 'unresolved']);
export const EDGE_FIELDS = ['relation', 'direct', 'evidence'] as const;
export const BOOLEAN_EDGE_FIELDS: ReadonlySet<string> = new Set(['direct']);

export function flatNode(a: InstrumentAttributes): FlatAttributes {
  const out: FlatAttributes = {};
  for (const field of NODE_FIELDS) {
    const value = a[field];
    out[field] = typeof value === 'boolean' ? value : Array.isArray(value) ? value.join('; ') : (value ?? '');
  }
  return out;
}

/** `evidence`: the evidence's JSON, when it is not on the edge (evidence.ts). */
export function flatEdge(a: CitationAttributes, evidence = JSON.stringify(a.evidence)): FlatAttributes {
  return { relation: a.relation, direct: a.direct, evidence };
}
