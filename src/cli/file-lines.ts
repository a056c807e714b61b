/**
 * The lines of a file of any size, read in blocks of bytes and split at "\n" before decoding
 * (in UTF-8 that byte is never inside a character): about five times cheaper than readline on
 * JSONL whose lines are tens of kilobytes. A "\r" before the "\n" is dropped, as readline does.
 */
import { createReadStream } from 'node:fs';

const NEWLINE = 0x0a;
const RETURN = 0x0d;

/** `block`: bytes read at a time. */
export async function* fileLines(file: string, block = 1 << 20): AsyncGenerator<string> {
  /** The start of a line that runs on past the blocks read so far. */
  let head: Buffer[] = [];
  for await (const bytes of createReadStream(file, { highWaterMark: block }) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let end = bytes.indexOf(NEWLINE); end !== -1; start = end + 1, end = bytes.indexOf(NEWLINE, start)) {
      if (head.length === 0) {
        yield decode(bytes, start, end);
        continue;
      }
      const line = Buffer.concat([...head, bytes.subarray(start, end)]);
      head = [];
      yield decode(line, 0, line.length);
    }
    if (start < bytes.length) head.push(bytes.subarray(start));
  }
  if (head.length > 0) {
    const line = Buffer.concat(head);
    yield decode(line, 0, line.length);
  }
}

function decode(bytes: Buffer, start: number, end: number): string {
  return bytes.toString('utf8', start, end > start && bytes[end - 1] === RETURN ? end - 1 : end);
}
