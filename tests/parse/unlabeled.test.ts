import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parse } from '../../src/parse.js';
import { DocumentResultSchema } from '../../src/model/schema.js';

const DIR = fileURLToPath(new URL('../../corpus/unlabeled', import.meta.url));
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort();

describe('every unlabeled document', () => {
  it('should be there to test (the corpus copy is complete)', () => {
    // 101 since 35 unlabeled documents got gold and moved to dev/
    expect(files.length).toBeGreaterThanOrEqual(100);
  });

  it('should parse without an exception into a result that validates, with spans inside the text', () => {
    for (const file of files) {
      const result = parse(readFileSync(join(DIR, file)), { name: file });
      const checked = DocumentResultSchema.safeParse(result);
      expect(checked.success, `${file}: ${checked.error?.message}`).toBe(true);
      const length = result.text!.length;
      for (const span of spansOf(result)) {
        expect(span[0] <= span[1] && span[1] <= length, `${file}: span ${span} outside ${length}`).toBe(true);
      }
    }
  });
});

function* spansOf(value: unknown): Generator<[number, number]> {
  if (Array.isArray(value)) {
    if (value.length === 2 && typeof value[0] === 'number' && typeof value[1] === 'number')
      yield value as [number, number];
    else for (const v of value) yield* spansOf(v);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) yield* spansOf(v);
  }
}
