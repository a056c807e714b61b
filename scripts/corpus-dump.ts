/**
 * Dump the result of every corpus document (seeds, dev, unlabeled) as one pretty JSON file
 * each, without the text, so that a change to extraction can be read as a diff:
 *
 *   npx tsx scripts/corpus-dump.ts /tmp/before   # on main
 *   npx tsx scripts/corpus-dump.ts /tmp/after    # with the change
 *   diff -r /tmp/before /tmp/after
 *
 * Reads ../shared/corpus when it is there (the newest copy), else this package's corpus/.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '../src/parse.js';

const out = process.argv[2];
if (!out) {
  process.stderr.write('usage: tsx scripts/corpus-dump.ts OUT_DIR\n');
  process.exit(2);
}
const shared = fileURLToPath(new URL('../../shared/corpus', import.meta.url));
const root = existsSync(shared) ? shared : fileURLToPath(new URL('../corpus', import.meta.url));
mkdirSync(out, { recursive: true });
let count = 0;
for (const dir of ['seeds', 'dev', 'unlabeled']) {
  for (const file of readdirSync(join(root, dir))
    .filter((f) => /\.(txt|md)$/.test(f))
    .sort()) {
    const result: Record<string, unknown> = { ...parse(readFileSync(join(root, dir, file)), { name: file }) };
    delete result.text;
    writeFileSync(join(out, `${file}.json`), JSON.stringify(result, null, 1) + '\n');
    count++;
  }
}
process.stdout.write(`${count} results in ${out} (from ${root})\n`);
