/**
 * The API docs build (`npm run docs`, typedoc.json) as a test: TypeDoc converts, validates and
 * renders with no warning; every exported function has a summary and a fenced `@example`; and
 * every `@example` is type-checked against src and run. An example line `expr; // → value` (or
 * `expr;` followed by a line `// → value`) is an assertion: `expr` must equal `value`, and
 * when `value` is an object or array literal, `expr` must match it (objects may hold more keys).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Application,
  Converter,
  Logger,
  LogLevel,
  ReflectionKind,
  type Comment,
  type DeclarationReflection,
  type ProjectReflection,
} from 'typedoc';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');
const CHECK = '__vanbanDocCheck';

/** Keeps what TypeDoc reports, so a failure says what broke. */
class CollectingLogger extends Logger {
  readonly problems: string[] = [];
  override log(message: string, level: LogLevel): void {
    super.log(message, level);
    if (level >= LogLevel.Warn) this.problems.push(`[${LogLevel[level]}] ${message}`);
  }
}

interface Example {
  /** the documented reflection's name, and the block's number when it has several */
  where: string;
  code: string;
}

let out: string;
let project: ProjectReflection;
let problems: string[];
/** TypeDoc's program: the examples' program reuses its parsed files */
let program: ts.Program | undefined;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'vanban-docs-'));
  const app = await Application.bootstrapWithPlugins({
    options: join(ROOT, 'typedoc.json'),
    out: join(out, 'api'),
    logLevel: 'Warn',
  });
  const bootstrapProblems = app.logger.errorCount + app.logger.warningCount;
  const logger = new CollectingLogger();
  app.logger = logger;
  app.converter.on(Converter.EVENT_BEGIN, (context) => {
    program = context.programs[0];
  });
  const converted = await app.convert();
  if (!converted) throw new Error(`TypeDoc could not convert the project:\n${logger.problems.join('\n')}`);
  project = converted;
  app.validate(project);
  await app.generateOutputs(project);
  problems = [
    ...(bootstrapProblems > 0 ? [`${bootstrapProblems} problem(s) reading typedoc.json`] : []),
    ...logger.problems,
  ];
}, 120_000);

let examplesDir: string | undefined;
afterAll(() => {
  delete (globalThis as Record<string, unknown>)[CHECK];
  if (out) rmSync(out, { recursive: true, force: true });
  if (examplesDir) rmSync(examplesDir, { recursive: true, force: true });
});

/** Our own declarations: not members inherited from the standard library (Error's). */
const ours = (r: DeclarationReflection) =>
  (r.sources ?? []).some((s) => resolve(ROOT, s.fullFileName).startsWith(SRC + sep));

const commentsOf = (r: DeclarationReflection): Comment[] =>
  [r.comment, ...(r.signatures ?? []).map((s) => s.comment)].filter((c): c is Comment => c !== undefined);

const plain = (parts: readonly { text: string }[]) => parts.map((p) => p.text).join('');

function examplesOf(r: DeclarationReflection): Example[] {
  const blocks = commentsOf(r)
    .flatMap((c) => c.blockTags.filter((t) => t.tag === '@example'))
    .flatMap((tag) => [...plain(tag.content).matchAll(/```(?:ts|typescript)?\n([\s\S]*?)```/gu)].map((m) => m[1]!));
  return blocks.map((code, i) => ({
    where: blocks.length > 1 ? `${r.getFullName()} #${i + 1}` : r.getFullName(),
    code,
  }));
}

function documentedFunctions(): DeclarationReflection[] {
  const functions = project.getReflectionsByKind(ReflectionKind.Function | ReflectionKind.Method);
  return functions.filter((r): r is DeclarationReflection => r.isDeclaration() && ours(r));
}

function allExamples(): Example[] {
  const declarations = project
    .getReflectionsByKind(ReflectionKind.All)
    .filter((r): r is DeclarationReflection => r.isDeclaration());
  return declarations.filter(ours).flatMap(examplesOf);
}

/** `expr; // → value` lines become checks; `from 'vanban'` becomes the sources. */
function toModule(example: Example, file: string): string {
  const source = relative(join(file, '..'), join(SRC, 'index.js')).replaceAll('\\', '/');
  const lines = example.code
    .replace(/from 'vanban'/gu, `from '${source.startsWith('.') ? source : `./${source}`}'`)
    .split('\n');
  const checked: string[] = [];
  const check = (indent: string, expr: string, value: string) =>
    `${indent}${CHECK}(${JSON.stringify(`${example.where}: ${expr}`)}, ${expr}, ${value});`;
  for (const line of lines) {
    const same = /^(\s*)(\S.*?);?\s*\/\/ → (.+)$/u.exec(line);
    const alone = /^\s*\/\/ → (.+)$/u.exec(line);
    if (alone) {
      const previous = checked.pop() ?? '';
      const [, indent = '', expr = ''] = /^(\s*)(.*?);?\s*$/u.exec(previous) ?? [];
      checked.push(check(indent, expr, alone[1]!));
    } else if (same) {
      checked.push(check(same[1]!, same[2]!, same[3]!));
    } else {
      checked.push(line);
    }
  }
  const declaration = `const ${CHECK} = (globalThis as unknown as Record<string, (what: string, actual: unknown, expected: unknown) => void>)[${JSON.stringify(CHECK)}]!;`;
  return `${declaration}\n${checked.join('\n')}\nexport {};\n`;
}

function typeErrors(files: string[]): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, 'tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  );
  if (!config) throw new Error('tsconfig.json cannot be read');
  // the files TypeDoc already parsed (src, lib, node_modules types) are reused: seconds saved
  const host = ts.createCompilerHost(config.options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, ...rest) => program?.getSourceFile(name) ?? read(name, ...rest);
  const examples = ts.createProgram({ rootNames: files, options: config.options, host, oldProgram: program });
  return files.flatMap((file) => {
    const sourceFile = examples.getSourceFile(file)!;
    return [...examples.getSyntacticDiagnostics(sourceFile), ...examples.getSemanticDiagnostics(sourceFile)].map(
      (d) => {
        const { line } = sourceFile.getLineAndCharacterOfPosition(d.start ?? 0);
        return `${file}:${line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}\n  ${sourceFile.text.split('\n')[line]}`;
      },
    );
  });
}

describe('API docs (npm run docs)', () => {
  it('builds with no warning or error', () => {
    expect(problems).toEqual([]);
    expect(existsSync(join(out, 'api', 'index.html'))).toBe(true);
  });

  it('names the result types where they are used (scripts/typedoc-named-types.mjs)', () => {
    const parse = project.getChildByName('parse') as DeclarationReflection | undefined;
    const returned = parse?.signatures?.[0]?.type;
    expect(returned?.type === 'reference' ? returned.name : returned?.toString()).toBe('DocumentResult');
  });

  it('documents every exported function', async () => {
    const api = await import('../../src/index.js');
    const functions = Object.entries(api)
      .filter(([, value]) => typeof value === 'function' && !/^class\b/u.test(Function.prototype.toString.call(value)))
      .map(([name]) => name)
      .sort();
    const documented = new Set(documentedFunctions().map((r) => r.name));
    expect(functions.filter((name) => !documented.has(name))).toEqual([]);
    expect(functions.length).toBeGreaterThan(20);
  });

  it('gives every function a summary and a fenced, checked @example', () => {
    const missing = documentedFunctions().flatMap((r) => {
      const comment = r.signatures?.[0]?.comment ?? r.comment;
      const examples = examplesOf(r);
      return [
        ...(plain(comment?.summary ?? []).trim() === '' ? [`${r.name}: no summary`] : []),
        ...(examples.length === 0 ? [`${r.name}: no fenced @example`] : []),
        ...(examples.length > 0 && !examples.some((e) => e.code.includes('// → '))
          ? [`${r.name}: no checked line (// →) in its example`]
          : []),
        ...(examples.some((e) => !e.code.includes("from 'vanban'"))
          ? [`${r.name}: an example does not import from 'vanban'`]
          : []),
      ];
    });
    expect(missing).toEqual([]);
  });

  it('has examples that type-check and run, with the values they show', async () => {
    const examples = allExamples();
    // inside the project, so that an example's own imports ('unified', 'remark-parse') resolve from node_modules
    mkdirSync(join(ROOT, 'node_modules', '.cache'), { recursive: true });
    const dir = mkdtempSync(join(ROOT, 'node_modules', '.cache', 'vanban-examples-'));
    examplesDir = dir;
    const files = examples.map((example, i) => {
      const file = join(dir, `example-${i}.mts`);
      writeFileSync(file, toModule(example, file));
      return file;
    });
    expect(typeErrors(files)).toEqual([]);

    const failures: string[] = [];
    let checks = 0;
    (globalThis as Record<string, unknown>)[CHECK] = (what: string, actual: unknown, expected: unknown) => {
      checks++;
      try {
        if (typeof expected === 'object' && expected !== null) expect(actual).toMatchObject(expected);
        else expect(actual).toEqual(expected);
      } catch (error) {
        failures.push(`${what}\n${(error as Error).message}`);
      }
    };
    for (const [i, file] of files.entries()) {
      try {
        await import(pathToFileURL(file).href);
      } catch (error) {
        failures.push(`${examples[i]!.where}: threw ${(error as Error).stack ?? String(error)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(checks).toBeGreaterThan(examples.length);
  });
});
