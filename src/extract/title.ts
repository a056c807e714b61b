/** The trích yếu: the lines under the type word, or for a công văn the text after "V/v", on one line. */
import type { Title } from '../model/schema.js';
import { HEADER } from '../layout/header-patterns.js';
import type { Line } from '../layout/lines.js';
import { diagnostic, type ExtractContext, type Extracted } from './support/context.js';

export function extractTitle({ text, layout }: ExtractContext): Extracted<Title | null> {
  const { titleLines, subjectLines, titleIssuer } = layout.header;
  if (titleLines.length > 0) return { value: fromLines(text, titleLines, titleIssuer?.titleStart), diagnostics: [] };
  const [subjectLine, ...wrapped] = subjectLines;
  if (subjectLine) {
    const subject = HEADER.subjectLine.exec(subjectLine.canonical)!.groups!.subject!;
    const start = subjectLine.start + subjectLine.indent + subjectLine.canonical.length - subject.length;
    const last = wrapped.at(-1) ?? subjectLine;
    const end = last.start + last.indent + last.canonical.length;
    const parts = [
      text.slice(start, subjectLine.start + subjectLine.indent + subjectLine.canonical.length),
      ...wrapped.map((l) => l.canonical),
    ];
    return { value: { text: oneLine(parts.join(' ')), span: [start, end] }, diagnostics: [] };
  }
  return { value: null, diagnostics: [diagnostic('title/missing', 'info', 'No trích yếu found.')] };
}

/** The title lines' text; a Party text's "của <body>" before the trích yếu left out (from `titleStart`). */
function fromLines(text: string, lines: readonly Line[], titleStart?: number): Title {
  const first = lines[0]!;
  const last = lines.at(-1)!;
  const start = titleStart ?? first.start + first.indent;
  const end = last.start + last.indent + last.canonical.length;
  return { text: oneLine(text.slice(start, end)), span: [start, end] };
}

/** Title on one line, without the closing period the V/v line often carries. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[.;]$/, '').trim();
}
