/**
 * Shard outputs → one output: the JSONL files N shards of `vanban convert` wrote, read line by
 * line (never a file whole) and written through the same outputs as a conversion — one FILE.jsonl
 * or one FILE.sqlite with its full-text index. Shards write JSONL rather than databases because
 * JSONL is appended to and copied anywhere (a shared volume, an object store), while SQLite wants
 * a local disk and one writer; the database is built once, on one machine, from all of them.
 */
import { createReadStream, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { openOutput } from './outputs.js';
import { missingShards, shardFileOf, type ShardFile, type ShardManifest } from './shard.js';

export interface MergeSummary {
  /** the JSONL files read, in order */
  files: string[];
  results: number;
  /** error records (inputs the shards could not convert), carried into the output and its failures report */
  failed: number;
  /** results without their text (converted without --text): the database's full-text index has only their titles */
  withoutText: number;
  /** names met twice (the same input in two outputs): the database keeps the last, a JSONL both */
  duplicates: number;
  /** shards missing or unfinished, as sentences */
  problems: string[];
  failuresPath: string;
}

/** Result files only: not failures reports (`*.failures.jsonl`, `failures*.jsonl`), not the output itself. */
function isResultFile(name: string): boolean {
  const base = name.split(/[/\\]/u).pop()!;
  return base.endsWith('.jsonl') && !base.endsWith('.failures.jsonl') && !base.startsWith('failures.');
}

/** The JSONL files under the arguments: a file is itself, a folder every result file under it, sorted. */
export function resultFiles(inputs: readonly string[], exclude: string | null = null): string[] {
  const files = inputs.flatMap((input) => {
    if (!statSync(input).isDirectory()) return [input];
    return readdirSync(input, { recursive: true, encoding: 'utf8' })
      .filter(isResultFile)
      .sort()
      .map((f) => join(input, f));
  });
  const skip = exclude === null ? null : resolve(exclude);
  return [...new Set(files)].filter((f) => resolve(f) !== skip);
}

/**
 * The shards among `files` that are missing, did not finish (no manifest beside their output) or split other inputs.
 */
export function shardProblems(files: readonly string[]): string[] {
  const shards = files.map(shardFileOf).filter((f): f is ShardFile => f !== null);
  return missingShards(shards, manifestOf);
}

/** A shard output's manifest, or null when it has none (or one that cannot be read). */
function manifestOf(file: ShardFile): ShardManifest | null {
  const path = file.path.replace(/\.jsonl$/u, '.manifest.json');
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as ShardManifest;
  } catch {
    return null;
  }
}

export async function mergeResults(inputs: readonly string[], out: string): Promise<MergeSummary> {
  const files = resultFiles(inputs, out);
  const output = await openOutput(out, false);
  const summary: MergeSummary = {
    files,
    results: 0,
    failed: 0,
    withoutText: 0,
    duplicates: 0,
    problems: shardProblems(files),
    failuresPath: output.failuresPath,
  };
  const seen = new Set<string>();
  try {
    for (const file of files) {
      for await (const line of createInterface({
        input: createReadStream(file, { encoding: 'utf8' }),
        crlfDelay: Infinity,
      })) {
        if (line.trim() === '') continue;
        const record = JSON.parse(line) as { source?: { name?: string | null }; error?: unknown; text?: unknown };
        const name = record.source?.name ?? `${file}:${summary.results + 1}`;
        const failed = record.error !== undefined;
        if (seen.has(name)) summary.duplicates++;
        seen.add(name);
        if (!failed && record.text === undefined) summary.withoutText++;
        await output.write(name, line, failed);
        summary.results++;
        if (failed) summary.failed++;
      }
    }
    await output.finish();
  } catch (error) {
    await output.abort();
    throw error;
  }
  return summary;
}
