/**
 * .docx: mammoth turns the document into HTML (headings from the paragraph styles, bold,
 * lists, tables), which becomes Markdown the way any web page does. mammoth is loaded only
 * when a .docx comes, as it is large and CommonJS.
 */
import { dependency } from '../../deps/index.js';
import type { Diagnostic } from '../../model/schema.js';
import { causeOf, diagnostic, ReadError } from '../errors.js';
import type { Extracted } from '../read-types.js';
import { htmlToMarkdown } from './html-file.js';

const MAIN_PART = 'word/document.xml';
// Word's own names for the title styles; mammoth maps only "Heading n" by default
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

export async function readDocx(bytes: Uint8Array): Promise<Extracted> {
  checkPackage(bytes);
  const { default: mammoth } = await import('mammoth');
  let result: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      // images are not text: an empty src keeps their base64 out of the HTML
      { styleMap: STYLE_MAP, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
  } catch (error) {
    throw new ReadError('read/corrupt-docx', `The .docx cannot be converted: ${causeOf(error)}`, { cause: error });
  }
  return {
    text: htmlToMarkdown(result.value),
    parseAs: 'markdown',
    encoding: 'binary',
    diagnostics: conversionNotes(result.messages),
  };
}

/** A .docx is a ZIP package with a main document part: check both before mammoth does, to say which is wrong. */
function checkPackage(bytes: Uint8Array): void {
  let entries: Record<string, Uint8Array>;
  try {
    entries = dependency('fflate').unzipSync(bytes, { filter: (file) => file.name === MAIN_PART });
  } catch (error) {
    throw new ReadError('read/corrupt-docx', `The .docx is not a readable ZIP package: ${causeOf(error)}`, {
      cause: error,
    });
  }
  if (!entries[MAIN_PART])
    throw new ReadError('read/corrupt-docx', `The .docx package has no ${MAIN_PART}: it is not a Word document.`);
}

function conversionNotes(messages: ReadonlyArray<{ type: string; message: string }>): Diagnostic[] {
  if (messages.length === 0) return [];
  const distinct = [...new Set(messages.map((m) => m.message))];
  const shown = distinct.slice(0, 3).join('; ');
  const more = distinct.length > 3 ? ` (and ${distinct.length - 3} more)` : '';
  return [diagnostic('read/docx-conversion', 'info', `mammoth: ${shown}${more}`)];
}
