/**
 * An HTML element tree → Markdown that keeps what vanban reads: one block per paragraph
 * (blank line between), "<br>" as a line break, headings as "#", bold as "**", list items with
 * their marker, tables with three or more filled columns as "|" rows, narrower ones (the
 * công văn header, the signature block) one cell per paragraph so their lines stay lines.
 */
import { escapeInline, escapeLineStart } from './markdown-escape.js';
import type { Element, Node } from './tree.js';

const DROPPED = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'title',
  'svg',
  'math',
  'object',
  'iframe',
  'select',
  'button',
  'img',
]);
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'details',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'header',
  'html',
  'legend',
  'main',
  'nav',
  'ol',
  'p',
  'section',
  'summary',
  'ul',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'td',
  'th',
]);
const HEADING = /^h([1-6])$/u;
const BOLD_STYLE = /font-weight\s*:\s*(?:bold|[6-9]00)/iu;
/** CommonMark's punctuation for the flanking rules: "**" next to it may not open or close */
const PUNCTUATION = /[\p{P}\p{S}]/u;
/** a table is data (rows of "|") from this many columns with text in them */
const DATA_TABLE_COLUMNS = 3;

type Run = { text: string; bold: boolean } | { br: true };

interface Context {
  bold: boolean;
  pre: boolean;
  list: { ordered: boolean; next: number } | null;
}

export function toMarkdown(root: Element): string {
  return renderBlocks(root.children).join('\n\n');
}

function renderBlocks(nodes: readonly Node[]): string[] {
  const renderer = new Renderer();
  for (const node of nodes) renderer.node(node, { bold: false, pre: false, list: null });
  renderer.flush();
  return renderer.blocks;
}

class Renderer {
  readonly blocks: string[] = [];
  private runs: Run[] = [];
  /** the marker ("# ", "1. ") of the block being read, put before its first line that has text */
  private pending: { prefix: string; plain: boolean } | null = null;

  node(node: Node, ctx: Context): void {
    if (typeof node === 'string') {
      this.runs.push({ text: ctx.pre ? node : node.replace(/[ \t\n\r\f]+/gu, ' '), bold: ctx.bold });
      return;
    }
    const name = node.name;
    if (DROPPED.has(name)) return;
    const heading = HEADING.exec(name);
    if (name === 'br') this.runs.push({ br: true });
    else if (heading) this.block(node, { ...ctx, bold: false }, '#'.repeat(Number(heading[1])) + ' ');
    else if (name === 'table') this.table(node);
    else if (name === 'li') this.listItem(node, ctx);
    else if (name === 'ol' || name === 'ul')
      this.block(node, { ...ctx, list: { ordered: name === 'ol', next: Number(node.attrs.start ?? 1) || 1 } });
    else if (name === 'pre') this.block(node, { ...ctx, pre: true });
    else if (name === 'hr') this.flush();
    else if (BLOCKS.has(name)) this.block(node, ctx);
    else if (name === 'b' || name === 'strong' || BOLD_STYLE.test(node.attrs.style ?? ''))
      this.children(node, { ...ctx, bold: true });
    else this.children(node, ctx);
  }

  private children(element: Element, ctx: Context): void {
    for (const child of element.children) this.node(child, ctx);
  }

  private block(element: Element, ctx: Context, prefix = ''): void {
    this.flush();
    if (prefix) this.pending = { prefix, plain: prefix.startsWith('#') };
    this.children(element, ctx);
    this.flush();
    if (prefix) this.pending = null;
  }

  private listItem(element: Element, ctx: Context): void {
    const list = ctx.list;
    const marker = !list ? '- ' : list.ordered ? `${list.next++}. ` : '- ';
    this.block(element, { ...ctx, list: null }, marker);
  }

  /** The runs gathered so far → one block. */
  flush(): void {
    const runs = this.runs;
    this.runs = [];
    const plain = this.pending?.plain ?? false;
    const lines = trimBlankLines(splitLines(runs).map((line) => renderLine(line, plain)));
    if (lines.length === 0) return;
    const prefix = this.pending?.prefix ?? '';
    this.pending = null;
    // a heading is one line in Markdown: the lines after its first follow it as text
    this.blocks.push(lines.map((line, i) => (i === 0 && prefix ? prefix + line : escapeLineStart(line))).join('\n'));
  }

  private table(table: Element): void {
    this.flush();
    const rows = tableRows(table).map((row) => row.map((cell) => renderBlocks(cell.children)));
    const filled = rows.filter((row) => row.some((cell) => cell.length > 0));
    const columns = new Set(filled.flatMap((row) => row.flatMap((cell, k) => (cell.length > 0 ? [k] : []))));
    if (columns.size >= DATA_TABLE_COLUMNS && filled.length >= 2) {
      this.blocks.push(pipeRows(filled));
      return;
    }
    for (const row of filled) for (const cell of row) this.blocks.push(...cell);
  }
}

function splitLines(runs: readonly Run[]): Array<Array<{ text: string; bold: boolean }>> {
  const lines: Array<Array<{ text: string; bold: boolean }>> = [[]];
  for (const run of runs) {
    if ('br' in run) lines.push([]);
    else {
      // text inside <pre> keeps its own line breaks
      const parts = run.text.split('\n');
      parts.forEach((part, k) => {
        if (k > 0) lines.push([]);
        lines[lines.length - 1]!.push({ text: part, bold: run.bold });
      });
    }
  }
  return lines;
}

/** One line of runs → Markdown: runs of the same weight merged, "**" only where Markdown will read it back. */
function renderLine(runs: ReadonlyArray<{ text: string; bold: boolean }>, plain: boolean): string {
  const merged: Array<{ text: string; bold: boolean }> = [];
  for (const run of runs) {
    const bold = run.bold && !plain && run.text.trim() !== '';
    const last = merged[merged.length - 1];
    if (last && last.bold === bold) last.text += run.text;
    else merged.push({ text: run.text, bold });
  }
  let out = '';
  merged.forEach((run, k) => {
    if (!run.bold) {
      out += escapeInline(run.text);
      return;
    }
    const core = run.text.trim();
    const lead = run.text.slice(0, run.text.indexOf(core));
    const trail = run.text.slice(lead.length + core.length);
    const before = (out + lead).slice(-1);
    const after = (trail + (merged[k + 1]?.text ?? '')).slice(0, 1);
    out += lead + (flanks(before, core, after) ? `**${escapeInline(core)}**` : escapeInline(core)) + trail;
  });
  return out.replace(/[ \t]{2,}/gu, ' ').trim();
}

/** Will "**" before and after `core` open and close (CommonMark's flanking rules)? */
function flanks(before: string, core: string, after: string): boolean {
  const free = (ch: string) => ch === '' || /\s/u.test(ch) || PUNCTUATION.test(ch);
  const opens = !PUNCTUATION.test(core[0]!) || free(before);
  const closes = !PUNCTUATION.test(core.at(-1)!) || free(after);
  return opens && closes;
}

function trimBlankLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}

function tableRows(table: Element): Element[][] {
  const rows: Element[][] = [];
  const visit = (element: Element) => {
    for (const child of element.children) {
      if (typeof child === 'string') continue;
      if (child.name === 'tr')
        rows.push(
          child.children.filter((c): c is Element => typeof c !== 'string' && (c.name === 'td' || c.name === 'th')),
        );
      else if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') visit(child);
    }
  };
  visit(table);
  return rows;
}

function pipeRows(rows: ReadonlyArray<ReadonlyArray<readonly string[]>>): string {
  const width = Math.max(...rows.map((row) => row.length));
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const text = (blocks: readonly string[] | undefined) =>
    (blocks ?? [])
      .map((b) => b.replace(/^#{1,6} /gmu, ''))
      .join(' ')
      .replace(/\s*\n\s*/gu, ' ')
      .replace(/\|/gu, '\\|');
  const out = rows.map((row) => line(Array.from({ length: width }, (_, k) => text(row[k]))));
  out.splice(1, 0, line(Array.from({ length: width }, () => '---')));
  return out.join('\n');
}
