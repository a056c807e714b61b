import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/graph-page.ts'],
    testTimeout: 60_000,
    // Vitest's default (cores − 1) runs the files one by one on a 2-core CI machine: 770 s of tests
    // there, most of them waiting on child processes, a browser or recheck rather than on both cores
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // only with --coverage (npm run coverage): which lines of src/ the tests run
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text-summary', 'html', 'json-summary'],
      reportsDirectory: 'coverage',
    },
  },
});
