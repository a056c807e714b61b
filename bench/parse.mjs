// npm run bench: parse() throughput on the corpus, one thread, against the floor of reading the
// same bytes, NFC-normalizing them and one regex pass. Reported, never asserted.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse } from '../dist/index.js';

const ROOT = new URL('../corpus/', import.meta.url).pathname;
const TARGET_MB = Number(process.env.BENCH_MB ?? 20);

function corpusFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return corpusFiles(path);
    return /\.(txt|md)$/.test(name) ? [path] : [];
  });
}

const originals = corpusFiles(ROOT).map((path) => ({ path, bytes: readFileSync(path) }));
const originalMB = originals.reduce((sum, f) => sum + f.bytes.length, 0) / 1e6;
const copies = Math.max(1, Math.ceil(TARGET_MB / originalMB));
const docs = Array.from({ length: copies }, () => originals).flat();
const totalMB = docs.reduce((sum, f) => sum + f.bytes.length, 0) / 1e6;

function time(label, fn) {
  fn(docs.slice(0, originals.length)); // warm up on one copy
  const start = performance.now();
  fn(docs);
  const seconds = (performance.now() - start) / 1000;
  return { label, seconds, mbps: totalMB / seconds, docsPerSecond: docs.length / seconds };
}

const WORDS = /Số|ngày|tháng|năm|Điều|Căn cứ|Nơi nhận/gu;
const floor = time('floor: decode + NFC + one regex pass', (list) => {
  let n = 0;
  for (const f of list) n += (new TextDecoder().decode(f.bytes).normalize('NFC').match(WORDS) ?? []).length;
  return n;
});
const parsed = time('parse() on one thread', (list) => {
  for (const f of list) parse(f.bytes, { name: f.path });
});
const peakRssMB = process.resourceUsage().maxRSS / 1024;

console.log(`corpus: ${originals.length} documents, ${originalMB.toFixed(2)} MB, replicated ×${copies} → ${docs.length} documents, ${totalMB.toFixed(1)} MB`);
console.log(`machine: ${(await import('node:os')).cpus()[0]?.model ?? 'unknown'} × ${(await import('node:os')).cpus().length}, Node ${process.version}`);
for (const r of [floor, parsed]) {
  console.log(`${r.label.padEnd(40)} ${r.mbps.toFixed(2).padStart(8)} MB/s ${r.docsPerSecond.toFixed(0).padStart(7)} docs/s`);
}
console.log(`parse() is ${((parsed.mbps / floor.mbps) * 100).toFixed(1)}% of the floor; peak RSS ${peakRssMB.toFixed(0)} MB`);
console.log(`BENCH ${JSON.stringify({ parseMBps: +parsed.mbps.toFixed(2), floorMBps: +floor.mbps.toFixed(2), peakRssMB: Math.round(peakRssMB), docs: docs.length })}`);
