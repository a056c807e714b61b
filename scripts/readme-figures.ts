/**
 * The README's figures, computed: the accuracy table from `npm run eval` on corpus/, the size
 * of the browser bundle, and the performance block from the bench line saved in bench/last.json. They sit between
 * `<!-- figures:NAME -->` and `<!-- /figures:NAME -->` markers; this script rewrites them (`npm run figures`) or, with
 * `--check`, says which are stale (a test runs the check, so a figure cannot drift from what the code does).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { bundleBrowser } from './browser-bundle.js';
import { runEval } from '../src/eval/eval-dir.js';
import { formatCounts, formatScore } from '../src/eval/report.js';
import { performanceBlock, readBenchLine } from './performance-figures.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const README = `${ROOT}README.md`;

/** The accuracy block: every metric of the report on the annotated corpus. */
async function accuracy(): Promise<string> {
  const report = await runEval(`${ROOT}corpus`);
  const rows = report.metrics.map((m) => `| ${m.name} | ${formatScore(m)} | ${formatCounts(m).slice(1, -1)} |`);
  return [
    `On the ${report.documents} annotated documents of \`corpus/\` (seeds and dev), version ${version()}:`,
    '',
    '| metric | score (accuracy, or P R F1) | counts |',
    '|---|---|---|',
    ...rows,
  ].join('\n');
}

/** The browser block: src/browser.ts bundled as tsup bundles dist/browser.js (tsup.config.ts). */
async function browserSize(): Promise<string> {
  const { code } = await bundleBrowser();
  const gzipped = gzipSync(code, { level: 9 }).length;
  return `\`dist/browser.js\`, ${code.length.toLocaleString('en')} bytes minified (without its source-map line), ${gzipped.toLocaleString('en')} gzipped (level 9)`;
}

function version(): string {
  return (JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { version: string }).version;
}

/** The performance block: the last saved `npm run bench -- --save` line (the bench is not run again). */
async function performance(): Promise<string> {
  return performanceBlock(readBenchLine(`${ROOT}bench/last.json`));
}

export const FIGURES: Readonly<Record<string, () => Promise<string>>> = { accuracy, browser: browserSize, performance };

/** The README with every figure block replaced by its computed text; throws if a marker is missing. */
export async function withFigures(readme: string): Promise<string> {
  let out = readme;
  for (const [name, compute] of Object.entries(FIGURES)) {
    const open = `<!-- figures:${name} -->`;
    const close = `<!-- /figures:${name} -->`;
    const start = out.indexOf(open);
    const end = out.indexOf(close);
    if (start < 0 || end < start) throw new Error(`README.md: no ${open} … ${close} block`);
    const inline = !out.slice(start, end).includes('\n');
    const text = await compute();
    out = out.slice(0, start + open.length) + (inline ? text : `\n${text}\n`) + out.slice(end);
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const readme = readFileSync(README, 'utf8');
  const computed = await withFigures(readme);
  if (process.argv.includes('--check')) {
    if (computed !== readme) {
      process.stderr.write('README.md: its figures are stale; run `npm run figures`\n');
      process.exit(1);
    }
  } else if (computed !== readme) writeFileSync(README, computed);
}
