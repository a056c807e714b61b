/**
 * The conversion worker's bundle (tsup.config.ts replaces load.ts by this file there). What a worker
 * reads documents with is inside the bundle, each dependency initialized on its first use (a
 * require() that esbuild bundles becomes a lazy init): a worker loads one file, and starting it does
 * not evaluate the Markdown, XML, zip and legacy-encoding code that most archives never need. What no
 * worker uses (zod for a JSON Schema, graphology for a graph) stays out of the bundle, required from
 * node_modules if ever asked for, as load.ts does: it was a third of the bundle, compiled by every
 * worker at its start.
 */
import { createRequire } from 'node:module';
import type { DependencyName, Dependencies } from './dependency-types.js';

const BUNDLED: { readonly [N in DependencyName]?: () => Dependencies[N] } = {
  'fast-xml-parser': () => require('fast-xml-parser'),
  fflate: () => require('fflate'),
  'iconv-lite': () => require('iconv-lite'),
  'remark-parse': () => require('remark-parse'),
  unified: () => require('unified'),
};

// a call on a variable, which esbuild leaves to run time
const requireInstalled = createRequire(import.meta.url);

export function loadDependency<N extends DependencyName>(name: N): Dependencies[N] {
  const bundled = BUNDLED[name] as (() => Dependencies[N]) | undefined;
  return bundled ? bundled() : (requireInstalled(name) as Dependencies[N]);
}
