/**
 * .pdf: the text layer through unpdf (pdf.js), pages joined by a line break. A PDF without a
 * text layer is a scan: that is not an error, the text is just empty, with a warning. unpdf is
 * loaded only when a PDF comes (pdf.js is large).
 */
import { causeOf, diagnostic, ReadError } from '../errors.js';
import type { Extracted } from '../read-types.js';

export async function readPdf(bytes: Uint8Array): Promise<Extracted> {
  const { extractText, getDocumentProxy } = await import('unpdf');
  // pdf.js takes the buffer over (detaches it) and refuses a Buffer: give it a plain copy
  // (Buffer#slice would share the caller's memory)
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (error) {
    throw pdfError(error);
  }
  try {
    const { text, totalPages } = await extractText(pdf, { mergePages: true });
    if (text.trim() === '') {
      const note = `No text layer on any of the ${totalPages} page(s): a scanned PDF. OCR it first.`;
      return {
        text: '',
        parseAs: 'text',
        encoding: 'binary',
        diagnostics: [diagnostic('read/no-text-layer', 'warning', note)],
      };
    }
    return { text, parseAs: 'text', encoding: 'binary', diagnostics: [] };
  } catch (error) {
    throw pdfError(error);
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
}

function pdfError(error: unknown): ReadError {
  if (error instanceof Error && error.name === 'PasswordException') {
    return new ReadError('read/encrypted', 'The PDF is password-protected.', { cause: error });
  }
  return new ReadError('read/corrupt-pdf', `The PDF cannot be read: ${causeOf(error)}`, { cause: error });
}
