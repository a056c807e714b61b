/**
 * The browser bundle (dist/browser.js) carries its dependencies inside: there load.ts is replaced
 * by this file (tsup.config.ts, scripts/browser-bundle.ts), which imports them statically. No
 * iconv-lite: only the Node-only readers (src/read/) use it.
 */
import * as fastXmlParser from 'fast-xml-parser';
import * as fflate from 'fflate';
import * as graphology from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import remarkParse from 'remark-parse';
import * as unified from 'unified';
import * as zod from 'zod';
import type { DependencyName, Dependencies } from './dependency-types.js';

type Portable = Exclude<DependencyName, 'iconv-lite'>;

const BUNDLED: Pick<Dependencies, Portable> = {
  'fast-xml-parser': fastXmlParser,
  fflate,
  graphology,
  'graphology-layout-forceatlas2': forceAtlas2 as unknown as Dependencies['graphology-layout-forceatlas2'],
  'remark-parse': { default: remarkParse },
  unified,
  zod,
};

export function loadDependency<N extends DependencyName>(name: N): Dependencies[N] {
  if (name === 'iconv-lite')
    throw new Error('iconv-lite is not in the browser bundle: legacy encodings are read in Node');
  return BUNDLED[name as Portable] as Dependencies[N];
}
