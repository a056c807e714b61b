/**
 * Grammar self-checks. Every grammar module registers, for each of its entries, the pattern
 * compiled from it with the entry's examples and counter-examples; one generic test
 * (tests/grammar/grammars.test.ts) checks that each example matches completely and no counter-example does.
 */

export interface GrammarEntryCheck {
  grammar: string;
  id: string;
  pattern: RegExp;
  examples: readonly string[];
  counterExamples: readonly string[];
}

const CHECKS: GrammarEntryCheck[] = [];

export function registerGrammarChecks(entries: readonly GrammarEntryCheck[]): void {
  CHECKS.push(...entries);
}

export function grammarChecks(): readonly GrammarEntryCheck[] {
  return CHECKS;
}
