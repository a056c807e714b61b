/**
 * Markdown input: the document's text with the markup taken out (emphasis markers, heading
 * hashes, hard-break spaces, backslash escapes), everything else kept where it stands.
 * List markers ("1.", "-") stay: they are the document's own outline labels. A long text is
 * parsed in pieces (markdown-chunks.ts), so that the time stays linear in its length; a piece
 * that carries only headings, list markers, "*" emphasis and hard breaks is read line by line
 * (markdown-lines.ts), remark's tree being built for the others.
 */
import type { Processor } from 'unified';
import type { Nodes, Parents, Root } from 'mdast';
import type { Edit } from './offset-map.js';
import { markdownChunks } from './markdown-chunks.js';
import { lineLevelEdits } from './markdown-lines.js';
import { dependency } from '../deps/index.js';

let processor: Processor<Root> | undefined;

/** remark, loaded on the first Markdown text (most input is plain text). */
function markdownParser(): Processor<Root> {
  processor ??= dependency('unified')
    .unified()
    .use(dependency('remark-parse').default)
    .freeze() as unknown as Processor<Root>;
  return processor;
}

// a line that is an ATX heading, **bold** spans, or a table's delimiter row ("| --- | --- |", as the legal
// portals' converters write a header table): enough to call a text Markdown ("__" is a blank to fill in forms).
// Each with the mark it needs: a pattern is run only on a text that holds its mark, found by a plain search.
const MARKDOWN_HINTS: ReadonlyArray<readonly [string, RegExp]> = [
  ['#', /^ {0,3}#{1,6}[ \t]/m],
  ['**', /\*\*[^*\n]+\*\*/],
  ['|', /^[ \t]*\|(?:[ \t]*:?-{3,}:?[ \t]*\|){2,}[ \t]*$/m],
];

export function looksLikeMarkdown(text: string): boolean {
  return MARKDOWN_HINTS.some(([mark, hint]) => text.includes(mark) && hint.test(text));
}

export function markdownEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const [start, end] of markdownChunks(text)) {
    for (const edit of chunkEdits(text.slice(start, end)))
      edits.push({ start: edit.start + start, end: edit.end + start, insert: edit.insert });
  }
  return edits.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * The edits of one piece of the text, offsets within the piece: read line by line when the piece carries no markup but
 * what markdown-lines.ts reads as remark does, else from remark's tree.
 */
export function chunkEdits(source: string): Edit[] {
  return lineLevelEdits(source) ?? treeEdits(source);
}

/** The edits of one piece of the text from remark's tree. */
export function treeEdits(source: string): Edit[] {
  const tree = markdownParser().parse(source) as Root;
  const edits: Edit[] = [];
  // depth-first with an explicit stack: deep nesting must not overflow the call stack
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (visit(node, source, edits) && 'children' in node) {
      const { children } = node as Parents;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return edits;
}

/** The edits of one node; true when its children are to be visited too. */
function visit(node: Nodes, source: string, edits: Edit[]): boolean {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return false;
  switch (node.type) {
    case 'heading':
    case 'strong':
    case 'emphasis':
    case 'delete':
    case 'link':
      markersAround(node, start, end, edits);
      return true;
    case 'break':
      edits.push({ start, end, insert: source.slice(start, end).includes('\n') ? '\n' : '' });
      return false;
    case 'text':
      textEdits(source, start, end, node.value, edits);
      return false;
    case 'inlineCode':
      edits.push({ start, end, insert: node.value });
      return false;
    case 'image':
      edits.push({ start, end, insert: node.alt ?? '' });
      return false;
  }
  return true;
}

/** Delete what stands between a node's edges and its content: "**", "## ", "[", "](url)". */
function markersAround(node: Parents, start: number, end: number, edits: Edit[]): void {
  const first = node.children[0]?.position?.start.offset;
  const last = node.children.at(-1)?.position?.end.offset;
  if (first === undefined || last === undefined) {
    edits.push({ start, end, insert: '' });
    return;
  }
  if (first > start) edits.push({ start, end: first, insert: '' });
  if (end > last) edits.push({ start: last, end, insert: '' });
}

/** Align a text node's value with its source: drop escape backslashes, keep the rest in place. */
function textEdits(source: string, start: number, end: number, value: string, edits: Edit[]): void {
  if (source.slice(start, end) === value) return;
  const local: Edit[] = [];
  let i = start;
  let j = 0;
  while (i < end && j < value.length) {
    if (source[i] === value[j]) {
      i++;
      j++;
    } else if (source[i] === '\\' || source[i] === ' ' || source[i] === '\t') {
      local.push({ start: i, end: i + 1, insert: '' });
      i++;
    } else {
      // an entity or something else we cannot align: replace the node's text whole
      edits.push({ start, end, insert: value });
      return;
    }
  }
  if (j < value.length) {
    edits.push({ start, end, insert: value });
    return;
  }
  if (i < end) local.push({ start: i, end, insert: '' });
  edits.push(...local);
}
