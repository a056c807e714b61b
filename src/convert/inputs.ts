/**
 * The inputs of a conversion, in a fixed order: files as given, folders walked in sorted order,
 * glob patterns expanded, and `.zip` archives read entry by entry as a stream (never extracted to
 * disk, never held whole). Each input is read only when the converter asks for it, so memory
 * holds a few documents at a time however large the archive.
 */
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { UnzipFile } from 'fflate';
import { isDirectory, readHead, readTail } from './files.js';
import { DEFAULT_MAX_INPUT_BYTES } from '../limits.js';
import { dependency } from '../deps/index.js';

export interface InputLimits {
  /** larger inputs get an error record without being read (default 20 MB, the limit of parse()) */
  maxBytes: number;
  /** entries of one zip archive beyond this are listed as failures (default 100,000) */
  maxZipEntries: number;
  /** total uncompressed bytes of one zip archive (default 4 GB): a zip bomb stops there */
  maxZipBytes: number;
}

export const DEFAULT_LIMITS: InputLimits = {
  maxBytes: DEFAULT_MAX_INPUT_BYTES,
  maxZipEntries: 100_000,
  maxZipBytes: 4e9,
};

/** One input: its display name (a path, or "archive.zip!/dir/file.txt") and a way to read it. */
export interface Input {
  name: string;
  /**
   * The name relative to the INPUT argument it was found under ("dev/a.txt" for "/mnt/corpus"
   * walked; a file given by itself is its base name): what shards are decided by, so that
   * machines with the archive mounted at different paths split it alike.
   */
  key: string;
  /** the bytes, or the reason they cannot be had (unreadable, too large, a zip bomb) */
  read(): Promise<Uint8Array>;
}

export class InputError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The files a folder is read for: every format src/read knows. */
export const DOCUMENT_FILE = /\.(?:txt|md|markdown|docx|pdf|html?|xml)$/iu;
const GLOB = /[*?[]/u;

/** Every input under the arguments, in order. A path that does not exist is an input that fails to read. */
export async function* expandInputs(
  args: readonly string[],
  limits: InputLimits = DEFAULT_LIMITS,
): AsyncGenerator<Input> {
  for (const arg of args) {
    if (GLOB.test(arg)) {
      for (const [path, key] of globFiles(arg)) yield* fileInputs(path, key, limits);
      continue;
    }
    // a path that does not exist is reported when read: the run goes on
    if (isDirectory(arg)) for (const [path, key] of walk(arg)) yield* fileInputs(path, key, limits);
    else yield* fileInputs(arg, basename(arg), limits);
  }
}

async function* fileInputs(path: string, key: string, limits: InputLimits): AsyncGenerator<Input> {
  if (/\.zip$/iu.test(path)) yield* zipInputs(path, key, limits);
  else yield { name: path, key, read: () => readLimited(path, limits.maxBytes) };
}

async function readLimited(path: string, maxBytes: number): Promise<Uint8Array> {
  let regular: boolean;
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new InputError('input/directory', `${path} is a directory`);
    regular = stat.isFile();
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw ioError(error, path);
  }
  if (size > maxBytes)
    throw new InputError('input/too-large', `${path} is ${size} bytes, over the limit of ${maxBytes} (--max-bytes)`);
  try {
    return regular ? await readFile(path) : await readStreamLimited(path, maxBytes);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw ioError(error, path);
  }
}

/**
 * A pipe or a device (`<(zcat a.gz)`, /dev/stdin) has no size to check beforehand: read it up
 * to the limit, so that an endless one (/dev/zero) ends as too large instead of filling memory.
 */
async function readStreamLimited(path: string, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  try {
    for await (const chunk of stream) {
      size += (chunk as Uint8Array).length;
      if (size > maxBytes)
        throw new InputError('input/too-large', `${path} gives more than ${maxBytes} bytes (--max-bytes)`);
      chunks.push(chunk as Uint8Array);
    }
  } finally {
    stream.destroy();
  }
  return concat(chunks, size);
}

function ioError(error: unknown, path: string): InputError {
  const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
  return new InputError(`io/${code}`, `${path}: ${(error as Error).message}`);
}

/**
 * Documents under a folder, sorted so that two runs (and two shards) see the same order: [path, path under the folder].
 */
function walk(dir: string): Array<[string, string]> {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => DOCUMENT_FILE.test(f) || /\.zip$/iu.test(f))
    .sort()
    .map((f): [string, string] => [join(dir, f), f.split('\\').join('/')])
    .filter(([p]) => statSync(p).isFile());
}

/** "corpus/**\/*.txt", "scans/*.pdf": the static folder before the first wildcard, walked and matched. */
function globFiles(pattern: string): Array<[string, string]> {
  const parts = pattern.split('/');
  const firstWild = parts.findIndex((p) => GLOB.test(p));
  const base = parts.slice(0, firstWild).join('/') || '.';
  const matcher = globRegExp(parts.slice(firstWild).join('/'));
  let names: string[];
  try {
    names = readdirSync(base, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names
    .filter((f) => matcher.test(f.split('\\').join('/')))
    .sort()
    .map((f): [string, string] => [join(base, f), f.split('\\').join('/')])
    .filter(([p]) => statSync(p).isFile());
}

function globRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      source += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '[') {
      const close = glob.indexOf(']', i);
      source += close > i ? glob.slice(i, close + 1) : '\\[';
      i = Math.max(close, i);
    } else source += c.replace(/[.+^${}()|\\]/gu, '\\$&');
  }
  return new RegExp(`^${source}$`, 'u');
}

/**
 * A zip archive as inputs, streamed: the archive is read in chunks and each entry is inflated
 * when its turn comes. An entry over the size limit, or past the entry or total limits of a zip
 * bomb, becomes an input that fails with the reason.
 */
async function* zipInputs(path: string, key: string, limits: InputLimits): AsyncGenerator<Input> {
  const ready: Input[] = [];
  let failed: InputError | null = null;
  let entries = 0;
  let total = 0;
  // loaded for the first zip, not at every start: building its tables costs a run of .txt files ~30 ms
  const { Unzip, UnzipInflate } = dependency('fflate');
  const unzip = new Unzip((file: UnzipFile) => {
    const name = `${path}!/${file.name}`;
    const entryKey = `${key}!/${file.name}`;
    if (file.name.endsWith('/') || !DOCUMENT_FILE.test(file.name)) return;
    entries++;
    if (entries > limits.maxZipEntries) {
      ready.push(
        failing(
          name,
          entryKey,
          new InputError(
            'input/zip-entries',
            `${path} has more than ${limits.maxZipEntries} entries (--max-zip-entries)`,
          ),
        ),
      );
      return;
    }
    // an entry is handed out only once it is whole, so the reader never waits on the stream it pulls
    const chunks: Uint8Array[] = [];
    let size = 0;
    let done = false;
    file.ondata = (err, chunk, final) => {
      if (done) return;
      if (err) {
        done = true;
        ready.push(failing(name, entryKey, new InputError('input/zip-corrupt', `${name}: ${err.message}`)));
        return;
      }
      size += chunk.length;
      total += chunk.length;
      if (size > limits.maxBytes || total > limits.maxZipBytes) {
        done = true;
        file.terminate();
        const [code, limit] =
          size > limits.maxBytes
            ? ['input/too-large', `${limits.maxBytes} bytes (--max-bytes)`]
            : ['input/zip-bomb', `${limits.maxZipBytes} bytes for the archive (--max-zip-bytes)`];
        ready.push(failing(name, entryKey, new InputError(code, `${name}: inflates past ${limit}`)));
        return;
      }
      chunks.push(chunk);
      if (final) {
        done = true;
        const bytes = concat(chunks, size);
        ready.push({ name, key: entryKey, read: () => Promise.resolve(bytes) });
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  try {
    for await (const chunk of stream) {
      unzip.push(chunk as Uint8Array);
      while (ready.length > 0) yield ready.shift()!;
    }
    unzip.push(new Uint8Array(0), true);
  } catch (error) {
    failed =
      error instanceof InputError ? error : new InputError('input/zip-corrupt', `${path}: ${(error as Error).message}`);
  }
  while (ready.length > 0) yield ready.shift()!;
  if (failed) yield failing(path, key, failed);
  else if (entries === 0 && !(await looksLikeZip(path)))
    yield failing(path, key, new InputError('input/zip-corrupt', `${path} is not a zip archive`));
}

async function looksLikeZip(path: string): Promise<boolean> {
  try {
    const head = readHead(path, 2);
    return head[0] === 0x50 && head[1] === 0x4b;
  } catch {
    return false;
  }
}

function failing(name: string, key: string, error: InputError): Input {
  return { name, key, read: () => Promise.reject(error) };
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** How many inputs and bytes lie ahead, for the progress line: zip entries are counted from the archive's directory. */
export function countInputs(args: readonly string[]): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const count = (path: string) => {
    try {
      const size = statSync(path).size;
      bytes += size;
      files += /\.zip$/iu.test(path) ? zipEntryCount(path) : 1;
    } catch {
      files += 1;
    }
  };
  for (const arg of args) {
    if (GLOB.test(arg)) globFiles(arg).forEach(([path]) => count(path));
    else if (isDirectory(arg)) walk(arg).forEach(([path]) => count(path));
    else count(arg);
  }
  return { files, bytes };
}

/** The entry count of a zip's end-of-central-directory record (the last 22 bytes, or before a comment). */
function zipEntryCount(path: string): number {
  const tail = readTail(path, 65_557);
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === 0x06054b50) return tail.readUInt16LE(i + 10);
  }
  return 1;
}
