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
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
