/**
 * The first character a line pattern can match, read from the compiled pattern itself: most patterns a line is
 * tested with are anchored at its start ("^Nơi nhận:", "^(?:Phần|PHẦN) …", "^[-–+•] …"), and most lines cannot
 * start them. A line whose first character the pattern cannot start with is told apart by one compare, without the
 * pattern's call; the pattern decides every other line. Nothing is written twice: the characters come from the
 * grammar's compiled source, and a pattern this reading cannot follow (a `\p{…}` or `.` first, a back-reference,
 * a match that may be empty) is always run.
 */

/**
 * A line pattern with its cheap pre-test: `test` and `exec` give what the pattern gives. Each code unit's answer is
 * worked out once and kept in a table, so that the pre-test is one lookup.
 */
export class LeadPattern {
  private readonly lead: ((code: number) => boolean) | null;
  /** per code unit: 0 not yet known, 1 no match starts with it, 2 a match may */
  private readonly known: Uint8Array | null;

  /** the code unit every match ends the text with, -1 when it cannot be read */
  private readonly tail: number;

  /**
   * `needs`: what a text must hold for the pattern to match, told without it (a mark the pattern cannot be written
   * without); every text by default.
   */
  constructor(
    readonly pattern: RegExp,
    private readonly needs: ((text: string) => boolean) | null = null,
  ) {
    this.lead = leadOf(pattern);
    this.known = this.lead ? new Uint8Array(0x10000) : null;
    this.tail = tailOf(pattern);
  }

  /** false when no match can start with the code unit `code` (NaN, a text's end: false when a match needs one) */
  admits(code: number): boolean {
    const known = this.known;
    if (known === null) return true;
    if (!(code >= 0)) return false;
    let answer = known[code]!;
    if (answer === 0) answer = known[code] = this.lead!(code) ? 2 : 1;
    return answer === 2;
  }

  /** false when the pattern cannot match `text` */
  mayMatch(text: string): boolean {
    // an empty text is read without a code unit past its end (a slow path of the engine): it has no first one
    if (text.length === 0) return this.known === null && this.tail === -1 && (this.needs === null || this.needs(text));
    return (
      this.admits(text.charCodeAt(0)) &&
      (this.tail === -1 || text.charCodeAt(text.length - 1) === this.tail) &&
      (this.needs === null || this.needs(text))
    );
  }

  test(text: string): boolean {
    return this.mayMatch(text) && this.pattern.test(text);
  }

  exec(text: string): RegExpExecArray | null {
    return this.mayMatch(text) ? this.pattern.exec(text) : null;
  }
}

type Ranges = Array<[number, number]>;

/** What may come first: any character (unknown), or one of `ranges`; `empty` when the part may match nothing. */
interface First {
  any: boolean;
  ranges: Ranges;
  empty: boolean;
}

/** Every pattern of a set with its lead test. */
export function leadPatterns<Id extends string>(
  patterns: Readonly<Record<Id, RegExp>>,
  needs: Partial<Readonly<Record<Id, (text: string) => boolean>>> = {},
): Readonly<Record<Id, LeadPattern>> {
  const out = {} as Record<Id, LeadPattern>;
  for (const id of Object.keys(patterns) as Id[]) out[id] = new LeadPattern(patterns[id], needs[id] ?? null);
  return out;
}

/**
 * Which first code units a match of `pattern` at the start of a text may begin with; null when any may (the
 * pattern is not anchored at the start, keeps state between calls, or starts with what this reading does not
 * follow).
 */
export function leadOf(pattern: RegExp): ((code: number) => boolean) | null {
  const { source, flags } = pattern;
  if (!source.startsWith('^') || /[gymsv]/u.test(flags)) return null;
  let first: First;
  try {
    const reader = new SourceReader(source);
    first = reader.alternation();
    // every alternative at the top must be anchored ("^a|b" may match "b" anywhere)
    if (reader.at !== source.length || !reader.anchored) return null;
  } catch {
    return null;
  }
  if (first.any || first.empty) return null;
  const ranges = first.ranges;
  const inRanges = (code: number) => ranges.some(([lo, hi]) => code >= lo && code <= hi);
  if (!flags.includes('i')) return inRanges;
  // a case-insensitive pattern matches a character whose lower or upper case form is in the set
  return (code) => inRanges(code) || caseForms(code).some(inRanges);
}

/** Characters that are not a literal of their own before "$" ("x?$", "(?:x)$", "[.]$", ".$"). */
const NOT_LITERAL = new Set([...'\\])}?*+.$^|']);

/**
 * The code unit every match of `pattern` ends the text with, -1 when there is none or it cannot be read: a pattern
 * of one alternative ending with a literal then "$" ("\\.[ \\t]*\\/[ \\t]*\\.$" ends with ".").
 */
export function tailOf(pattern: RegExp): number {
  const { source, flags } = pattern;
  if (/[gymi]/u.test(flags) || source.includes('|') || !source.endsWith('$')) return -1;
  const body = source.slice(0, -1);
  // "\\$" is a dollar sign, "\\\\$" a backslash at the end
  const before = slashesBefore(body, body.length);
  if (before % 2 === 1) return -1;
  if (before > 0) return 0x5c;
  // a code written out ("\\u0041", "\\x41") is not read here
  if (body.length === 0 || /\\(?:u[\da-fA-F]{0,4}|x[\da-fA-F]{0,2}|c[A-Za-z]?)$/u.test(body)) return -1;
  const last = body[body.length - 1]!;
  if (last >= '\ud800' && last <= '\udfff') return -1;
  if (slashesBefore(body, body.length - 1) % 2 === 1) return /[\p{L}\p{N}_]/u.test(last) ? -1 : last.charCodeAt(0);
  return NOT_LITERAL.has(last) ? -1 : last.charCodeAt(0);
}

/** How many backslashes stand right before `end` in `text`. */
function slashesBefore(text: string, end: number): number {
  let count = 0;
  while (text[end - 1 - count] === '\\') count++;
  return count;
}

/** A code unit's case forms, and their own (the Kelvin sign's lower case is "k", whose upper case is "K"). */
function caseForms(code: number): number[] {
  const char = String.fromCharCode(code);
  const lower = char.toLowerCase();
  const upper = char.toUpperCase();
  return [lower, upper, lower.toUpperCase(), upper.toLowerCase()].map((form) => form.charCodeAt(0));
}

class ReadError extends Error {}

const ANY: First = { any: true, ranges: [], empty: false };
const NOTHING: First = { any: false, ranges: [], empty: true };
const END: First = { any: true, ranges: [], empty: true };

/** A recursive reading of a pattern's source (the `u` flag's syntax) that keeps only what may come first. */
class SourceReader {
  at = 0;
  private depth = 0;
  /** whether every alternative at the top starts with "^" */
  anchored = true;
  constructor(private readonly source: string) {}

  private peek(): string {
    return this.source[this.at] ?? '';
  }

  /** Alternatives up to a closing ")" or the end. */
  alternation(): First {
    const out: First = { any: false, ranges: [], empty: false };
    for (;;) {
      const part = this.sequence();
      merge(out, part);
      out.empty ||= part.empty;
      if (this.peek() !== '|') return out;
      this.at++;
    }
  }

  /** Terms up to "|", ")" or the end: what the first term that cannot be empty (and the ones before it) start with. */
  private sequence(): First {
    if (this.depth === 0 && this.peek() !== '^') this.anchored = false;
    const out: First = { any: false, ranges: [], empty: true };
    while (this.at < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      const term = this.term();
      if (!out.empty) continue;
      merge(out, term);
      out.empty = term.empty;
    }
    return out;
  }

  private term(): First {
    const atom = this.atom();
    const min = this.quantifier();
    return min === 0 ? { ...atom, empty: true } : atom;
  }

  /** The least count of a quantifier after an atom (1 without one). */
  private quantifier(): number {
    const char = this.peek();
    let min = 1;
    if (char === '?' || char === '*') min = 0;
    else if (char === '+') min = 1;
    else if (char === '{') {
      const found = /^\{(\d+)(?:,\d*)?\}/u.exec(this.source.slice(this.at));
      if (!found) throw new ReadError('brace');
      this.at += found[0].length - 1;
      min = Number(found[1]);
    } else return 1;
    this.at++;
    if (this.peek() === '?') this.at++;
    return min;
  }

  private atom(): First {
    const char = this.peek();
    this.at++;
    switch (char) {
      case '(':
        return this.group();
      case '[':
        return this.characterClass();
      case '\\':
        return this.escape();
      case '^':
        return NOTHING;
      case '.':
        return ANY;
      case '$':
        // a match may end here, with nothing read
        return END;
      default:
        return single(char.charCodeAt(0));
    }
  }

  private group(): First {
    const rest = this.source.slice(this.at, this.at + 4);
    if (rest.startsWith('?:')) this.at += 2;
    else if (rest.startsWith('?=')) {
      this.at += 2;
      // the character here must start what the look-ahead reads: its start, unless it may read nothing
      const ahead = this.closed();
      return ahead.empty ? NOTHING : { ...ahead, empty: false };
    } else if (rest.startsWith('?!') || rest.startsWith('?<=') || rest.startsWith('?<!')) {
      this.at += rest.startsWith('?!') ? 2 : 3;
      this.closed();
      return NOTHING;
    } else if (rest.startsWith('?<')) {
      const end = this.source.indexOf('>', this.at);
      if (end === -1) throw new ReadError('name');
      this.at = end + 1;
    } else if (rest.startsWith('?')) throw new ReadError('group');
    return this.closed();
  }

  /** The alternatives of a group and its ")". */
  private closed(): First {
    this.depth++;
    const inner = this.alternation();
    this.depth--;
    if (this.peek() !== ')') throw new ReadError('paren');
    this.at++;
    return inner;
  }

  private characterClass(): First {
    const negated = this.peek() === '^';
    if (negated) this.at++;
    const out: First = { any: negated, ranges: [], empty: false };
    while (this.peek() !== ']') {
      if (this.at >= this.source.length) throw new ReadError('class');
      const lo = this.classMember();
      if (this.peek() === '-' && this.source[this.at + 1] !== ']') {
        this.at++;
        const hi = this.classMember();
        if (lo?.length === 1 && hi?.length === 1 && lo[0]![0] === lo[0]![1] && hi[0]![0] === hi[0]![1])
          out.ranges.push([lo[0]![0], hi[0]![0]]);
        else out.any = true;
      } else if (lo === null) out.any = true;
      else out.ranges.push(...lo);
    }
    this.at++;
    return out;
  }

  /** What one member of a class matches, null for a class of its own ("\\p{L}", "\\s"). */
  private classMember(): Ranges | null {
    const char = this.peek();
    this.at++;
    if (char !== '\\') return [[char.charCodeAt(0), char.charCodeAt(0)]];
    // in a class "\\b" is the backspace
    if (this.peek() === 'b') {
      this.at++;
      return [[0x08, 0x08]];
    }
    const escaped = this.escape();
    return escaped.any ? null : escaped.ranges;
  }

  private escape(): First {
    const char = this.peek();
    this.at++;
    const code = CONTROL_ESCAPES[char];
    if (code !== undefined) return single(code);
    if (char === 'd') return { any: false, ranges: [[0x30, 0x39]], empty: false };
    if (char === 'b' || char === 'B') return NOTHING;
    if (char === 'u' || char === 'x') {
      const found = (char === 'u' ? /^(?:\{([\da-fA-F]+)\}|([\da-fA-F]{4}))/u : /^([\da-fA-F]{2})/u).exec(
        this.source.slice(this.at),
      );
      if (!found) throw new ReadError('hex');
      this.at += found[0].length;
      const value = Number.parseInt(found[1] ?? found[2]!, 16);
      // a code point past the BMP starts with its high surrogate
      return single(value > 0xffff ? String.fromCodePoint(value).charCodeAt(0) : value);
    }
    if (char === 'p' || char === 'P' || char === 'k') {
      // a property or a back-reference by name: read past its braces, anything may come first
      const close = this.source.indexOf(char === 'k' ? '>' : '}', this.at);
      if (close === -1) throw new ReadError('escape');
      this.at = close + 1;
      return ANY;
    }
    if (char === 'c') {
      this.at++;
      return ANY;
    }
    if (/\d/u.test(char)) {
      // a back-reference by number, or "\\0"
      while (/\d/u.test(this.peek())) this.at++;
      return ANY;
    }
    // a class of its own ("\\s", "\\w", "\\D" …): anything may come first
    if (/[DsSwW]/u.test(char)) return ANY;
    return single(char.charCodeAt(0));
  }
}

const CONTROL_ESCAPES: Readonly<Record<string, number>> = { t: 0x09, n: 0x0a, v: 0x0b, f: 0x0c, r: 0x0d };

function single(code: number): First {
  return { any: false, ranges: [[code, code]], empty: false };
}

function merge(into: First, part: First): void {
  into.any ||= part.any;
  into.ranges.push(...part.ranges);
}
