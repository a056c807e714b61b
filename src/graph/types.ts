/** The citation graph's node and edge attributes. */
import type { MultiDirectedGraph } from 'graphology';
import type { Relation, Span } from '../model/schema.js';

export interface InstrumentAttributes {
  /** the instrument's key (README "References and their keys"), also the node's key */
  key: string;
  kind: string | null;
  number: string | null;
  /** a name for instruments cited without a number ("Luật Trẻ em") */
  name: string | null;
  issuer: string | null;
  date: string | null;
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

export interface Evidence {
  /** the key of the document whose text says it */
  document: string;
  /** that document's file name */
  source: string | null;
  span: Span;
  text: string;
}

export interface CitationAttributes {
  relation: Relation;
  /** the citing document states it itself (false: two instruments it cites are related in its text) */
  direct: boolean;
  evidence: Evidence[];
}

export type CitationGraph = MultiDirectedGraph<InstrumentAttributes, CitationAttributes>;
