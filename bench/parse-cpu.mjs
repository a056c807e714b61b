// parse() CPU time per MB against a floor measured in the same process (the process's CPU clock,
// bench/cpu.mjs, so that other processes on a shared machine do not count), ROUNDS alternating
// rounds, medians reported.
//   VANBAN=path/to/bundle.mjs   measures another build than dist (e.g. an esbuild bundle of src)
//   COMPARE=path/to/other.mjs   runs a second build round by round in this process: the median of
//                               the rounds' own time ratios says how much faster VANBAN is (the
//                               machine's drift cancels out of a ratio of neighbouring runs)
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { processCpuSeconds } from './cpu.mjs';
import { corpusDocuments, megabytes } from './corpus.mjs';

const load = async (path) => (await import(path ? pathToFileURL(resolve(path)).href : '../dist/index.js')).parse;
const parse = await load(process.env.VANBAN);
const other = process.env.COMPARE ? await load(process.env.COMPARE) : null;
const ROUNDS = Number(process.env.ROUNDS ?? 5);
// the floor is ~30x cheaper than parse(): run it several times a round so its time is not noise
const FLOOR_REPEAT = Number(process.env.FLOOR_REPEAT ?? 8);

const docs = corpusDocuments();
const mb = megabytes(docs);

const WORDS = /Số|ngày|tháng|năm|Điều|Căn cứ|Nơi nhận/gu;
const floorOne = (f) => (new TextDecoder().decode(f.bytes).normalize('NFC').match(WORDS) ?? []).length;
/**
 * One round: document by document, the floor, this build and the other one in turn (their order
 * alternating), each timed on its own; the machine's drift is then the same for all three.
 */
function round() {
  const spent = { floor: 0, parse: 0, other: 0 };
  docs.forEach((f, i) => {
    let t = processCpuSeconds();
    for (let r = 0; r < FLOOR_REPEAT; r++) floorOne(f);
    spent.floor += processCpuSeconds() - t;
    const order = i % 2 === 0 ? ['parse', 'other'] : ['other', 'parse'];
    for (const which of order) {
      const fn = which === 'parse' ? parse : other;
      if (!fn) continue;
      t = processCpuSeconds();
      fn(f.bytes, { name: f.path });
      spent[which] += processCpuSeconds() - t;
    }
  });
  return spent;
}
round(); // warm up
const floors = [],
  parses = [],
  ratios = [],
  speedups = [];
for (let i = 0; i < ROUNDS; i++) {
  const spent = round();
  const floor = (mb * FLOOR_REPEAT) / spent.floor;
  const seconds = spent.parse;
  if (other) speedups.push(spent.other / spent.parse);
  floors.push(floor);
  parses.push(seconds / mb);
  ratios.push(mb / seconds / floor);
}
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
const fixed = (v, d) => +v.toFixed(d);
console.log(
  JSON.stringify({
    mb: fixed(mb, 2),
    rounds: ROUNDS,
    parseCpuSecondsPerMB: fixed(median(parses), 4),
    floorCpuMBps: fixed(median(floors), 1),
    ratio: fixed(median(ratios), 4),
    ratios: ratios.map((r) => fixed(r, 4)),
    ...(other ? { speedupOverCompare: fixed(median(speedups), 3), speedups: speedups.map((r) => fixed(r, 3)) } : {}),
  }),
);
