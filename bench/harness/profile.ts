// Opt-in CPU profiles of a bench phase: set JOINEDUP_BENCH_PROFILE to a folder and each profiled phase writes a
// `.cpuprofile` there (open it in Chrome DevTools' Performance panel, or summarise it with scripts/profileSummary.mjs).
// With JOINEDUP_BENCH_TRACE=1 as well, it writes a `.trace.json` of the page's timeline instead (style, layout and
// paint included), for DevTools or scripts/traceSummary.mjs.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

const folder = process.env.JOINEDUP_BENCH_PROFILE;

/** Runs `phase`, and when profiling is asked for, records the page's CPU profile while it runs. */
export async function profiled<T>(page: Page, name: string, phase: () => Promise<T>): Promise<T> {
  if (!folder) return phase();
  const browser = page.context().browser();
  if (process.env.JOINEDUP_BENCH_TRACE && browser) {
    await mkdir(folder, { recursive: true });
    await browser.startTracing(page, {
      path: join(folder, `${name}.trace.json`),
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'],
    });
    try {
      return await phase();
    } finally {
      await browser.stopTracing();
    }
  }
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 });
  await session.send('Profiler.start');
  try {
    return await phase();
  } finally {
    const { profile } = await session.send('Profiler.stop');
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, `${name}.cpuprofile`), JSON.stringify(profile));
    await session.detach();
  }
}
