/**
 * A normative text's thresholds are not targets: over corpus/unlabeled, every target read in a
 * law, decree or circular (and their consolidated texts) is listed in a fixture reviewed by hand.
 * A new entry fails this test until someone reads it and either fixes the extractor or adds it
 * to the fixture with the reason it is a real target.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse.js';

const DIR = fileURLToPath(new URL('../../corpus/unlabeled', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../fixtures/targets/normative-unlabeled.json', import.meta.url));

/** The kinds of normative texts (laws, ordinances, decrees, circulars) and their consolidated texts. */
const NORMATIVE = new Set([
  'Luật',
  'Bộ luật',
  'Pháp lệnh',
  'Nghị định',
  'Thông tư',
  'Thông tư liên tịch',
  'Văn bản hợp nhất',
]);

interface Listed {
  file: string;
  value: number;
  unit: string | null;
  text: string;
}

describe('targets in the normative texts of corpus/unlabeled', () => {
  it('are exactly those of the reviewed fixture', () => {
    const found: Listed[] = [];
    let normative = 0;
    for (const file of readdirSync(DIR)
      .filter((f) => f.endsWith('.txt'))
      .sort()) {
      const result = parse(readFileSync(join(DIR, file)), { name: file });
      if (!NORMATIVE.has(result.kind?.name ?? '')) continue;
      normative += 1;
      for (const { value, unit, text } of result.targets)
        found.push({ file, value, unit, text: text.replace(/\s+/gu, ' ') });
    }
    const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { targets: Listed[] };
    expect(normative).toBeGreaterThan(50);
    expect(found).toEqual(fixture.targets);
  }, 180_000);
});
