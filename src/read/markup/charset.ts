/**
 * Bytes of an HTML or XML file → text, in the charset the file declares (a byte-order mark, then
 * <meta charset> or the XML declaration); without a usable declaration, as a text file.
 */
import { dependency } from '../../deps/index.js';
import { diagnostic } from '../errors.js';
import { decodeText, strictUtf8, type DecodedText } from '../text/decode-text-file.js';

const HTML_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/iu;
const XML_ENCODING = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)["']/iu;
const HEAD = 4096;

export function decodeMarkup(bytes: Uint8Array, kind: 'html' | 'xml'): DecodedText {
  const hasBom =
    (bytes[0] === 0xef && bytes[1] === 0xbb) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff);
  const head = Buffer.from(bytes.subarray(0, HEAD)).toString('latin1');
  const declared = hasBom ? null : (kind === 'html' ? HTML_CHARSET : XML_ENCODING).exec(head)?.[1]?.toLowerCase();
  if (!declared) return decodeText(bytes);
  const charset = canonical(declared);
  if (charset === 'utf-8') {
    const text = strictUtf8(bytes);
    return text === null ? mismatch(bytes, declared) : { text, encoding: 'utf-8', diagnostics: [] };
  }
  const iconv = dependency('iconv-lite');
  if (!iconv.encodingExists(charset)) return mismatch(bytes, declared);
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), charset).normalize('NFC');
  return { text, encoding: charset, diagnostics: [] };
}

/** The declaration is wrong or unknown: read the bytes as a text file is read, and say so. */
function mismatch(bytes: Uint8Array, declared: string): DecodedText {
  const decoded = decodeText(bytes);
  const note = diagnostic(
    'read/charset-mismatch',
    'warning',
    `The file declares charset "${declared}", which does not fit its bytes or is unknown; read as ${decoded.encoding}.`,
  );
  return { ...decoded, diagnostics: [note, ...decoded.diagnostics] };
}

function canonical(charset: string): string {
  if (charset === 'utf8' || charset === 'unicode-1-1-utf-8') return 'utf-8';
  if (charset === 'cp1258' || charset === 'x-cp1258') return 'windows-1258';
  // browsers read a page declared Latin-1 as Windows-1252, and so do we
  if (
    charset === 'latin1' ||
    charset === 'iso-8859-1' ||
    charset === 'iso_8859-1' ||
    charset === 'us-ascii' ||
    charset === 'ascii'
  )
    return 'windows-1252';
  return charset;
}

/** Charsets whose bytes map one to one onto the Latin-1 characters a legacy font's codes show as. */
export const LATIN1_FAMILY = new Set(['windows-1252', 'cp1252', 'iso-8859-1']);
