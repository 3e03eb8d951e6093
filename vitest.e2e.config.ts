import { defineConfig } from 'vitest/config';

// End-to-end tests drive Debian's Chromium against the built renderer. One worker: two cores, and each test
// already runs a browser.
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/harness/globalSetup.ts'],
    fileParallelism: false,
    // One worker runs the files one after another: without a fresh module graph per file, playwright-core and
    // axe-core are read once instead of once a file (about 6 s a file on a busy machine).
    isolate: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
