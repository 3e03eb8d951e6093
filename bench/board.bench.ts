// `npm run bench -- board`: the joint case board on a team of 5,000 cases — opening it, filtering and searching,
// scrolling a stage of 1,000 cards, and the memory it holds.
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { report, useBenchBrowser } from './harness/browser';
import { profiled } from './harness/profile';
import { seedTeam, signInLeader } from './harness/team';
import { leaveForSettings, percentile, timeRoute } from './harness/timeRoute';

const SIZE = { cases: 5000, members: 300, agencies: 40 };
const BUDGET = { openMs: 1000, keystrokeP95Ms: 50, openCaseMs: 150, heapMb: 250 };
/** Case pages opened from the board's cards; the first also compiles the page's code and is reported apart. */
const CASE_OPENS = 13;
/** Times through every wellbeing concern and review choice. */
const FILTER_ROUNDS = 3;
/** A frame longer than this counts as dropped (one and a half 60 Hz frames). */
const DROPPED_FRAME_MS = 25;

interface BoardBench {
  boardTouchCases(teamId: string, personId: string, count: number): Promise<number>;
  boardForgetSnapshot(teamId: string): Promise<void>;
  boardFillFirstColumn(
    teamId: string,
    personId: string,
    count: number,
  ): Promise<{ columnId: string; title: string; openCases: number; ms: number }>;
}
/** The bench page's window (renderer/bench/benchEntry.ts puts the tasks there); casts vanish when sent to the page. */
type BenchWindow = { joinedUpBench: BoardBench };
/** What this file's scripts keep on the app page's window while measuring. */
type MeasureWindow = {
  boardFirstCardAt?: number;
  boardLatencies?: number[];
  /** The same, until the frame after the result was drawn (a task after the next animation frame). */
  boardPaintLatencies?: number[];
  boardPending?: number;
  gc?: () => void;
};

/**
 * Reopens the board (or opens it at `url`) and returns the time from navigation start until the first card's link
 * is on screen.
 */
async function openBoard(page: Page, url?: string): Promise<number> {
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
async function waitUntilSnapshotSaved(page: Page, teamId: string): Promise<void> {
  await page.waitForFunction(
    async (id) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(`joinedup-team-${id}`);
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
    },
    teamId,
    { polling: 100, timeout: 30_000 },
  );
}

/** Starts timing at each keydown or change on the filters; stops when the board shows a new result. */
async function watchResults(page: Page): Promise<void> {
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
        setTimeout(() => w.boardPaintLatencies?.push(performance.now() - started), 0);
      });
    }).observe(board, { attributes: true, attributeFilter: ['data-results-version'] });
  });
}

/** Waits until every shown result has also been drawn. */
async function allDrawn(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const w = window as unknown as MeasureWindow;
    return (w.boardPaintLatencies?.length ?? 0) >= (w.boardLatencies?.length ?? 0);
  });
}

async function resultCount(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as MeasureWindow).boardLatencies?.length ?? 0);
}

/** Does one step and waits until the board has shown its result. */
async function measured(page: Page, step: () => Promise<void>): Promise<void> {
  const before = await resultCount(page);
  await step();
  await page.waitForFunction(
    (count) => ((window as unknown as MeasureWindow).boardLatencies?.length ?? 0) > count,
    before,
  );
}

async function scrollColumn(page: Page, columnId: string) {
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

describe('board', () => {
  const { openBenchPage, appUrl } = useBenchBrowser();

  // The same steps on a database whose records are sealed (as the app keeps them) and on a plain one, in one run.
  it.for(['sealed', 'plain'] as const)(
    'opens, filters and scrolls a board of 5,000 cases (%s)',
    async (storage) => {
      const page = await openBenchPage();
      const seeded = await seedTeam(page, SIZE, storage === 'plain');
      await signInLeader(page, seeded);
      const column = await page.evaluate(
        ([teamId, leaderId]) =>
          (window as unknown as BenchWindow).joinedUpBench.boardFillFirstColumn(teamId, leaderId, 1000),
        [seeded.teamId, seeded.leaderId] as const,
      );

      await page.addInitScript(() => {
        const w = window as unknown as MeasureWindow;
        const observer = new MutationObserver(() => {
          if (document.querySelector('[data-case-card] a')) {
            w.boardFirstCardAt = performance.now();
            observer.disconnect();
          }
        });
        observer.observe(document, { childList: true, subtree: true });
      });
      await page.goto(`${appUrl()}#/board`);
      await page.locator('[data-case-card]').first().waitFor({ timeout: 60_000 });
      await waitUntilSnapshotSaved(page, seeded.teamId);

      // Reopening after colleagues changed a few cases elsewhere, and on a PC that has no snapshot of the board yet.
      const benchPage = async (task: 'touch' | 'forget') => {
        await page.goto(`${appUrl()}bench/index.html`);
        await page.waitForFunction(() => 'joinedUpBench' in window);
        await page.evaluate(
          async ([which, teamId, personId]) => {
            const bench = (window as unknown as BenchWindow).joinedUpBench;
            if (which === 'touch') await bench.boardTouchCases(teamId, personId, 5);
            else await bench.boardForgetSnapshot(teamId);
          },
          [task, seeded.teamId, seeded.leaderId] as const,
        );
      };
      const afterChanges: number[] = [];
      const withoutSnapshot: number[] = [];
      for (let n = 0; n < 3; n += 1) {
        await benchPage('touch');
        afterChanges.push(await openBoard(page, `${appUrl()}#/board`));
        await waitUntilSnapshotSaved(page, seeded.teamId);
        await benchPage('forget');
        const open = () => openBoard(page, `${appUrl()}#/board`);
        withoutSnapshot.push(await (n === 2 ? profiled(page, 'board-open-no-snapshot', open) : open()));
        await waitUntilSnapshotSaved(page, seeded.teamId);
      }

      // The usual morning: the board reopened with its snapshot saved. The first reopening may still compile code.
      const opens: number[] = [];
      for (let n = 0; n < 3; n += 1) opens.push(await openBoard(page));
      opens.push(await profiled(page, 'board-open', () => openBoard(page)));
      await page.getByRole('link', { name: /JU-/ }).first().waitFor();
      // Typed straight away, as a person does: the search text comes from its own saved part just after the cards.
      await waitUntilSnapshotSaved(page, seeded.teamId);

      await watchResults(page);
      const search = page.getByLabel('Search cases');
      await search.focus();
      await profiled(page, 'board-search', async () => {
        for (const text of ['JU-01', 'school', 'speech', 'child b']) {
          for (const key of text)
            await measured(page, () => page.keyboard.press(key === ' ' ? 'Space' : key));
          for (let n = 0; n < text.length; n += 1)
            await measured(page, () => page.keyboard.press('Backspace'));
        }
      });
      const keystrokes = await page.evaluate(() => (window as unknown as MeasureWindow).boardLatencies ?? []);
      await allDrawn(page);
      const keystrokesPainted = await page.evaluate(
        () => (window as unknown as MeasureWindow).boardPaintLatencies ?? [],
      );

      await watchResults(page);
      // Three rounds: of eleven changes the 95th percentile would simply be the slowest one.
      await profiled(page, 'board-filters', async () => {
        for (let round = 0; round < FILTER_ROUNDS; round += 1) {
          for (const concern of ['safe', 'healthy', 'achieving', 'nurtured', 'active', 'respected', '']) {
            await measured(page, async () => {
              await page.locator('#filter-concern').selectOption(concern);
            });
          }
          for (const review of ['due-soon', 'overdue', 'due-soon-or-overdue', 'any']) {
            await measured(page, async () => {
              await page.locator('#filter-review').selectOption(review);
            });
          }
        }
      });
      const filterChanges = await page.evaluate(
        () => (window as unknown as MeasureWindow).boardLatencies ?? [],
      );
      await allDrawn(page);
      const filterChangesPainted = await page.evaluate(
        () => (window as unknown as MeasureWindow).boardPaintLatencies ?? [],
      );

      const scroll = await scrollColumn(page, column.columnId);
      const frames = scroll.gaps.slice(1);
      const heapMb = await page.evaluate(() => {
        (window as unknown as MeasureWindow).gc?.();
        const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
        return memory ? Math.round((memory.usedJSHeapSize / 1024 / 1024) * 10) / 10 : -1;
      });

      // Opening a case page from a card, as the issue asks: each time from a light page, so the case page mounts afresh.
      const caseIds = await page.evaluate((count) => {
        const links = [
          ...document.querySelectorAll<HTMLAnchorElement>('[data-case-card] a[href^="#/board/case/"]'),
        ];
        const ids = links.map((link) =>
          decodeURIComponent(link.getAttribute('href')?.split('/').pop() ?? ''),
        );
        return [...new Set(ids)].slice(0, count);
      }, CASE_OPENS);
      if (caseIds.length < 2) throw new Error('The board shows too few cards to open case pages from.');
      await leaveForSettings(page);
      const caseOpens: number[] = [];
      for (const caseId of caseIds) {
        const [ms = -1] = await timeRoute(page, `#/board/case/${caseId}`, ['.case-page']);
        caseOpens.push(ms);
        await leaveForSettings(page);
      }
      const laterCaseOpens = caseOpens.slice(1);
      const openCaseP95Ms = percentile(laterCaseOpens, 95);

      const openMs = Math.max(...opens.slice(1));
      const afterChangesMs = Math.max(...afterChanges);
      const withoutSnapshotMs = Math.max(...withoutSnapshot);
      // The budget is held to the stricter measure: until the frame showing the result has been drawn.
      const keystrokeP95Ms = percentile(keystrokesPainted, 95);
      const filterP95Ms = percentile(filterChangesPainted, 95);
      report('board', {
        storage,
        cases: SIZE.cases,
        records: seeded.records,
        openToFirstCardMs: { first: opens[0], later: opens.slice(1), worst: openMs, budget: BUDGET.openMs },
        openAfterFiveCasesChangedMs: { each: afterChanges, worst: afterChangesMs, budget: BUDGET.openMs },
        openWithoutSavedSnapshotMs: {
          each: withoutSnapshot,
          worst: withoutSnapshotMs,
          budget: BUDGET.openMs,
        },
        searchKeystrokeMs: {
          count: keystrokes.length,
          inPageP50: percentile(keystrokes, 50),
          inPageP95: percentile(keystrokes, 95),
          untilDrawnP50: percentile(keystrokesPainted, 50),
          untilDrawnP95: keystrokeP95Ms,
          untilDrawnMax: percentile(keystrokesPainted, 100),
          budgetP95: BUDGET.keystrokeP95Ms,
        },
        filterChangeMs: {
          count: filterChanges.length,
          inPageP50: percentile(filterChanges, 50),
          inPageP95: percentile(filterChanges, 95),
          untilDrawnP50: percentile(filterChangesPainted, 50),
          untilDrawnP95: filterP95Ms,
          untilDrawnMax: percentile(filterChangesPainted, 100),
          budgetP95: BUDGET.keystrokeP95Ms,
        },
        scrollStage: {
          title: column.title,
          cards: column.openCases,
          frames: frames.length,
          scrolledPx: scroll.scrolledPx,
          frameP95Ms: percentile(frames, 95),
          longestFrameMs: percentile(frames, 100),
          droppedFrames: frames.filter((gap) => gap > DROPPED_FRAME_MS).length,
        },
        openCasePageMs: {
          first: Math.round(caseOpens[0] ?? -1),
          count: laterCaseOpens.length,
          p50: percentile(laterCaseOpens, 50),
          p95: openCaseP95Ms,
          max: percentile(laterCaseOpens, 100),
          budget: BUDGET.openCaseMs,
        },
        heapMb: { used: heapMb, budget: BUDGET.heapMb },
        withinBudget:
          openMs <= BUDGET.openMs &&
          afterChangesMs <= BUDGET.openMs &&
          withoutSnapshotMs <= BUDGET.openMs &&
          keystrokeP95Ms <= BUDGET.keystrokeP95Ms &&
          filterP95Ms <= BUDGET.keystrokeP95Ms &&
          openCaseP95Ms <= BUDGET.openCaseMs &&
          heapMb <= BUDGET.heapMb,
      });
    },
  );
});
