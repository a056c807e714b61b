/** What the graph page receives from toHTML: the graph in compact columns, laid out ahead. */
import type { Relation } from '../../../model/schema.js';

/**
 * One node: key, label, kind (index into `kinds`, -1 none), issuer (index into `issuers`, -1 none), date, parsed (1/0),
 * x, y, title, unresolved (1/0).
 */
export type PageNode = [
  key: string,
  label: string,
  kind: number,
  issuer: number,
  date: string,
  parsed: number,
  x: number,
  y: number,
  title: string,
  unresolved: number,
];

/** One edge: source and target (indexes into `nodes`), relation (index into `relations`). */
export type PageEdge = [source: number, target: number, relation: number];

export interface PageData {
  kinds: string[];
  kindColours: string[];
  relations: Relation[];
  relationColours: string[];
  issuers: string[];
  nodes: PageNode[];
  edges: PageEdge[];
}
