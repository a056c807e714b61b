/**
 * The plain word lists of grammars/*.json (agencies.json heads, duties, notInName …) have no entry to carry examples,
 * so a file carries them beside the lists in `wordExamples`: `{ "<list>": { "<word>": ["phrase", …] } }`. This test
 * fails a covered list's item with no example, and runs every example through the reader that uses the list, so that
 * an expert who adds a word sees what it does. Each check finds the word in its example (first occurrence, case as
 * written, or the place marked with brackets: "…, [tỉnh] Yên Bái") and asks the reader about that place.
 */
import { describe, expect, it } from 'vitest';
import { agencyList } from '../../src/extract/agencies/list.js';
import { ANY_BODY_LIST, GENERIC_PARTIES, dutyIn } from '../../src/extract/agencies/gazetteer.js';
import { recase } from '../../src/extract/support/recase.js';
import { extractTasks } from '../../src/extract/tasks/index.js';
import { parse } from '../../src/parse.js';
import { type GrammarName, grammarNames, load } from '../../src/grammar/load.js';
import { canonicalTones } from '../../src/grammar/tones.js';

interface Span {
  start: number;
  end: number;
}

/** What a check says: null when the example shows the word doing its job, else why not. */
type Check = (example: string, at: number, word: string) => string | null;

/** The agencies every task of `text` names (leads and coordinators), with their spans. */
function taskAgencies(text: string): Array<{ name: string; span: Span }> {
  return extractTasks(text)
    .flatMap((t) => [...t.agencies, ...t.coordinators])
    .map((a) => ({ name: a.name, span: { start: a.span[0], end: a.span[1] } }));
}

/** The agencies of the list that opens at `from` in `text` (the agency reader, on canonical tones). */
function listAgencies(text: string, from: number): Array<{ name: string; span: Span }> {
  const phrase = text.slice(from);
  return agencyList(canonicalTones(phrase), phrase, from).map((a) => ({
    name: a.name,
    span: { start: a.span[0], end: a.span[1] },
  }));
}

const show = (found: Array<{ name: string; span: Span }>) => JSON.stringify(found.map((a) => [a.name, a.span.start]));

/** The task reader reads a body whose name opens at the word. */
const opensName: Check = (example, at) => {
  const found = taskAgencies(example);
  return found.some((a) => a.span.start === at) ? null : `no agency opens at ${at}: ${show(found)}`;
};

/** The task reader reads the body named after the office title, without the title. */
const namesHolderBody: Check = (example, at, word) => {
  const found = taskAgencies(example);
  return found.some((a) => a.span.start > at && a.span.start <= at + word.length + 1)
    ? null
    : `no agency after the title at ${at}: ${show(found)}`;
};

/**
 * The task reader reads the body the title's last word opens, with its capital ("Trưởng phòng Nội vụ" → "Phòng Nội
 * vụ").
 */
const namesFusedBody: Check = (example, at, word) => {
  const head = word.slice(word.lastIndexOf(' ') + 1);
  const body = head.charAt(0).toUpperCase() + head.slice(1);
  const found = taskAgencies(example);
  return found.some((a) => a.span.start === at + word.length - head.length && a.name.startsWith(`${body} `))
    ? null
    : `no body "${body} …" read at the title's last word: ${show(found)}`;
};

/**
 * The task reader reads the body the word opens with the level the list shares appended ("Hội đồng nhân dân các cấp").
 */
const takesSharedLevel: Check = (example, at, word) => {
  const found = taskAgencies(example);
  return found.some((a) => a.span.start === at && a.name.startsWith(word) && a.name.length > a.span.end - a.span.start)
    ? null
    : `no agency at ${at} takes the shared level: ${show(found)}`;
};

/** The task reader reads a body of its own after the unit, named with it ("…, [tỉnh] Yên Bái" → "… tỉnh Yên Bái"). */
const namesBodyAfterUnit: Check = (example, at, word) => {
  const found = taskAgencies(example);
  return found.some((a) => a.span.start === at + word.length + 1 && a.name.includes(`${word} `))
    ? null
    : `no agency named after the unit at ${at}: ${show(found)}`;
};

/** The task reader reads one body whose name opens with the word and holds it whole ("Văn phòng HĐND và UBND …"). */
const namesWhole: Check = (example, at, word) => {
  const found = taskAgencies(example);
  return found.some((a) => a.span.start === at && a.span.end >= at + word.length)
    ? null
    : `no agency named whole from ${at}: ${show(found)}`;
};

/** The task reader reads a body whose name holds the word whole. */
const insideName: Check = (example, at, word) => {
  const found = taskAgencies(example);
  return found.some((a) => a.span.start < at && a.span.end >= at + word.length)
    ? null
    : `no agency name holds ${at}–${at + word.length}: ${show(found)}`;
};

/** The agency list read from the start of the example ends its first name before the word, and no name holds it. */
const endsNameBefore: Check = (example, at) => {
  const found = listAgencies(example, 0);
  if (found.length === 0) return 'no agency read at the start';
  return found[0]!.span.end <= at && !found.some((a) => a.span.start <= at && a.span.end > at)
    ? null
    : `a name runs over ${at}: ${show(found)}`;
};

/** No agency read in the example holds the word, nor opens a name just before it ("Bộ luật" is no "Bộ"). */
const noNameOver: Check = (example, at) => {
  const found = [...taskAgencies(example), ...listAgencies(example, 0)];
  return found.some((a) => a.span.start <= at && a.span.end > at) ? `a name holds ${at}: ${show(found)}` : null;
};

/** The duty that ends an agency's name is this word (`dutyIn`, which the task reader uses). */
function dutyCheck(want: { leads?: boolean; states?: boolean }): Check {
  return (example, at, word) => {
    const duty = dutyIn(example);
    if (!duty) return 'no duty read';
    // the separator before the duty: a comma, a dash or bracket, and "là" ("Sở Nội vụ là cơ quan thường trực")
    const after = example.slice(duty.index).replace(/^[\s,;:\-–(]*(?:là\s+)?/u, '');
    if (!after.startsWith(word) || example.length - after.length !== at)
      return `the duty read is "${after.slice(0, 30)}"`;
    if (want.leads !== undefined && duty.leads !== want.leads) return `leads is ${duty.leads}`;
    if (want.states !== undefined && duty.states !== want.states) return `states is ${duty.states}`;
    return null;
  };
}

/** A name printed in capitals is recased to the example ("PHÓ CHỦ TỊCH" → "Phó Chủ tịch", not "Phó chủ tịch"). */
const recasesTo: Check = (example) => {
  const read = recase(example.toUpperCase());
  return read === example ? null : `recased to "${read}"`;
};

/** The issuer parse() reads from a Party document's header and signature (the example is the document). */
function partyIssuer(want: 'board' | 'standing' | 'committee'): Check {
  return (example, _at, word) => {
    const issuer = parse(example).issuer;
    if (!issuer) return 'no issuer read';
    const { name, parent } = issuer;
    // a board under its committee's line is named with the committee: "Ban Tổ chức Tỉnh ủy Lào Cai"
    if (want === 'board' && name.startsWith(word) && parent && name.endsWith(parent)) return null;
    // "T/M BAN THƯỜNG VỤ" under "TỈNH ỦY LÀO CAI": the standing body signs, named with the committee
    if (want === 'standing' && issuer.inferred && name.startsWith(word)) return null;
    if (want === 'committee' && issuer.inferred && parent?.startsWith(word)) return null;
    return `the issuer read is ${JSON.stringify({ name, parent })}`;
  };
}

/** The weaker check: the compiled pattern built from the list matches the example from the word on. */
function patternAt(pattern: RegExp): Check {
  return (example, at) => (pattern.test(example.slice(at)) ? null : `${pattern.source.slice(0, 40)}… does not match`);
}

/** The verb closes a clause of agents ("do Chính phủ, Thủ tướng Chính phủ thành lập"): the list names none of them. */
function leavesAgentsOut(example: string, at: number): string | null {
  const clause = example.lastIndexOf(' do ', at);
  if (clause < 0) return 'no "do" before the verb';
  const inside = listAgencies(example, 0).filter((a) => a.span.start > clause && a.span.start < at);
  return inside.length === 0 ? null : `the list names ${inside.map((a) => a.name).join(', ')}`;
}

/** The weaker check for a pattern that reads a whole phrase ("các cơ quan, đơn vị"): it matches the example. */
function patternWhole(pattern: RegExp): Check {
  return (example) => (pattern.test(example) ? null : 'the compiled pattern does not match the example');
}

/** Every covered list: its file, key, and how an example shows the word at work. */
const COVERED: Array<{ file: GrammarName; key: string; check: Check; weaker?: true }> = [
  { file: 'agencies', key: 'heads', check: opensName },
  { file: 'agencies', key: 'holders', check: namesHolderBody },
  { file: 'agencies', key: 'holdersFusingTheirHead', check: namesFusedBody },
  { file: 'agencies', key: 'multiCommaFields', check: insideName },
  { file: 'agencies', key: 'jointOffices', check: namesWhole },
  { file: 'agencies', key: 'duties', check: dutyCheck({}) },
  { file: 'agencies', key: 'leadDuties', check: dutyCheck({ leads: true }) },
  { file: 'agencies', key: 'statingDuties', check: dutyCheck({ states: true }) },
  { file: 'agencies', key: 'notInName', check: endsNameBefore },
  { file: 'agencies', key: 'genericParties', check: patternAt(GENERIC_PARTIES), weaker: true },
  { file: 'agencies', key: 'agentVerbs', check: leavesAgentsOut },
  { file: 'agencies', key: 'administrativeUnits', check: namesBodyAfterUnit },
  { file: 'agencies', key: 'headsTakingLevel', check: takesSharedLevel },
  { file: 'agencies', key: 'headsNamingOnlyWithCapital', check: opensName },
  { file: 'agencies', key: 'wordsMakingHeadCommon', check: noNameOver },
  { file: 'agencies', key: 'wordsMakingHeadCommonInLowerCase', check: noNameOver },
  { file: 'agencies', key: 'anyBodyWords', check: patternWhole(ANY_BODY_LIST), weaker: true },
  { file: 'agencies', key: 'individuals', check: noNameOver },
  { file: 'agencies', key: 'bodyWordsNamingNone', check: noNameOver },
  { file: 'agencies', key: 'kindPredicates', check: endsNameBefore },
  { file: 'names', key: 'levels', check: recasesTo },
  { file: 'names', key: 'notLevels', check: recasesTo },
  { file: 'names', key: 'numberedUnits', check: recasesTo },
  { file: 'names', key: 'fieldSeparators', check: recasesTo },
  { file: 'names', key: 'fixedCase', check: recasesTo },
  { file: 'names', key: 'positions', check: recasesTo },
  { file: 'names', key: 'localCommittees', check: recasesTo },
  { file: 'names', key: 'partyBoards.heads', check: partyIssuer('board') },
  { file: 'names', key: 'partyBoards.standingBodies', check: partyIssuer('standing') },
  { file: 'names', key: 'partyBoards.committees', check: partyIssuer('committee') },
];

/**
 * Lists without wordExamples, each with its reason; a list without one moves into COVERED when its examples are
 * written. numberKeyword is an entry of its own: its `examples` ("Số", "Số hiệu", "Số ký hiệu") are checked by
 * grammars.test.ts.
 */
const PENDING: ReadonlyArray<readonly [GrammarName, string]> = [['document-types', 'numberKeyword.words']];

/** Keys whose string arrays are no word list of the reading (examples, sources, phrases of entries …). */
const NOT_LISTS = new Set([
  'entries',
  'fragments',
  'examples',
  'counterExamples',
  'sources',
  'comment',
  'wordExamples',
]);

/** Every plain word list of every grammar file, as "file key.path". */
function wordLists(): string[] {
  const found: string[] = [];
  const walk = (value: unknown, path: string, file: string) => {
    if (Array.isArray(value)) {
      if (value.length > 0 && value.every((v) => typeof v === 'string')) found.push(`${file} ${path}`);
      return;
    }
    if (value && typeof value === 'object')
      for (const [key, inner] of Object.entries(value))
        if (!NOT_LISTS.has(key)) walk(inner, path ? `${path}.${key}` : key, file);
  };
  for (const file of grammarNames()) walk(load(file), '', file);
  return found;
}

function listOf(file: GrammarName, key: string): string[] {
  return key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], load(file)) as string[];
}

function examplesOf(file: GrammarName, key: string): Record<string, string[]> {
  const all = (load(file) as { wordExamples?: Record<string, Record<string, string[]>> }).wordExamples ?? {};
  return all[key] ?? {};
}

describe('word lists', () => {
  it('every word list of grammars/ is covered or pending', () => {
    const known = new Set([...COVERED.map((c) => `${c.file} ${c.key}`), ...PENDING.map(([f, k]) => `${f} ${k}`)]);
    expect(wordLists().filter((l) => !known.has(l))).toEqual([]);
  });

  describe.each(COVERED)('$file $key', ({ file, key, check }) => {
    const words = listOf(file, key);
    const examples = examplesOf(file, key);

    it('every item has an example, every example an item', () => {
      expect(words.filter((w) => !examples[w]?.length)).toEqual([]);
      expect(Object.keys(examples).filter((w) => !words.includes(w))).toEqual([]);
    });

    const rows = Object.entries(examples).flatMap(([word, texts]) => texts.map((text) => [word, text] as const));
    it.each(rows)('%s: %s', (word, written) => {
      // "… tỉnh Lào Cai, [tỉnh] Yên Bái": brackets mark the place when it is not the word's first occurrence
      const marked = /\[([^\]]+)\]/u.exec(written.normalize('NFC'));
      const text = written.normalize('NFC').replace(/[[\]]/gu, '');
      // a header printed in capitals holds the word in capitals ("TỈNH ỦY LÀO CAI")
      const first = text.indexOf(word);
      const at = marked ? marked.index : first >= 0 ? first : text.toUpperCase().indexOf(word.toUpperCase());
      expect(marked?.[1] ?? word, 'the brackets hold the word').toBe(word);
      expect(at, 'the example holds the word').toBeGreaterThanOrEqual(0);
      expect(check(text, at, word)).toBeNull();
    });
  });
});
