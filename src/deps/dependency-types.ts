/**
 * The dependencies that only some calls need (a JSON Schema, a graph, a .docx, an Akoma Ntoso file,
 * a Markdown text, a legacy encoding), by the specifier each is loaded with. Importing vanban
 * loads none of them: together they cost more than the rest of the import.
 */
import type * as FastXmlParser from 'fast-xml-parser';
import type * as Fflate from 'fflate';
import type * as Graphology from 'graphology';
import type ForceAtlas2Module from 'graphology-layout-forceatlas2';
import type Iconv from 'iconv-lite';
import type RemarkParse from 'remark-parse';
import type * as Unified from 'unified';
import type * as Zod from 'zod';

export interface Dependencies {
  'fast-xml-parser': typeof FastXmlParser;
  fflate: typeof Fflate;
  graphology: typeof Graphology;
  // a CommonJS module whose export is the function itself; its types call that `default` (docs/packages.md G9)
  'graphology-layout-forceatlas2': typeof ForceAtlas2Module.default;
  'iconv-lite': typeof Iconv;
  'remark-parse': { default: typeof RemarkParse };
  unified: typeof Unified;
  zod: typeof Zod;
}

export type DependencyName = keyof Dependencies;
