/**
 * `vanban convert INPUT... --out DIR|FILE.jsonl|FILE.sqlite`: an archive to JSON, or to one database. Exit status 0
 * when every input converted, 1 when some failed (each listed with its reason), 130 when interrupted.
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { convert, DEFAULT_LIMITS } from '../convert/run.js';
import { duration } from '../convert/progress.js';
import { OutputError } from '../convert/output.js';
import { shardOf } from '../convert/shard.js';

export async function runConvert(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      workers: { type: 'string' },
      resume: { type: 'boolean', default: false },
      shard: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      text: { type: 'boolean', default: false },
      'max-bytes': { type: 'string' },
      'max-zip-entries': { type: 'string' },
      'max-zip-bytes': { type: 'string' },
    },
  });
  if (!values.out) throw new Error('convert: --out DIR, --out FILE.jsonl or --out FILE.sqlite is required');
  if (positionals.length === 0) throw new Error('convert: give at least one file, folder, glob or .zip');
  // a shard the scheduler misnames is a usage error before any work (exit 2)
  const shard = values.shard === undefined ? null : shardOf(values.shard, process.env);
  if (shard && !values.quiet)
    process.stderr.write(`vanban: shard ${shard.index} of ${shard.count}, from ${shard.from}\n`);
  const controller = new AbortController();
  const interrupt = () => {
    if (controller.signal.aborted) process.exit(130);
    controller.abort();
    process.stderr.write('\nvanban: interrupted — finishing the documents in progress (Ctrl-C again to quit now)\n');
  };
  process.on('SIGINT', interrupt);
  try {
    const summary = await convert({
      inputs: positionals,
      out: values.out,
      workers: positiveInt(values.workers, availableParallelism(), '--workers'),
      resume: values.resume,
      shard,
      quiet: values.quiet,
      withText: values.text,
      limits: {
        maxBytes: positiveInt(values['max-bytes'], DEFAULT_LIMITS.maxBytes, '--max-bytes'),
        maxZipEntries: positiveInt(values['max-zip-entries'], DEFAULT_LIMITS.maxZipEntries, '--max-zip-entries'),
        maxZipBytes: positiveInt(values['max-zip-bytes'], DEFAULT_LIMITS.maxZipBytes, '--max-zip-bytes'),
      },
      signal: controller.signal,
      progress: process.stderr,
    });
    if (!values.quiet || summary.failed > 0 || summary.interrupted) {
      const mb = summary.bytes / 1e6;
      process.stderr.write(
        (summary.interrupted
          ? `vanban: stopped after ${summary.files}${summary.queued === null ? '' : ` of ${summary.queued}`} input(s): ${summary.converted} converted`
          : `vanban: ${summary.converted} of ${summary.files} input(s) converted`) +
          (summary.skipped ? `, ${summary.skipped} unchanged since the last run` : '') +
          (summary.failed
            ? `, ${summary.failed} failed (${Object.entries(summary.reasons)
                .map(([c, n]) => `${c} ×${n}`)
                .join(', ')}) — listed in ${summary.failuresPath}`
            : '') +
          ` · ${mb.toFixed(1)} MB in ${duration(summary.seconds)} (${(mb / Math.max(summary.seconds, 0.001)).toFixed(1)} MB/s)\n`,
      );
    }
    if (summary.manifestPath && !values.quiet)
      process.stderr.write(`vanban: shard written to ${summary.outputPath}, manifest ${summary.manifestPath}\n`);
    if (summary.interrupted) {
      process.stderr.write(`vanban: stopped early; run the same command with --resume to go on\n`);
      return 130;
    }
    return summary.failed > 0 ? 1 : 0;
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    process.stderr.write(
      `\nvanban: the output cannot be written — ${error.message}\n` +
        (error.kept
          ? `vanban: the results written before it are kept in ${error.kept}; make room (or fix the output), then run the same command with --resume to go on\n`
          : ''),
    );
    return 2;
  } finally {
    process.off('SIGINT', interrupt);
  }
}

function positiveInt(value: string | undefined, fallback: number, flag: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} must be a positive whole number, not "${value}"`);
  return n;
}
