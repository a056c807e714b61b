/** .txt and .md: the bytes decoded (legacy encodings included); Markdown stays Markdown. */
import { ReadError } from '../errors.js';
import { decodeText } from '../text/decode-text-file.js';
import type { Extracted } from '../read-types.js';

export function readText(bytes: Uint8Array, parseAs: 'text' | 'markdown'): Extracted {
  const decoded = decodeText(bytes);
  if (decoded.text.trim() === '') throw new ReadError('read/empty', 'The file holds only white space.');
  return { text: decoded.text, parseAs, encoding: decoded.encoding, diagnostics: decoded.diagnostics };
}
