/**
 * Text that goes into Markdown keeps its characters: what Markdown would read as markup is
 * escaped with a backslash, which vanban's Markdown step takes out again.
 */

const INLINE = /[\\*_`]/gu;
/** line openings Markdown reads as a heading, a thematic break or a setext underline */
const BLOCK_OPENING = /^(?:#|(?:[-=*+_]\s*)+$)/u;

export function escapeInline(text: string): string {
  return text.replace(INLINE, '\\$&');
}

export function escapeLineStart(line: string): string {
  return BLOCK_OPENING.test(line) ? `\\${line}` : line;
}
