/**
 * A pool of worker threads that convert documents. Tasks go to the first idle worker; each
 * call resolves with its own reply, so the caller keeps input order whatever order the workers
 * finish in. A worker that dies is replaced, and its task fails with a record, not the run.
 */
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { ConvertOptions } from './document.js';
import type { WorkerReply, WorkerTask } from './worker.js';

/**
 * In the package the worker is the bundled convert-worker.js beside cli.js. From the sources
 * (tests, tsx) it is worker.ts, loaded through tsx's loader, which a worker must register itself.
 */
/**
 * A worker's heap is kept small: it holds one document at a time, and memory must stay flat over an
 * archive. Its young generation is left to V8 (semi-spaces grow to 16 MB): a larger one halves the
 * scavenges but spent no less CPU (1 worker, 10 MB, whole-process CPU per MB, builds run side by
 * side each round, 5-6 rounds: 48 MB 1.006x, 64 MB 0.983x, 96 MB 0.966x of the default). Nor is GC
 * kept on the worker's own thread (--single-threaded-gc): the helper threads' share falls from 0.10
 * to 0.06 CPU-s/MB, but the worker's own rises by nearly as much (8 rounds: 1.018x).
 */
const RESOURCE_LIMITS = { maxOldGenerationSizeMb: 256 };

function startWorker(options: ConvertOptions): Worker {
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./convert-worker.js', import.meta.url), {
      workerData: options,
      resourceLimits: RESOURCE_LIMITS,
    });
  const source = new URL('./worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(boot, { eval: true, workerData: options, resourceLimits: RESOURCE_LIMITS });
}

/**
 * Each worker is a new V8 isolate that optimizes the parser again from scratch. With inlining,
 * TurboFan spends about 0.8 s of CPU per worker compiling the extractors' large functions (over
 * the first 10 MB), on the cores the other workers need; the optimized code runs no faster
 * (measured: first 10 MB 4.4 → 3.5 s CPU, later 10 MB alike).
 *
 * The parser has hundreds of functions that run a few thousand times per archive: at V8's
 * default interrupt budget (66 KB of bytecode run, Node 20) each is sent to TurboFan, whose
 * background threads then cost a fifth of the process's CPU. Eight times that budget optimizes
 * only what stays hot (measured, 1 worker, process CPU per MB, medians of 2–3 alternating runs:
 * 10 MB 0.706 → 0.629, 20 MB 0.650 → 0.570; the worker's own CPU unchanged, 0.48 and 0.45;
 * 16 times made the worker slower).
 *
 * A regular expression's first run is interpreted, and only then compiled to machine code: the
 * grammars' large alternations are first run over a whole document, interpreted, in every new
 * worker, and the patterns built per document go through both stages each time. Compiled at
 * once, they cost less (same measure, with the budget above: 10 MB 0.649 → 0.567, worker 0.489
 * → 0.425; 20 MB 0.538 → 0.487; the output byte for byte the same). The flags are read when a
 * function is counted or optimized and when a pattern is compiled, so setting them before the
 * workers start covers all their code.
 */
function lightenOptimizingCompiler(): void {
  // measured again and left out (1 worker, 10 MB, whole-process CPU per MB, builds side by side,
  // 4-5 rounds): --no-flush-bytecode (the worker re-parses flushed functions, 3% of its time)
  // 0.98x; the regular expressions' tier-up put back 0.93x. Of the helper threads' CPU (0.09
  // CPU-s/MB), perf finds half TurboFan's concurrent jobs and a quarter GC.
  setFlagsFromString('--no-turbo-inlining');
  setFlagsFromString('--interrupt-budget=540672');
  setFlagsFromString('--no-regexp-tier-up');
}

interface Pending {
  task: WorkerTask;
  resolve(reply: WorkerReply): void;
}

export class ConvertPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Pending>();
  private readonly queue: Pending[] = [];
  private readonly dead = new WeakSet<Worker>();
  private nextId = 0;
  private closed = false;

  constructor(
    readonly size: number,
    private readonly options: ConvertOptions,
  ) {
    lightenOptimizingCompiler();
    for (let i = 0; i < size; i++) this.idle.push(this.spawn());
  }

  /** `sha256`: the bytes' hash, when the caller has it (the worker then does not hash them again) */
  convert(name: string, bytes: Uint8Array, sha256?: string): Promise<WorkerReply> {
    return new Promise((resolve) => {
      const task: WorkerTask = { id: this.nextId++, name, bytes };
      if (sha256 !== undefined) task.sha256 = sha256;
      this.queue.push({ task, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.idle, ...this.busy.keys()].map((w) => w.terminate()));
  }

  private spawn(): Worker {
    const worker = startWorker(this.options);
    worker.on('message', (reply: WorkerReply) => {
      const pending = this.busy.get(worker);
      this.busy.delete(worker);
      this.idle.push(worker);
      pending?.resolve(reply);
      this.dispatch();
    });
    worker.on('error', (error) => this.replace(worker, error));
    worker.on('exit', (code) => {
      if (!this.closed && code !== 0) this.replace(worker, new Error(`worker exited with code ${code}`));
    });
    return worker;
  }

  private replace(worker: Worker, error: Error): void {
    // 'error' and then 'exit' both report one death: replace the worker once
    if (this.dead.has(worker)) return;
    this.dead.add(worker);
    const pending = this.busy.get(worker);
    this.busy.delete(worker);
    const at = this.idle.indexOf(worker);
    if (at >= 0) this.idle.splice(at, 1);
    if (this.closed) return;
    this.idle.push(this.spawn());
    if (pending) {
      const record = {
        source: { name: pending.task.name, sha256: null },
        error: { code: 'convert/worker-crash', message: error.message },
      };
      pending.resolve({
        id: pending.task.id,
        json: new TextEncoder().encode(JSON.stringify(record)),
        failed: true,
        errorCode: record.error.code,
      });
    }
    this.dispatch();
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const pending = this.queue.shift()!;
      this.busy.set(worker, pending);
      // the bytes move to the worker: no copy of a large document
      const buffer = pending.task.bytes.buffer;
      const transferable = buffer instanceof ArrayBuffer && pending.task.bytes.byteLength === buffer.byteLength;
      worker.postMessage(pending.task, transferable ? [buffer] : []);
    }
  }
}
