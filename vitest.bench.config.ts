import { defineConfig } from 'vitest/config';

// Benchmarks drive Chromium against a build of the app that also holds the bench page (renderer/bench/). They print
// one JSON line per measurement; `npm run bench -- NAME` runs bench/NAME.bench.ts.
export default defineConfig({
  test: {
    name: 'bench',
    environment: 'node',
    include: ['bench/**/*.bench.ts'],
    globalSetup: ['bench/harness/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 900_000,
    hookTimeout: 300_000,
    disableConsoleIntercept: true,
    reporters: ['dot'],
  },
});
