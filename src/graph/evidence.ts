/**
 * Where an edge's evidence lives. A graph built with {@link buildGraph} holds it on the edge as
 * `Evidence[]`. A graph the CLI builds from an archive to write it out gives it to an
 * {@link EvidenceStore} instead (a file on disk): the passages are ~40% of a graph's memory and
 * nothing but the exports reads them. Such an edge's `evidence` holds the numbers of the batches
 * the store gave back (one number for the usual single batch, so an edge costs no array), and
 * the exports ask {@link evidenceJSON} for the text the in-memory graph would have written.
 */
import type { CitationAttributes, CitationGraph, Evidence } from './attributes.js';

/**
 * Keeps batches of evidence out of the graph's memory; each batch is read back as its items' JSON, comma-joined,
 * without brackets.
 */
export interface EvidenceStore {
  /** Store a non-empty batch; returns its number. */
  put(items: readonly Evidence[]): number;
  /**
   * The batch's items as `JSON.stringify(items).slice(1, -1)` wrote them. `first`: the first batch
   * of its edge; an export asks for those in the order they were put.
   */
  json(batch: number, first: boolean): string;
}

/** What a stored edge's `evidence` holds: the numbers of its batches, in order. */
type Batches = number | number[];

const STORES = new WeakMap<CitationGraph, EvidenceStore>();

/** From now on, evidence added to `graph` goes to `store` (call on an empty graph). */
export function storeEvidence(graph: CitationGraph, store: EvidenceStore): void {
  STORES.set(graph, store);
}

/** The store `graph`'s evidence goes to, if any. */
export function evidenceStore(graph: CitationGraph): EvidenceStore | undefined {
  return STORES.get(graph);
}

/** An edge's evidence as its first batch: in memory, a copy; stored, the batch numbers. */
export function newEvidence(store: EvidenceStore | undefined, items: readonly Evidence[]): Evidence[] {
  if (!store) return [...items];
  return (items.length === 0 ? [] : store.put(items)) as unknown as Evidence[];
}

/** Append a batch of items to an edge's evidence, in place where it is an array. */
export function appendEvidence(
  store: EvidenceStore | undefined,
  attributes: CitationAttributes,
  items: readonly Evidence[],
): void {
  if (!store) {
    for (const item of items) attributes.evidence.push(item);
    return;
  }
  if (items.length > 0) appendBatches(attributes, store.put(items));
}

/** Append another edge's evidence (`from`, of the same graph) to an edge's: what a merged partial key's edges said. */
export function moveEvidence(
  store: EvidenceStore | undefined,
  attributes: CitationAttributes,
  from: CitationAttributes,
): void {
  if (!store) {
    for (const item of from.evidence) attributes.evidence.push(item);
    return;
  }
  const batches = from.evidence as unknown as Batches;
  for (const batch of typeof batches === 'number' ? [batches] : batches) appendBatches(attributes, batch);
}

function appendBatches(attributes: CitationAttributes, batch: number): void {
  const old = attributes.evidence as unknown as Batches;
  // in place: a relation stated in every document of an archive gets a batch from each
  if (typeof old !== 'number' && old.length > 0) old.push(batch);
  else attributes.evidence = (typeof old === 'number' ? [old, batch] : batch) as unknown as Evidence[];
}

/** `JSON.stringify(attributes.evidence)` of the edge as an in-memory graph holds it. */
export function evidenceJSON(store: EvidenceStore | undefined, attributes: CitationAttributes): string {
  if (!store) return JSON.stringify(attributes.evidence);
  const batches = attributes.evidence as unknown as Batches;
  if (typeof batches === 'number') return `[${store.json(batches, true)}]`;
  return `[${batches.map((batch, i) => store.json(batch, i === 0)).join(',')}]`;
}

/** The edge's attributes as an in-memory graph holds them (the same object when nothing is stored). */
export function plainAttributes(store: EvidenceStore | undefined, attributes: CitationAttributes): CitationAttributes {
  if (!store) return attributes;
  return { ...attributes, evidence: JSON.parse(evidenceJSON(store, attributes)) as Evidence[] };
}
