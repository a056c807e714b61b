import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { performanceBlock } from '../../scripts/performance-figures.js';
import { README, withFigures } from '../../scripts/readme-figures.js';

describe('the README figures', () => {
  it('should be what the code computes now (run `npm run figures` after a change that moves them)', async () => {
    const readme = readFileSync(README, 'utf8');
    expect(await withFigures(readme)).toBe(readme);
  }, 120_000);

  it.each([
    [
      'an inline block',
      'a <!-- figures:browser -->old<!-- /figures:browser --> b\n<!-- figures:accuracy -->\nx\n<!-- /figures:accuracy -->\n<!-- figures:performance -->\n<!-- /figures:performance -->',
    ],
  ])(
    'should rewrite %s in place',
    async (_, text) => {
      const out = await withFigures(text);
      // from the saved bench line, not a new run
      expect(out).toMatch(
        /<!-- figures:performance -->\nMeasured by `npm run bench -- --save` on \d{4}-\d\d-\d\d[\s\S]*\| `parse\(\)`, one thread \| [\d.]+ \|[\s\S]*One worker keeps [\d.]+ cores busy[\s\S]*\n<!-- \/figures:performance -->/u,
      );
      expect(out).toMatch(
        /<!-- figures:browser -->`dist\/browser\.js`, [\d,]+ bytes minified \(without its source-map line\), [\d,]+ gzipped \(level 9\)<!-- \/figures:browser -->/u,
      );
      expect(out).toMatch(
        /<!-- figures:accuracy -->\nOn the \d+ annotated documents[\s\S]*\| kind \| [\d.]+% \|[\s\S]*\n<!-- \/figures:accuracy -->/u,
      );
    },
    120_000,
  );

  it.each([
    ['no markers', 'just text'],
    ['a close before its open', '<!-- /figures:browser --><!-- figures:browser -->'],
  ])('should refuse a README with %s', async (_, text) => {
    await expect(withFigures(text)).rejects.toThrow(/no <!-- figures:/u);
  });
});

describe('the performance block', () => {
  const line = JSON.parse(readFileSync(new URL('../../bench/last.json', import.meta.url), 'utf8'));

  it.each([
    [
      'a line with the every-thread figures',
      { parseProcessCpuMBps: 4, parseColdProcessCpuMBps: 2, convertCpuSecondsPerMB: 0.5 },
      /convert 2\.00× that\), and 0\.500 on its first pass[\s\S]*\(convert 1\.00×\)/u,
    ],
  ])('should compare convert with parse() on every thread for %s', (_, fields, expected) => {
    expect(performanceBlock({ ...line, ...fields })).toMatch(expected);
  });

  it('should leave the comparison out for an older line without those figures', () => {
    const { parseProcessCpuMBps: _a, parseColdProcessCpuMBps: _b, ...older } = line;
    expect(performanceBlock(older)).not.toMatch(/Counted as convert is/u);
    expect(performanceBlock(older)).toMatch(/× what `parse\(\)` costs alone \([\d.]+\)\./u);
  });
});
