/**
 * A full-text scan that looks only where a match can start. A pattern that opens with a literal word ("được" of
 * "được[ \t]+(?:sửa[ \t]+đổi|…)[^:;.\n]{0,40}?[ \t](?:bởi|theo)", after its word-start look-behind) is searched for
 * that word alone, with the pattern's own flags, and tried whole (sticky, look-behind included) only where the word
 * stands: the engine skips through the text to a short literal several times faster than to a long pattern.
 */
import { allMatches, hasTopLevelAlternation, walkSource } from '../../grammar/scan.js';

export interface Triggered {
  /** the pattern, tried where its trigger stands (sticky) */
  readonly sticky: RegExp;
  /** its leading word (global), null when it opens with none: the pattern is then scanned as it is */
  readonly trigger: RegExp | null;
  /** the pattern itself (global), for a scan without a trigger */
  readonly global: RegExp;
}

/** The scan of `pattern`, its trigger read from its source. */
export function triggered(pattern: RegExp): Triggered {
  const flags = pattern.flags.replace(/[gy]/gu, '');
  const word = leadingWord(pattern.source);
  return {
    sticky: new RegExp(pattern.source, `${flags}y`),
    trigger: word ? new RegExp(word, `${flags}g`) : null,
    global: new RegExp(pattern.source, `${flags}g`),
  };
}

/** Every match of the pattern in `text`, as `text.matchAll(pattern)` gives them. */
export function triggeredMatches(scan: Triggered, text: string): RegExpExecArray[] {
  const { sticky, trigger } = scan;
  if (!trigger) return allMatches(scan.global, text);
  const out: RegExpExecArray[] = [];
  trigger.lastIndex = 0;
  for (let hit = trigger.exec(text); hit; hit = trigger.exec(text)) {
    sticky.lastIndex = hit.index;
    const found = sticky.exec(text);
    // every match opens with the trigger: the leftmost one from here is the first that matches where it stands
    if (found) out.push(found);
    trigger.lastIndex = found && found[0].length > 0 ? found.index + found[0].length : hit.index + 1;
  }
  return out;
}

/** The first match of the pattern in `text`, as `pattern.exec(text)` gives it (from the start). */
export function triggeredExec(scan: Triggered, text: string): RegExpExecArray | null {
  const { sticky, trigger } = scan;
  if (!trigger) {
    scan.global.lastIndex = 0;
    return scan.global.exec(text);
  }
  trigger.lastIndex = 0;
  for (let hit = trigger.exec(text); hit; hit = trigger.exec(text)) {
    sticky.lastIndex = hit.index;
    const found = sticky.exec(text);
    if (found) return found;
    trigger.lastIndex = hit.index + 1;
  }
  return null;
}

/**
 * What a pattern opens with, after an optional look-behind, when the whole pattern needs it there (no "|"
 * outside a group, no quantifier after it): a word ("được" of "được[ \t]+(?:…)"), a group of words ("gọi|viết" of
 * "(?:gọi|viết)[ \t\n]+…"), or the words a group's alternatives open with ("ví|VD" of "(?:ví[ \t]+dụ|VD)[ \t]*:");
 * null otherwise.
 */
function leadingWord(source: string): string | null {
  const rest = source.slice(leadingLookBehindLength(source));
  if (hasTopLevelAlternation(rest)) return null;
  const opening = LEADING_WORDS.exec(rest);
  if (opening) {
    const next = rest.charAt(opening[0].length);
    if (next !== '' && '?*+{'.includes(next)) return null;
    return opening.groups!.word ?? opening.groups!.words!;
  }
  return alternativesOpening(rest);
}

/**
 * "(?:ví[ \t]+dụ|VD)…": the word each alternative of the group the source opens with starts with, joined by "|"; null
 * when one starts with no word of two letters or more, or a quantifier follows the group or a word.
 */
function alternativesOpening(source: string): string | null {
  if (!source.startsWith('(?:')) return null;
  const close = walkSource(source, (ch, i, depth) => (ch === ')' && depth === 1 ? i : undefined));
  if (close === undefined || '?*+{'.includes(source.charAt(close + 1) || '-')) return null;
  const body = source.slice(3, close);
  const bars: number[] = [];
  walkSource(body, (ch, i, depth) => {
    if (ch === '|' && depth === 0) bars.push(i);
    return undefined;
  });
  const words: string[] = [];
  let start = 0;
  for (const end of [...bars, body.length]) {
    const alternative = body.slice(start, end);
    const word = /^\p{L}{2,}/u.exec(alternative)?.[0];
    if (!word || '?*+{'.includes(alternative.charAt(word.length) || '-')) return null;
    words.push(word);
    start = end + 1;
  }
  return words.join('|');
}

/**
 * How long the look-behind a pattern opens with is ("(?<![\p{L}\p{N}])", "(?<![^ \t\n])"), 0 when it opens with none:
 * the sticky pattern checks it where the trigger stands.
 */
function leadingLookBehindLength(source: string): number {
  if (!source.startsWith('(?<!') && !source.startsWith('(?<=')) return 0;
  // the ")" that closes the group the source opens with
  return walkSource(source, (ch, i, depth) => (ch === ')' && depth === 1 ? i + 1 : undefined)) ?? 0;
}

/** A word of two letters or more, or a non-capturing group of such words. */
const LEADING_WORDS = /^(?:(?<word>\p{L}{2,})|\(\?:(?<words>\p{L}{2,}(?:\|\p{L}{2,})*)\))/u;
