import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { runEval, checkFloors, formatReport } from '../../src/eval/index.js';

const CORPUS = fileURLToPath(new URL('../../corpus', import.meta.url));

describe('accuracy on the annotated corpus (seeds + dev)', () => {
  it('should stay at or above every floor of src/eval/floors.ts', async () => {
    const report = await runEval(CORPUS);
    expect(report.documents).toBeGreaterThanOrEqual(83);
    const below = checkFloors(report);
    expect(below, formatReport(report, { verbose: true })).toEqual([]);
  });
});
