// npm run bench: parse() throughput on the corpus, one thread, and `vanban convert` with 1 and 2
// worker threads (BENCH_ROUNDS alternating rounds) on the same documents written to a folder,
// against the floor of reading the same bytes, NFC-normalizing them and one regex pass; peak RSS
// of each; then the peak RSS of converting 20,000 documents (BENCH_MANY_DOCS). Reported, never
// asserted.
//
// Wall time on a shared machine moves with the other jobs on it, so each figure also has its CPU
// time (bench/cpu.mjs): parse() and the floor by the main thread's CPU (parseCpuMBps,
// floorCpuMBps), and parse() by its whole process's CPU, GC and compiler threads included, as
// convert's is counted (parseProcessCpuMBps; parseColdProcessCpuMBps for the first pass over the
// documents, which is how a convert worker sees each of them); `vanban convert` with 1 worker by
// its whole process's CPU, workers included, per MB (convertCpuSecondsPerMB, and its main
// thread's share); the CPU of importing the built package in a fresh process (importMs, median of
// BENCH_IMPORT_RUNS); and `vanban graph` on BENCH_GRAPH_N synthetic results (default 100,000; 0
// skips it) through bench/graph-scale.mjs (graphSeconds, graphCpuSeconds, graphPeakRssMB).
//
// The last line is `BENCH {...}`; `npm run bench -- --save` also writes it to bench/last.json,
// from which `npm run figures` writes the README's performance block.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync, spawn } from 'node:child_process';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse } from '../dist/index.js';
import { convertRun, writeFolder } from './convert-run.mjs';
import { mainThreadClock, mainThreadCpuSeconds, processCpuSeconds } from './cpu.mjs';
import { corpusDocuments, megabytes } from './corpus.mjs';

const TARGET_MB = Number(process.env.BENCH_MB ?? 20);
const loadAtStart = loadavg()[0];

const originals = corpusDocuments();
const originalMB = megabytes(originals);
const copies = Math.max(1, Math.ceil(TARGET_MB / originalMB));
const docs = Array.from({ length: copies }, () => originals).flat();
const totalMB = megabytes(docs);

/**
 * `fn` over every document, `repeat` times. A cheap pass is repeated: /proc counts a thread's CPU in
 * 10 ms ticks, and the floor over 10 MB takes some 16 of them, which alone would move it by 6%.
 */
function time(label, fn, repeat = 1) {
  const coldStart = processCpuSeconds();
  fn(docs.slice(0, originals.length)); // warm up on one copy
  const coldProcessCpuSeconds = processCpuSeconds() - coldStart;
  const start = performance.now();
  const cpuStart = mainThreadCpuSeconds();
  const processStart = processCpuSeconds();
  for (let r = 0; r < repeat; r++) fn(docs);
  const cpuSeconds = (mainThreadCpuSeconds() - cpuStart) / repeat;
  const processSeconds = (processCpuSeconds() - processStart) / repeat;
  const seconds = (performance.now() - start) / 1000 / repeat;
  return {
    label,
    seconds,
    cpuSeconds,
    mbps: totalMB / seconds,
    cpuMBps: totalMB / cpuSeconds,
    // every thread of this process, as convertCpuSecondsPerMB counts `vanban convert`'s: V8's GC and
    // compiler threads work for parse() too, and the main thread's clock leaves them out
    processCpuMBps: totalMB / processSeconds,
    // the warm-up pass, every thread: the documents' first pass in a fresh process, as a convert
    // worker sees them (no JIT warm-up, no memo of the same text)
    coldProcessCpuMBps: originalMB / coldProcessCpuSeconds,
    docsPerSecond: docs.length / seconds,
  };
}

const FLOOR_REPEAT = Number(process.env.BENCH_FLOOR_REPEAT ?? 8);

const WORDS = /Số|ngày|tháng|năm|Điều|Căn cứ|Nơi nhận/gu;
const floor = time(
  'floor: decode + NFC + one regex pass',
  (list) => {
    let n = 0;
    for (const f of list) n += (new TextDecoder().decode(f.bytes).normalize('NFC').match(WORDS) ?? []).length;
    return n;
  },
  FLOOR_REPEAT,
);
const parsed = time('parse() on one thread', (list) => {
  for (const f of list) parse(f.bytes, { name: f.path });
});
const peakRssMB = process.resourceUsage().maxRSS / 1024;

const work = mkdtempSync(join(tmpdir(), 'vanban-bench-'));
writeFolder(work, docs);
// start-up: the CLI, one worker loading the parser and compiling its patterns, one small document
const startDir = mkdtempSync(join(tmpdir(), 'vanban-bench-start-'));
writeFolder(startDir, [originals.reduce((a, b) => (a.bytes.length <= b.bytes.length ? a : b))]);
const startup = await convertRun(startDir, 1, 1, 0);
rmSync(startDir, { recursive: true, force: true });
// This machine's speed drifts by a third over minutes: 1 and 2 workers alternate for a few rounds,
// and each is reported at its median, with the median of the rounds' own 2-to-1 ratios.
// Each round also measures what the machine gives two threads right then: a CPU-only loop run
// alone, then twice at once in separate processes. On a shared virtual machine that is not always
// 2x, and the workers cannot scale past it.
const SPIN = 'let x = 0; for (let i = 0; i < 4e8; i++) x = (x + i * 7) | 0; if (x === 1) console.log(x);';
async function spinSeconds(copies) {
  const start = performance.now();
  await Promise.all(
    Array.from(
      { length: copies },
      () => new Promise((resolve) => spawn(process.execPath, ['-e', SPIN], { stdio: 'ignore' }).on('exit', resolve)),
    ),
  );
  return (performance.now() - start) / 1000;
}
async function machineParallelism() {
  const one = await spinSeconds(1);
  return (2 * one) / (await spinSeconds(2));
}
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const rounds = [];
const parallelism = [];
for (let i = 0; i < ROUNDS; i++) {
  parallelism.push(await machineParallelism());
  rounds.push([await convertRun(work, 1, docs.length, totalMB), await convertRun(work, 2, docs.length, totalMB)]);
}
rmSync(work, { recursive: true, force: true });
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const atMedian = (runs) => {
  const seconds = median(runs.map((r) => r.seconds));
  return {
    ...runs[0],
    seconds,
    mbps: totalMB / seconds,
    docsPerSecond: docs.length / seconds,
    peakRssMB: Math.max(...runs.map((r) => r.peakRssMB)),
    cpuSeconds: median(runs.map((r) => r.cpuSeconds)),
    mainCpuSeconds: median(runs.map((r) => r.mainCpuSeconds)),
    workerCpuSeconds: median(runs.map((r) => r.workerCpuSeconds)),
    // cores in use: the process's CPU over its busiest thread's (with 1 worker, the worker, which
    // is never idle and so sets the pace when it has a core), which the other jobs on a shared
    // machine do not move; and CPU over wall, which they do
    cores: median(runs.map((r) => r.cpuSeconds / r.workerCpuSeconds)),
    wallCores: median(runs.map((r) => r.cpuSeconds / r.seconds)),
  };
};
const convert1 = atMedian(rounds.map(([one]) => one));
const convert2 = atMedian(rounds.map(([, two]) => two));
const workerRatio = median(rounds.map(([one, two]) => one.seconds / two.seconds));
const machineParallel = median(parallelism);

// memory stays flat however many documents: 20,000 of the annotated documents (seeds + dev)
const MANY = Number(process.env.BENCH_MANY_DOCS ?? 20000);
const annotated = originals.filter((f) => /\/(seeds|dev)\//u.test(f.path));
const many = Array.from({ length: MANY }, (_, i) => annotated[i % annotated.length]);
const manyMB = many.reduce((sum, f) => sum + f.bytes.length, 0) / 1e6;
const manyDir = mkdtempSync(join(tmpdir(), 'vanban-bench-many-'));
writeFolder(manyDir, many);
const manyRun = await convertRun(manyDir, 2, many.length, manyMB);
rmSync(manyDir, { recursive: true, force: true });

/** CPU milliseconds to import the built package in a fresh Node process (Node's own start-up not counted). */
function importCpuMs() {
  const url = new URL('../dist/index.js', import.meta.url).href;
  const code = `const a = process.cpuUsage(); await import(${JSON.stringify(url)}); const b = process.cpuUsage(a); console.log((b.user + b.system) / 1000);`;
  return Number(execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' }).trim());
}
const IMPORT_RUNS = Number(process.env.BENCH_IMPORT_RUNS ?? 7);
const importRuns = Array.from({ length: IMPORT_RUNS }, importCpuMs);
const importMs = median(importRuns);

/** `vanban graph` on N synthetic results, JSON out, through bench/graph-scale.mjs (GNU time: wall, CPU, peak RSS). */
const GRAPH_N = Number(process.env.BENCH_GRAPH_N ?? 100000);
let graph = null;
if (GRAPH_N > 0) {
  const script = new URL('./graph-scale.mjs', import.meta.url).pathname;
  const lines = execFileSync(process.execPath, [script, String(GRAPH_N)], {
    encoding: 'utf8',
    env: { ...process.env, BENCH_GRAPH_FORMATS: 'json' },
    maxBuffer: 1 << 26,
  })
    .trim()
    .split('\n');
  graph = JSON.parse(lines[lines.length - 1]);
  if (graph.exit !== 0) console.log(`vanban graph on ${GRAPH_N} results exited with ${graph.exit}: ${graph.summary}`);
}

console.log(
  `corpus: ${originals.length} documents, ${originalMB.toFixed(2)} MB, replicated ×${copies} → ${docs.length} documents, ${totalMB.toFixed(1)} MB`,
);
console.log(
  `machine: ${(await import('node:os')).cpus()[0]?.model ?? 'unknown'} × ${(await import('node:os')).cpus().length}, Node ${process.version}`,
);
for (const r of [floor, parsed, convert1, convert2]) {
  const rss = r.peakRssMB ? `   peak RSS ${r.peakRssMB.toFixed(0)} MB` : '';
  console.log(
    `${r.label.padEnd(40)} ${r.mbps.toFixed(2).padStart(8)} MB/s ${r.docsPerSecond.toFixed(0).padStart(7)} docs/s   ${((r.mbps / floor.mbps) * 100).toFixed(1).padStart(5)}% of floor${rss}`,
  );
}
console.log(
  `parse() peak RSS ${peakRssMB.toFixed(0)} MB; 2 workers = ${workerRatio.toFixed(2)}× 1 worker (median of ${ROUNDS} alternating rounds: ${rounds.map(([one, two]) => (one.seconds / two.seconds).toFixed(2)).join(', ')})`,
);
console.log(
  `the machine itself: two CPU-only processes at once ran ${machineParallel.toFixed(2)}× one alone (rounds: ${parallelism.map((p) => p.toFixed(2)).join(', ')})`,
);
console.log(`start-up (vanban convert of one small document, 1 worker): ${startup.seconds.toFixed(2)} s`);
console.log(
  `${MANY} documents (${manyMB.toFixed(0)} MB) converted with 2 workers in ${manyRun.seconds.toFixed(1)} s, peak RSS ${manyRun.peakRssMB.toFixed(0)} MB`,
);
console.log(
  `CPU (${mainThreadClock()}): parse() ${parsed.cpuMBps.toFixed(2)} MB/s of main-thread CPU, floor ${floor.cpuMBps.toFixed(2)} (${((parsed.cpuMBps / floor.cpuMBps) * 100).toFixed(1)}%); ` +
    `parse() ${parsed.processCpuMBps.toFixed(2)} MB/s of the process's CPU, every thread (first pass in a fresh process ${parsed.coldProcessCpuMBps.toFixed(2)}); ` +
    `convert, 1 worker: ${(convert1.cpuSeconds / totalMB).toFixed(3)} CPU-s per MB (main thread ${(convert1.mainCpuSeconds / totalMB).toFixed(3)}, worker ${(convert1.workerCpuSeconds / totalMB).toFixed(3)}), ` +
    `${convert1.cores.toFixed(2)} cores (process CPU / worker CPU; CPU / wall ${convert1.wallCores.toFixed(2)}); ` +
    `import ${importMs.toFixed(0)} ms of CPU (runs: ${importRuns.map((ms) => ms.toFixed(0)).join(', ')})`,
);
if (graph)
  console.log(
    `vanban graph, ${GRAPH_N} results (${graph.inputMB} MB), json: ${graph.wallSeconds} s, ${graph.cpuSeconds} s CPU, peak RSS ${graph.peakRssMB} MB`,
  );
const bench = {
  parseMBps: +parsed.mbps.toFixed(2),
  convert1MBps: +convert1.mbps.toFixed(2),
  convert2MBps: +convert2.mbps.toFixed(2),
  workerRatio: +workerRatio.toFixed(2),
  machineParallel: +machineParallel.toFixed(2),
  floorMBps: +floor.mbps.toFixed(2),
  peakRssMB: Math.round(Math.max(peakRssMB, convert1.peakRssMB, convert2.peakRssMB)),
  startupSeconds: +startup.seconds.toFixed(2),
  manyDocs: MANY,
  manyPeakRssMB: Math.round(manyRun.peakRssMB),
  docs: docs.length,
  mb: +totalMB.toFixed(1),
  parseCpuMBps: +parsed.cpuMBps.toFixed(2),
  parseProcessCpuMBps: +parsed.processCpuMBps.toFixed(2),
  parseColdProcessCpuMBps: +parsed.coldProcessCpuMBps.toFixed(2),
  floorCpuMBps: +floor.cpuMBps.toFixed(2),
  convertCpuSecondsPerMB: +(convert1.cpuSeconds / totalMB).toFixed(3),
  convertMainCpuSecondsPerMB: +(convert1.mainCpuSeconds / totalMB).toFixed(3),
  convertWorkerCpuSecondsPerMB: +(convert1.workerCpuSeconds / totalMB).toFixed(3),
  convert1Cores: +convert1.cores.toFixed(2),
  convert1WallCores: +convert1.wallCores.toFixed(2),
  importMs: +importMs.toFixed(0),
  graphResults: graph ? GRAPH_N : null,
  graphSeconds: graph?.wallSeconds ?? null,
  graphCpuSeconds: graph?.cpuSeconds ?? null,
  graphPeakRssMB: graph?.peakRssMB ?? null,
  run: {
    date: new Date().toISOString().slice(0, 10),
    node: process.version,
    machine: `${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}`,
    rounds: ROUNDS,
    importRuns: IMPORT_RUNS,
    cpuClock: mainThreadClock(),
    loadAtStart: +loadAtStart.toFixed(1),
    loadAtEnd: +loadavg()[0].toFixed(1),
  },
};
console.log(`BENCH ${JSON.stringify(bench)}`);
if (process.argv.includes('--save'))
  writeFileSync(new URL('./last.json', import.meta.url), `${JSON.stringify(bench, null, 2)}\n`);
