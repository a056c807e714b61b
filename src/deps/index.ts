/**
 * `dependency('zod')`: a dependency loaded on its first use and kept (see dependency-types.ts for which and
 * why). Call it where the dependency is used, never at a module's top level.
 */
import { loadDependency } from './require-dependency.js';
import type { DependencyName, Dependencies } from './dependency-types.js';

export type { Dependencies, DependencyName } from './dependency-types.js';

const LOADED = new Map<DependencyName, unknown>();

export function dependency<N extends DependencyName>(name: N): Dependencies[N] {
  if (!LOADED.has(name)) LOADED.set(name, loadDependency(name));
  return LOADED.get(name) as Dependencies[N];
}
