/**
 * Grammar self-checks. Every grammar module registers, for each of its entries, the pattern
 * compiled from it with the entry's examples and counter-examples; one generic test
 * (tests/grammar/grammars.test.ts) checks that each example matches completely and no counter-example does.
 *
 * A check whose pattern serves only the test (a type word's, a public body's, a law title's own
 * pattern) is registered as a function and built when the checks are asked for: compiling them
 * all at import cost a third of `import 'vanban'`.
 */

export interface GrammarEntryCheck {
  grammar: string;
  id: string;
  pattern: RegExp;
  examples: readonly string[];
  counterExamples: readonly string[];
}

type Registered = readonly GrammarEntryCheck[] | (() => readonly GrammarEntryCheck[]);

const REGISTERED: Registered[] = [];

export function registerGrammarChecks(entries: Registered): void {
  REGISTERED.push(entries);
}

/** Every registered check, in the order registered (the deferred ones built now, once). */
export function grammarChecks(): readonly GrammarEntryCheck[] {
  for (let i = 0; i < REGISTERED.length; i++) {
    const entries = REGISTERED[i]!;
    if (typeof entries === 'function') REGISTERED[i] = entries();
  }
  return (REGISTERED as readonly (readonly GrammarEntryCheck[])[]).flat();
}
