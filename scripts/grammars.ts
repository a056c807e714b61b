/**
 * The grammar files' format, checked and fixed (as reporters-db does for its data):
 *   tsx scripts/grammars.ts          lists what is wrong; exits 1 if anything is
 *   tsx scripts/grammars.ts --fix    writes every file canonically (`$schema` first,
 *                                    JSON.stringify(data, null, 2) + "\n") and regenerates grammars/schema/
 * The format test (tests/grammar/files.test.ts) runs the same check.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { grammarNames } from '../src/grammar/load.js';
import {
  GRAMMAR_SCHEMAS,
  grammarJsonSchema,
  grammarProblems,
  type GrammarName,
} from '../src/grammar/grammar-schema.js';

export const GRAMMAR_DIR = fileURLToPath(new URL('../grammars/', import.meta.url));
export const SCHEMA_DIR = fileURLToPath(new URL('../grammars/schema/', import.meta.url));

/** The one way a grammar file is written. */
export const canonical = (data: unknown): string => `${JSON.stringify(data, null, 2)}\n`;

/** The `$schema` of grammars/<name>.json. */
export const schemaRef = (name: string): string => `./schema/${name}.json`;

/** The names of the files in grammars/ (without ".json"). */
export function grammarFiles(): string[] {
  return readdirSync(GRAMMAR_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

/** A file's data with its `$schema` first. */
function withSchemaRef(name: string, data: Record<string, unknown>): Record<string, unknown> {
  const { $schema: _, ...rest } = data;
  return { $schema: schemaRef(name), ...rest };
}

/** What is wrong with grammars/<name>.json and its JSON Schema, one line each. */
export function fileProblems(name: string): string[] {
  const problems: string[] = [];
  const file = `grammars/${name}.json`;
  const known = grammarNames() as string[];
  if (!known.includes(name)) problems.push(`${file}: not registered in src/grammar/load.ts`);
  if (!(name in GRAMMAR_SCHEMAS))
    return [...problems, `${file}: no schema in src/grammar/grammar-schema.ts GRAMMAR_SCHEMAS`];
  const text = readFileSync(`${GRAMMAR_DIR}${name}.json`, 'utf8');
  const data = JSON.parse(text) as Record<string, unknown>;
  const invalid = grammarProblems(name as GrammarName, data);
  if (invalid) problems.push(`${file}: not valid against its schema:\n${invalid}`);
  if (data.$schema !== schemaRef(name)) problems.push(`${file}: "$schema" should be "${schemaRef(name)}"`);
  if (text !== canonical(withSchemaRef(name, data))) problems.push(`${file}: not canonically formatted`);
  const schemaFile = `${SCHEMA_DIR}${name}.json`;
  const schema = canonical(grammarJsonSchema(name as GrammarName));
  if (!existsSync(schemaFile) || readFileSync(schemaFile, 'utf8') !== schema)
    problems.push(`grammars/schema/${name}.json: out of date`);
  return problems;
}

/** Every problem of every grammar file, and the loader's names that have no file. */
export function allProblems(): string[] {
  const files = grammarFiles();
  const missing = grammarNames()
    .filter((n) => !files.includes(n))
    .map((n) => `src/grammar/load.ts: ${n} has no file grammars/${n}.json`);
  return [...missing, ...files.flatMap(fileProblems)];
}

/** Rewrite every grammar file canonically and regenerate the JSON Schemas. Returns the files changed. */
export function fix(): string[] {
  const changed: string[] = [];
  mkdirSync(SCHEMA_DIR, { recursive: true });
  for (const name of grammarFiles()) {
    const path = `${GRAMMAR_DIR}${name}.json`;
    const text = readFileSync(path, 'utf8');
    const fixed = canonical(withSchemaRef(name, JSON.parse(text) as Record<string, unknown>));
    if (fixed !== text) writeFileSync(path, fixed), changed.push(`grammars/${name}.json`);
    if (!(name in GRAMMAR_SCHEMAS)) continue;
    const schemaPath = `${SCHEMA_DIR}${name}.json`;
    const schema = canonical(grammarJsonSchema(name as GrammarName));
    if (!existsSync(schemaPath) || readFileSync(schemaPath, 'utf8') !== schema)
      writeFileSync(schemaPath, schema), changed.push(`grammars/schema/${name}.json`);
  }
  return changed;
}

function main(): void {
  if (process.argv.includes('--fix')) {
    const changed = fix();
    console.log(changed.length ? `rewrote:\n  ${changed.join('\n  ')}` : 'nothing to fix');
  }
  const problems = allProblems();
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exitCode = 1;
  } else console.log('grammars: every file registered, valid, canonical; schemas up to date');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
