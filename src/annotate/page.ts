/**
 * The annotated text as one self-contained HTML page: a heading, a legend with the count of each
 * kind of mark, the text, the instruments it cites (each the target of its citations' default
 * links), and what could not be marked. Nothing is loaded from elsewhere.
 */
import type { Diagnostic, DocumentResult } from '../model/schema.js';
import { escapeAttribute, escapeHtml } from './html-escape.js';
import { mentionId, RELATION_NAMES } from './annotated-html.js';
import type { MarkNode } from './nest-marks.js';
import type { CitationMark, MarkKind } from './marks.js';

/** What the page shows besides the text: the document's name and subject, when the result has them. */
export type PageHeading = Partial<Pick<DocumentResult, 'key' | 'kind' | 'number' | 'title' | 'source'>>;

const LEGEND: readonly [MarkKind, string, string][] = [
  ['citation', 'vb-cite', 'Văn bản được dẫn'],
  ['agency', 'vb-agency', 'Cơ quan thực hiện'],
  ['deadline', 'vb-deadline', 'Thời hạn'],
  ['target', 'vb-target', 'Chỉ tiêu'],
];

const STYLE = `
  body { margin: 0 auto; max-width: 62em; padding: 1em 1.5em; font: 16px/1.6 Georgia, 'Times New Roman', serif; color: #222; }
  h1 { font-size: 1.3em; margin: 0.2em 0; } .vb-subject { color: #555; margin: 0 0 0.8em; }
  .vb-legend { display: flex; flex-wrap: wrap; gap: 0.4em 1.2em; list-style: none; padding: 0.5em 0; margin: 0; border-bottom: 1px solid #ddd; font-family: system-ui, sans-serif; font-size: 0.9em; }
  .vb-text { white-space: pre-wrap; overflow-wrap: anywhere; padding: 1em 0; }
  a.vb-cite, a.vb-link, .vb-cite { color: #0b57d0; text-decoration: underline; text-decoration-color: #0b57d088; }
  .vb-cite .vb-cite { text-decoration-style: double; }
  .vb-agency { background: #d9f2dc; border-radius: 3px; }
  .vb-deadline { background: #ffe8c2; border-bottom: 2px solid #e08a00; }
  .vb-target { background: #efe3fb; box-shadow: inset 0 -2px #8e44d1; }
  [data-part] { outline: 1px dashed #c00; }
  .vb-references, .vb-notes { font-family: system-ui, sans-serif; font-size: 0.9em; border-top: 1px solid #ddd; padding-top: 0.5em; }
  .vb-key { margin: 0; font-family: system-ui, sans-serif; font-size: 0.85em; color: #666; }
  .vb-references a { text-decoration: none; }
  .vb-references li:target, .vb-text :target { background: #fff6b3; }
  .vb-references code { color: #666; }
`;

export function renderPage(
  heading: PageHeading,
  annotated: string,
  roots: readonly MarkNode[],
  diagnostics: readonly Diagnostic[],
  title?: string,
): string {
  const name = title ?? nameOf(heading);
  const subject = heading.title?.text ? `\n<p class="vb-subject">${escapeHtml(heading.title.text)}</p>` : '';
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(name)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(name)}</h1>${subject}${heading.key ? `\n<p class="vb-key">Khóa: <code>${escapeHtml(heading.key)}</code></p>` : ''}
${legend(roots)}
</header>
<main>
<div class="vb-text">${annotated}</div>
</main>
${references(roots)}${notes(diagnostics)}</body>
</html>
`;
}

function nameOf(heading: PageHeading): string {
  if (heading.number?.text) return `${heading.kind?.name ?? 'Văn bản'} ${heading.number.text}`;
  return heading.source?.name ?? heading.kind?.name ?? 'Văn bản';
}

/** Each kind of mark, its look, and how many marks of it the text holds. */
function legend(roots: readonly MarkNode[]): string {
  const counts = new Map<MarkKind, number>();
  for (const node of wholeMarks(roots)) counts.set(node.mark.kind, (counts.get(node.mark.kind) ?? 0) + 1);
  const items = LEGEND.map(
    ([kind, style, label]) => `<li><span class="${style}">${label}</span> ${counts.get(kind) ?? 0}</li>`,
  );
  return `<ul class="vb-legend">${items.join('')}</ul>`;
}

/**
 * The instruments cited, once each, in order of first mention; each `id` is its graph key (the default links' target).
 */
function references(roots: readonly MarkNode[]): string {
  const cited = new Map<string, { mark: CitationMark; id: number }[]>();
  for (const node of wholeMarks(roots))
    if (node.mark.kind === 'citation')
      cited.set(node.mark.key, [...(cited.get(node.mark.key) ?? []), { mark: node.mark, id: node.id }]);
  if (cited.size === 0) return '';
  const items = [...cited].map(([key, mentions]) => {
    const { label, relation } = mentions[0]!.mark;
    const back = mentions.map(({ id }, i) => `<a href="#${mentionId(id)}">↑${i + 1}</a>`).join(' ');
    return `<li id="${escapeAttribute(key)}">${escapeHtml(label)} — ${RELATION_NAMES[relation]} <code>${escapeHtml(key)}</code> ${back}</li>`;
  });
  return `<section class="vb-references">\n<h2>Văn bản được dẫn</h2>\n<ol>\n${items.join('\n')}\n</ol>\n</section>\n`;
}

function notes(diagnostics: readonly Diagnostic[]): string {
  if (diagnostics.length === 0) return '';
  const items = diagnostics.map((d) => `<li>${escapeHtml(`${d.code}: ${d.message}`)}</li>`);
  return `<details class="vb-notes">\n<summary>Ghi chú (${diagnostics.length})</summary>\n<ul>\n${items.join('\n')}\n</ul>\n</details>\n`;
}

/** Each mark once (its first piece), in reading order. */
function* wholeMarks(nodes: readonly MarkNode[]): Generator<MarkNode> {
  for (const node of nodes) {
    if (node.part === 1) yield node;
    yield* wholeMarks(node.children);
  }
}
