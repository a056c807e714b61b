// `vanban convert` with 1 worker, CPU time per MB as `npm run bench` measures it (convertCpuSecondsPerMB:
// the whole process, every thread; its main thread; its worker; the rest, V8's helper threads), on the
// corpus replicated to BENCH_MB, ROUNDS rounds, medians reported.
//   CLI=path/to/cli.js           the build measured (dist/cli.js unless given; convert-worker.js beside it)
//   COMPARE_CLI=path/to/cli.js   a second build run round by round in alternation with the first: the
//                                median of the rounds' own CPU ratios says how much less CPU CLI spends
//                                (the machine's drift cancels out of a ratio of neighbouring runs)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { convertRun, writeFolder } from './convert-run.mjs';
import { corpusDocuments, megabytes } from './corpus.mjs';

const TARGET_MB = Number(process.env.BENCH_MB ?? 10);
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const cli = process.env.CLI ? resolve(process.env.CLI) : undefined;
const other = process.env.COMPARE_CLI ? resolve(process.env.COMPARE_CLI) : null;

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
for (let i = 0; i < ROUNDS; i++) {
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
console.log(
  JSON.stringify({
    mb: fixed(mb, 2),
    rounds: ROUNDS,
    ...summary(runs.cli),
    ...(other
      ? {
          compare: summary(runs.other),
          cpuRatioOverCompare: fixed(median(ratios)),
          ratios: ratios.map((r) => fixed(r)),
        }
      : {}),
  }),
);
