// parse() alone over the corpus, in a fresh process, for bench/convert-cpu.mjs (PARSE=…). The
// corpus is split in two halves, alternate documents: a first pass over half A (a fresh process, no
// JIT warm-up, as a convert worker meets its first documents), then half B twice: unseen (the JIT
// warm, but no memo holds these texts, as a convert worker sees every document) and seen again (as
// bench/parse.mjs's rounds see theirs). Each pass by the main thread's clock (as parseCpuMBps) and
// by the whole process's (every thread, GC and compiler included, as convert's figure counts them).
//   node bench/parse-alone.mjs BUILD   prints CPU-seconds per MB of each pass
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mainThreadCpuSeconds, processCpuSeconds } from './cpu.mjs';
import { corpusDocuments, megabytes } from './corpus.mjs';

const { parse } = await import(pathToFileURL(resolve(process.argv[2])).href);
const docs = corpusDocuments();
const halfA = docs.filter((_, i) => i % 2 === 0);
const halfB = docs.filter((_, i) => i % 2 === 1);
const fixed = (v) => +v.toFixed(3);

function pass(list) {
  const main = mainThreadCpuSeconds();
  const whole = processCpuSeconds();
  for (const f of list) parse(f.bytes, { name: f.path });
  const mb = megabytes(list);
  return { main: fixed((mainThreadCpuSeconds() - main) / mb), process: fixed((processCpuSeconds() - whole) / mb) };
}
const first = pass(halfA);
const unseen = pass(halfB);
const seen = pass(halfB);
console.log(JSON.stringify({ first, unseen, seen }));
