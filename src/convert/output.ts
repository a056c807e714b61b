/**
 * Where results go, never half-written. A JSONL file is written as `FILE.partial` and renamed
 * over FILE when the run ends; an interrupted run leaves the `.partial`, which `--resume` picks
 * up. A folder gets one JSON file per input, each written beside itself and renamed into place.
 * Failures also go to a report (`FILE.failures.jsonl`, or `DIR/failures.jsonl`).
 */
import { createReadStream, createWriteStream, existsSync, mkdirSync, openSync, readSync, closeSync, renameSync, rmSync, writeFileSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';

export interface Output {
  /** whether `name` with these bytes (sha256) already has a result from an earlier run (--resume) */
  has(name: string, sha256: string): boolean;
  write(name: string, json: string, failed: boolean): Promise<void>;
  /** the run is complete: put the files in place */
  finish(): Promise<void>;
  /** the run was cut short: keep what is written for --resume, put nothing half-done in place */
  abort(): Promise<void>;
  readonly failuresPath: string;
}

export async function openOutput(out: string, resume: boolean): Promise<Output> {
  return out.endsWith('.jsonl') ? JsonlOutput.open(out, resume) : new FolderOutput(out, resume);
}

/** A write that fails (disk full, permission) ends the run with its reason. */
async function writeLine(stream: WriteStream, line: string): Promise<void> {
  if (stream.errored) throw stream.errored;
  if (stream.write(line)) return;
  // wait for room, or for the error that means there will be none; leave no listener behind
  await new Promise<void>((resolve, reject) => {
    const onDrain = () => {
      stream.off('error', onError);
      resolve();
    };
    const onError = (error: Error) => {
      stream.off('drain', onDrain);
      reject(error);
    };
    stream.once('drain', onDrain);
    stream.once('error', onError);
  });
}

async function closeStream(stream: WriteStream): Promise<void> {
  if (stream.errored) throw stream.errored;
  stream.end();
  await once(stream, 'finish');
}

const KEY = (name: string, sha256: string) => `${sha256} ${name}`;
const HEAD = /"name":("(?:[^"\\]|\\.)*").*?"sha256":"([0-9a-f]{64})"/u;

/** name and sha256 of a result line (both in its `source`, written first). */
function sourceOf(line: string): { name: string; sha256: string } | null {
  const found = HEAD.exec(line.slice(0, 4096));
  return found ? { name: JSON.parse(found[1]!) as string, sha256: found[2]! } : null;
}

class JsonlOutput implements Output {
  private readonly done = new Set<string>();
  private constructor(
    private readonly path: string,
    private readonly lines: WriteStream,
    private readonly failures: WriteStream,
    readonly failuresPath: string,
  ) {}

  static async open(path: string, resume: boolean): Promise<JsonlOutput> {
    mkdirSync(dirname(path), { recursive: true });
    const partial = `${path}.partial`;
    const failuresPath = path.replace(/\.jsonl$/u, '.failures.jsonl');
    const previous = resume ? [partial, path].find((p) => existsSync(p)) : undefined;
    const fresh = `${partial}.${process.pid}`;
    const lines = createWriteStream(fresh);
    const failures = createWriteStream(`${failuresPath}.partial`);
    const output = new JsonlOutput(path, lines, failures, failuresPath);
    if (previous) await output.carryOver(previous);
    return output;
  }

  /** Results of the earlier run come first, as they were: the run went in input order and goes on from there. */
  private async carryOver(previous: string): Promise<void> {
    for await (const line of createInterface({ input: createReadStream(previous), crlfDelay: Infinity })) {
      const source = sourceOf(line);
      // error records are tried again
      if (!source || line.includes('"error":{')) continue;
      this.done.add(KEY(source.name, source.sha256));
      await writeLine(this.lines, line + '\n');
    }
  }

  has(name: string, sha256: string): boolean {
    return this.done.has(KEY(name, sha256));
  }

  async write(_: string, json: string, failed: boolean): Promise<void> {
    await writeLine(this.lines, json + '\n');
    if (failed) await writeLine(this.failures, json + '\n');
  }

  async finish(): Promise<void> {
    await closeStream(this.lines);
    await closeStream(this.failures);
    renameSync(this.lines.path as string, this.path);
    renameSync(this.failures.path as string, this.failuresPath);
    rmSync(`${this.path}.partial`, { force: true });
  }

  async abort(): Promise<void> {
    await Promise.allSettled([closeStream(this.lines), closeStream(this.failures)]);
    // what was written stays, for --resume, under the name it looks for
    if (existsSync(this.lines.path as string)) renameSync(this.lines.path as string, `${this.path}.partial`);
    rmSync(this.failures.path as string, { force: true });
  }
}

class FolderOutput implements Output {
  readonly failuresPath: string;
  private readonly failures: string[] = [];

  constructor(
    private readonly dir: string,
    private readonly resume: boolean,
  ) {
    mkdirSync(dir, { recursive: true });
    this.failuresPath = join(dir, 'failures.jsonl');
  }

  /** "corpus/dev/a.txt" → DIR/corpus/dev/a.txt.json; "x.zip!/d/b.docx" → DIR/x.zip/d/b.docx.json; never outside DIR. */
  private pathOf(name: string): string {
    const safe = name
      .replace(/!\//gu, '/')
      .split(/[/\\]+/u)
      .filter((part) => part !== '' && part !== '.' && part !== '..')
      .join('/');
    return join(this.dir, `${safe}.json`);
  }

  has(name: string, sha256: string): boolean {
    if (!this.resume) return false;
    const path = this.pathOf(name);
    if (!existsSync(path)) return false;
    const head = readHead(path);
    return !head.includes('"error":{') && sourceOf(head)?.sha256 === sha256;
  }

  async write(name: string, json: string, failed: boolean): Promise<void> {
    const path = this.pathOf(name);
    mkdirSync(dirname(path), { recursive: true });
    writeAtomically(path, json + '\n');
    if (failed) this.failures.push(json);
  }

  async finish(): Promise<void> {
    writeAtomically(this.failuresPath, this.failures.map((f) => f + '\n').join(''));
  }

  async abort(): Promise<void> {
    await this.finish();
  }
}

function readHead(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(4096);
    const n = readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.toString('utf8', 0, n);
  } finally {
    closeSync(fd);
  }
}

/** A reader never sees half a file: write beside it, then rename over it. */
export function writeAtomically(path: string, text: string): void {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, text);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
