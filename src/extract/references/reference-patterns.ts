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

/** NUMBER_BODY tried at one place. */
const NUMBER_HERE = new RegExp(NUMBER_BODY.source, 'uy');
/** The most characters NUMBER_BODY takes before its separator: five digits, a dot and three more, two blanks. */
const SERIAL_REACH = 11;
/** The blanks NUMBER_BODY allows between a serial and its separator. */
const SERIAL_BLANKS = 2;

/**
 * The search of NUMBER_BODY in `text`: from a place, its first match there or after, as the pattern's own search from
 * there finds it, or null. Every match has a "/" or "-" right after its serial (digits, blanks): the text is searched
 * for those two characters, which indexOf skips to several times faster than the engine tries every digit of the text
 * (dates, articles, amounts), and the pattern is tried only at the digits before one. A serial never holds a
 * separator, so the digits before one are tried before any after it. Where each separator was last found is kept: the
 * search goes on forward, and a stretch without one is not searched again.
 */
export function numberBodies(text: string): (from: number) => RegExpExecArray | null {
  let slash = -2;
  let dash = -2;
  return (from) => {
    if (slash !== -1 && slash < from) slash = text.indexOf('/', from);
    if (dash !== -1 && dash < from) dash = text.indexOf('-', from);
    let previous = from - 1;
    while (slash >= 0 || dash >= 0) {
      const separator = dash < 0 || (slash >= 0 && slash < dash) ? slash : dash;
      const found = numberBefore(text, separator, Math.max(previous + 1, separator - SERIAL_REACH));
      if (found) return found;
      if (separator === slash) slash = text.indexOf('/', separator + 1);
      else dash = text.indexOf('-', separator + 1);
      previous = separator;
    }
    return null;
  };
}

/** The first match of NUMBER_BODY at a digit from `lo` on whose separator is the one at `separator`. */
function numberBefore(text: string, separator: number, lo: number): RegExpExecArray | null {
  // the serial's last digit: before at most two blanks
  let last = separator - 1;
  while (last >= 0 && separator - 1 - last < SERIAL_BLANKS && isBlankCode(text.charCodeAt(last))) last--;
  if (last < lo || !isDigitCode(text.charCodeAt(last)) || !codeAfter(text, separator + 1)) return null;
  for (let at = lo; at <= last; at++) {
    if (!isDigitCode(text.charCodeAt(at))) continue;
    NUMBER_HERE.lastIndex = at;
    const found = NUMBER_HERE.exec(text);
    if (found) return found;
  }
  return null;
}

/**
 * What NUMBER_BODY asks after its separator, at `at`: at most two blanks, then a code's first letter ([A-Za-zĐđ]) or a
 * year of four digits and, after at most two blanks, "/". Most separators after digits are a date's, which fail here.
 */
function codeAfter(text: string, at: number): boolean {
  const start = skipBlanks(text, at);
  const first = text.charCodeAt(start);
  if (isCodeLetter(first)) return true;
  for (let k = start; k < start + 4; k++) if (!isDigitCode(text.charCodeAt(k))) return false;
  return text.charCodeAt(skipBlanks(text, start + 4)) === 0x2f;
}

/** After at most two blanks from `at`. */
function skipBlanks(text: string, at: number): number {
  let k = at;
  while (k < at + SERIAL_BLANKS && isBlankCode(text.charCodeAt(k))) k++;
  return k;
}

/** [A-Za-zĐđ]. */
function isCodeLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x110 || code === 0x111;
}

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isBlankCode(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

/** What NUMBER_START's look-behind asks of the character before `at`: no letter, digit, "/", ".", "-" or ":". */
export function numberMayStartAt(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  if (before === 0x2f || before === 0x2e || before === 0x2d || before === 0x3a) return false;
  return !afterWordChar(text, at);
}
