/**
 * The provinces and cities (localities.json): lookup by id and by any written form of the name, and the patterns
 * that find a locality in a text. Shared by the extractors and resolve, so it lives with the grammar.
 */
import { load } from './load.js';
import { alternation, compile, WORD_END, WORD_START } from './compile.js';
import { registerGrammarChecks } from './checks.js';
import { canonicalTones } from './tones.js';

const localities = load('localities');
const names = load('names');

export interface Locality {
  id: string;
  name: string;
  level: string;
}

const LOCALITIES: Locality[] = localities.entries.map((e) => ({ id: e.id, name: e.name, level: e.level }));
const byFolded = new Map<string, Locality>();
/** Lower case with canonical tone marks: a place written "Thanh Hoá" finds "Thanh Hóa". */
const foldLocality = (name: string) => canonicalTones(name.normalize('NFC').trim().toLowerCase());
for (const e of localities.entries)
  for (const n of [e.name, ...(e.aliases ?? [])]) byFolded.set(foldLocality(n), LOCALITIES.find((l) => l.id === e.id)!);

for (const e of localities.entries) {
  registerGrammarChecks(() => [
    {
      grammar: 'localities.json',
      id: e.id,
      pattern: compile(`localities.json#${e.id}`, alternation([e.name, ...(e.aliases ?? [])]), 'iu'),
      examples: e.examples,
      counterExamples: e.counterExamples,
    },
  ]);
}

export function localityById(id: string): Locality | undefined {
  return LOCALITIES.find((l) => l.id === id);
}

export function localityByName(name: string): Locality | undefined {
  return byFolded.get(foldLocality(name));
}

/** "tỉnh Đồng Tháp", "thành phố Hà Nội" anywhere in a text. */
export const LOCALITY_MENTION = compile(
  'localities.json#mention',
  `${WORD_START}(?<level>${alternation(names.levels)})[ \\t]+(?<name>${alternation(localities.entries.flatMap((e) => [e.name, ...(e.aliases ?? [])]))})${WORD_END}`,
  'giu',
);

/** A province's name anywhere ("Thành ủy Hà Nội"). */
export const PROVINCE_NAME = compile(
  'localities.json#name',
  `${WORD_START}(?:${alternation(localities.entries.flatMap((e) => [e.name, ...(e.aliases ?? [])]))})${WORD_END}`,
  'gu',
);
