/**
 * A conversion run: every input, in input order, through the worker pool into the output, with
 * a progress line, resume, shards, and an account of what failed. Memory stays flat: at most a
 * few documents per worker are in flight; everything else is on disk or not yet read.
 */
import { ConvertPool } from './pool.js';
import { countInputs, DEFAULT_LIMITS, expandInputs, InputError, type Input, type InputLimits } from './inputs.js';
import { outputError, writeAtomically, type ResultJson } from './output.js';
import { openOutput } from './outputs.js';
import { progressLine } from './progress.js';
import { sha256Of } from './hash.js';
import { inShard, shardManifestPath, shardOutputPath, shardTag, type Shard, type ShardManifest } from './shard.js';

export interface ConvertRun {
  inputs: readonly string[];
  /** a folder (one JSON per input), FILE.jsonl or FILE.sqlite */
  out: string;
  workers: number;
  resume: boolean;
  /** only the inputs of this shard, written to the shard's own output (shard.ts) */
  shard: Shard | null;
  quiet: boolean;
  withText: boolean;
  limits: InputLimits;
  /** stop pulling inputs; what is in flight is written, and the output kept for --resume */
  signal?: AbortSignal;
  progress?: NodeJS.WriteStream;
}

export interface ConvertSummary {
  files: number;
  converted: number;
  failed: number;
  skipped: number;
  bytes: number;
  seconds: number;
  interrupted: boolean;
  /** when interrupted: how many inputs the run was given (null for a shard, whose share is not counted ahead) */
  queued: number | null;
  failuresPath: string;
  /** where the results went: `out`, or the shard's own output */
  outputPath: string;
  /** a shard's manifest, written when the shard finished */
  manifestPath: string | null;
  /** failure codes and how often each came */
  reasons: Record<string, number>;
}

interface InFlight {
  name: string;
  /** `kept`: the earlier run's result for these very bytes stands */
  reply: Promise<{ json: ResultJson; failed: boolean; errorCode: string | null } | { kept: string }>;
  bytes: number;
}

export async function convert(run: ConvertRun): Promise<ConvertSummary> {
  const started = Date.now();
  const outputPath = run.shard ? shardOutputPath(run.out, run.shard) : run.out;
  const output = await openOutput(
    outputPath,
    run.resume,
    run.shard ? `failures.${shardTag(run.shard)}.jsonl` : undefined,
  );
  const pool = new ConvertPool(run.workers, {
    withText: run.withText || output.wantsText === true,
    maxBytes: run.limits.maxBytes,
  });
  const showProgress = !run.quiet && (run.progress?.isTTY ?? false);
  const progress = progressLine(
    run.progress ?? process.stderr,
    showProgress ? countInputs(run.inputs) : { files: null, bytes: null },
    !showProgress,
  );
  const summary: ConvertSummary = {
    files: 0,
    converted: 0,
    failed: 0,
    skipped: 0,
    bytes: 0,
    seconds: 0,
    interrupted: false,
    queued: null,
    failuresPath: output.failuresPath,
    outputPath,
    manifestPath: null,
    reasons: {},
  };
  const window: InFlight[] = [];
  const limit = Math.max(2, run.workers * 4);

  const settle = async () => {
    const item = window.shift()!;
    const reply = await item.reply;
    summary.files++;
    summary.bytes += item.bytes;
    if ('kept' in reply) {
      await output.keep(item.name, reply.kept);
      summary.skipped++;
    } else {
      await output.write(item.name, reply.json, reply.failed);
      if (reply.failed) {
        summary.failed++;
        summary.reasons[reply.errorCode ?? '?'] = (summary.reasons[reply.errorCode ?? '?'] ?? 0) + 1;
      } else summary.converted++;
    }
    progress.update(summary.files, summary.bytes, summary.failed);
  };

  try {
    for await (const input of expandInputs(run.inputs, run.limits)) {
      if (run.signal?.aborted) break;
      if (run.shard && !inShard(input.key, run.shard)) continue;
      window.push(await start(input, pool, run.resume ? output.has.bind(output) : null));
      while (window.length >= limit) await settle();
    }
    while (window.length > 0) await settle();
    summary.interrupted = run.signal?.aborted ?? false;
    // the inputs never started are not in `files`: say how many there were, so a stop is not read as the end
    if (summary.interrupted && !run.shard) summary.queued = countInputs(run.inputs).files;
    if (summary.interrupted) await output.abort();
    else {
      await output.finish();
      if (run.shard) summary.manifestPath = writeManifest(run, run.shard, summary);
    }
  } catch (error) {
    await output.abort();
    throw error;
  } finally {
    progress.end();
    await pool.close();
  }
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}

async function start(
  input: Input,
  pool: ConvertPool,
  done: ((name: string, sha256: string) => boolean) | null,
): Promise<InFlight> {
  let bytes: Uint8Array;
  try {
    bytes = await input.read();
  } catch (error) {
    const code = error instanceof InputError ? error.code : 'input/unreadable';
    const json = JSON.stringify({
      source: { name: input.name, sha256: null },
      error: { code, message: (error as Error).message },
    });
    return { name: input.name, bytes: 0, reply: Promise.resolve({ json, failed: true, errorCode: code }) };
  }
  const size = bytes.byteLength;
  if (done) {
    const sha256 = sha256Of(bytes);
    if (done(input.name, sha256)) return { name: input.name, bytes: size, reply: Promise.resolve({ kept: sha256 }) };
    return { name: input.name, bytes: size, reply: pool.convert(input.name, bytes, sha256) };
  }
  return { name: input.name, bytes: size, reply: pool.convert(input.name, bytes) };
}

/** A finished shard's manifest: written last, so its presence says the shard's output is whole. */
function writeManifest(run: ConvertRun, shard: Shard, summary: ConvertSummary): string {
  const path = shardManifestPath(run.out, shard);
  const manifest: ShardManifest = {
    shard: { index: shard.index, count: shard.count, from: shard.from },
    inputs: run.inputs,
    output: summary.outputPath,
    failures: summary.failuresPath,
    files: summary.files,
    converted: summary.converted,
    failed: summary.failed,
    skipped: summary.skipped,
    bytes: summary.bytes,
    finished: new Date().toISOString(),
  };
  try {
    writeAtomically(path, JSON.stringify(manifest, null, 2) + '\n');
  } catch (error) {
    throw outputError(error, path, summary.outputPath);
  }
  return path;
}

export { inShard };

export { DEFAULT_LIMITS };
