/**
 * readDocument(): a file as archives keep it (.txt in any Vietnamese encoding, .md, .docx,
 * .pdf, .html, .xml) → Unicode text ready for parse(). A stage before parse(): it reads, it
 * does not interpret. It throws only ReadError, for a file that cannot be read at all.
 */
import { causeOf, diagnostic, ReadError } from './errors.js';
import { readDocx } from './formats/docx.js';
import { readHtml } from './formats/html-file.js';
import { readPdf } from './formats/pdf.js';
import { readText } from './formats/text.js';
import { readXml } from './formats/xml.js';
import { LATIN1_FAMILY } from './markup/charset.js';
import { repairMojibake } from './legacy/mojibake.js';
import { sniffFormat } from './sniff.js';
import { ENCODING_NAMES } from './text/decode-text-file.js';
import type { Extracted, ReadDocument, ReadFormat, ReadOptions } from './read-types.js';

export { ReadError, type ReadErrorCode } from './errors.js';
export type { ReadDocument, ReadFormat, ReadOptions } from './read-types.js';

export const DEFAULT_MAX_BYTES = 50_000_000;

const LEGACY = new Set(['tcvn3', 'vni', 'windows-1258']);

/**
 * Read a file as archives keep it — .txt in any Vietnamese encoding (UTF-8, UTF-16,
 * Windows-1258, TCVN3, VNI), .md, .docx, .pdf, .html, .xml — into Unicode text (NFC) ready
 * for {@link parse}. The format is sniffed from the bytes, the name only breaking ties; text
 * typed in a legacy font and saved as Unicode is repaired. It reads, it does not interpret.
 *
 * @param bytes - the file's content
 * @param name - the file's name (its extension helps tell the format)
 * @param options - the size limit
 * @returns the text, what to parse it as, the format and encoding found, and diagnostics
 * @throws {@link ReadError} only for a file that cannot be read at all (empty, binary, too large, corrupt)
 *
 * @example
 * ```ts
 * import { parse, readDocument } from 'vanban';
 *
 * const bytes = new TextEncoder().encode('Số: 403/UBND-KGVX\nHà Nội, ngày 05 tháng 3 năm 2024');
 * const read = await readDocument(bytes, 'cong-van.txt'); // or readFileSync('cong-van.docx'), 'cong-van.docx'
 * read; // → { format: 'text', parseAs: 'text', encoding: 'utf-8', diagnostics: [] }
 * const result = parse(read.text, { name: 'cong-van.txt', format: read.parseAs });
 * result.number?.text; // → '403/UBND-KGVX'
 * ```
 */
export async function readDocument(bytes: Uint8Array, name: string, options: ReadOptions = {}): Promise<ReadDocument> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes)
    throw new ReadError('read/too-large', `The file has ${bytes.length} bytes; the limit is ${maxBytes}.`);
  if (bytes.length === 0) throw new ReadError('read/empty', 'The file is empty.');
  if (isBlank(bytes)) throw new ReadError('read/empty', 'The file holds only white space.');
  try {
    const { format, mismatch } = sniffFormat(bytes, name);
    const extracted = await extract(bytes, format);
    if (mismatch) {
      extracted.diagnostics.unshift(
        diagnostic(
          'read/format-mismatch',
          'info',
          `The name says ${mismatch}, the content is ${format}: read as ${format}.`,
        ),
      );
    }
    return finish(extracted, format);
  } catch (error) {
    if (error instanceof ReadError) throw error;
    // a library failing on odd input is still a file that cannot be read
    throw new ReadError('read/unsupported', `The file cannot be read: ${causeOf(error)}`, { cause: error });
  }
}

/** Only white space (after a UTF-8 byte-order mark): checked on the bytes, before any reader runs. */
function isBlank(bytes: Uint8Array): boolean {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (let i = start; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b !== 0x20 && (b < 0x09 || b > 0x0d)) return false;
  }
  return true;
}

function extract(bytes: Uint8Array, format: ReadFormat): Promise<Extracted> | Extracted {
  switch (format) {
    case 'text':
    case 'markdown':
      return readText(bytes, format);
    case 'docx':
      return readDocx(bytes);
    case 'pdf':
      return readPdf(bytes);
    case 'html':
      return readHtml(bytes);
    case 'xml':
      return readXml(bytes);
  }
}

/** The steps every format shares: legacy-font mojibake repaired, NFC, a warning when no text came out. */
function finish(extracted: Extracted, format: ReadFormat): ReadDocument {
  let { text, encoding } = extracted;
  const diagnostics = [...extracted.diagnostics];
  if (!LEGACY.has(encoding)) {
    const repair = repairMojibake(text);
    if (repair) {
      text = repair.text;
      diagnostics.push(
        diagnostic(
          'read/mojibake-repaired',
          'info',
          `${repair.lines} line(s) held ${ENCODING_NAMES[repair.encoding]} codes as Latin-1 characters (text typed in a legacy font and saved as Unicode); they were decoded as ${repair.encoding}.`,
        ),
      );
      // the bytes of a page declared Latin-1 are the legacy bytes themselves
      if (LATIN1_FAMILY.has(encoding)) encoding = repair.encoding;
    }
  }
  text = text.replace(/^\uFEFF/u, '').normalize('NFC');
  if (text.trim() === '' && format !== 'pdf') {
    diagnostics.push(diagnostic('read/no-text', 'warning', `The ${format} file holds no text.`));
  }
  return { text, parseAs: extracted.parseAs, format, encoding, diagnostics };
}
