/**
 * An archive graph's evidence on disk while `vanban graph` builds and writes it: each batch is
 * appended to a temporary file as JSON, its place kept in two typed arrays, and read back when the
 * export reaches its edge. The file is unlinked as soon as it is opened, so nothing is left
 * behind whatever ends the process. An edge's first batch was stored when the edge was made, so an
 * export, which goes through the edges in that order, reads first batches forward through the
 * file in large blocks; later batches (the relation said again by later documents) one by one.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EvidenceStore } from '../graph/evidence.js';
import type { Evidence } from '../graph/attributes.js';

export class EvidenceFile implements EvidenceStore {
  private readonly fd: number;
  /** Batch n is the bytes [starts[n], starts[n] + lengths[n]) of the file. */
  private starts = new Float64Array(1 << 16);
  private lengths = new Uint32Array(1 << 16);
  private count = 0;
  /** Bytes written to the file, and text put but not yet written. */
  private written = 0;
  private pending: string[] = [];
  private pendingBytes = 0;
  /** The block last read: the file's bytes [windowStart, windowStart + windowLength). */
  private window = Buffer.alloc(0);
  private windowStart = 0;
  private windowLength = 0;

  /** `block`: writes and reads go in blocks of about this many bytes. */
  constructor(
    dir = tmpdir(),
    private readonly block = 1 << 22,
  ) {
    const folder = mkdtempSync(join(dir, 'vanban-evidence-'));
    const path = join(folder, 'evidence.json');
    this.fd = openSync(path, 'w+');
    unlinkSync(path);
    rmSync(folder, { recursive: true, force: true });
  }

  put(items: readonly Evidence[]): number {
    const text = JSON.stringify(items).slice(1, -1);
    const bytes = Buffer.byteLength(text);
    if (this.count === this.starts.length) this.grow();
    this.starts[this.count] = this.written + this.pendingBytes;
    this.lengths[this.count] = bytes;
    this.pending.push(text);
    this.pendingBytes += bytes;
    if (this.pendingBytes >= this.block) this.flush();
    return this.count++;
  }

  json(batch: number, first: boolean): string {
    const start = this.starts[batch]!;
    const length = this.lengths[batch]!;
    if (start + length > this.written) this.flush();
    const end = this.windowStart + this.windowLength;
    if (start >= this.windowStart && start + length <= end)
      return this.window.toString('utf8', start - this.windowStart, start - this.windowStart + length);
    // a later batch of an edge said again by later documents: read it alone, and stay where the export reads on
    if (!first) return this.readOne(start, length);
    this.read(start, length);
    return this.window.toString('utf8', 0, length);
  }

  close(): void {
    closeSync(this.fd);
  }

  private flush(): void {
    if (this.pendingBytes === 0) return;
    const buffer = Buffer.from(this.pending.join(''));
    let done = 0;
    while (done < buffer.length) done += writeSync(this.fd, buffer, done, buffer.length - done, this.written + done);
    this.written += buffer.length;
    this.pending = [];
    this.pendingBytes = 0;
  }

  private readOne(start: number, length: number): string {
    const bytes = Buffer.allocUnsafe(length);
    let done = 0;
    while (done < length) {
      const n = readSync(this.fd, bytes, done, length - done, start + done);
      if (n === 0) break;
      done += n;
    }
    return bytes.toString('utf8', 0, done);
  }

  /** Read the block that starts at `start` and holds at least `length` bytes. */
  private read(start: number, length: number): void {
    const size = Math.max(this.block, length);
    if (this.window.length < size) this.window = Buffer.alloc(size);
    let done = 0;
    while (done < length) {
      const n = readSync(this.fd, this.window, done, Math.min(size, this.written - start) - done, start + done);
      if (n === 0) break;
      done += n;
    }
    this.windowStart = start;
    this.windowLength = done;
  }

  private grow(): void {
    const starts = new Float64Array(this.starts.length * 2);
    starts.set(this.starts);
    const lengths = new Uint32Array(this.lengths.length * 2);
    lengths.set(this.lengths);
    [this.starts, this.lengths] = [starts, lengths];
  }
}
