/**
 * The README's performance block, from the line `npm run bench -- --save` kept in bench/last.json:
 * the figures are written from a measurement, never by hand, and `npm run figures` does not run
 * the bench again (it takes minutes, and its wall times depend on what else the machine runs).
 */
import { readFileSync } from 'node:fs';

/** The fields of the BENCH line the block uses (bench/parse.mjs writes them). */
export interface BenchLine {
  parseMBps: number;
  convert1MBps: number;
  convert2MBps: number;
  workerRatio: number;
  machineParallel: number;
  floorMBps: number;
  peakRssMB: number;
  startupSeconds: number;
  manyDocs: number;
  manyPeakRssMB: number;
  docs: number;
  mb: number;
  parseCpuMBps: number;
  /** parse() by every thread of its process, as convert is counted (absent from older lines) */
  parseProcessCpuMBps?: number;
  /** the same, on the documents' first pass in a fresh process */
  parseColdProcessCpuMBps?: number;
  floorCpuMBps: number;
  convertCpuSecondsPerMB: number;
  convertMainCpuSecondsPerMB: number;
  convertWorkerCpuSecondsPerMB: number;
  convert1Cores: number;
  convert1WallCores: number;
  importMs: number;
  graphResults: number | null;
  graphSeconds: number | null;
  graphCpuSeconds: number | null;
  graphPeakRssMB: number | null;
  run: {
    date: string;
    node: string;
    machine: string;
    rounds: number;
    importRuns: number;
    cpuClock: string;
    loadAtStart: number;
    loadAtEnd: number;
  };
}

export function readBenchLine(path: string): BenchLine {
  const line = JSON.parse(readFileSync(path, 'utf8')) as Partial<BenchLine>;
  const missing = ['parseCpuMBps', 'floorCpuMBps', 'convertCpuSecondsPerMB', 'importMs', 'run'].filter(
    (k) => !(k in line),
  );
  if (missing.length > 0) throw new Error(`${path} lacks ${missing.join(', ')}: run \`npm run bench -- --save\``);
  return line as BenchLine;
}

const n = (value: number, digits: number) =>
  value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const percent = (part: number, whole: number) => n((part / whole) * 100, 1);

/** Seconds as "7 min 10 s" past a minute. */
function duration(seconds: number): string {
  if (seconds < 60) return `${n(seconds, 1)} s`;
  return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}

/** convert against parse() counted as convert is: every thread, and the documents' first pass. */
function everyThread(b: BenchLine): string {
  if (b.parseProcessCpuMBps === undefined || b.parseColdProcessCpuMBps === undefined) return '';
  return (
    ` Counted as convert is, on every thread, \`parse()\` costs ${n(1 / b.parseProcessCpuMBps, 3)} (convert ${n(b.convertCpuSecondsPerMB * b.parseProcessCpuMBps, 2)}× that), ` +
    `and ${n(1 / b.parseColdProcessCpuMBps, 3)} on its first pass over the documents in a fresh process, which is how a convert worker meets them (convert ${n(b.convertCpuSecondsPerMB * b.parseColdProcessCpuMBps, 2)}×).`
  );
}

export function performanceBlock(b: BenchLine): string {
  const docsPerSecond = (mbps: number) => n((b.docs * mbps) / b.mb, 0);
  const parseCpuSecondsPerMB = 1 / b.parseCpuMBps;
  const rows = [
    ['floor: decode + NFC + one regex pass', b.floorMBps, b.floorCpuMBps, ''],
    ['`parse()`, one thread', b.parseMBps, b.parseCpuMBps, ''],
    [`\`vanban convert\`, 1 worker (median of ${b.run.rounds})`, b.convert1MBps, 1 / b.convertCpuSecondsPerMB, ''],
    [`\`vanban convert\`, 2 workers (median of ${b.run.rounds})`, b.convert2MBps, null, ''],
  ] as const;
  const lines = [
    `Measured by \`npm run bench -- --save\` on ${b.run.date}: ${b.run.machine}, Node ${b.run.node.replace(/^v/u, '')}, the corpus replicated to ${n(b.mb, 1)} MB (${b.docs} documents), ` +
      `\`BENCH_ROUNDS=${b.run.rounds}\`, load average ${n(b.run.loadAtStart, 1)} at the start and ${n(b.run.loadAtEnd, 1)} at the end (bench/last.json):`,
    '',
    '| what | MB/s (wall) | documents/s (wall) | MB/s of CPU | % of the floor (CPU) |',
    '|---|---|---|---|---|',
    ...rows.map(
      ([what, wall, cpu]) =>
        `| ${what} | ${n(wall, 2)} | ${docsPerSecond(wall)} | ${cpu === null ? '—' : n(cpu, 2)} | ${cpu === null ? '—' : percent(cpu, b.floorCpuMBps)} |`,
    ),
    '',
    `- **CPU time** (${b.run.cpuClock === 'process.threadCpuUsage' ? '`process.threadCpuUsage`' : `the main thread's, from \`${b.run.cpuClock}\``}): \`parse()\` runs at ${n(b.parseCpuMBps, 2)} MB per CPU-second, ` +
      `${percent(b.parseCpuMBps, b.floorCpuMBps)}% of the floor's ${n(b.floorCpuMBps, 1)}. Wall times move with whatever else the machine runs; CPU times move less, but not nothing (caches and cores are shared too): compare runs made at a similar load.`,
    `- \`vanban convert\` with 1 worker spends ${n(b.convertCpuSecondsPerMB, 3)} CPU-seconds per MB in all its threads (its main thread ${n(b.convertMainCpuSecondsPerMB, 3)}, ` +
      `the worker ${n(b.convertWorkerCpuSecondsPerMB, 3)}, V8's compiler and collector threads the rest), ${n(b.convertCpuSecondsPerMB / parseCpuSecondsPerMB, 2)}× what \`parse()\` costs alone (${n(parseCpuSecondsPerMB, 3)}).${everyThread(b)}`,
    `- **One worker keeps ${n(b.convert1Cores, 2)} cores busy** when it has them: the process's CPU over its worker thread's, which sets the pace ` +
      `(CPU over wall time was ${n(b.convert1WallCores, 2)} in this run, on a machine shared with load ${n(b.run.loadAtStart, 0)}). ` +
      `Two workers ran ${n(b.workerRatio, 2)}× one (wall), and two CPU-only processes ${n(b.machineParallel, 2)}× one alone.`,
    `- Importing the built package costs ${n(b.importMs, 0)} ms of CPU in a fresh process (median of ${b.run.importRuns}); a conversion's start-up (the CLI, one worker, one small document) took ${n(b.startupSeconds, 2)} s.`,
    `- Memory: peak RSS ${n(b.peakRssMB, 0)} MB over these runs; ${n(b.manyDocs, 0)} documents converted with 2 workers peaked at ${n(b.manyPeakRssMB, 0)} MB (\`convert\` loads the parser only in its workers).`,
  ];
  if (b.graphResults !== null && b.graphSeconds !== null && b.graphCpuSeconds !== null && b.graphPeakRssMB !== null) {
    lines.push(
      `- \`vanban graph\` on ${n(b.graphResults, 0)} synthetic results (bench/graph-scale.mjs, JSON out): ${duration(b.graphSeconds)} (${duration(b.graphCpuSeconds)} of CPU), peak RSS ${n(b.graphPeakRssMB, 0)} MB.`,
    );
  }
  return lines.join('\n');
}
