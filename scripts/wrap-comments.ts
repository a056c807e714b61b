/**
 * Wrap the comment lines the formatter leaves over 120 columns (Biome does not rewrap comments):
 *
 *   npx tsx scripts/wrap-comments.ts           # rewrite the files
 *   npx tsx scripts/wrap-comments.ts --check   # list the lines, exit 1 if any
 *
 * A one-line doc comment becomes a block; a whole-line `//` comment or a line of a block comment
 * is cut at its last space before the limit, the rest on a line of its own with the same prefix (in a
 * comment that goes on, the rest opens its next line, which is wrapped in its turn).
 * Example code in comments (between ``` fences, or a line with `// →`) is left alone: the docs
 * test runs it. Lines of code are the formatter's.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const WIDTH = 120;

/** Cut `text` into pieces that fit after `prefix`, at spaces outside `code spans` where one exists. */
export function wrapText(prefix: string, text: string): string[] {
  const room = WIDTH - prefix.length;
  const lines: string[] = [];
  let rest = text;
  while (rest.length > room) {
    const cut = lastBreak(rest, room);
    if (cut <= 0) break;
    lines.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut + 1).trimStart();
  }
  lines.push(rest);
  return lines.map((line) => `${prefix}${line}`.trimEnd());
}

/** The last space at or before `room` that is not inside backticks; else the last space at all. */
function lastBreak(text: string, room: number): number {
  let outside = -1;
  let any = -1;
  let inCode = false;
  for (let i = 0; i <= Math.min(room, text.length - 1); i++) {
    if (text[i] === '`') inCode = !inCode;
    else if (text[i] === ' ') {
      any = i;
      if (!inCode) outside = i;
    }
  }
  return outside > room / 3 ? outside : any;
}

/** A line of a block comment's running text: not blank, not a tag, a list item or a fence. */
const PROSE = /^(\s*)\* (?![@\-+|>`]|\d+\. )(\S.*)$/u;

/** The file's lines with every long comment line wrapped. */
export function wrapComments(source: string): string {
  const lines = source.split('\n');
  const out: string[] = [];
  let inBlock = false;
  let inFence = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const trimmed = line.trim();
    if (inBlock && /^\*?\s*```/u.test(trimmed)) inFence = !inFence;
    const long = line.length > WIDTH && !inFence && !line.includes('// →');
    const oneLineDoc = /^(\s*)\/\*\* (.*) \*\/$/u.exec(line);
    const lineComment = /^(\s*)\/\/ (.*)$/u.exec(line);
    const blockLine = /^(\s*)\* (.*)$/u.exec(line);
    if (long && oneLineDoc) {
      const [, indent, text] = oneLineDoc;
      out.push(`${indent}/**`, ...wrapText(`${indent} * `, text!), `${indent} */`);
    } else if (long && lineComment && !inBlock) {
      const pieces = wrapText(`${lineComment[1]}// `, lineComment[2]!);
      const next = /^(\s*)\/\/ (\S.*)$/u.exec(lines[i + 1] ?? '');
      if (pieces.length > 1 && next && next[1] === lineComment[1]) {
        const carried = pieces.pop()!.slice(`${lineComment[1]}// `.length);
        lines[i + 1] = `${next[1]}// ${carried} ${next[2]}`;
      }
      out.push(...pieces);
    } else if (long && inBlock && blockLine) {
      const pieces = wrapText(`${blockLine[1]}* `, blockLine[2]!);
      // the cut-off words open the next line of the same paragraph, which is wrapped in its turn
      const next = PROSE.exec(lines[i + 1] ?? '');
      if (pieces.length > 1 && next && next[1] === blockLine[1]) {
        const carried = pieces.pop()!.slice(`${blockLine[1]}* `.length);
        lines[i + 1] = `${next[1]}* ${carried} ${next[2]}`;
      }
      out.push(...pieces);
    } else out.push(line);
    if (!inBlock && trimmed.startsWith('/*') && !trimmed.includes('*/')) inBlock = true;
    else if (inBlock && trimmed.includes('*/')) {
      inBlock = false;
      inFence = false;
    }
  }
  return out.join('\n');
}

function sourceFiles(): string[] {
  return execFileSync('git', ['ls-files', '*.ts', '*.mjs', '*.cjs', '*.js'], { encoding: 'utf8' })
    .split('\n')
    .filter((f) => f !== '' && !f.includes('.generated.'));
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  const check = process.argv.includes('--check');
  let changed = 0;
  for (const file of sourceFiles()) {
    const source = readFileSync(file, 'utf8');
    const wrapped = wrapComments(source);
    if (wrapped === source) continue;
    changed++;
    if (check) process.stdout.write(`${file}\n`);
    else writeFileSync(file, wrapped);
  }
  process.stdout.write(`${changed} file(s) ${check ? 'with comments to wrap' : 'rewrapped'}\n`);
  if (check && changed > 0) process.exitCode = 1;
}
