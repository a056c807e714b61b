// CPU time that holds on a shared machine: what a thread or a process spent on the CPU, not how
// long it waited for one. Wall time on a 2-core machine shared by several jobs moves by a third
// within minutes; CPU time of the work itself moves far less.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

let ticks = null;
/** clock ticks per second of /proc's counters (USER_HZ, 100 on Linux) */
function clockTicks() {
  if (ticks === null) {
    try {
      ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticks = 100;
    }
  }
  return ticks;
}

/** utime + stime of one thread of a process, in seconds, from /proc/PID/task/TID/stat; null without /proc */
export function procThreadCpuSeconds(pid, tid = pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    // the fields after the command's closing parenthesis: state is field 3, utime 14, stime 15
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / clockTicks();
  } catch {
    return null;
  }
}

/**
 * CPU seconds of the whole process, every thread (getrusage through process.cpuUsage, to the
 * microsecond): for single-threaded work, the main thread plus V8's helper threads (compiler, GC).
 */
export function processCpuSeconds() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/**
 * CPU seconds of this process's main thread: process.threadCpuUsage where Node has it (v23.9+),
 * else /proc/self/task/PID/stat (10 ms ticks), else the whole process's (process.cpuUsage), which
 * for single-threaded work differs only by V8's helper threads (compiler, GC).
 */
export function mainThreadCpuSeconds() {
  if (typeof process.threadCpuUsage === 'function') {
    const { user, system } = process.threadCpuUsage();
    return (user + system) / 1e6;
  }
  const proc = procThreadCpuSeconds(process.pid);
  return proc ?? processCpuSeconds();
}

/** which clock mainThreadCpuSeconds reads here */
export function mainThreadClock() {
  if (typeof process.threadCpuUsage === 'function') return 'process.threadCpuUsage';
  return procThreadCpuSeconds(process.pid) !== null ? '/proc/self/task' : 'process.cpuUsage';
}
