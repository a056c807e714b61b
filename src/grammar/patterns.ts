/**
 * Pattern grammars: files of named regular expressions written as data, each with the
 * strings it must match completely and the near-misses it must not. `{{name}}` in a pattern
 * is replaced by a fragment of the same file (fragments may use earlier fragments).
 */
import { z } from 'zod';
import { compile, fillTemplate } from './compile.js';
import { registerGrammarChecks } from './checks.js';
import { GrammarEntryBase } from './schema.js';

const PatternEntry = GrammarEntryBase.extend({
  pattern: z.string().min(1),
  flags: z.string().regex(/^[gimsu]*$/).optional(),
});

const PatternFile = z.object({
  $schema: z.string().optional(),
  description: z.string(),
  fragments: z.record(z.string(), z.string()).optional(),
  entries: z.array(PatternEntry).min(1),
});

export type PatternSet<Id extends string> = Readonly<Record<Id, RegExp>>;

/**
 * Compile a pattern grammar. Throws on a malformed file: grammars ship with the package,
 * so a broken one is a programming error, caught by the test suite.
 */
export function loadPatterns<Id extends string>(
  name: string,
  data: unknown,
  ids: readonly Id[],
  /** fragments built by code from other grammars (e.g. every type word, longest first) */
  external: Readonly<Record<string, string>> = {},
): PatternSet<Id> {
  const parsed = PatternFile.safeParse(data);
  if (!parsed.success) throw new Error(`grammars/${name}: ${z.prettifyError(parsed.error)}`);
  const fragments: Record<string, string> = { ...external };
  for (const [key, value] of Object.entries(parsed.data.fragments ?? {})) fragments[key] = fillTemplate(value, fragments);
  const out: Record<string, RegExp> = {};
  for (const entry of parsed.data.entries) {
    const pattern = compile(`${name}#${entry.id}`, fillTemplate(entry.pattern, fragments), (entry.flags ?? '') + 'u');
    out[entry.id] = pattern;
    registerGrammarChecks([{ grammar: name, id: entry.id, pattern, examples: entry.examples, counterExamples: entry.counterExamples }]);
  }
  for (const id of ids) if (!out[id]) throw new Error(`grammars/${name}: missing entry "${id}"`);
  return out as PatternSet<Id>;
}
