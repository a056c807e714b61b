// node bench/adversarial.mjs (after npm run build): parse() on inputs built to hit the worst case
// of each stage — runs of numbers, thousands of citations, deep nesting, one huge line, repeated
// labels, long agency lists, thousands of deadlines — at 10 KB, 100 KB and 1 MB. A linear stage
// spends the same time per MB at every size: the ratio of ms/MB at 1 MB to ms/MB at 10 KB stays
// near 1 (above 2 means superlinear). Reported, never asserted. The last line is machine-readable.
//
//   ADVERSARIAL_SIZES=10000,100000 ADVERSARIAL_ONLY=one-line node bench/adversarial.mjs
//   VANBAN_ENTRY=../src/index.ts node --import tsx bench/adversarial.mjs   (the sources, unbuilt)
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const { parse } = await import(process.env.VANBAN_ENTRY ?? '../dist/index.js');

const SIZES = (process.env.ADVERSARIAL_SIZES ?? '10000,100000,1000000').split(',').map(Number);
const ONLY = process.env.ADVERSARIAL_ONLY?.split(',');
/** Small inputs are timed over several runs (the best one counts), so timer noise does not decide a ratio. */
const MIN_MS = 300;

const seed = readFileSync(new URL('../corpus/seeds/003_92d5c371dfb6f108.txt', import.meta.url), 'utf8');
const AGENCIES = [
  'Sở Y tế',
  'Sở Tài chính',
  'Sở Nội vụ',
  'Sở Giáo dục và Đào tạo',
  'Công an tỉnh',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Ủy ban nhân dân các huyện',
];
const LABELS = ['- ', '+ ', 'a) ', '1. '];

/** Each kind: a function from the piece's index to one piece; pieces are joined until the size is reached. */
const KINDS = {
  'digits-slashes': () => '1/',
  'number-chain': (i) => `${i % 100}/KH-UBND/`,
  'can-cu-lines': (i) => `Căn cứ Nghị định số ${i}/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;\n`,
  'deep-nesting': (i) => `${' '.repeat(i % 1000)}${LABELS[i % 4]}Sở Y tế chủ trì, phối hợp thực hiện nhiệm vụ ${i}\n`,
  'one-line': (i) => seed.replaceAll('\n', ' ').slice((i * 997) % 20000, ((i * 997) % 20000) + 400) + ' ',
  'so-so': () => 'Số: ',
  'giao-lists': (i) =>
    `Giao ${AGENCIES[i % AGENCIES.length]} chủ trì, phối hợp với ${AGENCIES.filter((_, k) => k !== i % AGENCIES.length).join(', ')} thực hiện.\n`,
  'giao-one-list': (i) => (i === 0 ? 'Giao Sở Y tế chủ trì, phối hợp với ' : `${AGENCIES[i % AGENCIES.length]}, `),
  'deadline-lines': (i) => `- Báo cáo kết quả trước ngày ${(i % 28) + 1}/${(i % 12) + 1};\n`,
  'deadline-one-line': () => 'trước ngày 1/1 ',
  articles: (i) => `Điều ${i + 1}. Điều khoản ${i + 1}\n`,
  'table-rows': (i) => `| ${i + 1} | Nhiệm vụ ${i} | Sở Y tế | Sở Tài chính | Quý II/2026 |\n`,
  'number-lines': (i) => `Số: ${i % 1000}/KH-UBND `,
  'markdown-quotes': (i) => (i === 0 ? '# Kế hoạch\n' : '> '),
  'markdown-lists': (i) => `${'  '.repeat(i % 40)}- **Sở Y tế** chủ trì, _phối hợp_ với Sở Tài chính ${i}\n`,
  spaces: () => ' \t ',
  'corpus-repeated': (i) => (i === 0 ? seed : seed.slice(seed.indexOf('I. '))),
};

function build(kind, bytes) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const piece = KINDS[kind](i);
    parts.push(piece);
    size += Buffer.byteLength(piece);
  }
  return Buffer.from(parts.join('')).subarray(0, bytes);
}

function time(input) {
  let best = Infinity;
  let spent = 0;
  for (let runs = 0; runs < 1 || (spent < MIN_MS && runs < 50); runs++) {
    const start = performance.now();
    parse(input);
    const ms = performance.now() - start;
    best = Math.min(best, ms);
    spent += ms;
  }
  return best;
}

const results = {};
const header = ['kind'.padEnd(18), ...SIZES.map((s) => `${label(s)} ms/MB`.padStart(14)), 'ratio'.padStart(7)].join(
  ' ',
);
console.log(`machine: ${(await import('node:os')).cpus()[0]?.model ?? 'unknown'}, Node ${process.version}`);
console.log(header);
for (const kind of Object.keys(KINDS).filter((k) => !ONLY || ONLY.includes(k))) {
  parse(build(kind, SIZES[0])); // warm up
  const perMB = SIZES.map((bytes) => time(build(kind, bytes)) / (bytes / 1e6));
  const ratio = perMB.at(-1) / perMB[0];
  results[kind] = {
    msPerMB: Object.fromEntries(SIZES.map((s, i) => [label(s), Math.round(perMB[i])])),
    ratio: +ratio.toFixed(2),
  };
  console.log(
    [kind.padEnd(18), ...perMB.map((v) => v.toFixed(0).padStart(14)), ratio.toFixed(2).padStart(7)].join(' '),
  );
}
const worst = Object.entries(results).sort((a, b) => b[1].ratio - a[1].ratio)[0];
console.log(
  `ADVERSARIAL ${JSON.stringify({ sizes: SIZES, worst: worst && { kind: worst[0], ratio: worst[1].ratio }, kinds: results })}`,
);

function label(bytes) {
  return bytes >= 1e6 ? `${bytes / 1e6} MB` : `${bytes / 1e3} KB`;
}
