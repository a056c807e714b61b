/**
 * A tolerant tokenizer for HTML and XML: tags, text, CDATA; comments, doctypes and processing
 * instructions are dropped. It never fails: a "<" that opens no tag is text. HTML is not XML,
 * so it does not use an XML parser: unquoted attributes, stray "<" and unclosed tags are common
 * in the pages archives keep.
 */
import { decodeEntities } from './entities.js';

export type Token =
  | { type: 'open'; name: string; attrs: Record<string, string>; selfClosing: boolean }
  | { type: 'close'; name: string }
  | { type: 'text'; text: string };

export interface TokenizeOptions {
  /** lower-case tag names (HTML); XML keeps them as written */
  html: boolean;
}

/** HTML elements whose content is not markup: read up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript']);
const TAG_START = /[A-Za-z_:]/u;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/gu;

export function tokenize(source: string, options: TokenizeOptions): Token[] {
  const tokens: Token[] = [];
  let lower: string | undefined;
  let i = 0;
  let textStart = 0;
  const flushText = (end: number) => {
    if (end > textStart) tokens.push({ type: 'text', text: decodeEntities(source.slice(textStart, end)) });
  };
  while (i < source.length) {
    const lt = source.indexOf('<', i);
    if (lt < 0) break;
    const next = source[lt + 1] ?? '';
    let end: number;
    if (source.startsWith('<!--', lt)) {
      end = endOf(source, '-->', lt + 4);
      flushText(lt);
    } else if (source.startsWith('<![CDATA[', lt)) {
      flushText(lt);
      const close = source.indexOf(']]>', lt + 9);
      const stop = close < 0 ? source.length : close;
      tokens.push({ type: 'text', text: source.slice(lt + 9, stop) });
      end = close < 0 ? source.length : close + 3;
    } else if (next === '!' || next === '?') {
      end = endOf(source, '>', lt + 2);
      flushText(lt);
    } else if (next === '/' && TAG_START.test(source[lt + 2] ?? '')) {
      flushText(lt);
      end = endOf(source, '>', lt + 2);
      const name = /^[^\s>/]+/u.exec(source.slice(lt + 2, end))?.[0] ?? '';
      tokens.push({ type: 'close', name: options.html ? name.toLowerCase() : name });
    } else if (TAG_START.test(next)) {
      flushText(lt);
      const tagEnd = endOfTag(source, lt + 1);
      const inner = source.slice(lt + 1, tagEnd);
      const nameMatch = /^[^\s>/]+/u.exec(inner)!;
      const name = options.html ? nameMatch[0].toLowerCase() : nameMatch[0];
      const selfClosing = inner.endsWith('/');
      tokens.push({ type: 'open', name, attrs: attributes(inner.slice(nameMatch[0].length)), selfClosing });
      end = Math.min(source.length, tagEnd + 1);
      if (options.html && RAW_TEXT.has(name) && !selfClosing) {
        const close = (lower ??= source.toLowerCase()).indexOf(`</${name}`, end);
        const stop = close < 0 ? source.length : close;
        if (stop > end)
          tokens.push({
            type: 'text',
            text:
              name === 'textarea' || name === 'title'
                ? decodeEntities(source.slice(end, stop))
                : source.slice(end, stop),
          });
        end = stop;
      }
    } else {
      // a "<" that opens nothing ("a < b") is text
      i = lt + 1;
      continue;
    }
    i = end;
    textStart = end;
  }
  flushText(source.length);
  return tokens;
}

/** Just past the first `marker` at or after `from`, or the end of the source. */
function endOf(source: string, marker: string, from: number): number {
  const at = source.indexOf(marker, from);
  return at < 0 ? source.length : at + marker.length;
}

/** The ">" that closes a tag opened at `from`, skipping quoted attribute values. */
function endOfTag(source: string, from: number): number {
  let quote = '';
  for (let i = from; i < source.length; i++) {
    const ch = source[i]!;
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") {
      // a quote only opens a value right after "="
      if (/=\s*$/u.test(source.slice(Math.max(from, i - 8), i))) quote = ch;
    } else if (ch === '>') {
      return i;
    }
  }
  return source.length;
}

function attributes(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of text.matchAll(ATTRIBUTE)) {
    attrs[m[1]!.toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}
