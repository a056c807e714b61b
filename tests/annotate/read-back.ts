/**
 * Reads an annotated text back, as a browser would and independently of the writer: the text
 * (tags out, character references decoded by the HTML reader's own decoder), each element's
 * attributes and text, and any tag nesting HTML would not keep.
 */
import { decodeEntities } from '../../src/read/markup/entities.js';

export interface ReadElement {
  tag: string;
  attributes: Record<string, string>;
  text: string;
  /** the tags of the elements it stands in, outermost first */
  ancestors: string[];
}

export interface ReadBack {
  text: string;
  elements: ReadElement[];
  problems: string[];
}

const TOKEN = /<(\/?)([a-z]+)((?:\s+[a-z-]+="[^"]*")*)\s*>|([^<]+)|(<)/gu;
const ATTRIBUTE = /([a-z-]+)="([^"]*)"/gu;

/** The inside of the page's `<div class="vb-text">` (the fragment itself when given one). */
export function textDiv(html: string): string {
  const open = '<div class="vb-text">';
  const start = html.indexOf(open);
  if (start === -1) throw new Error('no <div class="vb-text">');
  const end = html.indexOf('</div>', start);
  return html.slice(start + open.length, end);
}

export function readBack(fragment: string): ReadBack {
  const elements: ReadElement[] = [];
  const open: ReadElement[] = [];
  const problems: string[] = [];
  let text = '';
  for (const token of fragment.matchAll(TOKEN)) {
    const [, closing, tag, attributes, chars, stray] = token;
    if (stray !== undefined) problems.push(`a raw "<" at ${token.index}`);
    else if (chars !== undefined) {
      if (chars.includes('>')) problems.push(`a raw ">" at ${token.index}`);
      // an HTML parser reads a raw carriage return as a line feed: the text would not come back
      if (chars.includes('\r')) problems.push(`a raw carriage return at ${token.index}`);
      const decoded = decodeEntities(chars);
      text += decoded;
      for (const element of open) element.text += decoded;
    } else if (closing) {
      const top = open.pop();
      if (top?.tag !== tag) problems.push(`</${tag}> closes <${top?.tag}> at ${token.index}`);
    } else {
      const ancestors = open.map((element) => element.tag);
      if (tag === 'a' && ancestors.includes('a')) problems.push(`<a> inside <a> at ${token.index}`);
      const element: ReadElement = {
        tag: tag!,
        attributes: Object.fromEntries(
          [...attributes!.matchAll(ATTRIBUTE)].map(([, n, v]) => [n!, decodeEntities(v!)]),
        ),
        text: '',
        ancestors,
      };
      elements.push(element);
      open.push(element);
    }
  }
  if (open.length > 0) problems.push(`${open.length} element(s) left open`);
  return { text, elements, problems };
}

/** Each mark's text, its pieces joined in order, by its data-mark number; and the span it says it covers. */
export function marksOf(read: ReadBack): Map<string, { text: string; span: [number, number]; pieces: ReadElement[] }> {
  const marks = new Map<string, { text: string; span: [number, number]; pieces: ReadElement[] }>();
  for (const element of read.elements) {
    const id = element.attributes['data-mark'];
    if (id === undefined) continue;
    const [start, end] = element.attributes['data-span']!.split(' ').map(Number) as [number, number];
    const mark = marks.get(id) ?? { text: '', span: [start, end], pieces: [] };
    mark.text += element.text;
    mark.pieces.push(element);
    marks.set(id, mark);
  }
  return marks;
}
