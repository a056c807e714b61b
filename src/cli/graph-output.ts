/**
 * Writing a graph export that may be gigabytes: pieces are gathered into blocks and written as
 * the stream takes them, to `FILE.<pid>.tmp` renamed over FILE at the end (never half a file in
 * place), or to stdout.
 */
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Pieces are joined into blocks of about this many characters before a write. */
const BLOCK = 1 << 20;

export async function writeChunks(path: string | null, chunks: Iterable<string>): Promise<void> {
  if (path === null) return writeAll(process.stdout, chunks);
  const temp = `${path}.${process.pid}.tmp`;
  const file = createWriteStream(temp);
  try {
    await writeAll(file, chunks);
    file.end();
    await once(file, 'close');
    renameSync(temp, path);
  } catch (error) {
    file.destroy();
    rmSync(temp, { force: true });
    throw error;
  }
}

async function writeAll(stream: Writable, chunks: Iterable<string>): Promise<void> {
  let block = '';
  for (const chunk of chunks) {
    block += chunk;
    if (block.length >= BLOCK) {
      await put(stream, block);
      block = '';
    }
  }
  if (block !== '') await put(stream, block);
}

/** One write, waiting for room when the stream's buffer is full; a failed write throws. */
async function put(stream: Writable, text: string): Promise<void> {
  if (stream.errored) throw stream.errored;
  if (stream.write(text)) return;
  // listeners removed once either fires: a stream waited on a thousand times does not collect them
  await new Promise<void>((resolve, reject) => {
    const done = (error?: Error) => {
      stream.off('drain', done);
      stream.off('error', done);
      if (error) reject(error);
      else resolve();
    };
    stream.on('drain', done);
    stream.on('error', done);
  });
}
