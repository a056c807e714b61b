/**
 * Tokens → an element tree. For HTML, the end tags authors leave out are implied the way
 * browsers do for the elements that matter here (p, li, td, tr, …); an end tag with no open
 * element is ignored. XML nests as written, with the same tolerance for stray end tags.
 */
import type { Token } from './tokenize.js';

export interface Element {
  name: string;
  attrs: Record<string, string>;
  children: Node[];
}

export type Node = Element | string;

const MAX_DEPTH = 512;
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
const CLOSES_P = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'details',
  'div',
  'dl',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
  'tr',
  'td',
  'th',
]);
/** opening the key closes an open element of these names, up to (not past) the boundaries */
const IMPLIED: Readonly<Record<string, { closes: readonly string[]; within: readonly string[] }>> = {
  li: { closes: ['li'], within: ['ul', 'ol', 'table'] },
  dt: { closes: ['dt', 'dd'], within: ['dl', 'table'] },
  dd: { closes: ['dt', 'dd'], within: ['dl', 'table'] },
  td: { closes: ['td', 'th'], within: ['tr', 'table'] },
  th: { closes: ['td', 'th'], within: ['tr', 'table'] },
  tr: { closes: ['tr', 'td', 'th'], within: ['table', 'thead', 'tbody', 'tfoot'] },
  thead: { closes: ['thead', 'tbody', 'tfoot', 'tr', 'td', 'th'], within: ['table'] },
  tbody: { closes: ['thead', 'tbody', 'tfoot', 'tr', 'td', 'th'], within: ['table'] },
  tfoot: { closes: ['thead', 'tbody', 'tfoot', 'tr', 'td', 'th'], within: ['table'] },
  option: { closes: ['option'], within: ['select'] },
};

export function buildTree(tokens: readonly Token[], html: boolean): Element {
  const root: Element = { name: '#root', attrs: {}, children: [] };
  const stack: Element[] = [root];
  const top = () => stack[stack.length - 1]!;
  const popTo = (index: number) => {
    stack.length = index;
  };
  for (const token of tokens) {
    if (token.type === 'text') {
      top().children.push(token.text);
    } else if (token.type === 'open') {
      if (html) implyEnds(stack, token.name);
      const element: Element = { name: token.name, attrs: token.attrs, children: [] };
      top().children.push(element);
      // past this depth elements are kept flat: rendering recurses, and no real document nests deeper
      if (!token.selfClosing && !(html && VOID.has(token.name)) && stack.length < MAX_DEPTH) stack.push(element);
    } else {
      const at = lastIndexOf(stack, token.name);
      if (at > 0) popTo(at);
    }
  }
  return root;
}

function implyEnds(stack: Element[], name: string): void {
  if (CLOSES_P.has(name)) {
    const p = lastIndexOf(stack, 'p');
    if (p > 0 && !stack.slice(p + 1).some((e) => e.name === 'td' || e.name === 'th' || e.name === 'table'))
      stack.length = p;
  }
  const rule = IMPLIED[name];
  if (!rule) return;
  // the outermost element it closes below the nearest boundary ("<tr>" in a cell closes the cell and its row)
  let cut = -1;
  for (let i = stack.length - 1; i > 0 && !rule.within.includes(stack[i]!.name); i--) {
    if (rule.closes.includes(stack[i]!.name)) cut = i;
  }
  if (cut > 0) stack.length = cut;
}

function lastIndexOf(stack: readonly Element[], name: string): number {
  for (let i = stack.length - 1; i > 0; i--) if (stack[i]!.name === name) return i;
  return -1;
}

/** The element's text, all descendants included. */
export function textContent(node: Node): string {
  return typeof node === 'string' ? node : node.children.map(textContent).join('');
}

/** A tag name without its namespace prefix ("akn:p" → "p"). */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}
