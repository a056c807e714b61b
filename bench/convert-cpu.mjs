// `vanban convert` with 1 worker, CPU time per MB as `npm run bench` measures it (convertCpuSecondsPerMB:
// the whole process, every thread; its main thread; its worker; the rest, V8's helper threads), on the
// corpus replicated to BENCH_MB, ROUNDS rounds, medians reported.
//   CLI=path/to/cli.js           the build measured (dist/cli.js unless given; convert-worker.js beside it)
//   COMPARE_CLI=path/to/cli.js   a second build run round by round in alternation with the first: the
//                                median of the rounds' own CPU ratios says how much less CPU CLI spends
//                                (the machine's drift cancels out of a ratio of neighbouring runs)
//   PARSE=path/to/index.js       also parse() alone on the same documents, each round, in a fresh process
//                                (bench/parse-alone.mjs: a first pass, a warm pass over unseen documents,
//                                the same again; each by the main thread's and the whole process's CPU),
//                                and the product convertCpuSecondsPerMB × parse's MB per CPU-second
//                                (issue 15 asks ≤ 1.3) against each
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { convertRun, writeFolder } from './convert-run.mjs';
import { corpusDocuments, megabytes } from './corpus.mjs';

const TARGET_MB = Number(process.env.BENCH_MB ?? 10);
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const cli = process.env.CLI ? resolve(process.env.CLI) : undefined;
const other = process.env.COMPARE_CLI ? resolve(process.env.COMPARE_CLI) : null;
const parseBuild = process.env.PARSE ? resolve(process.env.PARSE) : null;
const PARSE_ALONE = new URL('./parse-alone.mjs', import.meta.url).pathname;

const originals = corpusDocuments();
const originalMB = megabytes(originals);
const copies = Math.max(1, Math.round(TARGET_MB / originalMB));
const docs = Array.from({ length: copies }, () => originals).flat();
const mb = megabytes(docs);
const work = mkdtempSync(join(tmpdir(), 'vanban-convert-cpu-'));
writeFolder(work, docs);

const perMB = (run) => ({
  total: run.cpuSeconds / mb,
  main: run.mainCpuSeconds / mb,
  worker: run.workerCpuSeconds / mb,
  rest: (run.cpuSeconds - run.mainCpuSeconds - run.workerCpuSeconds) / mb,
});
const runs = { cli: [], other: [] };
const ratios = [];
const parses = [];
for (let i = 0; i < ROUNDS; i++) {
  if (parseBuild)
    parses.push(JSON.parse(execFileSync(process.execPath, [PARSE_ALONE, parseBuild], { encoding: 'utf8' })));
  // the order alternates, so that neither build always runs right after the other
  const order = i % 2 === 0 ? ['cli', 'other'] : ['other', 'cli'];
  const spent = {};
  for (const which of order) {
    if (which === 'other' && !other) continue;
    const run = await convertRun(work, 1, docs.length, mb, which === 'cli' ? cli : other);
    spent[which] = run.cpuSeconds;
    runs[which].push(perMB(run));
  }
  if (other) ratios.push(spent.other / spent.cli);
}
rmSync(work, { recursive: true, force: true });

const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
const fixed = (v, d = 3) => +v.toFixed(d);
const summary = (list) => ({
  convertCpuSecondsPerMB: fixed(median(list.map((r) => r.total))),
  convertMainCpuSecondsPerMB: fixed(median(list.map((r) => r.main))),
  convertWorkerCpuSecondsPerMB: fixed(median(list.map((r) => r.worker))),
  convertOtherThreadsCpuSecondsPerMB: fixed(median(list.map((r) => r.rest))),
  perRound: list.map((r) => fixed(r.total)),
});
/**
 * parse() alone, medians of the rounds, each pass by both clocks, and convert's CPU per MB over each:
 * `product.seen.main` is what convertCpuSecondsPerMB × bench/parse.mjs's parseCpuMBps measures (the
 * same documents again, the main thread only); `product.unseen.process` counts parse() as convert is
 * counted (every thread) on documents it has not seen, the JIT warm.
 */
function parseSummary(convertPerMB) {
  const passes = ['first', 'unseen', 'seen'];
  const clocks = ['main', 'process'];
  const each = (fn) =>
    Object.fromEntries(passes.map((p) => [p, Object.fromEntries(clocks.map((c) => [c, fixed(fn(p, c))]))]));
  const perMB = (p, c) => median(parses.map((r) => r[p][c]));
  return {
    parseCpuSecondsPerMB: each(perMB),
    product: each((p, c) => convertPerMB / perMB(p, c)),
  };
}
console.log(
  JSON.stringify({
    mb: fixed(mb, 2),
    rounds: ROUNDS,
    ...summary(runs.cli),
    ...(parseBuild ? parseSummary(median(runs.cli.map((r) => r.total))) : {}),
    ...(other
      ? {
          compare: summary(runs.other),
          cpuRatioOverCompare: fixed(median(ratios)),
          ratios: ratios.map((r) => fixed(r)),
        }
      : {}),
  }),
);
