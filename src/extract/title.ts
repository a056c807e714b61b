/** The trích yếu: the lines under the type word, or for a công văn the text after "V/v", on one line. */
import type { Title } from '../model/schema.js';
import { HEADER } from '../layout/header-patterns.js';
import type { Line } from '../layout/lines.js';
import { diagnostic, type ExtractContext, type Extracted } from './context.js';

export function extractTitle({ text, layout }: ExtractContext): Extracted<Title | null> {
  const { titleLines, subjectLine } = layout.header;
  if (titleLines.length > 0) return { value: fromLines(text, titleLines), diagnostics: [] };
  if (subjectLine) {
    const subject = HEADER.subjectLine.exec(subjectLine.match)!.groups!.subject!;
    const start = subjectLine.start + subjectLine.indent + subjectLine.match.length - subject.length;
    return { value: { text: oneLine(text.slice(start, subjectLine.end)), span: [start, start + subject.length] }, diagnostics: [] };
  }
  return { value: null, diagnostics: [diagnostic('title/missing', 'info', 'No trích yếu found.')] };
}

function fromLines(text: string, lines: readonly Line[]): Title {
  const first = lines[0]!;
  const last = lines.at(-1)!;
  const start = first.start + first.indent;
  const end = last.start + last.indent + last.match.length;
  return { text: oneLine(text.slice(start, end)), span: [start, end] };
}

/** Title on one line, without the closing period the V/v line often carries. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[.;]$/, '').trim();
}
