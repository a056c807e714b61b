/**
 * `import 'vanban'` loads no dependency that only some calls need (src/deps/): what the package's
 * entry reaches imports none of them, and the model's schemas, built on first use, behave as the
 * zod schemas they stand for.
 */
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { importsOf } from '../architecture/imports.js';
import { dependency } from '../../src/deps/index.js';
import { lazyValue } from '../../src/model/lazy.js';
import { DocumentResultSchema, SpanSchema, parse, resultJsonSchema } from '../../src/index.js';

const SRC = resolve(import.meta.dirname, '../../src');
// `import x from 'pkg'`, `export … from 'pkg'` and `import 'pkg'`; not `import type`
const PACKAGE_IMPORT = /^\s*(?:import|export)(?!\s+type\s)(?:[^;'"]*?\sfrom\s+|\s*)'(?<pkg>[^.'][^']*)'/gmu;

/** Every module the entry reaches through its run-time imports, relative to src/. */
function reachable(entry: string): string[] {
  const seen = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const module = pending.pop()!;
    if (seen.has(module)) continue;
    seen.add(module);
    const text = readFileSync(join(SRC, module), 'utf8');
    for (const specifier of importsOf(text)) {
      const target = relative(SRC, resolve(dirname(join(SRC, module)), specifier));
      // a .js specifier names a .ts source, or a generated .js file (the graph page's script)
      const source = target.replace(/\.js$/u, '.ts');
      pending.push(existsSync(join(SRC, source)) ? source : target);
    }
  }
  return [...seen].sort();
}

function packagesImported(module: string): string[] {
  const text = readFileSync(join(SRC, module), 'utf8').replace(/\/\*[\s\S]*?\*\//gu, '');
  return [...text.matchAll(PACKAGE_IMPORT)].map((m) => m.groups!.pkg!);
}

describe("import 'vanban'", () => {
  const modules = reachable('index.ts');

  it('reaches the readers, the model and the graph (the checker follows the imports)', () => {
    expect(modules).toEqual(
      expect.arrayContaining([
        'parse.ts',
        'model/schema.ts',
        'read/legacy/codecs.ts',
        'graph/build.ts',
        'deps/index.ts',
      ]),
    );
  });

  it('imports no package but chrono-node (every parse needs it; the builds bundle it) and Node builtins', () => {
    const builtins = new Set(builtinModules);
    const imported = modules.flatMap((module) =>
      packagesImported(module)
        .filter((pkg) => !pkg.startsWith('node:') && !builtins.has(pkg) && pkg !== 'chrono-node/vi')
        .map((pkg) => `${module} → ${pkg}`),
    );
    // deps/bundled.ts and portable.ts replace load.ts only in the bundles
    expect(imported).toEqual([]);
  });

  it('the checker sees a package import, and not a type-only one', () => {
    const text =
      "import { z } from 'zod';\nimport type { Root } from 'mdast';\nexport { a } from 'pkg-b';\nimport 'pkg-c';";
    expect([...text.matchAll(PACKAGE_IMPORT)].map((m) => m.groups!.pkg)).toEqual(['zod', 'pkg-b', 'pkg-c']);
  });
});

describe('dependency()', () => {
  it('loads a dependency once and hands it over as its package exports it', () => {
    expect(dependency('zod')).toBe(dependency('zod'));
    expect(typeof dependency('zod').z.object).toBe('function');
    expect(typeof dependency('remark-parse').default).toBe('function');
    expect(typeof dependency('unified').unified).toBe('function');
    expect(typeof dependency('iconv-lite').decode).toBe('function');
    expect(typeof dependency('graphology-layout-forceatlas2')).toBe('function');
  });
});

describe('lazyValue', () => {
  it('builds the value on first use, once', () => {
    let builds = 0;
    const value = lazyValue(() => {
      builds++;
      return {
        n: 2,
        twice(this: { n: number }) {
          return this.n * 2;
        },
      };
    });
    expect(builds).toBe(0);
    expect(value.twice()).toBe(4);
    expect(value.n).toBe(2);
    expect('n' in value).toBe(true);
    expect(Object.keys(value)).toEqual(['n', 'twice']);
    expect(value.twice).toBe(value.twice);
    expect(builds).toBe(1);
  });
});

describe('the model schemas, built on first use', () => {
  const result = JSON.parse(JSON.stringify(parse('Số: 15/2020/NĐ-CP\n\nNGHỊ ĐỊNH'))) as unknown;

  it('validate as zod schemas do', () => {
    expect(DocumentResultSchema.safeParse(result).success).toBe(true);
    expect(DocumentResultSchema.safeParse({ schemaVersion: 2 }).success).toBe(false);
    expect(SpanSchema.parse([1, 2])).toEqual([1, 2]);
    expect(() => SpanSchema.parse([-1, 2])).toThrow();
  });

  it('are zod types a caller can compose and convert', () => {
    expect(SpanSchema instanceof z.ZodType).toBe(true);
    expect(z.object({ document: DocumentResultSchema }).safeParse({ document: result }).success).toBe(true);
    expect(z.array(SpanSchema).safeParse([[0, 1]]).success).toBe(true);
    expect(z.toJSONSchema(DocumentResultSchema, { target: 'draft-2020-12', io: 'output' })).toEqual(resultJsonSchema());
    expect(Object.keys(DocumentResultSchema.shape)).toContain('references');
  });
});
