/** Small file reads the conversion needs: what a path is, and a few bytes from either end of a file. */
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';

/** Whether `path` is a folder; false when it does not exist. */
export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The first `length` bytes of a file (fewer when it is shorter). */
export function readHead(path: string, length: number): Buffer {
  return readAt(path, length, () => 0);
}

/** The last `length` bytes of a file (fewer when it is shorter). */
export function readTail(path: string, length: number): Buffer {
  return readAt(path, length, (size) => Math.max(0, size - length));
}

function readAt(path: string, length: number, start: (size: number) => number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const from = start(size);
    const bytes = Buffer.alloc(Math.min(length, size - from));
    const read = readSync(fd, bytes, 0, bytes.length, from);
    return bytes.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}
