/**
 * An esbuild plugin for the builds: grammars/*.json become `JSON.parse("…")` instead of object
 * literals. V8 reads a JSON string several times faster than the same data as JavaScript, and
 * the grammars are half a megabyte that every `import 'vanban'` reads. What only the tests and
 * the people editing the files read is left out: the word lists' examples (`wordExamples`), each
 * entry's `examples` and `counterExamples` (tests/grammar checks them on the sources), the `note`s
 * and `description`s: a third of the text, scanned and parsed by every import for nothing.
 */
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';

/** Keys no code reads, at any depth of a grammar file (the grammar checks read the examples from src/). */
const FOR_READERS_ONLY: ReadonlySet<string> = new Set([
  '$schema',
  'description',
  'note',
  'examples',
  'counterExamples',
]);

export const grammarJson: Plugin = {
  name: 'vanban-grammar-json',
  setup(build) {
    build.onLoad({ filter: /[\\/]grammars[\\/][^\\/]+\.json$/ }, async (args) => {
      const data = JSON.parse(await readFile(args.path, 'utf8')) as Record<string, unknown>;
      // the examples of word lists are for tests/grammar/word-lists.test.ts: no code reads them
      delete data.wordExamples;
      const json = JSON.stringify(data, (key, value) => (FOR_READERS_ONLY.has(key) ? undefined : value));
      return { contents: `export default JSON.parse(${JSON.stringify(json)});`, loader: 'js' };
    });
  },
};
