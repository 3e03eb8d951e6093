// How the end-to-end tests and the benchmarks start Chromium: one set of flags and one launcher, so a flag that
// quietens the browser (or a headless change) reaches both.
import { chromium, type Browser, type BrowserContext, type LaunchOptions } from 'playwright-core';
import { inject } from 'vitest';

/** Flags that keep a test browser from reaching the network or asking anything on its first run. */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

function launchOptions(extraFlags: readonly string[]): LaunchOptions {
  return { executablePath: inject('chromiumPath'), args: [...FLAGS, ...extraFlags], headless: true };
}

/** Starts the Chromium the global setup found, headless, with the harness's flags and any extra ones. */
export function launchChromium(extraFlags: readonly string[] = []): Promise<Browser> {
  return chromium.launch(launchOptions(extraFlags));
}

/** The same browser with a profile on disk (a folder the test can read afterwards), opened as one context. */
export function launchChromiumProfile(
  profile: string,
  viewport: { width: number; height: number },
  extraFlags: readonly string[] = [],
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, { ...launchOptions(extraFlags), viewport });
}
