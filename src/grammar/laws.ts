/**
 * The laws table (grammars/laws.json), like reporters-db behind eyecite: every law, code,
 * ordinance and Constitution with its number, title as cited, other spellings, adoption and
 * effective dates and what replaced it; and the form of a law's name (grammars/law-names.json).
 * Titles are looked up word by word (folded), so the longest known title wins wherever it is
 * written, across line breaks and in any case.
 */
import { alternation, compile, WORD_END, WORD_START } from './compile.js';
import { registerGrammarChecks } from './checks.js';
import { entryById, load } from './load.js';
import type { Law } from './grammar-schema.js';
import { foldWords } from './tones.js';
import { isSpaceCode } from './white-space.js';

export type { Law } from './grammar-schema.js';

export const LAWS: readonly Law[] = load('laws').entries;

// Every title is checked against its own spellings and against the longer titles that start with it.
registerGrammarChecks(() =>
  LAWS.map((law) => ({
    grammar: 'laws.json',
    id: law.id,
    pattern: new RegExp(alternation([law.title, ...law.variants]), 'iu'),
    examples: law.examples,
    counterExamples: law.counterExamples,
  })),
);

/** A word of a title, or a comma or bracket inside one ("Phòng, chống", "(HIV/AIDS)"). */
export const TITLE_TOKEN = /[^\s,;.:()“”"]+|[,()]/gu;
/** knownTitleEnd's own scanner (its loop calls nothing that scans with it): a RegExp built per call recompiles. */
const TITLE_TOKENS = new RegExp(TITLE_TOKEN.source, 'gu');

/** The tokens of a title, folded for lookup. */
export function titleTokens(title: string): string[] {
  return [...foldWords(title).matchAll(TITLE_TOKEN)].map((m) => m[0]);
}

/**
 * The key of a title: its folded words; commas left out, as titles are cited with or without them ("An toàn, vệ sinh
 * lao động").
 */
export function titleKey(title: string): string {
  return titleTokens(title)
    .filter((t) => t !== ',')
    .join(' ');
}

/** The name is written as the table writes a title, commas included. */
export function isTableSpelling(name: string): boolean {
  return titleTables().spellings.has(foldWords(name));
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** a title ends here */
  complete: boolean;
}

/** The lookups of the table's titles: built on the first one, not at import (folding every title is slow). */
interface TitleTables {
  /** every title and variant, folded */
  spellings: Set<string>;
  /** the titles' keys, token by token */
  trie: TrieNode;
  /** the enactments of each title's key, oldest first */
  byTitle: Map<string, Law[]>;
  /** the words law titles are made of, lower case where titles write them so … */
  lower: Set<string>;
  /** … and capitalised where they do */
  capitalized: Set<string>;
}

let tables: TitleTables | undefined;

function titleTables(): TitleTables {
  if (tables) return tables;
  const spellings = new Set(LAWS.flatMap((law) => [law.title, ...law.variants].map((t) => foldWords(t))));
  const trie: TrieNode = { next: new Map(), complete: false };
  const byTitle = new Map<string, Law[]>();
  for (const law of LAWS) {
    for (const title of [law.title, ...law.variants]) {
      const key = titleKey(title);
      byTitle.set(key, [...(byTitle.get(key) ?? []), law]);
      let node = trie;
      for (const token of key.split(' ')) {
        let child = node.next.get(token);
        if (!child) node.next.set(token, (child = { next: new Map(), complete: false }));
        node = child;
      }
      node.complete = true;
    }
  }
  const lower = new Set<string>();
  const capitalized = new Set<string>();
  for (const law of LAWS) {
    const words = law.title.normalize('NFC').match(/[^\s,;.:()“”"]+/gu) ?? [];
    const headWords = law.kind.split(' ').length;
    words.slice(headWords).forEach((word, i) => {
      if (/\d/u.test(word)) return;
      const folded = foldWords(word);
      // the first word after the kind word is capitalised by convention, whatever its own case
      if (i === 0 || /^\p{Ll}/u.test(word)) lower.add(folded);
      if (/^\p{Lu}/u.test(word) && i > 0) capitalized.add(folded);
    });
  }
  // words of titles the table does not hold yet ("Luật Di sản văn hóa", "Luật Nghệ thuật biểu diễn")
  for (const phrase of TITLE_WORDS) for (const word of phrase.split(' ')) lower.add(foldWords(word));
  // each title's enactments oldest first, sorted here once: every law cited by name asks for them
  for (const laws of byTitle.values()) laws.sort(byEnactment);
  tables = { spellings, trie, byTitle, lower, capitalized };
  return tables;
}

/** Every enactment of a title (by title or a spelling of it), oldest first. */
export function lawsTitled(title: string): Law[] {
  return [...(titleTables().byTitle.get(titleKey(title)) ?? [])];
}

function byEnactment(a: Law, b: Law): number {
  return enactedOn(a).localeCompare(enactedOn(b));
}

/**
 * The law the table titles as `printed` and numbers `number` ("56/2024/QH15", a serial with or without its leading
 * zero): in "Luật sửa đổi … của Luật A, Luật B số N" it tells whether N is the amending law's or Luật B's.
 */
export function lawTitledAndNumbered(printed: string, number: string): Law | undefined {
  const wanted = serialKey(number);
  return lawsTitled(printed).find((law) => law.number !== null && serialKey(law.number) === wanted);
}

/** A number folded, its serial without leading zeros ("05/2022/QH15" and "5/2022/QH15" are one number). */
function serialKey(number: string): string {
  return foldWords(number).replace(/^0+(?=\d)/u, '');
}

/** When a law was adopted, or, failing that, the year its number gives. */
export function enactedOn(law: Law): string {
  return law.adopted ?? `${law.number?.split('/')[1] ?? '0000'}-00-00`;
}

/**
 * Where the longest known title that starts at `start` of `text` ends (a kind word first:
 * "Luật Phòng, chống tác hại của thuốc lá"), or null. A title ends at a word end.
 */
export function knownTitleEnd(text: string, start: number): number | null {
  const tokens = TITLE_TOKENS;
  tokens.lastIndex = start;
  let node = titleTables().trie;
  let end: number | null = null;
  let at = start;
  for (let m = tokens.exec(text); m; m = tokens.exec(text)) {
    // only white space between the tokens: tested in place, not on a slice of it
    if (at === start ? m.index !== start : !isBlankBetween(text, at, m.index)) break;
    if (m[0] === ',') {
      at = m.index + 1;
      continue;
    }
    const child = node.next.get(foldWords(m[0]));
    if (!child) {
      // a footnote mark glued to the last word: "Luật Thuế thu nhập doanh nghiệp2."
      const marked = /^(?<word>\p{L}+)\d{1,2}$/u.exec(m[0]);
      if (marked && node.next.get(foldWords(marked.groups!.word!))?.complete)
        end = m.index + marked.groups!.word!.length;
      break;
    }
    node = child;
    at = m.index + m[0].length;
    if (node.complete) end = at;
  }
  return end;
}

/** Whether every code unit of text.slice(from, to) is white space (`/^\s*$/u` on it). */
function isBlankBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/**
 * The last two to four words of the title of a law, code or ordinance of the table ("điện tử" of
 * "Luật Giao dịch điện tử"), amending titles and Quốc hội resolutions left out.
 */
let titleEndings: Set<string> | null = null;
function endingsOfTitles(): Set<string> {
  if (titleEndings) return titleEndings;
  titleEndings = new Set<string>();
  for (const law of LAWS) {
    if (law.kind === 'Nghị quyết' || LAW_NAME.amendingOpening.test(law.title.slice(law.kind.length).trimStart()))
      continue;
    for (const title of [law.title, ...law.variants]) {
      const words = titleKey(title).split(' ').slice(law.kind.split(' ').length);
      for (let n = 2; n <= Math.min(MAX_ENDING, words.length - 1); n++) titleEndings.add(words.slice(-n).join(' '));
    }
  }
  return titleEndings;
}
const MAX_ENDING = 4;

/**
 * Where a title the table lacks ends when it starts with one the table knows: "Luật Thương mại
 * điện tử" is not "Luật Thương mại" followed by other words. After the known title at `end`, the
 * lower-case title words that follow continue the name when they are how a title of the table
 * ends ("điện tử"); one word, or words no title ends with ("Luật Đất đai quy định", "Luật Bảo
 * hiểm xã hội thực hiện"), do not. Null when nothing continues it.
 */
export function titleContinuationEnd(text: string, end: number): number | null {
  const word = /^[ \t]*\n?[ \t]*(?<word>\p{Ll}[\p{L}\p{M}]*)(?![\p{L}\p{N}])/u;
  const words: string[] = [];
  const ends: number[] = [];
  let at = end;
  for (let m = word.exec(text.slice(at)); m && words.length < MAX_ENDING; m = word.exec(text.slice(at))) {
    if (!isTitleWord(m.groups!.word!)) break;
    at += m[0].length;
    words.push(foldWords(m.groups!.word!));
    ends.push(at);
  }
  for (let n = words.length; n >= 2; n--) if (endingsOfTitles().has(words.slice(0, n).join(' '))) return ends[n - 1]!;
  return null;
}

/**
 * The words law titles are made of, from the table: a name the table lacks runs over these
 * ("Luật Công nghiệp công nghệ số"), not up to a stop word. A capitalised word counts only
 * where titles capitalise it ("Tổ chức Quốc hội", "Mặt trận Tổ quốc Việt Nam").
 */
export function isTitleWord(word: string): boolean {
  const folded = foldWords(word);
  if (LAW_NAME.nonTitleWords.has(folded)) return false;
  const { lower, capitalized } = titleTables();
  return /^\p{Lu}/u.test(word) ? capitalized.has(folded) || lower.has(folded) : lower.has(folded);
}

const PHRASES = load('law-names').entries;

function phrases(id: string): string[] {
  const entry = entryById('law-names', PHRASES, id);
  registerGrammarChecks(() => [
    {
      grammar: 'law-names.json',
      id,
      pattern: compile(`law-names.json#${id}/exact`, alternation(entry.phrases), 'iu'),
      examples: entry.examples,
      counterExamples: entry.counterExamples,
    },
  ]);
  return entry.phrases;
}

/** The form of a law's name (grammars/law-names.json), compiled. */
export const LAW_NAME = {
  /** "sửa đổi, bổ sung một số điều của" after the kind word: an amending law, named by the laws it amends */
  amendingOpening: compile(
    'law-names.json#amendingOpening',
    `^(?:${alternation(phrases('amendingOpening'))})${WORD_END}[ \\t\\n]*`,
    'iu',
  ),
  /** between two laws an amending law names ("Luật A, Luật B và Luật C") */
  listJoiner: compile(
    'law-names.json#listJoiner',
    `^[ \\t\\n]*(?:${alternation(phrases('listJoiner'))})[ \\t\\n]*(?=${alternation(phrases('lawHead'))}${WORD_END})`,
    'iu',
  ),
  /** a draft that will replace a law: "Luật Bảo hiểm y tế (sửa đổi)", "… sửa đổi." */
  draftMarker: compile(
    'law-names.json#draftMarker',
    `^(?:[ \\t\\n]*\\((?:${alternation(phrases('draftMarker'))})\\)|[ \\t]*(?:${alternation(phrases('draftMarker'))})(?=[ \\t]*(?:[.;:)\\n]|$)))`,
    'iu',
  ),
  /** "năm 2016" (or a bare "2016") after a name: the year of the enactment */
  yearSuffix: compile(
    'law-names.json#yearSuffix',
    `^[ \\t]*(?:(?:${alternation(phrases('yearSuffix'))})[ \\t]+)?(?<year>(?:19|20)\\d{2})(?![\\p{L}\\p{N}/])`,
    'iu',
  ),
  /** the enacting formula: "Quốc hội ban hành Luật …" names the law being enacted, not a law it cites */
  enactingFormula: compile(
    'law-names.json#enactingFormula',
    `${WORD_START}(?:${alternation(phrases('enactingFormula'))})[ \\t\\n]+$`,
    'iu',
  ),
  /** the conjunction of a title's two subjects ("Luật Bảo vệ và phát triển rừng") */
  coordinator: compile('law-names.json#coordinator', `^(?:${alternation(phrases('coordinator'))})$`, 'iu'),
  /** what follows a title's second subject where the name ends ("… và nông thôn số 47/2024/QH15") */
  coordinatedEnd: compile(
    'law-names.json#coordinatedEnd',
    `^[ \\t]+(?:${alternation(phrases('coordinatedEnd'))})${WORD_END}`,
    'iu',
  ),
  /** words no title is made of even where a title in the table has them ("của", "theo" …) */
  nonTitleWords: new Set(phrases('nonTitleWords').map(foldWords)),
} as const;

/** words of titles the table does not hold yet, for {@link isTitleWord} */
const TITLE_WORDS = phrases('titleWords');
