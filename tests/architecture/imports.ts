/** The pieces of the stage-order test: imports of a module, ranks, cycles. */

export interface ModuleImports {
  /** the module's path relative to src/ */
  module: string;
  /** the modules it imports at run time, relative to src/ */
  imports: string[];
}

const COMMENT = /\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gmu;
// `import … from`, `export … from`, `import('…')`; `import type` is erased at build and cannot cycle
const STATIC = /^\s*(?:import|export)(?!\s+type\s)[^;'"]*?\sfrom\s+'(?<path>\.[^']+)'/gmu;
const DYNAMIC = /import\(\s*'(?<path>\.[^']+)'\s*\)/gu;

/** The relative module specifiers `text` imports at run time, in order. */
export function importsOf(text: string): string[] {
  const code = text.replace(COMMENT, '');
  const found = [...code.matchAll(STATIC), ...code.matchAll(DYNAMIC)];
  return found.sort((a, b) => a.index - b.index).map((m) => m.groups!.path!);
}

/** The stage a module belongs to: its top folder under src/, or its own name for a top-level file. */
export function stageOf(module: string): string {
  const [first, ...rest] = module.split('/');
  return rest.length > 0 ? first! : first!.replace(/\.ts$/u, '');
}

/** Stage → rank, from the fenced block between `<!-- stage-order -->` markers: one rank per line. */
export function stageOrder(markdown: string): Map<string, number> {
  const block = /<!-- stage-order -->\s*```\n(?<lines>[\s\S]*?)```/u.exec(markdown);
  if (!block) throw new Error('ARCHITECTURE.md has no <!-- stage-order --> block');
  const ranks = new Map<string, number>();
  block
    .groups!.lines!.trim()
    .split('\n')
    .forEach((line, rank) =>
      line
        .trim()
        .split(/\s+/u)
        .forEach((stage) => ranks.set(stage, rank)),
    );
  return ranks;
}

/** Every set of modules that import each other round a cycle (Tarjan's strongly connected components). */
export function importCycles(modules: readonly ModuleImports[]): string[][] {
  const edges = new Map(modules.map((m) => [m.module, m.imports]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!edges.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1) cycles.push(component.sort());
  };
  for (const m of modules) if (!index.has(m.module)) visit(m.module);
  return cycles;
}
