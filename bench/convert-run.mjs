// `vanban convert` as a user runs it, in a child process, for bench/parse.mjs and bench/convert-cpu.mjs:
// timed from outside, peak RSS read from /proc while it runs, CPU time (whole process, main thread,
// busiest other thread) reported by the preloaded bench/cpu-probe.mjs.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const DIST_CLI = new URL('../dist/cli.js', import.meta.url).pathname;
const PROBE = new URL('./cpu-probe.mjs', import.meta.url).pathname;

/** `list` ({ path, bytes }) written to DIR/in, numbered so that copies of one file do not collide. */
export function writeFolder(dir, list) {
  mkdirSync(join(dir, 'in'), { recursive: true });
  list.forEach((f, i) =>
    writeFileSync(join(dir, 'in', `${String(i).padStart(6, '0')}-${f.path.split('/').pop()}`), f.bytes),
  );
}

/** DIR/in converted to a JSONL file with `workers` workers by the CLI at `cli` (dist/cli.js unless given). */
export async function convertRun(dir, workers, docsCount, mb, cli = DIST_CLI) {
  const out = join(dir, `out-${workers}.jsonl`);
  const cpuOut = join(dir, `cpu-${workers}.json`);
  rmSync(cpuOut, { force: true });
  const start = performance.now();
  const child = spawn(
    process.execPath,
    ['--import', PROBE, cli, 'convert', join(dir, 'in'), '--out', out, '--workers', String(workers), '--quiet'],
    {
      stdio: 'inherit',
      env: { ...process.env, BENCH_CPU_OUT: cpuOut },
    },
  );
  let peak = 0;
  const poll = setInterval(() => {
    try {
      const hwm = /VmHWM:\s+(\d+) kB/u.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (hwm) peak = Math.max(peak, Number(hwm[1]) / 1024);
    } catch {
      // the process has ended
    }
  }, 25);
  const code = await new Promise((resolve) => child.on('exit', resolve));
  clearInterval(poll);
  const seconds = (performance.now() - start) / 1000;
  rmSync(out, { force: true });
  if (code !== 0) console.log(`convert --workers ${workers} exited with ${code}`);
  const cpu = JSON.parse(readFileSync(cpuOut, 'utf8'));
  return {
    label: `vanban convert, ${workers} worker${workers > 1 ? 's' : ''}`,
    seconds,
    mbps: mb / seconds,
    docsPerSecond: docsCount / seconds,
    peakRssMB: peak,
    cpuSeconds: cpu.cpuSeconds,
    mainCpuSeconds: cpu.mainCpuSeconds,
    workerCpuSeconds: cpu.busiestOtherCpuSeconds,
  };
}
