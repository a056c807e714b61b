// Preloaded into a child the bench runs (`node --import ./bench/cpu-probe.mjs dist/cli.js …`): at
// exit it writes to $BENCH_CPU_OUT the CPU time of the whole process — every thread, so the
// convert workers' too (getrusage RUSAGE_SELF) — of its main thread, and of its busiest other
// thread (with one convert worker: the worker; sampled from /proc every 200 ms, since a worker
// thread is gone by exit), and its peak RSS.
import { readdirSync, writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
import { mainThreadCpuSeconds, procThreadCpuSeconds, processCpuSeconds } from './cpu.mjs';

const out = process.env.BENCH_CPU_OUT;
// workers inherit the preload: only the process's main thread reports
if (out && isMainThread) {
  const threads = new Map();
  const sample = () => {
    let tids = [];
    try {
      tids = readdirSync(`/proc/${process.pid}/task`);
    } catch {
      return;
    }
    for (const tid of tids) {
      const seconds = procThreadCpuSeconds(process.pid, tid);
      if (seconds !== null) threads.set(tid, Math.max(seconds, threads.get(tid) ?? 0));
    }
  };
  setInterval(sample, 200).unref();
  process.on('exit', () => {
    sample();
    const others = [...threads].filter(([tid]) => tid !== String(process.pid)).map(([, seconds]) => seconds);
    writeFileSync(
      out,
      JSON.stringify({
        cpuSeconds: processCpuSeconds(),
        mainCpuSeconds: mainThreadCpuSeconds(),
        busiestOtherCpuSeconds: others.length > 0 ? Math.max(...others) : null,
        maxRssMB: process.resourceUsage().maxRSS / 1024,
      }),
    );
  });
}
