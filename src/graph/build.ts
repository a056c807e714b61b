/**
 * buildGraph(): parsed documents and every instrument they cite, one node per key; edges from
 * citing to cited, typed by relation, each with the text that says so. Keys are
 * jurisdiction-aware (README "References and their keys"); a partial key is merged into a full
 * one only when the archive holds exactly one candidate and their titles agree (resolve.ts).
 */
import { dependency } from '../deps/index.js';
import type { DocumentResult, Reference, Span } from '../model/schema.js';
import type { CitationGraph, InstrumentAttributes } from './attributes.js';
import { mergePartialKeys } from './resolve.js';
import { link } from './edges.js';
import { addNew } from './lists.js';
import { lawByKey } from '../resolve/law-enactments.js';

/**
 * What {@link buildGraph} needs of a result: a whole `parse()` result, or a line of `vanban parse --format jsonl`
 * (`text` lets edges quote it).
 */
export type GraphInput = Pick<
  DocumentResult,
  'source' | 'key' | 'keyPartial' | 'kind' | 'number' | 'issuer' | 'date' | 'title' | 'references' | 'statedRelations'
> & { text?: string };

/**
 * The citation graph of parsed documents: one node per instrument key (each document, and
 * every instrument it cites), one edge from citing to cited per relation, typed by relation
 * (`implements`, `basedOn` …) and carrying the text that says so. Relations the text states
 * between two cited instruments are edges too (`direct: false`). Keys are jurisdiction-aware,
 * so a document and its citations elsewhere meet in one node; a partial key (a number whose
 * year or province is unknown) is merged into a full one only when the archive holds exactly
 * one candidate and their titles agree. The graph is a graphology `MultiDirectedGraph`; query
 * it with {@link parents}, {@link children}, {@link ancestors}, {@link descendants},
 * {@link implementationChains}, {@link implementers}, {@link citedNotInArchive} and
 * {@link findInstruments}, or write it with {@link toJSON}, {@link toGEXF}, {@link toGraphML},
 * {@link toDOT}, {@link toMermaid}, {@link toNeo4j} and {@link toHTML}.
 *
 * @param results - {@link parse} results, or lines of `vanban parse --format jsonl`
 *
 * @example
 * ```ts
 * import { buildGraph, parseFile } from 'vanban';
 *
 * const plan = parseFile('corpus/seeds/003_92d5c371dfb6f108.txt'); // Kế hoạch 203/KH-UBND of Hà Nội
 * const graph = buildGraph([plan]);
 * graph.order; // → 9
 * graph.getNodeAttributes(plan.key!); // → { label: 'Kế hoạch 203/KH-UBND', parsed: true, date: '2024-07-01' }
 * graph.getNodeAttributes('vn:28-ct/tw#2023'); // → { label: 'Chỉ thị 28-CT/TW', parsed: false, issuer: 'Bộ Chính trị' }
 * graph.edges(plan.key!, 'vn:28-ct/tw#2023').map((edge) => graph.getEdgeAttribute(edge, 'relation')); // → ['implements']
 * ```
 */
export function buildGraph(results: Iterable<GraphInput>): CitationGraph {
  const graph = emptyGraph();
  for (const result of results) addDocument(graph, result);
  return finishGraph(graph);
}

/**
 * The graph {@link buildGraph} starts from; with {@link addDocument} and {@link finishGraph}, a graph built one result
 * at a time (an archive streamed in).
 */
export function emptyGraph(): CitationGraph {
  return new (dependency('graphology').MultiDirectedGraph)({ allowSelfLoops: false });
}

/** Every document is in: partial keys are merged where one candidate corroborates them. */
export function finishGraph(graph: CitationGraph): CitationGraph {
  mergePartialKeys(graph);
  return graph;
}

/**
 * The node key {@link buildGraph} gives a document: its own `key` (as a citation of it would be
 * keyed), or, for a document without a number, `doc:` and the start of its SHA-256, so it is
 * still one node.
 *
 * @example
 * ```ts
 * import { documentNodeKey, parse } from 'vanban';
 *
 * documentNodeKey(parse('Số: 15/2020/NĐ-CP\n\nNGHỊ ĐỊNH')); // → 'vn:15/2020/nđ-cp'
 * documentNodeKey(parse('Giấy mời họp')).startsWith('doc:'); // → true
 * ```
 */
export function documentNodeKey(result: GraphInput): string {
  return result.key ?? `doc:${result.source.sha256.slice(0, 16)}`;
}

/**
 * One result's node, the instruments it cites and its edges; nothing of the result is kept but what the graph holds.
 */
export function addDocument(graph: CitationGraph, result: GraphInput): void {
  const key = documentNodeKey(result);
  upsert(graph, key, {
    kind: shared(result.kind?.name ?? null),
    number: result.number?.text ?? null,
    name: null,
    issuer: shared(result.issuer?.name ?? null),
    date: shared(result.date?.iso ?? null),
    title: result.title?.text ?? null,
    parsed: true,
    unresolved: result.keyPartial,
    sources: result.source.name ? [result.source.name] : [],
  });
  // a slice would keep the whole text alive for as long as the graph holds the evidence; a
  // document repeats its citations word for word (about half its mentions), so they share one string
  const said = new Map<string, string>();
  const once = (text: string) => said.get(text) ?? (said.set(text, text), text);
  const quote = (span: Span, text: string) =>
    once(text !== '' ? text : detached(result.text?.slice(span[0], span[1]) ?? ''));
  for (const ref of result.references) {
    if (ref.key === key) continue;
    upsert(graph, ref.key, referenceAttributes(ref));
    const evidence = ref.mentions.map((m) => ({
      document: key,
      source: result.source.name,
      span: m.span,
      text: quote(m.span, m.text),
    }));
    link(graph, key, ref.key, ref.relation, true, evidence);
  }
  for (const stated of result.statedRelations) {
    if (!graph.hasNode(stated.from) || !graph.hasNode(stated.to) || stated.from === stated.to) continue;
    link(graph, stated.from, stated.to, stated.relation, false, [
      { document: key, source: result.source.name, span: stated.span, text: quote(stated.span, '') },
    ]);
  }
}

function referenceAttributes(ref: Reference): Omit<InstrumentAttributes, 'key' | 'aliases' | 'label'> {
  // a law cited by name and keyed to its number by the laws table is that numbered law's node
  const law = ref.number ? undefined : lawByKey(ref.key);
  return {
    kind: shared(ref.kind.name),
    number: ref.number?.text ?? law?.number ?? null,
    name: ref.name,
    issuer: shared(ref.issuer),
    date: shared(ref.date),
    title: ref.title,
    parsed: false,
    unresolved: ref.keyPartial,
    sources: [],
  };
}

/**
 * Add a node, or fill the attributes it lacks; a parsed document's own values win over a citation's. Updated in place:
 * a node cited a million times is not copied a million times.
 */
export function upsert(
  graph: CitationGraph,
  key: string,
  attributes: Omit<InstrumentAttributes, 'key' | 'aliases' | 'label'>,
): void {
  if (!graph.hasNode(key)) {
    // every field written out, in the order the exports print them: V8 keeps them all in the
    // object, where a spread leaves them in a second array (88 bytes a node)
    const a = attributes;
    graph.addNode(key, {
      key,
      aliases: [],
      kind: a.kind,
      number: a.number,
      name: a.name,
      issuer: a.issuer,
      date: a.date,
      title: a.title,
      parsed: a.parsed,
      unresolved: a.unresolved,
      sources: a.sources,
      label: labelOf(a),
    });
    return;
  }
  const old = graph.getNodeAttributes(key);
  const documentWins = attributes.parsed && !old.parsed;
  for (const field of FILLED_FIELDS)
    old[field] = documentWins ? (attributes[field] ?? old[field]) : (old[field] ?? attributes[field]);
  const parsed = old.parsed || attributes.parsed;
  old.unresolved = parsed ? old.unresolved && attributes.unresolved : old.unresolved;
  old.parsed = parsed;
  addNew(old.sources, attributes.sources);
  old.label = labelOf(old);
}

const FILLED_FIELDS = ['kind', 'number', 'name', 'issuer', 'date', 'title'] as const;

/** One copy of each kind, issuer and date: an archive names a few hundred of them on millions of nodes. */
const SHARED = new Map<string, string>();
/** Past this many values the table stops growing (a long-lived process graphing archive after archive). */
const SHARED_LIMIT = 1 << 17;

function shared(value: string | null): string | null {
  if (value === null) return null;
  const known = SHARED.get(value);
  if (known !== undefined) return known;
  if (SHARED.size < SHARED_LIMIT) SHARED.set(value, value);
  return value;
}

/** A copy that does not share the string it was sliced from (V8 keeps a slice's whole parent alive). */
function detached(text: string): string {
  return text.length < 16 ? text : (JSON.parse(JSON.stringify(text)) as string);
}

export function labelOf(a: Pick<InstrumentAttributes, 'kind' | 'number' | 'name' | 'sources'>): string {
  // "Thông tư ", one shared string per kind: V8 copies, not shares, a join this short
  if (a.number) return a.kind ? shared(`${a.kind} `)! + a.number : a.number;
  // a draft without its number is known by its file
  if (!a.name && a.sources.length > 0) return `${a.kind ?? '?'} (${a.sources[0]})`;
  return a.name ?? a.kind ?? '?';
}
