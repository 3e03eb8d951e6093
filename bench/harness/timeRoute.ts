// Times moves between the app's own pages, as when a person clicks a link in the running app.
import type { Page } from 'playwright-core';

/**
 * Moves to a route inside the running app and times it until each selector is on the page, in order. The app is
 * already loaded, as when a person clicks a card on the board.
 */
export async function timeRoute(page: Page, hash: string, selectors: readonly string[]): Promise<number[]> {
  return page.evaluate(
    ([target, ready]) =>
      new Promise<number[]>((resolve, reject) => {
        const started = performance.now();
        const times: number[] = [];
        const timer = setTimeout(
          () => reject(new Error(`${ready.join(', ')} did not appear for ${target}.`)),
          30_000,
        );
        const check = () => {
          while (times.length < ready.length && document.querySelector(ready[times.length] ?? '')) {
            times.push(performance.now() - started);
          }
          if (times.length === ready.length) {
            observer.disconnect();
            clearTimeout(timer);
            resolve(times);
          }
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { childList: true, subtree: true, attributes: true });
        window.location.hash = target;
      }),
    [hash, selectors] as const,
  );
}

/** Leaves for a light page, so the next opening mounts its page afresh. */
export async function leaveForSettings(page: Page): Promise<void> {
  await timeRoute(page, '#/settings', ['.settings-block']);
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round((sorted[Math.max(0, index)] ?? 0) * 10) / 10;
}
