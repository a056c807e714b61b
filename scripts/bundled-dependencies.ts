/**
 * An esbuild plugin for the bundles that carry their dependencies inside: src/deps/ then takes
 * portable.ts (dist/browser.js) or bundled.ts (the conversion worker), which import them
 * statically, instead of require-dependency.ts, which requires them from node_modules on first use.
 */
import { dirname, join, sep } from 'node:path';
import type { Plugin } from 'esbuild';

const DEPS_INDEX = `${sep}src${sep}deps${sep}index.ts`;

export const bundledDependencies = (variant: 'portable' | 'bundled'): Plugin => ({
  name: 'vanban-bundled-dependencies',
  setup(build) {
    build.onResolve({ filter: /^\.\/require-dependency\.js$/ }, (args) =>
      args.importer.endsWith(DEPS_INDEX) ? { path: join(dirname(args.importer), `${variant}.ts`) } : undefined,
    );
  },
});
