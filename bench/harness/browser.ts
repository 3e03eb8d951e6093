// Opens Chromium for a benchmark: a fresh profile, the app's origin, and helpers to measure inside the page.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from '../../tests/e2e/harness/chromium';

// Exposes performance.memory with real figures and lets the bench force a collection between phases.
const MEASURING_FLAGS = ['--enable-precise-memory-info', '--js-flags=--expose-gc'];

export function useBenchBrowser(): {
  /** A fresh PC with the bench page loaded (renderer/bench/index.html), which exposes `window.joinedUpBench`. */
  openBenchPage: () => Promise<Page>;
  /** The app's own start page on the same origin (so it sees what the bench page stored). */
  appUrl: () => string;
} {
  let browser: Browser | null = null;
  beforeAll(async () => {
    browser = await launchChromium(MEASURING_FLAGS);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    async openBenchPage() {
      if (!browser) throw new Error('The browser has not started.');
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${inject('benchUrl')}bench/index.html`);
      await page.waitForFunction(() => 'joinedUpBench' in window);
      return page;
    },
    appUrl: () => inject('benchUrl'),
  };
}

/** Prints one benchmark result as a JSON line. */
export function report(bench: string, figures: Record<string, unknown>): void {
  console.log(JSON.stringify({ bench, ...figures }));
}
