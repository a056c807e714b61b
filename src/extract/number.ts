/** The số/ký hiệu of the document, from its number line ("Số: 403/UBND-KGVX", "Luật số: 12/2012/QH13"). */
import type { DocumentNumber, Span } from '../model/schema.js';
import { HEADER } from '../layout/header-patterns.js';
import { parseDocumentNumber } from '../number/parse-document-number.js';
import { lineSpan } from '../layout/lines.js';
import { diagnostic, type ExtractContext, type Extracted } from './support/context.js';

export function extractNumber({ text, layout }: ExtractContext): Extracted<DocumentNumber | null> {
  const line = layout.header.numberLine;
  if (!line)
    return { value: null, diagnostics: [diagnostic('number/missing', 'info', 'The document has no number line.')] };
  const raw = HEADER.numberLine.exec(line.canonical)?.groups?.number ?? '';
  // the number runs to the end of the line
  const start = line.start + line.indent + line.canonical.length - raw.length;
  const parsed = parseDocumentNumber(text.slice(start, start + raw.length));
  const diagnostics = parsed.diagnostics.map((d) => ({ ...d, span: shift(d.span, start) ?? lineSpan(line) }));
  if (!parsed.number) return { value: null, diagnostics };
  return { value: { ...parsed.number, span: shift(parsed.number.span, start) }, diagnostics };
}

function shift(span: Span | null, by: number): Span | null {
  return span ? [span[0] + by, span[1] + by] : null;
}
