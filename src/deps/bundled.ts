/**
 * The conversion worker's bundle carries every dependency inside (one file to load per worker):
 * there load.ts is replaced by this file (tsup.config.ts), which imports them all statically.
 */
import * as fastXmlParser from 'fast-xml-parser';
import * as fflate from 'fflate';
import * as graphology from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import iconv from 'iconv-lite';
import remarkParse from 'remark-parse';
import * as unified from 'unified';
import * as zod from 'zod';
import type { DependencyName, Dependencies } from './dependency-types.js';

const BUNDLED: Dependencies = {
  'fast-xml-parser': fastXmlParser,
  fflate,
  graphology,
  'graphology-layout-forceatlas2': forceAtlas2 as unknown as Dependencies['graphology-layout-forceatlas2'],
  'iconv-lite': iconv,
  'remark-parse': { default: remarkParse },
  unified,
  zod,
};

export function loadDependency<N extends DependencyName>(name: N): Dependencies[N] {
  return BUNDLED[name];
}
