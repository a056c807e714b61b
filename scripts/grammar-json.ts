/**
 * An esbuild plugin for the builds: grammars/*.json become `JSON.parse("…")` instead of object
 * literals. V8 reads a JSON string several times faster than the same data as JavaScript, and
 * the grammars are half a megabyte that every `import 'vanban'` reads. The word lists' examples
 * (`wordExamples`), which only a test reads, are left out.
 */
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';

export const grammarJson: Plugin = {
  name: 'vanban-grammar-json',
  setup(build) {
    build.onLoad({ filter: /[\\/]grammars[\\/][^\\/]+\.json$/ }, async (args) => {
      const data = JSON.parse(await readFile(args.path, 'utf8')) as Record<string, unknown>;
      // the examples of word lists are for tests/grammar/word-lists.test.ts: no code reads them
      delete data.wordExamples;
      return { contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`, loader: 'js' };
    });
  },
};
