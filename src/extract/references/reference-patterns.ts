import { load } from '../../grammar/load.js';
import { loadPatterns } from '../../grammar/patterns.js';
import { registerGrammarChecks } from '../../grammar/checks.js';
import { alternation, compile, WORD_END, WORD_START, wordAlternation } from '../../grammar/compile.js';
import { TYPE_WORD_SOURCE } from '../../grammar/document-types.js';
import { afterWordChar } from '../../grammar/scan.js';

export const CITE = loadPatterns('citations', [
  'numberWord',
  'genericWord',
  'dateAfter',
  'issuerAfter',
  'titleStart',
  'notTitleStart',
  'alias',
  'self',
  'namedHead',
  'shortName',
  'nameEnd',
  'notAName',
  'keepsSubject',
  'pinpoint',
  'numberWordAfter',
  'conjunction',
  'completeBody',
  'atWordEnd',
  'proposalWords',
  'atSplit',
  'ofSplit',
  'andSplit',
  'blockedHead',
  'joiner',
  'issuerEndsAfter',
  'issuerEndsBefore',
  'subjectBodyHead',
  'subjectOpener',
  'subjectNameEnd',
  'topBody',
  'jointTopBody',
  'formBefore',
  'titleAfter',
  'backReference',
  'agentVerb',
  'issuingVerb',
  'exampleCue',
] as const);

/** The relation lexicon (grammars/relation-verbs.json), each list a word alternation for relations.json's patterns. */
function relationLexicon(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of load('relation-verbs').entries) {
    registerGrammarChecks(() => [
      {
        grammar: 'relation-verbs.json',
        id: entry.id,
        pattern: compile(`relation-verbs.json#${entry.id}`, `^(?:${alternation(entry.phrases)})$`, 'iu'),
        examples: entry.examples,
        counterExamples: entry.counterExamples,
      },
    ]);
    out[entry.id] = wordAlternation(entry.phrases);
  }
  return out;
}

export const RELATION = loadPatterns(
  'relations',
  [
    'basedOn',
    'implements',
    'proposal',
    'amends',
    'replaces',
    'repeals',
    'guides',
    'statedImplements',
    'outlineStart',
    'expires',
    'clauseLead',
    'implementsInTitle',
    'ofBefore',
    'partialObject',
    'received',
    'publishesList',
    'guidesSelf',
    'listItemLead',
    'listIntro',
    'passesOn',
    'quotedRule',
    'listRepeals',
    'listReplaces',
    'byAgent',
    'commentRequest',
    'basedOnDirect',
    'changedBy',
    'annexStart',
    'attachedTo',
    'listJoinerBefore',
  ] as const,
  { ...relationLexicon(), typeWord: TYPE_WORD_SOURCE },
);

/** The lexicon lists the operative patterns (replaces, repeals, amends, listRepeals, listReplaces) are made of. */
const OPERATIVE_LISTS = new Set(['repealVerbs', 'endVerbs', 'expiryPhrases', 'replaceVerbs', 'amendVerbs']);

/**
 * Any verb or expiry phrase of the operative lists, bare (no word boundaries): a text where it does not match has no
 * match of an operative pattern either, whose verb is one of them. One test of it spares the three or four patterns
 * in the windows most mentions and colons have none in.
 */
export const OPERATIVE_VERB = compile(
  'relation-verbs#operative',
  alternation(load('relation-verbs').entries.flatMap((e) => (OPERATIVE_LISTS.has(e.id) ? e.phrases : []))),
  'iu',
);

/** Every type word, to find the one that opens "Luật Phòng, chống tham nhũng số 36/2018/QH14". */
export const TYPE_WORDS = compile('citations#typeWords', `${WORD_START}(?<type>${TYPE_WORD_SOURCE})${WORD_END}`, 'giu');
/** A type word that ends a text ("… Nghị quyết" before "nêu trên"); case as written. */
export const TYPE_WORD_AT_END = compile('citations#typeWordAtEnd', `${WORD_START}(?:${TYPE_WORD_SOURCE})$`, 'iu');

/**
 * Where a number may start: digits, then "/" or "-" and a letter or a year, spaces allowed around
 * the separator (typing noise: "23/CT- TTg", "Số: 203 /KH-UBND"); not after a colon, where a standard's
 * year follows its number ("QCVN 122:2024/BGTVT"). Dates (19/6/2020), ratios and
 * "khoản 2/3" do not pass: after the separator they have digits that are not a year and a slash.
 */
export const NUMBER_START = compile(
  'citations#numberStart',
  String.raw`(?<![\p{L}\p{N}/.\-:])\d{1,5}(?:\.\d{1,3})?[ \t]{0,2}[/\-][ \t]{0,2}(?:\d{4}[ \t]{0,2}\/|[A-Za-zĐđ])`,
  'gu',
);

/**
 * NUMBER_START without its look-behind, for a scan that checks the character before each match in code
 * ({@link numberMayStartAt}): a pattern opening with a look-behind is tried at every position of the text.
 */
export const NUMBER_BODY = new RegExp(NUMBER_START.source.replace(/^\(\?<!\[[^\]]*\]\)/u, ''), 'gu');

/** What NUMBER_START's look-behind asks of the character before `at`: no letter, digit, "/", ".", "-" or ":". */
export function numberMayStartAt(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  if (before === 0x2f || before === 0x2e || before === 0x2d || before === 0x3a) return false;
  return !afterWordChar(text, at);
}
