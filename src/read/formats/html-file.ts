/** .html/.htm: decoded in its declared charset, block structure kept as Markdown. */
import { decodeMarkup } from '../markup/charset.js';
import { toMarkdown } from '../markup/to-markdown.js';
import { tokenize } from '../markup/tokenize.js';
import { buildTree } from '../markup/tree.js';
import type { Extracted } from '../read-types.js';

export function readHtml(bytes: Uint8Array): Extracted {
  const decoded = decodeMarkup(bytes, 'html');
  const text = htmlToMarkdown(decoded.text);
  return { text, parseAs: 'markdown', encoding: decoded.encoding, diagnostics: decoded.diagnostics };
}

export function htmlToMarkdown(html: string): string {
  return toMarkdown(buildTree(tokenize(html, { html: true }), true));
}
