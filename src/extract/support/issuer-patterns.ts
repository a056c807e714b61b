import { entryById, load } from '../../grammar/load.js';
import { alternation, compile, WORD_END, WORD_START, wordAlternation } from '../../grammar/compile.js';
import { registerGrammarChecks } from '../../grammar/checks.js';
import { canonicalTones } from '../../grammar/tones.js';

const ENACTING = load('issuer').entries;
const bodies = load('bodies');
const names = load('names');

function phraseSet(id: string): RegExp {
  const entry = entryById('issuer', ENACTING, id);
  const pattern = compile(`issuer.json#${id}`, wordAlternation(entry.phrases), 'giu');
  registerGrammarChecks(() => [
    {
      grammar: 'issuer.json',
      id,
      pattern: compile(`issuer.json#${id}/exact`, alternation(entry.phrases), 'iu'),
      examples: entry.examples,
      counterExamples: entry.counterExamples,
    },
  ]);
  return pattern;
}

/** Bodies that enact documents in their own name, and the verbs they do it with. */
export const ENACTING_BODY = phraseSet('bodies');
export const ENACTING_VERB = phraseSet('verbs');

export interface BodyHead {
  id: string;
  head: string;
  /** a department named without locality takes its parent's */
  qualify: boolean;
  /** a provincial or communal body: its name needs a locality */
  local: boolean;
  /** the head as it stands in the line */
  text: string;
}

const HEADS = bodies.entries.map((e) => ({
  id: e.id,
  head: e.head,
  qualify: e.qualify ?? false,
  local: e.local ?? false,
  forms: [e.head, ...e.abbreviations].map((f) => f.toLowerCase()),
}));

/** A header line that opens a body's name: "SỞ NỘI VỤ", "ỦY BAN NHÂN DÂN", "UBND TỈNH …". */
export const BODY_HEAD = compile(
  'bodies.json#head',
  `^[ \\t]*(?<head>${alternation(bodies.entries.flatMap((e) => [e.head, ...e.abbreviations]))})${WORD_END}`,
  'iu',
);

for (const entry of bodies.entries) {
  registerGrammarChecks(() => [
    {
      grammar: 'bodies.json',
      id: entry.id,
      pattern: compile(`bodies.json#${entry.id}`, alternation([entry.head, ...entry.abbreviations]), 'iu'),
      examples: entry.examples,
      counterExamples: entry.counterExamples,
    },
  ]);
}

export function bodyHead(line: string): BodyHead | undefined {
  const text = BODY_HEAD.exec(canonicalTones(line))?.groups?.head;
  if (!text) return undefined;
  const folded = text.replace(/\s+/g, ' ').toLowerCase();
  const head = HEADS.find((h) => h.forms.includes(folded));
  return head && { id: head.id, head: head.head, qualify: head.qualify, local: head.local, text };
}

export const LEVEL_WORD = compile('names.json#level', `${WORD_START}(?:${alternation(names.levels)})${WORD_END}`, 'iu');
