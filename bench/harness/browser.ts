// Opens Chromium for a benchmark: a fresh profile, the app's origin, and helpers to measure inside the page.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium, launchChromiumProfile } from '../../tests/e2e/harness/chromium';

// Exposes performance.memory with real figures and lets the bench force a collection between phases.
const MEASURING_FLAGS = ['--enable-precise-memory-info', '--js-flags=--expose-gc'];
const VIEWPORT = { width: 1440, height: 900 };

export function useBenchBrowser(): {
  /**
   * A fresh PC with the bench page loaded (renderer/bench/index.html), which exposes `window.joinedUpBench`.
   * `onDisk` keeps the profile in a folder, as the desktop app does, instead of in memory, where Chromium allows
   * an origin far less room: a whole authority's million records need it.
   */
  openBenchPage: (options?: { onDisk?: boolean }) => Promise<Page>;
  /** The app's own start page on the same origin (so it sees what the bench page stored). */
  appUrl: () => string;
} {
  let browser: Browser | null = null;
  const profiles: { context: BrowserContext; folder: string }[] = [];
  beforeAll(async () => {
    browser = await launchChromium(MEASURING_FLAGS);
  });
  afterAll(async () => {
    await browser?.close();
    for (const { context, folder } of profiles) {
      await context.close();
      await rm(folder, { recursive: true, force: true });
    }
  });
  const onDiskContext = async () => {
    const folder = await mkdtemp(join(tmpdir(), 'joinedup-bench-profile-'));
    const context = await launchChromiumProfile(folder, VIEWPORT, MEASURING_FLAGS);
    profiles.push({ context, folder });
    return context;
  };
  return {
    async openBenchPage(options = {}) {
      if (!browser) throw new Error('The browser has not started.');
      const context = options.onDisk
        ? await onDiskContext()
        : await browser.newContext({ viewport: VIEWPORT });
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
