// The board page as the benchmarks drive it: opening it, waiting for its saved snapshot, and timing each result.
import type { Page } from 'playwright-core';

/** What this file's scripts keep on the app page's window while measuring. */
export type MeasureWindow = {
  boardFirstCardAt?: number;
  boardLatencies?: number[];
  /** The same, until the frame after the result was drawn (a task after the next animation frame). */
  boardPaintLatencies?: number[];
  boardPending?: number;
  /** Called each time a result has been drawn: `measured` waits on it from inside the page. */
  boardOnDrawn?: () => void;
  /** When Enter was pressed in the team passphrase's field. */
  unlockTypedAt?: number;
  gc?: () => void;
};

/**
 * Reopens the board (or opens it at `url`) and returns the time from navigation start until the first card's link
 * is on screen.
 */
export async function openBoard(page: Page, url?: string): Promise<number> {
  if (url) await page.goto(url);
  else await page.reload();
  await page
    .waitForFunction(() => (window as unknown as MeasureWindow).boardFirstCardAt !== undefined, null, {
      timeout: 60_000,
    })
    .catch(async (error: unknown) => {
      const shown = await page.evaluate(() => document.body.innerText.slice(0, 400));
      throw new Error(`The board did not show a card. The page said: ${shown}`, { cause: error });
    });
  return Math.round(await page.evaluate(() => (window as unknown as MeasureWindow).boardFirstCardAt ?? -1));
}

/**
 * Waits on the app's page until the board has saved both parts of its snapshot and taken every change into them,
 * as it does soon after it is drawn (a person keeps the board open for longer than that). Reads IndexedDB directly: the app page has
 * no bench tasks.
 */
export async function waitUntilSnapshotSaved(page: Page, teamId: string, timeout = 30_000): Promise<void> {
  // Polled from here with `evaluate`, which waits for the page's promise: `waitForFunction` takes the promise an
  // async check returns as already true, and so went on before the search part was saved.
  const saved = (id: string) =>
    page.evaluate(async (team) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(`joinedup-team-${team}`);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('The team database did not open.'));
      });
      try {
        const count = (range: IDBKeyRange) =>
          new Promise<number>((resolve, reject) => {
            const request = db.transaction('meta').objectStore('meta').count(range);
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error ?? new Error('The snapshot could not be counted.'));
          });
        const notes = await count(IDBKeyRange.bound('board-change:', 'board-change:\uffff'));
        const parts =
          (await count(IDBKeyRange.only('board-snapshot'))) + (await count(IDBKeyRange.only('board-search')));
        return notes === 0 && parts === 2;
      } finally {
        db.close();
      }
    }, id);
  const until = Date.now() + timeout;
  while (!(await saved(teamId))) {
    if (Date.now() > until) throw new Error(`The board did not save its snapshot within ${timeout} ms.`);
    await page.waitForTimeout(100);
  }
}

/** Starts timing at each keydown or change on the filters; stops when the board shows a new result. */
export async function watchResults(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as MeasureWindow;
    w.boardLatencies = [];
    w.boardPaintLatencies = [];
    const start = () => {
      w.boardPending = performance.now();
    };
    const filters = document.querySelector('.board-filters');
    filters?.addEventListener('keydown', start, true);
    filters?.addEventListener('change', start, true);
    const board = document.querySelector('.board');
    if (!board) throw new Error('The board is not on the page.');
    new MutationObserver(() => {
      if (w.boardPending === undefined) return;
      const started = w.boardPending;
      w.boardLatencies?.push(performance.now() - started);
      w.boardPending = undefined;
      requestAnimationFrame(() => {
        setTimeout(() => {
          w.boardPaintLatencies?.push(performance.now() - started);
          w.boardOnDrawn?.();
        }, 0);
      });
    }).observe(board, { attributes: true, attributeFilter: ['data-results-version'] });
  });
}

/**
 * Does one step and waits until the board has drawn its result, as a person sees it before the next key. The wait
 * is set up in the page before the step and ends from inside it, so nothing the harness sends reaches the page
 * between the key and the frame it is timed to: a check sent after the key landed there and was counted.
 */
export async function measured(page: Page, step: () => Promise<void>): Promise<void> {
  const before = await page.evaluate(
    () => (window as unknown as MeasureWindow).boardPaintLatencies?.length ?? 0,
  );
  const drawn = page.evaluate(
    (count) =>
      new Promise<void>((resolve, reject) => {
        const w = window as unknown as MeasureWindow;
        const giveUp = setTimeout(
          () => reject(new Error('The board showed no new result within 30 s.')),
          30_000,
        );
        const check = () => {
          if ((w.boardPaintLatencies?.length ?? 0) <= count) return;
          w.boardOnDrawn = undefined;
          clearTimeout(giveUp);
          resolve();
        };
        w.boardOnDrawn = check;
        check();
      }),
    before,
  );
  await step();
  await drawn;
}

export async function scrollColumn(page: Page, columnId: string) {
  return page.evaluate(async (id) => {
    const element = document.querySelector<HTMLElement>(`[data-column-scroll="${id}"]`);
    if (!element) throw new Error('The stage is not on the board.');
    const gaps: number[] = [];
    await new Promise<void>((resolve) => {
      let last = performance.now();
      let frames = 0;
      const step = (now: number) => {
        gaps.push(now - last);
        last = now;
        element.scrollTop += 120;
        frames += 1;
        if (frames < 360 && element.scrollTop + element.clientHeight < element.scrollHeight) {
          requestAnimationFrame(step);
        } else resolve();
      };
      requestAnimationFrame((now) => {
        last = now;
        requestAnimationFrame(step);
      });
    });
    return { gaps, scrolledPx: element.scrollTop, scrollHeight: element.scrollHeight };
  }, columnId);
}

/** Opens the board's folded filters, as a person does before choosing one. */
export async function openFilters(page: Page): Promise<void> {
  const toggle = page.locator('button[aria-controls="board-filter-panel"]');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await page.locator('#filter-concern').waitFor();
}

/** Notes, on every page the app opens, when the first card or list row appears (`boardFirstCardAt`). */
export async function watchFirstCase(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as MeasureWindow;
    const observer = new MutationObserver(() => {
      if (document.querySelector('[data-case-card] a, [data-list-case] a')) {
        w.boardFirstCardAt = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

/** The JavaScript heap in use after a collection, in megabytes. */
export function heapMb(page: Page): Promise<number> {
  return page.evaluate(() => {
    (window as unknown as MeasureWindow).gc?.();
    const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    return memory ? Math.round((memory.usedJSHeapSize / 1024 / 1024) * 10) / 10 : -1;
  });
}

/**
 * Types the team passphrase on the unlock screen the app shows at `url` and returns the time from pressing Enter
 * until the board's first card is on screen. Needs `watchFirstCase` on the page.
 */
export async function unlockAndOpenBoard(page: Page, url: string, passphrase: string): Promise<number> {
  await page.goto(url);
  await page.getByLabel('Team passphrase').fill(passphrase);
  await page.evaluate(() => {
    const w = window as unknown as MeasureWindow;
    const typed = (event: KeyboardEvent) => {
      if (event.key === 'Enter') w.unlockTypedAt = performance.now();
    };
    document.addEventListener('keydown', typed, { capture: true, once: true });
  });
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    () => {
      const w = window as unknown as MeasureWindow;
      return w.unlockTypedAt !== undefined && w.boardFirstCardAt !== undefined;
    },
    null,
    { timeout: 60_000 },
  );
  return Math.round(
    await page.evaluate(() => {
      const w = window as unknown as MeasureWindow;
      return (w.boardFirstCardAt ?? 0) - (w.unlockTypedAt ?? 0);
    }),
  );
}
