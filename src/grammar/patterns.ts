/**
 * Pattern grammars: files of named patterns written as data, each with the strings it must match
 * completely and the near-misses it must not. An entry is a phrase list (`phrases`), a regular
 * expression (`pattern`), or a pattern around its phrase list (`{{phrases}}`). `{{name}}` in a
 * pattern is replaced by a fragment of the same file (fragments may use earlier fragments); a
 * fragment written as a list of phrases is their alternation, longest first.
 */
import { alternation, compile, fillTemplate, WORD_END, WORD_START } from './compile.js';
import { registerGrammarChecks } from './checks.js';
import { load, type GrammarName } from './load.js';

export type PatternSet<Id extends string> = Readonly<Record<Id, RegExp>>;

interface PatternEntryData {
  id: string;
  phrases?: readonly string[];
  pattern?: string;
  flags?: string;
  examples: readonly string[];
  counterExamples: readonly string[];
}

interface PatternFileData {
  fragments?: Readonly<Record<string, string | readonly string[]>>;
  entries: readonly PatternEntryData[];
}

/**
 * Compile the pattern grammar grammars/<name>.json. `ids` are the entries code uses (a missing one
 * throws); `external` are fragments built by code from other grammars (e.g. every type word).
 * The older form loadPatterns('x.json', data, ids, external) is still accepted.
 */
export function loadPatterns<Id extends string>(
  name: GrammarName,
  ids: readonly Id[],
  external?: Readonly<Record<string, string>>,
): PatternSet<Id>;
export function loadPatterns<Id extends string>(
  label: string,
  data: unknown,
  ids: readonly Id[],
  external?: Readonly<Record<string, string>>,
): PatternSet<Id>;
export function loadPatterns<Id extends string>(
  name: string,
  dataOrIds: unknown,
  idsOrExternal?: readonly Id[] | Readonly<Record<string, string>>,
  external: Readonly<Record<string, string>> = {},
): PatternSet<Id> {
  if (Array.isArray(dataOrIds)) {
    const data = load(name as GrammarName) as unknown as PatternFileData;
    return compilePatterns(
      `${name}.json`,
      data,
      dataOrIds as readonly Id[],
      (idsOrExternal as Readonly<Record<string, string>>) ?? {},
    );
  }
  return compilePatterns(name, dataOrIds as PatternFileData, idsOrExternal as readonly Id[], external);
}

/**
 * The entries of a pattern file, each compiled on its first use: an import compiles only the
 * patterns its module's top level reads, and a parse the ones it runs. The fragments are filled
 * once, when the first entry is asked for. The grammar test asks for every entry (through the
 * deferred checks), so a pattern no code reads is still checked.
 */
function compilePatterns<Id extends string>(
  label: string,
  data: PatternFileData,
  ids: readonly Id[],
  external: Readonly<Record<string, string>>,
): PatternSet<Id> {
  for (const id of ids)
    if (!data.entries.some((e) => e.id === id)) throw new Error(`grammars/${label}: missing entry "${id}"`);
  let filled: { fragments: Record<string, string>; lists: Record<string, readonly string[]> } | undefined;
  const compileEntry = (entry: PatternEntryData): RegExp => {
    filled ??= fillFragments(data, external);
    return compile(
      `${label}#${entry.id}`,
      fillTemplate(entrySource(entry, filled.lists), filled.fragments),
      (entry.flags ?? '') + 'u',
    );
  };
  const out = {} as Record<string, RegExp>;
  SOURCES.set(out, (id) => {
    const entry = data.entries.find((e) => e.id === id)!;
    filled ??= fillFragments(data, external);
    return { source: fillTemplate(entrySource(entry, filled.lists), filled.fragments), flags: `${entry.flags ?? ''}u` };
  });
  for (const entry of data.entries) {
    // a getter of its own per entry, which the optimizing compiler inlines: once compiled, a read is a load and a test
    let pattern: RegExp | undefined;
    Object.defineProperty(out, entry.id, { enumerable: true, get: () => (pattern ??= compileEntry(entry)) });
  }
  registerGrammarChecks(() =>
    data.entries.map((entry) => ({
      grammar: label,
      id: entry.id,
      pattern: out[entry.id]!,
      examples: entry.examples,
      counterExamples: entry.counterExamples,
    })),
  );
  return out as PatternSet<Id>;
}

/** Each pattern set's sources, by entry: see {@link patternSource}. */
const SOURCES = new WeakMap<object, (id: string) => { source: string; flags: string }>();

/**
 * The source and flags an entry of a pattern set compiles to, without compiling it: for a copy with
 * other flags (a global or sticky scanner), which would otherwise cost the parse of both patterns.
 */
export function patternSource<Id extends string>(set: PatternSet<Id>, id: Id): { source: string; flags: string } {
  return SOURCES.get(set)!(id);
}

/** A file's fragments written out, each a pattern; its list fragments also as their phrases. */
function fillFragments(
  data: PatternFileData,
  external: Readonly<Record<string, string>>,
): { fragments: Record<string, string>; lists: Record<string, readonly string[]> } {
  const fragments: Record<string, string> = { ...external };
  const lists: Record<string, readonly string[]> = {};
  for (const [key, value] of Object.entries(data.fragments ?? {})) {
    if (typeof value === 'string') fragments[key] = fillTemplate(value, fragments);
    else {
      const list = expandPhrases(value, lists);
      lists[key] = list;
      // "" in a list: the words may be left out
      fragments[key] = `(?:${alternation(list)})${list.includes('') ? '?' : ''}`;
    }
  }
  return { fragments, lists };
}

/**
 * An entry's pattern before its fragments are filled: a phrase list alone is matched as whole
 * words; in a pattern, `{{phrases}}` stands for the list's alternation (longest first).
 */
function entrySource(entry: PatternEntryData, lists: Readonly<Record<string, readonly string[]>>): string {
  if (!entry.phrases) return entry.pattern!;
  const phrases = alternation(expandPhrases(entry.phrases, lists).filter(Boolean));
  if (entry.pattern === undefined) return `${WORD_START}(?:${phrases})${WORD_END}`;
  return entry.pattern.replace('{{phrases}}', () => phrases);
}

const PLACEHOLDER = /\{\{(\w+)\}\}/u;

/**
 * A phrase list with its `{{name}}` written out: "định kỳ {{six}} tháng" with six = ["sáu", "06",
 * "6"] is three phrases. A list fragment may hold "" (the words may be left out). The result is
 * still literal phrases, so the entry stays a plain alternation, longest first.
 */
export function expandPhrases(
  phrases: readonly string[],
  lists: Readonly<Record<string, readonly string[]>>,
): string[] {
  const out: string[] = [];
  const pending = [...phrases];
  while (pending.length > 0) {
    const phrase = pending.shift()!;
    const found = PLACEHOLDER.exec(phrase);
    if (!found) {
      out.push(phrase.replace(/\s+/gu, ' ').trim());
      continue;
    }
    const list = lists[found[1]!];
    if (!list) throw new Error(`grammar phrases: {{${found[1]}}} is not a list of phrases in the file's fragments`);
    for (const part of list)
      pending.push(phrase.slice(0, found.index) + part + phrase.slice(found.index + found[0].length));
  }
  return out;
}
