/**
 * Known OCR misreadings of header and closing words ("TÍNH ỦY" for TỈNH ỦY, "ĐÁNG CỘNG SẢN" for
 * ĐẢNG CỘNG SẢN, "Nơi nhân:" for Nơi nhận:), replaced by their reading before layout, so that the
 * header and signature are read by the same rules as a clean text (grammars/misreadings.json).
 */
import { alternation, compile, writtenAlternation, WORD_END, WORD_START } from '../grammar/compile.js';
import { registerGrammarChecks } from '../grammar/checks.js';
import { load } from '../grammar/load.js';
import { allMatches } from '../grammar/scan.js';
import { canonicalTones } from '../grammar/tones.js';
import type { Edit } from './offset-map.js';

const ENTRIES = load('misreadings').entries;

/** Each misread phrase (canonical tones) → its reading. */
const READING = new Map<string, string>();
for (const entry of ENTRIES) {
  for (const phrase of entry.phrases) READING.set(canonicalTones(phrase.normalize('NFC')), entry.reading);
  registerGrammarChecks(() => [
    {
      grammar: 'misreadings.json',
      id: entry.id,
      pattern: compile(`misreadings#${entry.id}`, `${WORD_START}(?:${alternation(entry.phrases)})${WORD_END}`, 'u'),
      examples: entry.examples,
      counterExamples: entry.counterExamples,
    },
  ]);
}

/**
 * Every misread phrase, matched on the text as written in either tone placement: the rare phrases
 * are found without a canonical copy of the whole text, and a match is folded on its own.
 */
const MISREADING = compile(
  'misreadings',
  `${WORD_START}(?:${writtenAlternation([...READING.keys()])})${WORD_END}`,
  'gu',
);

/**
 * The phrases alone, without their word edges: every misreading of a text made by deleting whole lines and marks at
 * line ends (strip.ts) stands already in the text before, its edges aside. No match here: no misreading after either.
 */
const MISREAD_PHRASE = compile('misreadings-phrase', writtenAlternation([...READING.keys()]), 'u');

/** Whether the text may hold a misreading once its lines are stripped (see MISREAD_PHRASE). */
export function mayHoldMisreading(text: string): boolean {
  return MISREAD_PHRASE.test(text);
}

export function misreadingEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const m of allMatches(MISREADING, text)) {
    const reading = READING.get(canonicalTones(m[0]).replace(/[ \t]+/gu, ' '));
    if (!reading) continue;
    const insert = isCaps(m[0]) ? reading.toUpperCase() : reading;
    edits.push({ start: m.index, end: m.index + m[0].length, insert });
  }
  return edits;
}

function isCaps(text: string): boolean {
  return !/\p{Ll}/u.test(text);
}
