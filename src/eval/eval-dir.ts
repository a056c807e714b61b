/**
 * Evaluation over a gold directory: every `NAME.gold.json` beside its `NAME.txt` or
 * `NAME.md` is parsed and scored.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { DocumentResult } from '../model/schema.js';
import { parse } from '../parse.js';
import { scoreDocuments, type ScoredDocument } from './score.js';
import type { EvalReport } from './tally.js';

const GOLD_SUFFIX = '.gold.json';
const DOCUMENT_EXTENSIONS = ['.txt', '.md'] as const;

/** Options of runEval. */
export interface RunOptions {
  /**
   * Accepted so callers can pass their `--verbose` through; the report always carries the
   * misses, and formatReport's own `verbose` decides whether they are printed.
   */
  verbose?: boolean;
  /** How a document file is parsed; defaults to `parse(readFileSync(path), { name: basename(path) })`. */
  parseFile?: (path: string) => DocumentResult | Promise<DocumentResult>;
}

/** One gold file and the document it annotates. */
export interface GoldPair {
  goldPath: string;
  documentPath: string;
}

/** The default parser: the document's bytes, named by its file name. */
export function parseDocumentFile(path: string): DocumentResult {
  return parse(readFileSync(path), { name: basename(path) });
}

/**
 * Every `*.gold.json` under `goldDir` (recursively, sorted by path) with the document
 * beside it. Throws when a gold file has no `.txt` or `.md` document of the same stem.
 */
export function findGoldPairs(goldDir: string): GoldPair[] {
  return listGoldFiles(goldDir).map((goldPath) => {
    const stem = goldPath.slice(0, -GOLD_SUFFIX.length);
    const documentPath = DOCUMENT_EXTENSIONS.map((ext) => stem + ext).find((path) => existsSync(path));
    if (documentPath === undefined) {
      throw new Error(
        `${goldPath}: no document beside it (${DOCUMENT_EXTENSIONS.map((ext) => basename(stem) + ext).join(' or ')})`,
      );
    }
    return { goldPath, documentPath };
  });
}

function listGoldFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listGoldFiles(path));
    else if (entry.isFile() && entry.name.endsWith(GOLD_SUFFIX)) out.push(path);
  }
  return out.sort();
}

/**
 * Parse and score every annotated document under `goldDir`. Documents are named in the
 * report by their file name. A parser error is rethrown with the document's path.
 */
export async function runEval(goldDir: string, options: RunOptions = {}): Promise<EvalReport> {
  const parseFile = options.parseFile ?? parseDocumentFile;
  const docs: ScoredDocument[] = [];
  for (const { goldPath, documentPath } of findGoldPairs(goldDir)) {
    const gold: unknown = JSON.parse(readFileSync(goldPath, 'utf8'));
    let result: DocumentResult;
    try {
      result = await parseFile(documentPath);
    } catch (error) {
      throw new Error(`${documentPath}: parse failed`, { cause: error });
    }
    docs.push({ name: basename(documentPath), gold, result });
  }
  return scoreDocuments(docs);
}
