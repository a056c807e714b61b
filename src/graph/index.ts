/** The citation graph: build, query, export. */
export { buildGraph, documentNodeKey } from './build.js';
export type { GraphInput } from './build.js';
export {
  parents,
  children,
  ancestors,
  descendants,
  implementationChains,
  implementers,
  citedNotInArchive,
  findInstruments,
  about,
  RELATION_NAMES,
} from './queries.js';
export type { Neighbor, About, RelationGroup } from './queries.js';
export { GRAPH_FORMATS, toJSON, toGEXF, toGraphML, toDOT, toMermaid, toNeo4j } from './exports/formats.js';
export type { GraphFormat } from './exports/formats.js';
export { toHTML } from './exports/html.js';
export type { CitationGraph, InstrumentAttributes, CitationAttributes, Evidence } from './attributes.js';
