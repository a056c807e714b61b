/**
 * Shards: one archive split over N machines or jobs with nothing shared but a shard number.
 * `--shard K/N` names the shard (1 ≤ K ≤ N); `--shard auto` reads it from the scheduler that
 * started the process. An input belongs to a shard by a hash of its path relative to the INPUT
 * argument it was found under, so every machine decides alike whatever folder the archive is
 * mounted at. Each shard writes its own output, failures report and manifest, named from `--out`
 * (`results.jsonl` → `results.shard-03-of-16.jsonl`), so N copies of one command never collide.
 */
import { basename, dirname, join } from 'node:path';

export interface Shard {
  /** 1-based: shard `index` of `count` */
  index: number;
  count: number;
  /** where the numbers came from, said on stderr and kept in the manifest */
  from: string;
}

/** Environment variables, as `process.env` holds them. */
export type Env = Readonly<Record<string, string | undefined>>;

/**
 * The count a Kubernetes Indexed Job does not give its pods: the manifest sets it to the Job's
 * `spec.completions` (Kubernetes exposes the index, `JOB_COMPLETION_INDEX`, but not the count).
 * It also names the count for any other scheduler, with `VANBAN_SHARD_INDEX` (0-based).
 */
export const SHARD_COUNT_VAR = 'VANBAN_SHARD_COUNT';
export const SHARD_INDEX_VAR = 'VANBAN_SHARD_INDEX';

/** `--shard` is wrong, or the scheduler's variables do not name a shard: a usage error (exit 2). */
export class ShardError extends Error {}

/** The shard `--shard VALUE` names: `K/N`, or `auto` from the environment. */
export function shardOf(value: string, env: Env): Shard {
  if (value === 'auto') return shardFromEnv(env);
  const found = /^(\d+)\/(\d+)$/u.exec(value);
  const [k, n] = found ? [Number(found[1]), Number(found[2])] : [0, 0];
  if (!found || n < 1 || k < 1 || k > n)
    throw new ShardError(`--shard must be K/N with 1 ≤ K ≤ N (or auto), not "${value}"`);
  return { index: k, count: n, from: `--shard ${value}` };
}

/**
 * The shard of a scheduler's array task, 0-based indexes made 1-based. Looked for in this order:
 * VANBAN_SHARD_INDEX/COUNT (set by hand, wins over a scheduler's), a Kubernetes Indexed Job,
 * an AWS Batch array job, a Slurm job array.
 */
export function shardFromEnv(env: Env): Shard {
  if (env[SHARD_INDEX_VAR] !== undefined) {
    return zeroBased(
      env,
      SHARD_INDEX_VAR,
      countOf(env, SHARD_COUNT_VAR, `${SHARD_INDEX_VAR} is set`),
      'VANBAN_SHARD_INDEX/VANBAN_SHARD_COUNT',
    );
  }
  if (env.JOB_COMPLETION_INDEX !== undefined) {
    if (env[SHARD_COUNT_VAR] === undefined) {
      throw new ShardError(
        `--shard auto: a Kubernetes Indexed Job gives JOB_COMPLETION_INDEX but not its completions: set ${SHARD_COUNT_VAR} in the pod's env to the Job's spec.completions (as deploy/k8s-indexed-job.yaml does)`,
      );
    }
    return zeroBased(
      env,
      'JOB_COMPLETION_INDEX',
      countOf(env, SHARD_COUNT_VAR, 'JOB_COMPLETION_INDEX is set'),
      'Kubernetes Indexed Job',
    );
  }
  if (env.AWS_BATCH_JOB_ARRAY_INDEX !== undefined) {
    return zeroBased(
      env,
      'AWS_BATCH_JOB_ARRAY_INDEX',
      countOf(env, 'AWS_BATCH_JOB_ARRAY_SIZE', 'AWS_BATCH_JOB_ARRAY_INDEX is set'),
      'AWS Batch array job',
    );
  }
  if (env.SLURM_ARRAY_TASK_ID !== undefined) return slurmShard(env);
  throw new ShardError(
    '--shard auto: no shard in the environment — none of JOB_COMPLETION_INDEX (Kubernetes Indexed Job), AWS_BATCH_JOB_ARRAY_INDEX (AWS Batch array job), ' +
      `SLURM_ARRAY_TASK_ID (Slurm job array) or ${SHARD_INDEX_VAR} is set; give --shard K/N to name the shard yourself`,
  );
}

/**
 * A Slurm task's place in its array: `--array=0-15`, `1-16` and `0-30:2` all give 16 shards.
 * An array of listed indexes (`--array=1,4,9`) has no place to read from the environment.
 */
function slurmShard(env: Env): Shard {
  const id = wholeNumber(env, 'SLURM_ARRAY_TASK_ID');
  const min = env.SLURM_ARRAY_TASK_MIN === undefined ? null : wholeNumber(env, 'SLURM_ARRAY_TASK_MIN');
  const max = env.SLURM_ARRAY_TASK_MAX === undefined ? null : wholeNumber(env, 'SLURM_ARRAY_TASK_MAX');
  const step = env.SLURM_ARRAY_TASK_STEP === undefined ? 1 : wholeNumber(env, 'SLURM_ARRAY_TASK_STEP');
  if (min === null || max === null || step < 1)
    throw new ShardError(
      'a Slurm job array gives SLURM_ARRAY_TASK_ID but not SLURM_ARRAY_TASK_MIN and SLURM_ARRAY_TASK_MAX: give --shard K/N',
    );
  const span = (max - min) / step + 1;
  const count = env.SLURM_ARRAY_TASK_COUNT === undefined ? span : wholeNumber(env, 'SLURM_ARRAY_TASK_COUNT');
  if (!Number.isInteger(span) || span !== count || (id - min) % step !== 0) {
    throw new ShardError(
      `a Slurm job array of listed indexes (task ${id}; min ${min}, max ${max}, step ${step}, ${count} tasks) does not say which shard a task is: submit --array=0-${count - 1} (or a range with a step), or give --shard K/N`,
    );
  }
  const from = `Slurm job array (SLURM_ARRAY_TASK_ID=${id}, min ${min}, max ${max}, step ${step})`;
  return inRange((id - min) / step, count, from, `SLURM_ARRAY_TASK_ID=${id}`);
}

function zeroBased(env: Env, indexVar: string, count: { n: number; name: string }, scheduler: string): Shard {
  const index = wholeNumber(env, indexVar);
  return inRange(
    index,
    count.n,
    `${scheduler} (${indexVar}=${index}, ${count.name}=${count.n})`,
    `${indexVar}=${index}`,
  );
}

function inRange(zeroBasedIndex: number, count: number, from: string, said: string): Shard {
  if (count < 1) throw new ShardError(`${from}: the shard count must be at least 1`);
  if (zeroBasedIndex < 0 || zeroBasedIndex >= count)
    throw new ShardError(`${said} is outside the ${count} shards (0 to ${count - 1}) of ${from}`);
  return { index: zeroBasedIndex + 1, count, from };
}

function countOf(env: Env, name: string, why: string): { n: number; name: string } {
  if (env[name] === undefined) throw new ShardError(`--shard auto: ${why}, but ${name} (the shard count) is not`);
  return { n: wholeNumber(env, name), name };
}

function wholeNumber(env: Env, name: string): number {
  const value = env[name]!.trim();
  if (!/^\d+$/u.test(value)) throw new ShardError(`${name} must be a whole number, not "${env[name]}"`);
  return Number(value);
}

/** Shard membership by a hash (FNV-1a) of the input's key: the same on every machine, no coordination needed. */
export function inShard(key: string, shard: Pick<Shard, 'index' | 'count'>): boolean {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return hash % shard.count === shard.index - 1;
}

/** "shard-03-of-16": the index padded to the count's width, so the names sort in shard order. */
export function shardTag(shard: Pick<Shard, 'index' | 'count'>): string {
  const width = String(shard.count).length;
  return `shard-${String(shard.index).padStart(width, '0')}-of-${shard.count}`;
}

const EXTENSION = /(\.(?:jsonl|sqlite3?|db))$/iu;

/**
 * Where shard K writes when `--out` is `out`: `results.jsonl` → `results.shard-03-of-16.jsonl`,
 * `archive.sqlite` → `archive.shard-03-of-16.sqlite`. A folder stays the folder (each input has
 * its own file there); its failures report and manifest carry the tag instead.
 */
export function shardOutputPath(out: string, shard: Shard): string {
  return EXTENSION.test(out) ? out.replace(EXTENSION, `.${shardTag(shard)}$1`) : out;
}

/**
 * The shard's manifest, beside its output: `results.shard-03-of-16.manifest.json`, or
 * `DIR/manifest.shard-03-of-16.json`.
 */
export function shardManifestPath(out: string, shard: Shard): string {
  if (EXTENSION.test(out)) return shardOutputPath(out, shard).replace(EXTENSION, '.manifest.json');
  return join(out, `manifest.${shardTag(shard)}.json`);
}

/** What a finished shard says of itself: merge and graph check that every shard of a set finished. */
export interface ShardManifest {
  shard: { index: number; count: number; from: string };
  /** the INPUT arguments: every shard of a set must have been given the same */
  inputs: readonly string[];
  output: string;
  failures: string;
  files: number;
  converted: number;
  failed: number;
  skipped: number;
  bytes: number;
  finished: string;
}

/** A shard's JSONL output, by its name: `STEM.shard-K-of-N.jsonl`. */
const SHARD_JSONL = /^(?<stem>.*)\.shard-(?<index>\d+)-of-(?<count>\d+)\.jsonl$/u;

export interface ShardFile {
  path: string;
  stem: string;
  index: number;
  count: number;
}

export function shardFileOf(path: string): ShardFile | null {
  const found = SHARD_JSONL.exec(basename(path));
  if (!found) return null;
  const { stem, index, count } = found.groups!;
  return { path, stem: join(dirname(path), stem!), index: Number(index), count: Number(count) };
}

/**
 * What is wrong with a set of shard outputs: for each `STEM … of N` among `files`, the indexes
 * 1…N with no output, or with an output but no manifest (the shard did not finish), and shards
 * given different inputs. Said as sentences.
 */
export function missingShards(
  files: readonly ShardFile[],
  manifestOf: (file: ShardFile) => ShardManifest | null,
): string[] {
  const sets = new Map<string, ShardFile[]>();
  for (const file of files) {
    const key = `${file.stem}\0${file.count}`;
    const set = sets.get(key);
    if (set) set.push(file);
    else sets.set(key, [file]);
  }
  const problems: string[] = [];
  const counts = new Map<string, Set<number>>();
  for (const [key, set] of sets) {
    const [stem, count] = key.split('\0') as [string, string];
    counts.set(stem, (counts.get(stem) ?? new Set()).add(Number(count)));
    const n = Number(count);
    const present = new Set(set.map((f) => f.index));
    const absent = Array.from({ length: n }, (_, i) => i + 1).filter((k) => !present.has(k));
    const manifests = set.map(manifestOf);
    const unfinished = set.filter((_, i) => manifests[i] === null).map((f) => f.index);
    if (absent.length > 0) problems.push(`${stem}: shard(s) ${absent.join(', ')} of ${n} have no output`);
    if (unfinished.length > 0)
      problems.push(`${stem}: shard(s) ${unfinished.join(', ')} of ${n} have no manifest (not finished)`);
    // shards given other INPUT arguments split another archive: their union is not one run
    const inputs = new Set(manifests.flatMap((m) => (m ? [JSON.stringify(m.inputs)] : [])));
    if (inputs.size > 1)
      problems.push(`${stem}: the shards of ${n} were given different INPUT arguments (${[...inputs].join(' / ')})`);
  }
  for (const [stem, set] of counts)
    if (set.size > 1)
      problems.push(`${stem}: shards of different counts (${[...set].join(', ')}) are mixed: keep one run's shards`);
  return problems;
}
