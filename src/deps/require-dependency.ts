/**
 * Node: a dependency is required on first use, synchronously (parse() stays sync). A package with
 * a CommonJS build gives that build; the ESM-only ones (unified, remark-parse) come through
 * require(esm), which Node does from 20.19 (the engines floor). A caller's zod may then be another
 * copy than vanban's: zod 4 keeps its registry on globalThis and checks instances by trait, so
 * schemas of both compose. The bundles (browser, conversion worker) replace this file with
 * bundled.ts.
 */
import { createRequire } from 'node:module';
import type { DependencyName, Dependencies } from './dependency-types.js';

// (the CJS build gets import.meta.url from tsup's shims)
const requireHere = createRequire(import.meta.url);

export function loadDependency<N extends DependencyName>(name: N): Dependencies[N] {
  return requireHere(name) as Dependencies[N];
}
