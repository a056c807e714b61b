// The documents every bench script reads: each .txt and .md file under corpus/, with its bytes.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('../corpus/', import.meta.url).pathname;

function corpusFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return corpusFiles(path);
    return /\.(txt|md)$/.test(name) ? [path] : [];
  });
}

/** Every corpus document as `{ path, bytes }`. */
export function corpusDocuments() {
  return corpusFiles(ROOT).map((path) => ({ path, bytes: readFileSync(path) }));
}

/** The size of `docs` in MB (10^6 bytes). */
export function megabytes(docs) {
  return docs.reduce((sum, f) => sum + f.bytes.length, 0) / 1e6;
}
