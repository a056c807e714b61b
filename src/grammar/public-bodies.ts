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
  tokens: string[];
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

/** The token that opens at `at` once blanks are skipped, or null when anything else stands there. */
function tokenAt(text: string, at: number): RegExpExecArray | null {
  TOKEN_AT.lastIndex = skipBlanks(text, at);
  return TOKEN_AT.exec(text);
}

/** The names by their first folded token, longest first; built on the first lookup, not at import. */
function buildIndex(): Map<string, Name[]> {
  const byFirstToken = new Map<string, Name[]>();
  for (const body of PUBLIC_BODIES) {
    for (const name of [...body.names, ...(body.abbreviations ?? [])]) {
      const tokens = (name.match(TOKEN) ?? []).map(fold);
      const list = byFirstToken.get(tokens[0]!) ?? [];
      list.push({ tokens, body, name });
      byFirstToken.set(tokens[0]!, list);
    }
  }
  for (const list of byFirstToken.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return byFirstToken;
}

let index: Map<string, Name[]> | undefined;

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
  const word = fold(first[0]);
  const candidates = index.get(word);
  if (!candidates) return null;
  // the words are read only as far as the longest name that opens with the first one (sorted first)
  const wanted = candidates[0]!.tokens.length;
  const tokens: Array<{ word: string; end: number }> = [{ word, end: first.index + first[0].length }];
  // only blanks may stand between the tokens of a name
  for (let m = tokens.length < wanted ? tokenAt(text, tokens[0]!.end) : null; m; ) {
    tokens.push({ word: fold(m[0]), end: m.index + m[0].length });
    m = tokens.length < wanted ? tokenAt(text, m.index + m[0].length) : null;
  }
  CAPITAL_AT.lastIndex = first.index;
  const capital = CAPITAL_AT.test(text);
  for (const candidate of candidates) {
    if (candidate.tokens.length > tokens.length) continue;
    if (!candidate.tokens.every((t, k) => t === tokens[k]!.word)) continue;
    if (candidate.body.kind !== 'kind' && !capital) continue;
    return { body: candidate.body, name: candidate.name, end: tokens[candidate.tokens.length - 1]!.end };
  }
  return null;
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
