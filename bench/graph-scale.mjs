// node bench/graph-scale.mjs [N...]: `vanban graph` on N synthetic results (default 10000 100000),
// for each format in BENCH_GRAPH_FORMATS (default "json neo4j"); reports wall time, CPU time and
// peak RSS of the graph process (GNU time). Reported, never asserted.
//
// The results are the corpus's own (`vanban parse --format jsonl` of corpus/, cached in the temp
// folder), replicated with altered numbers: replica r of a document gets its number's ordinal
// raised by r × 100000 and its file name and SHA-256 marked with r, and so do the instruments it
// cites, except national ones (laws and resolutions of the Quốc hội, decrees, decisions and
// directives of the Prime Minister, central Party documents, laws cited by name), which every
// replica cites alike: documents cite documents of their own replica and common laws, as an
// archive's do. National documents parsed in the corpus reappear in every replica under new file
// names (the same law held by several portals). A citation's words carry its altered number.
// Lines keep every field (outline, tasks …).
// BENCH_GRAPH_DIR: where the JSONL and outputs go (default the temp folder); BENCH_GRAPH_FIFO=1
// streams the results through a named pipe instead of a file (for 10^6 results: no 47 GB file).
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const DIR = process.env.BENCH_GRAPH_DIR ?? join(tmpdir(), 'vanban-graph-scale');
const FORMATS = (process.env.BENCH_GRAPH_FORMATS ?? 'json neo4j').split(/\s+/u).filter(Boolean);
const SIZES = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const CLI = existsSync(join(ROOT, 'dist/cli.js'))
  ? [join(ROOT, 'dist/cli.js')]
  : ['--import', 'tsx', join(ROOT, 'src/cli/main.ts')];
mkdirSync(DIR, { recursive: true });

function corpusFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return corpusFiles(path);
    return /\.(txt|md)$/u.test(name) && dir !== join(ROOT, 'corpus') ? [path] : [];
  });
}

/** The corpus's results, one JSONL line each, parsed once and cached. */
function seedLines() {
  const cache = join(DIR, 'corpus.jsonl');
  if (!existsSync(cache)) {
    const out = execFileSync(
      process.execPath,
      [...CLI, 'parse', '--format', 'jsonl', ...corpusFiles(join(ROOT, 'corpus'))],
      { cwd: ROOT, maxBuffer: 1 << 30 },
    );
    writeFileSync(cache, out);
  }
  return readFileSync(cache, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
}

// instruments every replica cites alike: Quốc hội laws and resolutions, decrees, the Prime
// Minister's decisions and directives, central Party documents, laws cited by name
const NATIONAL = /\/qh\d+|ubtvqh|nđ-cp|-ttg|\/tw\b|^vn:[^\d]/u;

function altered(key, r) {
  if (r === 0 || key === null || NATIONAL.test(key)) return key;
  return key.replace(/^vn:(\d+)/u, (_, digits) => `vn:${Number(digits) + r * 100000}`);
}

const alteredNumber = (text, r) =>
  typeof text === 'string' ? text.replace(/^\d+/u, (d) => String(Number(d) + r * 100000)) : text;

/** Replica r of a result: its own key and file, and the keys of what it cites, moved to replica r. */
function replica(line, r) {
  const result = JSON.parse(line);
  if (r === 0) return line;
  result.source.name = `r${r}-${result.source.name}`;
  result.source.sha256 = r.toString(16).padStart(8, '0') + result.source.sha256.slice(8);
  if (result.key && !NATIONAL.test(result.key)) {
    result.key = altered(result.key, r);
    if (result.number) result.number.text = alteredNumber(result.number.text, r);
  }
  for (const ref of result.references) {
    if (NATIONAL.test(ref.key)) continue;
    ref.key = altered(ref.key, r);
    if (!ref.number?.text) continue;
    // the citation's words carry the new number too, as another document's would
    const [before, after] = [ref.number.text, alteredNumber(ref.number.text, r)];
    ref.number.text = after;
    for (const mention of ref.mentions) mention.text = mention.text.replaceAll(before, after);
  }
  for (const stated of result.statedRelations) {
    stated.from = altered(stated.from, r);
    stated.to = altered(stated.to, r);
  }
  return JSON.stringify(result);
}

async function writeResults(path, n, seeds) {
  const out = createWriteStream(path);
  for (let i = 0; i < n; i++) {
    if (!out.write(replica(seeds[i % seeds.length], Math.floor(i / seeds.length)) + '\n')) await once(out, 'drain');
  }
  out.end();
  await once(out, 'close');
}

/** `vanban graph` under GNU time: wall, user + system CPU seconds, peak RSS. */
async function measure(input, format, n, feed) {
  const out = join(DIR, `graph-${n}.${format}`);
  rmSync(out, { recursive: true, force: true });
  const child = spawn(
    '/usr/bin/time',
    ['-v', process.execPath, ...CLI, 'graph', input, '--format', format, '--out', out],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  if (feed) await feed();
  const [code] = await once(child, 'close');
  const field = (name) => stderr.match(new RegExp(`${name}: (.+)`, 'u'))?.[1]?.trim();
  const wall = field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)')
    .split(':')
    .reduce((sum, part) => sum * 60 + Number(part), 0);
  const bytes = statSync(out).isDirectory()
    ? readdirSync(out).reduce((sum, f) => sum + statSync(join(out, f)).size, 0)
    : statSync(out).size;
  return {
    results: n,
    format,
    exit: code,
    wallSeconds: Number(wall.toFixed(1)),
    cpuSeconds: Number(
      (Number(field('User time \\(seconds\\)')) + Number(field('System time \\(seconds\\)'))).toFixed(1),
    ),
    peakRssMB: Math.round(Number(field('Maximum resident set size \\(kbytes\\)')) / 1024),
    outputMB: Number((bytes / 1e6).toFixed(1)),
    summary: stderr.split('\n').find((l) => l.startsWith('vanban:')) ?? stderr.split('\n').slice(0, 5).join(' | '),
  };
}

const seeds = seedLines();
for (const n of SIZES.length > 0 ? SIZES : [10000, 100000]) {
  for (const format of FORMATS) {
    let row;
    if (process.env.BENCH_GRAPH_FIFO) {
      const fifo = join(DIR, `results-${n}.fifo.jsonl`);
      rmSync(fifo, { force: true });
      execFileSync('mkfifo', [fifo]);
      row = await measure(fifo, format, n, () => writeResults(fifo, n, seeds));
      rmSync(fifo, { force: true });
    } else {
      const input = join(DIR, `results-${n}.jsonl`);
      if (!existsSync(input)) await writeResults(input, n, seeds);
      row = await measure(input, format, n, null);
      row.inputMB = Math.round(statSync(input).size / 1e6);
    }
    console.log(JSON.stringify(row));
  }
}
