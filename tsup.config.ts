import { defineConfig } from 'tsup';
import { bundledDependencies } from './scripts/bundled-dependencies.js';
import { grammarJson } from './scripts/grammar-json.js';

// The unified stack is ESM-only: the CJS build must bundle it, or require() hands
// remark-parse over wrapped twice and unified rejects it (see shared/docs/packages.md §2.5).
const esmOnly = [
  /^unified$/,
  /^remark-/,
  /^mdast-/,
  /^micromark/,
  /^unist-/,
  /^vfile/,
  /^bail$/,
  /^trough$/,
  /^is-plain-obj$/,
  /^devlop$/,
  /^decode-named-character-reference$/,
  /^character-entities/,
  /^ccount$/,
  /^escape-string-regexp$/,
  /^markdown-table$/,
  /^longest-streak$/,
  /^zwitch$/,
  /^mdast-util-/,
];

export default defineConfig([
  // vanban/remark: the unified plugin alone, as its default export
  {
    entry: { index: 'src/index.ts', remark: 'src/remark/index.ts' },
    format: ['esm'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    noExternal: [/^chrono-node/],
    esbuildPlugins: [grammarJson],
  },
  {
    entry: { index: 'src/index.ts', remark: 'src/remark/index.ts' },
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    noExternal: [...esmOnly, /^chrono-node/],
    esbuildPlugins: [grammarJson],
    // import.meta.url for src/deps/require-dependency.ts
    shims: true,
  },
  // vanban/browser: the portable core in one file with its dependencies, for a page or a bundler.
  // The 'worker' condition takes the DOM-free variants (decode-named-character-reference would
  // otherwise need `document`): the same file then runs in Web Workers and on edge runtimes.
  {
    entry: { browser: 'src/browser.ts' },
    format: ['esm'],
    dts: true,
    sourcemap: true,
    platform: 'browser',
    target: 'es2022',
    minify: true,
    noExternal: [/.*/],
    esbuildPlugins: [grammarJson, bundledDependencies('portable')],
    esbuildOptions: (o) => {
      o.conditions = ['worker'];
    },
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    // chrono-node (186 files) in the bundle, as for the library's entries
    noExternal: [/^chrono-node/],
    esbuildPlugins: [grammarJson],
  },
  // the conversion pool's worker thread, loaded by cli.js from beside it. Its dependencies are
  // bundled in: each worker then loads one file instead of ~300 (zod, chrono, micromark…), which
  // halves a worker's start (315 → 170 ms measured). mammoth and unpdf stay outside: they load only
  // for a .docx or a .pdf. iconv-lite is CommonJS, so the bundle gets a require() of its own.
  {
    entry: { 'convert-worker': 'src/convert/worker.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    noExternal: [/^(?!mammoth$|unpdf$)/],
    esbuildPlugins: [grammarJson, bundledDependencies('bundled')],
    banner: {
      js: "import { createRequire as __vanbanRequire } from 'node:module'; const require = __vanbanRequire(import.meta.url);",
    },
  },
]);
