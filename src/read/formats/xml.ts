/** .xml: the text of every element that holds text, one paragraph each, in document order. */
import { dependency } from '../../deps/index.js';
import { diagnostic } from '../errors.js';
import { decodeMarkup } from '../markup/charset.js';
import { tokenize } from '../markup/tokenize.js';
import { buildTree } from '../markup/tree.js';
import { xmlToText } from '../markup/xml-text.js';
import type { Extracted } from '../read-types.js';

export function readXml(bytes: Uint8Array): Extracted {
  const decoded = decodeMarkup(bytes, 'xml');
  const diagnostics = [...decoded.diagnostics];
  // the tokenizer reads broken XML too; say when it had to
  const valid = dependency('fast-xml-parser').XMLValidator.validate(decoded.text);
  if (valid !== true) {
    diagnostics.push(
      diagnostic(
        'read/malformed-xml',
        'warning',
        `The XML is not well-formed (line ${valid.err.line}: ${valid.err.msg}); its text was read as far as it goes.`,
      ),
    );
  }
  const text = xmlToText(buildTree(tokenize(decoded.text, { html: false }), false));
  return { text, parseAs: 'text', encoding: decoded.encoding, diagnostics };
}
