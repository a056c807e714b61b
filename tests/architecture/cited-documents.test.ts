/**
 * Every document a comment in src/ cites ("docs/domain.md §4.3", "packages.md G14", "corpus/GOLD.md") is a
 * file of the repository, and a cited section or gotcha is in it: a newcomer can follow every reference.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
/** Where a bare file name ("GOLD.md", "domain.md") is looked for, in this order. */
const BARE_NAME_FOLDERS = ['', 'docs', 'corpus'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/u.test(entry.name) ? [path] : [];
  });
}

/** The text of the comments of a TypeScript source (a string holding "//" is rare enough to ignore here). */
function commentsOf(source: string): string {
  return (source.match(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/gu) ?? []).join('\n');
}

interface Citation {
  path: string;
  /** "§4.3"-style sections and "G14"-style gotchas cited with the path */
  anchors: string[];
}

/**
 * A path to a Markdown file, not inside quotes or backticks (those are file names in examples:
 * `'ke-hoach.md'`, `NAME.md`), with the sections or gotchas that follow it.
 */
const CITED =
  /(?<![\p{L}\p{N}_'"`./-])((?:[\w-]+\/)*[A-Za-z][\w-]*\.md)(?![\p{L}\p{N}_'"`])((?:,? *(?:§[\d.–-]*\d|G\d+))*)/gu;

function citationsIn(comments: string): Citation[] {
  return [...comments.matchAll(CITED)].map((m) => ({
    path: m[1]!,
    anchors: [...m[2]!.matchAll(/§([\d.]+)|G\d+/gu)].map((a) => a[1] ?? a[0]),
  }));
}

function located(path: string): string | null {
  const candidates = path.includes('/') ? [path] : BARE_NAME_FOLDERS.map((folder) => join(folder, path));
  return candidates.find((candidate) => existsSync(join(ROOT, candidate))) ?? null;
}

/** "4.3" is a heading "### 4.3 …"; "G14" a gotcha line "- G14 …". */
function hasAnchor(markdown: string, anchor: string): boolean {
  if (anchor.startsWith('G')) return new RegExp(`^- ${anchor} `, 'mu').test(markdown);
  return new RegExp(`^#+ ${anchor.replace(/\./gu, '\\.')}\\.? `, 'mu').test(markdown);
}

describe('citations in comments', () => {
  it('reads a path, a bare name and their anchors, not a quoted file name', () => {
    expect(citationsIn('Three schemes (docs/domain.md §4.3, §5.3): …')).toEqual([
      { path: 'docs/domain.md', anchors: ['4.3', '5.3'] },
    ]);
    expect(citationsIn('combining tone marks (docs/packages.md G14)')).toEqual([
      { path: 'docs/packages.md', anchors: ['G14'] },
    ]);
    expect(citationsIn('as corpus/GOLD.md defines them; GOLD.md "Scoring"')).toEqual([
      { path: 'corpus/GOLD.md', anchors: [] },
      { path: 'GOLD.md', anchors: [] },
    ]);
  });

  it('leaves out file names in examples and extensions', () => {
    expect(citationsIn("ingest(text, { name: 'ke-hoach.md' }); a `.md` name; beside its `NAME.md`")).toEqual([]);
    expect(citationsIn('a .md/.markdown name means Markdown')).toEqual([]);
  });

  it('reads only the comments of a source', () => {
    expect(commentsOf("const a = 'x'; // see docs/domain.md\n/** and GOLD.md */\nconst b = 1;")).toBe(
      '// see docs/domain.md\n/** and GOLD.md */',
    );
  });
});

describe('every document cited in a comment of src/ is in the repository', () => {
  const citations = sourceFiles(join(ROOT, 'src')).flatMap((file) =>
    citationsIn(commentsOf(readFileSync(file, 'utf8'))).map((citation) => ({
      file: relative(ROOT, file),
      ...citation,
    })),
  );

  it('finds the citations (the scan itself works)', () => {
    expect(citations.map((c) => c.path)).toContain('docs/domain.md');
  });

  it('resolves each cited path to a file', () => {
    const missing = citations.filter((c) => located(c.path) === null).map((c) => `${c.file}: ${c.path}`);
    expect(missing).toEqual([]);
  });

  it('finds each cited section or gotcha in its document', () => {
    const missing = citations.flatMap((c) => {
      const path = located(c.path);
      if (path === null) return [];
      const markdown = readFileSync(join(ROOT, path), 'utf8');
      return c.anchors.filter((a) => !hasAnchor(markdown, a)).map((a) => `${c.file}: ${c.path} ${a}`);
    });
    expect(missing).toEqual([]);
  });
});
