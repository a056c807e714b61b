/**
 * Where results go, never half-written. A JSONL file is written as `FILE.partial` and renamed
 * over FILE when the run ends; an interrupted run leaves the `.partial`, which `--resume` picks
 * up. A folder gets one JSON file per input, each written beside itself and renamed into place.
 * Failures also go to a report (`FILE.failures.jsonl`, or `DIR/failures.jsonl`). A FILE.sqlite
 * is one database (sqlite-output.ts), written and resumed the same way; outputs.ts picks which.
 */
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  openSync,
  readSync,
  closeSync,
  renameSync,
  rmSync,
  writeFileSync,
  type WriteStream,
} from 'node:fs';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { isDirectory, readHead, readTail } from './files.js';

/**
 * One result's JSON: its text (merge reads lines), or its UTF-8 bytes as a conversion worker sends
 * them, written as they are without being decoded and encoded again.
 */
export type ResultJson = string | Uint8Array;

const NEWLINE = Buffer.from('\n');
const decoder = new TextDecoder();

/** The JSON as text: the SQLite output parses it, and a folder's failure report collects it. */
export function jsonText(json: ResultJson): string {
  return typeof json === 'string' ? json : decoder.decode(json);
}

/** The JSON and its line break, as one string or one buffer. */
function jsonLine(json: ResultJson): string | Buffer {
  return typeof json === 'string' ? json + '\n' : Buffer.concat([json, NEWLINE]);
}

export interface Output {
  /** whether `name` with these bytes (sha256) already has a result from an earlier run (--resume) */
  has(name: string, sha256: string): boolean;
  write(name: string, json: ResultJson, failed: boolean): Promise<void>;
  /** `has` said yes: the earlier result stands, in this input's place */
  keep(name: string, sha256: string): Promise<void>;
  /** the run is complete: put the files in place */
  finish(): Promise<void>;
  /** the run was cut short: keep what is written for --resume, put nothing half-done in place */
  abort(): Promise<void>;
  readonly failuresPath: string;
  /** the results must carry their text (the SQLite output indexes it for full-text search) */
  readonly wantsText?: boolean;
}

/**
 * The output cannot be written (disk full, a file where a folder should be, no permission): the
 * run stops, since every later result would be lost too. `kept` says where the results so far are.
 */
export class OutputError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly kept: string | null = null,
  ) {
    super(message);
  }
}

/** `--out` names a database: FILE.sqlite, FILE.sqlite3 or FILE.db */
export const SQLITE_FILE = /\.(?:sqlite3?|db)$/iu;

/**
 * A JSONL file or a folder of JSON files (outputs.ts adds the database). `failuresName`: the
 * report's name in a folder (a shard's carries its tag, so shards sharing the folder keep theirs).
 */
export async function openFileOutput(out: string, resume: boolean, failuresName = 'failures.jsonl'): Promise<Output> {
  try {
    return out.endsWith('.jsonl') ? await JsonlOutput.open(out, resume) : new FolderOutput(out, resume, failuresName);
  } catch (error) {
    throw outputError(error, out, null);
  }
}

/** Node's error for a write to `path`, said as what happened to the output. */
export function outputError(error: unknown, path: string, kept: string | null): OutputError {
  if (error instanceof OutputError) return error;
  const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
  return new OutputError(`output/${code}`, `cannot write ${path}: ${(error as Error).message}`, kept);
}

/** A write that fails (disk full, permission) ends the run with its reason. */
async function writeLine(stream: WriteStream, line: string | Uint8Array): Promise<void> {
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

/** A result and its line break, a string as one chunk; bytes in two, not copied into one. */
async function writeJson(stream: WriteStream, json: ResultJson): Promise<void> {
  if (typeof json === 'string') return writeLine(stream, json + '\n');
  await writeLine(stream, json);
  await writeLine(stream, NEWLINE);
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

/** Where an earlier run's result lies in its file: it is copied from there when its input's turn comes. */
interface EarlierLine {
  offset: number;
  length: number;
  kept: boolean;
}

class JsonlOutput implements Output {
  private readonly earlier = new Map<string, EarlierLine>();
  private earlierFd: number | null = null;
  private constructor(
    private readonly path: string,
    private readonly lines: WriteStream,
    private readonly failures: WriteStream,
    readonly failuresPath: string,
  ) {}

  static async open(path: string, resume: boolean): Promise<JsonlOutput> {
    if (isDirectory(path))
      throw new OutputError(
        'output/EISDIR',
        `${path} is a folder: give a new FILE.jsonl, or the folder without .jsonl to write one JSON file per input`,
      );
    mkdirSync(dirname(path), { recursive: true });
    const partial = `${path}.partial`;
    const failuresPath = path.replace(/\.jsonl$/u, '.failures.jsonl');
    const previous = resume ? [partial, path].find((p) => existsSync(p)) : undefined;
    const fresh = `${partial}.${process.pid}`;
    const lines = createWriteStream(fresh);
    const failures = createWriteStream(`${failuresPath}.partial`);
    const output = new JsonlOutput(path, lines, failures, failuresPath);
    if (previous) await output.index(previous);
    return output;
  }

  /**
   * The earlier run's results, by input and content hash. They are not copied now but each in
   * its input's place, so the output stays in input order even when an earlier run's failures
   * (tried again) lie between them.
   */
  private async index(previous: string): Promise<void> {
    // each result is written as one line with its line break: a last line without one is the
    // result a full disk or a crash cut short, and is converted again
    const whole = endsWithLineBreak(previous);
    let offset = 0;
    let pending: { line: string; offset: number; length: number } | null = null;
    for await (const line of createInterface({ input: createReadStream(previous), crlfDelay: Infinity })) {
      if (pending !== null) this.remember(pending);
      pending = { line, offset, length: Buffer.byteLength(line) + 1 };
      offset += pending.length;
    }
    if (pending !== null && whole) this.remember(pending);
    this.earlierFd = openSync(previous, 'r');
  }

  /** A line of the earlier file, with its line break: `length` bytes from `offset`. */
  private remember({ line, offset, length }: { line: string; offset: number; length: number }): void {
    const source = sourceOf(line);
    // error records are tried again
    if (!source || line.includes('"error":{')) return;
    this.earlier.set(KEY(source.name, source.sha256), { offset, length, kept: false });
  }

  async keep(name: string, sha256: string): Promise<void> {
    const at = this.earlier.get(KEY(name, sha256))!;
    at.kept = true;
    try {
      await writeLine(this.lines, this.earlierLine(at));
    } catch (error) {
      throw outputError(error, this.path, `${this.path}.partial`);
    }
  }

  private earlierLine({ offset, length }: EarlierLine): Buffer {
    const line = Buffer.allocUnsafe(length);
    readSync(this.earlierFd!, line, 0, length, offset);
    return line;
  }

  has(name: string, sha256: string): boolean {
    return this.earlier.has(KEY(name, sha256));
  }

  async write(_: string, json: ResultJson, failed: boolean): Promise<void> {
    try {
      await writeJson(this.lines, json);
      if (failed) await writeJson(this.failures, json);
    } catch (error) {
      throw outputError(error, this.path, `${this.path}.partial`);
    }
  }

  private closeEarlier(): void {
    if (this.earlierFd !== null) closeSync(this.earlierFd);
    this.earlierFd = null;
  }

  async finish(): Promise<void> {
    try {
      await closeStream(this.lines);
      await closeStream(this.failures);
      renameSync(this.lines.path as string, this.path);
      renameSync(this.failures.path as string, this.failuresPath);
      this.closeEarlier();
      rmSync(`${this.path}.partial`, { force: true });
    } catch (error) {
      throw outputError(error, this.path, `${this.path}.partial`);
    }
  }

  async abort(): Promise<void> {
    // the earlier results not reached yet go along, for the next --resume to find
    try {
      for (const at of this.earlier.values()) if (!at.kept) await writeLine(this.lines, this.earlierLine(at));
    } catch {
      // the output cannot take them (a full disk): those inputs are converted again next time
    }
    this.closeEarlier();
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
    failuresName: string,
  ) {
    if (existsSync(dir) && !isDirectory(dir))
      throw new OutputError(
        'output/ENOTDIR',
        `${dir} is a file: give a folder, or a FILE.jsonl for one line per input`,
      );
    mkdirSync(dir, { recursive: true });
    this.failuresPath = join(dir, failuresName);
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
    const head = readHead(path, 4096).toString('utf8');
    return !head.includes('"error":{') && sourceOf(head)?.sha256 === sha256;
  }

  async write(name: string, json: ResultJson, failed: boolean): Promise<void> {
    const path = this.pathOf(name);
    try {
      mkdirSync(dirname(path), { recursive: true });
      writeAtomically(path, jsonLine(json));
    } catch (error) {
      throw outputError(error, path, this.dir);
    }
    if (failed) this.failures.push(jsonText(json));
  }

  async keep(): Promise<void> {
    // the earlier result is already in its own file
  }

  async finish(): Promise<void> {
    try {
      writeAtomically(this.failuresPath, this.failures.map((f) => f + '\n').join(''));
    } catch (error) {
      throw outputError(error, this.failuresPath, this.dir);
    }
  }

  async abort(): Promise<void> {
    // the reason the run stopped is what the user must see, not a second failure writing the report
    await this.finish().catch(() => undefined);
  }
}

/** Whether the file is empty or ends with a line break. */
function endsWithLineBreak(path: string): boolean {
  const last = readTail(path, 1);
  return last.length === 0 || last[0] === 0x0a;
}

/** A reader never sees half a file: write beside it, then rename over it. */
export function writeAtomically(path: string, text: string | Uint8Array): void {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, text);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
