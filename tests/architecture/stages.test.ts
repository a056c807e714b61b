/**
 * Data flows one way: every import in src/ goes to the module's own folder or to a folder of a
 * lower rank in ARCHITECTURE.md's stage order, and no modules import each other round a cycle.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, stageOrder, stageOf, importCycles, type ModuleImports } from './imports.js';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/u.test(entry.name) ? [path] : [];
  });
}

const modules: ModuleImports[] = sourceFiles(SRC).map((file) => ({
  module: relative(SRC, file),
  imports: importsOf(readFileSync(file, 'utf8'))
    .map((specifier) => resolve(dirname(file), specifier))
    .filter((target) => target.startsWith(SRC + '/'))
    .map((target) => relative(SRC, target).replace(/\.js$/u, '.ts')),
}));
const ranks = stageOrder(readFileSync(join(ROOT, 'ARCHITECTURE.md'), 'utf8'));

describe('the stage order', () => {
  it('names every folder and top-level module of src/', () => {
    const unnamed = [...new Set(modules.map((m) => stageOf(m.module)))].filter((stage) => !ranks.has(stage));
    expect(unnamed).toEqual([]);
  });

  it('has no import from a stage of the same or a later rank', () => {
    const backwards = modules.flatMap(({ module, imports }) =>
      imports
        .filter((target) => stageOf(target) !== stageOf(module))
        .filter((target) => (ranks.get(stageOf(target)) ?? Infinity) >= (ranks.get(stageOf(module)) ?? -1))
        .map((target) => `${module} → ${target}`),
    );
    expect(backwards).toEqual([]);
  });

  it('has no import cycle between modules', () => {
    expect(importCycles(modules)).toEqual([]);
  });
});

describe('the checker itself', () => {
  it('reads static, re-exported and dynamic imports, not type-only ones', () => {
    const text = [
      "import { a } from './a.js';",
      "import type { T } from './t.js';",
      "export { b } from '../b/index.js';",
      "export * from './c.js';",
      "const d = await import('./d.js');",
      "import {\n  e,\n  f,\n} from './e.js';",
      "// import { no } from './comment.js';",
      "import { x } from 'node:fs';",
    ].join('\n');
    expect(importsOf(text)).toEqual(['./a.js', '../b/index.js', './c.js', './d.js', './e.js']);
  });

  it('reads the ranks from the fenced block', () => {
    const ranks = stageOrder('x\n<!-- stage-order -->\n```\nmodel grammar\nextract\n```\n<!-- /stage-order -->\n');
    expect([...ranks]).toEqual([
      ['model', 0],
      ['grammar', 0],
      ['extract', 1],
    ]);
  });

  it('finds a cycle and none in a chain', () => {
    const cycle = [
      { module: 'a.ts', imports: ['b.ts'] },
      { module: 'b.ts', imports: ['c.ts'] },
      { module: 'c.ts', imports: ['a.ts'] },
    ];
    expect(importCycles(cycle)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
    expect(importCycles(cycle.slice(0, 2))).toEqual([]);
  });
});
