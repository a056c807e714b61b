/**
 * The phrase lists of grammars/targets.json, compiled. Every list is a whole-word alternation
 * (case-insensitive, on canonicalTones text with line breaks as spaces); each entry's examples
 * and counter-examples are registered for the generic grammar test.
 */
import { registerGrammarChecks } from '../../grammar/checks.js';
import { alternation, compile, wordAlternation } from '../../grammar/compile.js';
import { load } from '../../grammar/load.js';

const ENTRIES = new Map(load('targets').entries.map((entry) => [entry.id, entry]));

export const PHRASE_IDS = [
  'targetHeadings',
  'otherHeadings',
  'pastHeadings',
  'headingLeadWords',
  'goalWords',
  'notGoalWords',
  'untilYear',
  'baselineLeads',
  'untilDate',
  'periodWords',
  'yearly',
  'perYear',
  'greater',
  'atLeast',
  'less',
  'atMost',
  'orMore',
  'orLess',
  'comparatorFillers',
  'increase',
  'decrease',
  'growth',
  'notChange',
  'toLevel',
  'countLead',
  'units',
  'money',
  'timeUnits',
  'pastMarkers',
  'conditions',
] as const;
export type PhraseId = (typeof PHRASE_IDS)[number];

/** The alternation of one list (no boundaries, no group): to build larger patterns from. */
export function phrases(id: PhraseId): string {
  const entry = ENTRIES.get(id);
  if (!entry) throw new Error(`grammars/targets.json: missing entry "${id}"`);
  return alternation(entry.phrases);
}

/** One list as a whole-word, global, case-insensitive pattern. */
export function phraseSet(id: PhraseId): RegExp {
  const entry = ENTRIES.get(id);
  if (!entry) throw new Error(`grammars/targets.json: missing entry "${id}"`);
  return compile(`targets.json#${id}`, wordAlternation(entry.phrases), 'giu');
}

for (const id of PHRASE_IDS) {
  const entry = ENTRIES.get(id);
  if (!entry) throw new Error(`grammars/targets.json: missing entry "${id}"`);
  registerGrammarChecks(() => [
    {
      grammar: 'targets.json',
      id,
      pattern: compile(`targets.json#${id}/exact`, alternation(entry.phrases), 'iu'),
      examples: entry.examples,
      counterExamples: entry.counterExamples,
    },
  ]);
}
