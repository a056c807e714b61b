/**
 * The gazetteer of public bodies (grammars/public-bodies.json): the names of the bodies state and
 * Party documents name, with abbreviations, kind, validity and successors. {@link bodyAt} finds
 * the longest name that opens a text; later stages complete it with its locality.
 */
import { alternation, compile } from './compile.js';
import { registerGrammarChecks } from './checks.js';
import { load } from './load.js';
import type { PublicBody } from './grammar-schema.js';
import { foldWords } from './tones.js';
import { isSurrogate, letterClasses, WORD } from './letters.js';

export type { PublicBody } from './grammar-schema.js';

export const PUBLIC_BODIES: readonly PublicBody[] = load('public-bodies').entries;

for (const entry of PUBLIC_BODIES) {
  registerGrammarChecks(() => [
    {
      grammar: 'public-bodies.json',
      id: entry.id,
      pattern: compile(
        `public-bodies.json#${entry.id}`,
        `(?:${alternation([...entry.names, ...(entry.abbreviations ?? [])])})`,
        'iu',
      ),
      examples: entry.examples,
      counterExamples: entry.counterExamples,
    },
  ]);
}

/** A word, or the comma and dash that stand inside names ("Văn hóa, Thể thao và Du lịch"). */
const TOKEN = /[\p{L}\p{N}]+|[,\-–]/gu;
const fold = (token: string) => (token === '–' ? '-' : foldWords(token));

interface Name {
  body: PublicBody;
  /** the name as the gazetteer writes it */
  name: string;
}

/** A token where it is tried: the names are read in place, with offsets, never on a slice of the rest of the text. */
const TOKEN_AT = new RegExp(TOKEN.source, 'uy');
const CAPITAL_AT = /\p{Lu}/uy;

/** What may stand between the words of a name: the first offset from `at` that is no blank (space, tab, newline). */
function skipBlanks(text: string, at: number): number {
  let i = at;
  for (let c = text.charCodeAt(i); c === 0x20 || c === 0x09 || c === 0x0a; c = text.charCodeAt(++i));
  return i;
}

/** A token of a text: where it starts and ends. */
interface Token {
  start: number;
  end: number;
}

/**
 * The token that opens at `at` once blanks are skipped (TOKEN's match there), or null when anything else stands there.
 * Read by code unit from the letters' table, without a match per token; a surrogate, which the table does not answer
 * for, is left to the pattern.
 */
export function tokenAt(text: string, at: number): Token | null {
  const start = skipBlanks(text, at);
  const table = letterClasses();
  let end = start;
  for (; end < text.length; end++) {
    const code = text.charCodeAt(end);
    if (isSurrogate(code)) return tokenByPattern(text, start);
    if ((table[code]! & WORD) === 0) break;
  }
  if (end > start) return { start, end };
  const code = text.charCodeAt(start);
  // a comma or a dash: a token of one code unit
  return code === 0x2c || code === 0x2d || code === 0x2013 ? { start, end: start + 1 } : null;
}

function tokenByPattern(text: string, start: number): Token | null {
  TOKEN_AT.lastIndex = start;
  const found = TOKEN_AT.exec(text);
  return found ? { start, end: start + found[0].length } : null;
}

/**
 * The names as a tree of folded tokens: a name is read word by word only as far as some name goes on, never every
 * name tried at a position. A node holds the names that end there, in the gazetteer's order.
 */
interface NameNode {
  next: Map<string, NameNode>;
  names: Name[];
  /** the first of `names` that is a kind of body (read where no capital opens the text), null when none is */
  firstKind: Name | null;
}

/** Built on the first lookup, not at import. */
function buildIndex(): Map<string, NameNode> {
  const byFirstToken = new Map<string, NameNode>();
  for (const body of PUBLIC_BODIES) {
    for (const name of [...body.names, ...(body.abbreviations ?? [])]) {
      const tokens = (name.match(TOKEN) ?? []).map(fold);
      if (tokens.length === 0) continue;
      let level = byFirstToken;
      let node: NameNode | undefined;
      for (const token of tokens) {
        node = level.get(token);
        if (!node) level.set(token, (node = { next: new Map(), names: [], firstKind: null }));
        level = node.next;
      }
      const entry = { body, name };
      node!.names.push(entry);
      if (body.kind === 'kind') node!.firstKind ??= entry;
    }
  }
  return byFirstToken;
}

let index: Map<string, NameNode> | undefined;

/**
 * An abbreviation of grammars/names.json written as one token ("BHXH", "KBNN", "VN"), as the folded tokens of the
 * name it abbreviates: it is read as that name, with the same locality rules ("BHXH tỉnh" as "Bảo hiểm xã hội tỉnh",
 * "BHXH Việt Nam" as "Bảo hiểm xã hội Việt Nam"). Abbreviations of several tokens ("KH&CN") are left to the gazetteer.
 */
let longForms: Map<string, string[]> | undefined;

function buildLongForms(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [short, long] of Object.entries(load('names').abbreviations)) {
    if ((short.match(TOKEN) ?? []).join('') !== short) continue;
    out.set(short, (long.match(TOKEN) ?? []).map(fold));
  }
  return out;
}

/** The node `token` leads to from `level`: through the name it abbreviates first, else as written. */
function step(level: Map<string, NameNode>, token: string): NameNode | undefined {
  longForms ??= buildLongForms();
  const long = longForms.get(token);
  if (long) {
    let node: NameNode | undefined;
    let at = level;
    for (const word of long) {
      node = at.get(word);
      if (!node) break;
      at = node.next;
    }
    if (node) return node;
  }
  return level.get(fold(token));
}

export interface BodyMatch {
  body: PublicBody;
  /** the gazetteer's spelling of the name matched */
  name: string;
  /** offset in the text just after the name */
  end: number;
}

/**
 * The longest gazetteer name that opens `text` at `from` (case and tone placement aside; a proper
 * name must open with a capital, a kind of body may not), or null.
 */
export function bodyAt(text: string, from = 0): BodyMatch | null {
  index ??= buildIndex();
  const first = tokenAt(text, from);
  if (!first) return null;
  const opening = step(index, text.slice(first.start, first.end));
  if (!opening) return null;
  let node: NameNode = opening;
  CAPITAL_AT.lastIndex = first.start;
  const capital = CAPITAL_AT.test(text);
  let end = first.end;
  // the longest name wins: each deeper node that ends a name fit for the text replaces the one before
  let found: BodyMatch | null = null;
  for (;;) {
    // a proper name must open with a capital, a kind of body may not
    const name = capital ? node.names[0] : node.firstKind;
    if (name) found = { body: name.body, name: name.name, end };
    // only blanks may stand between the tokens of a name
    const next = node.next.size > 0 ? tokenAt(text, end) : null;
    const child: NameNode | undefined = next ? step(node.next, text.slice(next.start, next.end)) : undefined;
    if (!next || !child) return found;
    node = child;
    end = next.end;
  }
}

/** The first tokens (folded) of the kinds' names, built on the first lookup. */
let kindOpenings: ReadonlySet<string> | undefined;

/**
 * Could a kind of body ("tổ chức đảng") open where `token` opens? Only if some kind's name opens with it: a cheap test
 * before {@link bodyAt} for a caller that wants only kinds.
 */
export function mayOpenKind(token: string): boolean {
  kindOpenings ??= new Set(
    PUBLIC_BODIES.filter((b) => b.kind === 'kind')
      .flatMap((b) => [...b.names, ...(b.abbreviations ?? [])])
      .flatMap((name) => (name.match(TOKEN) ?? []).slice(0, 1).map(fold)),
  );
  return kindOpenings.has(fold(token));
}

/** Every name and abbreviation of the gazetteer, for patterns that find where a body may start. */
export const BODY_NAMES: readonly string[] = PUBLIC_BODIES.filter((b) => b.kind !== 'kind').flatMap((b) =>
  // a name that is a body only with its locality opens one only before it: "Thuế tỉnh", "Thuế thành phố", "Thuế các
  // tỉnh"
  b.needsLocality ? b.names.flatMap((name) => [`${name} tỉnh`, `${name} thành phố`, `${name} các`]) : b.names,
);

/**
 * The kinds of body of more than one word ("cơ quan ngang bộ"), as they are written: lower case,
 * a capital "Bộ" or a capital first letter. A kind after a comma starts a new body of a list.
 */
export const KINDS_OF_BODY: readonly string[] = PUBLIC_BODIES.filter((b) => b.kind === 'kind')
  .flatMap((b) => b.names)
  .filter((name) => name.includes(' '))
  .flatMap((name) => {
    // "cơ quan ngang Bộ", "tổ chức Đảng": the body a kind belongs to is often written with a capital
    const variants = [
      name,
      name.replace(/ (bộ|đảng)$/u, (_, w: string) => ` ${w.charAt(0).toUpperCase()}${w.slice(1)}`),
    ];
    return [...variants, ...variants.map((v) => v.charAt(0).toUpperCase() + v.slice(1))];
  });
