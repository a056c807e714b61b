/**
 * Which format is a file: its name's extension first, checked against what the bytes start
 * with. Containers (ZIP, PDF) and files vanban cannot read (Word 97 .doc, RTF, images) are
 * known by their first bytes whatever the name says.
 */
import { dependency } from '../deps/index.js';
import { ReadError } from './errors.js';
import type { ReadFormat } from './read-types.js';

const BY_EXTENSION: Readonly<Record<string, ReadFormat>> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  docx: 'docx',
  pdf: 'pdf',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  xml: 'xml',
};

/** What the first bytes say, when they say something. */
type Content = 'zip' | 'pdf' | 'html' | 'xml' | 'other';

export interface Sniffed {
  format: ReadFormat;
  /** the name promised another format than the content has */
  mismatch: ReadFormat | null;
}

export function formatFromName(name: string): ReadFormat | null {
  const ext = /\.([A-Za-z0-9]+)$/u.exec(name)?.[1]?.toLowerCase();
  return ext ? (BY_EXTENSION[ext] ?? null) : null;
}

export function sniffFormat(bytes: Uint8Array, name: string): Sniffed {
  const named = formatFromName(name);
  refuseUnsupported(bytes);
  const content = contentOf(bytes);
  const by = (format: ReadFormat): Sniffed => ({ format, mismatch: named !== null && named !== format ? named : null });
  if (content === 'zip') {
    if (hasWordDocument(bytes)) return by('docx');
    if (named === 'docx') return { format: 'docx', mismatch: null }; // the docx reader says what is wrong
    throw new ReadError(
      'read/unsupported',
      'A ZIP archive that is not a Word document (.docx): unpack it and read its files.',
    );
  }
  if (content === 'pdf') return by('pdf');
  // a .docx or .pdf that is neither a ZIP nor a PDF is broken; let its reader say so
  if (named === 'docx' || named === 'pdf') return { format: named, mismatch: null };
  if (content === 'html' && named !== 'html' && named !== 'xml') return by('html');
  if (named) return { format: named, mismatch: null };
  return { format: content === 'html' || content === 'xml' ? content : 'text', mismatch: null };
}

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return signature.every((b, i) => bytes[at + i] === b);
}

function contentOf(bytes: Uint8Array): Content {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  const head = textHead(bytes);
  if (isPdf(bytes, head)) return 'pdf';
  const start = head.replace(/^(?:\s|<!--[\s\S]*?-->)+/u, '').toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html')) return 'html';
  if (start.startsWith('<?xml')) return /^<\?xml[^>]*>\s*(?:<!doctype html|<html)/u.test(start) ? 'html' : 'xml';
  return 'other';
}

/**
 * pdf.js, like Acrobat, accepts the header anywhere in the first kilobyte; a text that only
 * mentions "%PDF-" there is not a PDF, so away from the start the file must also end like one.
 */
function isPdf(bytes: Uint8Array, head: string): boolean {
  const at = head.indexOf('%PDF-');
  if (at === 0) return true;
  if (at < 0 || at >= 1024) return false;
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 2048))).toString('latin1');
  return tail.includes('%%EOF') || tail.includes('startxref');
}

/** The start of the file as text: UTF-16 if its byte-order mark says so, else byte for byte. */
function textHead(bytes: Uint8Array): string {
  const head = bytes.subarray(0, 2048);
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le').decode(head);
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be').decode(head);
  return Buffer.from(head)
    .toString('latin1')
    .replace(/^\u00ef\u00bb\u00bf/u, '');
}

function hasWordDocument(bytes: Uint8Array): boolean {
  try {
    // the filter lists the entries without inflating any of them
    let found = false;
    dependency('fflate').unzipSync(bytes, {
      filter: (file) => {
        if (file.name === 'word/document.xml') found = true;
        return false;
      },
    });
    return found;
  } catch {
    return false;
  }
}

const UNSUPPORTED: ReadonlyArray<{ signature: readonly number[]; what: string }> = [
  {
    signature: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    what: 'A Word 97–2003 (.doc) or other OLE2 file: save it as .docx first.',
  },
  { signature: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'An RTF file: save it as .docx first.' },
  { signature: [0x89, 0x50, 0x4e, 0x47], what: 'A PNG image: OCR it first.' },
  { signature: [0xff, 0xd8, 0xff], what: 'A JPEG image: OCR it first.' },
  { signature: [0x47, 0x49, 0x46, 0x38], what: 'A GIF image: OCR it first.' },
  { signature: [0x49, 0x49, 0x2a, 0x00], what: 'A TIFF image: OCR it first.' },
  { signature: [0x4d, 0x4d, 0x00, 0x2a], what: 'A TIFF image: OCR it first.' },
];

function refuseUnsupported(bytes: Uint8Array): void {
  for (const { signature, what } of UNSUPPORTED) {
    if (startsWith(bytes, signature)) throw new ReadError('read/unsupported', what);
  }
}
