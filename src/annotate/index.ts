/**
 * Annotated text, as eyecite's `annotate`: a result's own text with its citations linked to
 * their graph nodes and its agencies, deadlines and targets marked. A late stage: it reads a
 * result (and, when given, a citation graph) and nothing else.
 */
import type { CitationGraph } from '../graph/attributes.js';
import { renderRange } from './annotated-html.js';
import { layoutMarks, type MarkLayout } from './nest-marks.js';
import { collectMarks, type AnnotateInput } from './marks.js';
import { renderPage, type PageHeading } from './page.js';

export type { AnnotateInput, Mark, MarkKind, CitationMark, AgencyMark, DeadlineMark, TargetMark } from './marks.js';
export type { MarkLayout, MarkNode } from './nest-marks.js';
export type { PageHeading } from './page.js';

/** How {@link annotate} writes the text. */
export interface AnnotateOptions {
  /** the output format; only `html` for now */
  format?: 'html';
  /**
   * Where a citation links: a template in which `{key}` is the URL-encoded graph key (without
   * `{key}`, the key is appended), or a function of the key. Default `#` and the key, which the
   * page's list of cited instruments answers.
   */
  href?: string | ((key: string) => string);
  /** a graph the document is part of: a citation links to the node the graph merged its key into */
  graph?: CitationGraph;
  /** a whole page (the default), or only the `<div class="vb-text">` holding the marked text */
  page?: boolean;
  /** the page's title; by default the document's kind and number, or its file name */
  title?: string;
}

/**
 * The marks {@link annotate} writes, laid out over the result's text: a tree of pieces (a mark
 * inside another is its child; one crossing another's end is split there), and a diagnostic for
 * each mark that could not be drawn as given. For writers of other formats, and for checks.
 *
 * @example
 * ```ts
 * import { annotationLayout, parse } from 'vanban';
 *
 * const result = parse('Số: 15/KH-UBND\n\nKẾ HOẠCH\nThực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Ban Bí thư');
 * const { roots, diagnostics } = annotationLayout(result);
 * roots.map((node) => [node.mark.kind, result.text!.slice(node.start, node.end)]); // → [['citation', 'Chỉ thị số 28-CT/TW ngày 25/12/2023 của Ban Bí thư']]
 * diagnostics; // → []
 * ```
 */
export function annotationLayout(result: AnnotateInput, options: Pick<AnnotateOptions, 'graph'> = {}): MarkLayout {
  const text = textOf(result);
  return layoutMarks(text.length, collectMarks(result, nodeKeyResolver(options.graph)));
}

/**
 * A result's text as HTML, with every citation an `<a class="vb-cite">` to its graph node
 * (`data-key`, `data-relation`) and every agency (`vb-agency`: `data-agency`, `data-role`,
 * `data-tasks`), deadline (`vb-deadline`: `data-date`, `data-recurrence`) and target
 * (`vb-target`: `data-value`, `data-unit`, `data-by` …) a `<span>`. Everything is escaped: the
 * marked text with its tags taken out and its character references decoded is the result's
 * `text`, and each mark's text is `text.slice(...span)` of the value it marks. Marks nest when
 * one holds another; one that crosses the end of another is split there (`data-part="1/2"`)
 * with an `annotate/split` diagnostic, listed on the page. Throws when the result has no `text`.
 *
 * @param result - a {@link parse} result (or one read back from `vanban parse --text`)
 *
 * @example
 * ```ts
 * import { annotate, parse } from 'vanban';
 *
 * const result = parse('Số: 15/KH-UBND\n\nKẾ HOẠCH\nThực hiện Chỉ thị số 28-CT/TW ngày 25/12/2023 của Ban Bí thư');
 * const html = annotate(result, { page: false, href: 'https://example.org/graph#{key}' });
 * html.includes('<a class="vb-cite" href="https://example.org/graph#vn%3A28-ct%2Ftw%232023"'); // → true
 * html.includes('data-relation="implements"'); // → true
 * annotate(result).startsWith('<!doctype html>'); // → true
 * ```
 */
export function annotate(result: AnnotateInput & PageHeading, options: AnnotateOptions = {}): string {
  if (options.format !== undefined && options.format !== 'html')
    throw new Error(`annotate: unknown format "${String(options.format)}"`);
  const text = textOf(result);
  const { roots, diagnostics } = annotationLayout(result, options);
  const marked = renderRange({ text, href: hrefOf(options.href) }, 0, text.length, roots, null);
  if (options.page === false) return `<div class="vb-text">${marked}</div>`;
  return renderPage(result, marked, roots, diagnostics, options.title);
}

function textOf(result: AnnotateInput): string {
  if (typeof result.text !== 'string')
    throw new Error('annotate: the result has no text (parse() returns it; the CLI adds it with --text)');
  return result.text;
}

function hrefOf(href: AnnotateOptions['href']): (key: string) => string {
  if (typeof href === 'function') return href;
  const template = href ?? '#';
  return (key) =>
    template.includes('{key}')
      ? template.replaceAll('{key}', encodeURIComponent(key))
      : template + encodeURIComponent(key);
}

/**
 * A reference's key → its node in the graph: itself, or the full key a graph merged it into (README "The citation
 * graph").
 */
function nodeKeyResolver(graph: CitationGraph | undefined): (key: string) => string {
  if (!graph) return (key) => key;
  const merged = new Map<string, string>();
  graph.forEachNode((node, attributes) => {
    for (const alias of attributes.aliases) merged.set(alias, node);
  });
  return (key) => (graph.hasNode(key) ? key : (merged.get(key) ?? key));
}
