/** The citation graph's node and edge attributes. */
import type { MultiDirectedGraph } from 'graphology';
import type { Relation, Span } from '../model/schema.js';

/** A node of the citation graph: a document of the archive, or an instrument only cited. */
export interface InstrumentAttributes {
  /** the instrument's key (README "References and their keys"), also the node's key */
  key: string;
  /** its kind ("Nghị định", "Kế hoạch"), when known */
  kind: string | null;
  /** its cleaned số/ký hiệu, when it has one */
  number: string | null;
  /** a name for instruments cited without a number ("Luật Trẻ em") */
  name: string | null;
  /** who issued it, as the document or the citation names it */
  issuer: string | null;
  /** its date, ISO YYYY-MM-DD (or YYYY) */
  date: string | null;
  /** its title or subject ("về công tác văn thư") */
  title: string | null;
  /** a document of the archive, not only cited */
  parsed: boolean;
  /** the key lacks the year or province its number needs; the node stands apart, never merged on a guess */
  unresolved: boolean;
  /** the files the parsed document came from */
  sources: string[];
  /** partial keys merged into this node, each corroborated (README "The citation graph") */
  aliases: string[];
  /** kind and number, or name: what a picture prints on the node */
  label: string;
}

/** Where a text says that one instrument relates to another. */
export interface Evidence {
  /** the key of the document whose text says it */
  document: string;
  /** that document's file name */
  source: string | null;
  /** where, in that document's normalized text */
  span: Span;
  /** the words that say it (the citation) */
  text: string;
}

/** An edge of the citation graph: from citing to cited. */
export interface CitationAttributes {
  /** how the citing instrument relates to the cited one */
  relation: Relation;
  /** the citing document states it itself (false: two instruments it cites are related in its text) */
  direct: boolean;
  /** every passage that says so */
  evidence: Evidence[];
}

/**
 * The citation graph {@link buildGraph} returns: a graphology `MultiDirectedGraph`, one edge per relation between two
 * instruments.
 */
export type CitationGraph = MultiDirectedGraph<InstrumentAttributes, CitationAttributes>;
