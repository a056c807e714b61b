/** The progress line on a terminal: files done/total, MB/s, ETA, failures. Silent when not a TTY or --quiet. */
export interface Progress {
  update(done: number, bytes: number, failed: number): void;
  end(): void;
}

const EVERY_MS = 150;

export function progressLine(
  stream: NodeJS.WriteStream,
  total: { files: number | null; bytes: number | null },
  quiet: boolean,
): Progress {
  if (quiet || !stream.isTTY) return { update: () => undefined, end: () => undefined };
  const start = Date.now();
  let last = 0;
  return {
    update(done, bytes, failed) {
      const now = Date.now();
      if (now - last < EVERY_MS) return;
      last = now;
      const seconds = Math.max(0.001, (now - start) / 1000);
      const rate = bytes / 1e6 / seconds;
      const left = total.bytes && bytes > 0 ? ((total.bytes - bytes) / bytes) * seconds : null;
      const files = total.files ? `${done}/${total.files}` : `${done}`;
      const eta = left !== null && left >= 0 ? ` · ETA ${duration(left)}` : '';
      stream.write(`\r\x1b[K${files} files · ${rate.toFixed(1)} MB/s${eta} · ${failed} failed`);
    },
    end() {
      stream.write('\r\x1b[K');
    },
  };
}

export function duration(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(seconds < 10 ? 1 : 0)}s`;
  const m = Math.floor(seconds / 60);
  return m < 60 ? `${m}m${Math.round(seconds % 60)}s` : `${Math.floor(m / 60)}h${m % 60}m`;
}
