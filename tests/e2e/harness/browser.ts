// Each end-to-end test file shares one Chromium; each test gets fresh browser contexts, and each context is a
// fresh PC (its own IndexedDB and localStorage).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, inject, onTestFailed, onTestFinished } from 'vitest';
import { launchChromium } from './chromium';
import { timed } from './phaseTimes';

export interface Pc {
  context: BrowserContext;
  page: Page;
}

/** Starts Chromium for the test file and returns a function that opens a fresh PC at the app's start page. */
export interface PcOptions {
  colorScheme?: 'light' | 'dark';
  /** A PC whose wall clock is set this far ahead (a wrong year, a flat battery). */
  clockAheadMs?: number;
}

export function useBrowser(): { newPc: (options?: PcOptions) => Promise<Pc> } {
  let browser: Browser | null = null;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await timed('launch', () => launchChromium());
  });

  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close().catch(() => undefined)));
    await browser?.close();
  });

  return {
    async newPc(options = {}) {
      return timed('newPc', async () => {
        if (!browser) throw new Error('The browser has not started.');
        const context = await browser.newContext({
          colorScheme: options.colorScheme ?? 'light',
          viewport: { width: 1280, height: 900 },
          acceptDownloads: true,
          locale: 'en-GB',
          timezoneId: 'Europe/London',
        });
        contexts.push(context);
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        const refused: string[] = [];
        // A page that fails is caught by the app's error boundary; React still reports it on the console.
        page.on('console', (message) => {
          if (message.type() !== 'error') return;
          errors.push(message.text());
          if (message.text().includes('Content Security Policy')) refused.push(message.text());
        });
        // The policy has no 'unsafe-inline' (decision 0002): anything it refuses is a fault of ours, not noise.
        onTestFinished(() => {
          if (refused.length > 0)
            throw new Error(`The page's security policy refused: ${refused.join('\n')}`);
        });
        // A failed test says what the page showed and any error the app threw, so a failure on CI can be read.
        onTestFailed(async () => {
          const shown = await page
            .evaluate(() => `${window.location.hash}\n${document.body.innerText.slice(0, 600)}`)
            .catch(() => 'The page could not be read.');
          console.error(`The page at the failure: ${shown}`);
          if (errors.length > 0) console.error(`Errors the page threw: ${errors.join('\n')}`);
        });
        if (options.clockAheadMs !== undefined)
          await context.clock.install({ time: Date.now() + options.clockAheadMs });
        await page.goto(inject('baseUrl'));
        return { context, page };
      });
    },
  };
}
