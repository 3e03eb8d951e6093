// `npm run bench -- board`: the joint case board on a team of 5,000 cases — opening it, filtering and searching,
// scrolling a stage of 1,000 cards, the memory it holds, and unlocking it with the team passphrase at the start.
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { report, useBenchBrowser } from './harness/browser';
import { profiled } from './harness/profile';
import { seedTeam, signInLeader } from './harness/team';
import { leaveForSettings, percentile, timeRoute } from './harness/timeRoute';
import {
  heapMb,
  measured,
  openBoard,
  openFilters,
  scrollColumn,
  unlockAndOpenBoard,
  waitUntilSnapshotSaved,
  watchFirstCase,
  watchResults,
  type MeasureWindow,
} from './harness/boardPage';

const SIZE = { cases: 5000, members: 300, agencies: 40 };
const BUDGET = {
  openMs: 1000,
  keystrokeP95Ms: 50,
  openCaseMs: 150,
  heapMb: 250,
  unlockBeyondDerivationMs: 1000,
};
/** Typed on the unlock screen once the team is made to need it, at the end of the 5,000-case run. */
const PASSPHRASE = 'correct horse battery staple';
/** A whole authority's joint cases, and what opening and searching them may cost. */
const AUTHORITY = { cases: 50_000, members: 1500, agencies: 120 };
const AUTHORITY_BUDGET = { openMs: 2000, keystrokeP95Ms: 100, heapMb: 500 };
/** Case pages opened from the board's cards; the first also compiles the page's code and is reported apart. */
const CASE_OPENS = 13;
/** What the search benchmark types, a key at a time, deleting each text again. */
const SEARCH_TEXTS = ['JU-01', 'school', 'speech', 'child b'];
/** Times the board is opened afresh and the search texts typed. */
const SEARCH_ROUNDS = 3;
/** Times through every wellbeing concern and review choice. */
const FILTER_ROUNDS = 3;
/** A frame longer than this counts as dropped (one and a half 60 Hz frames). */
const DROPPED_FRAME_MS = 25;

interface BoardBench {
  boardTouchCases(teamId: string, personId: string, count: number): Promise<number>;
  boardForgetSnapshot(teamId: string): Promise<void>;
  boardRequirePassphrase(teamId: string, personId: string, passphrase: string): Promise<number>;
  boardFillFirstColumn(
    teamId: string,
    personId: string,
    count: number,
  ): Promise<{ columnId: string; title: string; openCases: number; ms: number }>;
}
/** The bench page's window (renderer/bench/benchEntry.ts puts the tasks there); casts vanish when sent to the page. */
type BenchWindow = { joinedUpBench: BoardBench };
/**
 * Types each text into the search box and deletes it again, a key at a time; returns each key's time until its
 * result is in the page, and until the frame showing it has been drawn.
 */
async function searchKeystrokes(
  page: Page,
  texts: readonly string[],
): Promise<{ inPage: number[]; drawn: number[] }> {
  await watchResults(page);
  await page.getByLabel('Search cases').focus();
  for (const text of texts) {
    for (const key of text) await measured(page, () => page.keyboard.press(key === ' ' ? 'Space' : key));
    for (let n = 0; n < text.length; n += 1) await measured(page, () => page.keyboard.press('Backspace'));
  }
  return page.evaluate(() => {
    const w = window as unknown as MeasureWindow;
    return { inPage: w.boardLatencies ?? [], drawn: w.boardPaintLatencies ?? [] };
  });
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

      await watchFirstCase(page);
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

      // Three rounds, each typed straight after the board is opened again, as a person opens it and types: the
      // 95th percentile of one round's 48 keystrokes is its third slowest, which moved by 15 ms or more from one
      // round to the next on the same machine.
      const keystrokes: number[] = [];
      const keystrokesPainted: number[] = [];
      for (let round = 0; round < SEARCH_ROUNDS; round += 1) {
        if (round > 0) {
          await openBoard(page);
          await waitUntilSnapshotSaved(page, seeded.teamId);
        }
        const typed = await profiled(page, `board-search-${round}`, () =>
          searchKeystrokes(page, SEARCH_TEXTS),
        );
        keystrokes.push(...typed.inPage);
        keystrokesPainted.push(...typed.drawn);
      }

      await openFilters(page);
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
      const filterChangesPainted = await page.evaluate(
        () => (window as unknown as MeasureWindow).boardPaintLatencies ?? [],
      );

      const scroll = await scrollColumn(page, column.columnId);
      const frames = scroll.gaps.slice(1);
      const heap = await heapMb(page);

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

      // Last, as the day starts: the team passphrase typed (at a real team's work factor), until the first card.
      await page.goto(`${appUrl()}bench/index.html`);
      await page.waitForFunction(() => 'joinedUpBench' in window);
      const derivationMs = await page.evaluate(
        ([teamId, personId, passphrase]) =>
          (window as unknown as BenchWindow).joinedUpBench.boardRequirePassphrase(
            teamId,
            personId,
            passphrase,
          ),
        [seeded.teamId, seeded.leaderId, PASSPHRASE] as const,
      );
      const unlockMs = await unlockAndOpenBoard(page, `${appUrl()}#/board`, PASSPHRASE);
      const unlockBeyondDerivationMs = unlockMs - derivationMs;

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
        heapMb: { used: heap, budget: BUDGET.heapMb },
        unlockToFirstCardMs: {
          total: unlockMs,
          derivationAlone: derivationMs,
          beyondDerivation: unlockBeyondDerivationMs,
          budget: BUDGET.unlockBeyondDerivationMs,
        },
        withinBudget:
          openMs <= BUDGET.openMs &&
          afterChangesMs <= BUDGET.openMs &&
          withoutSnapshotMs <= BUDGET.openMs &&
          keystrokeP95Ms <= BUDGET.keystrokeP95Ms &&
          filterP95Ms <= BUDGET.keystrokeP95Ms &&
          openCaseP95Ms <= BUDGET.openCaseMs &&
          heap <= BUDGET.heapMb &&
          unlockBeyondDerivationMs <= BUDGET.unlockBeyondDerivationMs,
      });
    },
  );

  it('opens and searches a whole authority of 50,000 cases, as a board and as a list', async () => {
    const page = await openBenchPage({ onDisk: true });
    const seeded = await seedTeam(page, AUTHORITY);
    await signInLeader(page, seeded);
    await watchFirstCase(page);
    const views = new Map<'board' | 'list', { openMs: number[]; keystrokes: number[]; heapMb: number }>();
    for (const view of ['board', 'list'] as const) {
      await page.goto(`${appUrl()}#/board${view === 'list' ? '?view=list' : ''}`);
      await page.locator('[data-case-card] a, [data-list-case] a').first().waitFor({ timeout: 300_000 });
      await waitUntilSnapshotSaved(page, seeded.teamId, 300_000);
      // The usual morning: reopened with the snapshot saved; the first reopening may still compile code.
      const opens: number[] = [];
      for (let n = 0; n < 3; n += 1) opens.push(await openBoard(page));
      opens.push(await profiled(page, `authority-${view}-open`, () => openBoard(page)));
      await waitUntilSnapshotSaved(page, seeded.teamId, 300_000);
      const { drawn: keystrokes } = await profiled(page, `authority-${view}-search`, () =>
        searchKeystrokes(page, ['JU-01', 'school', 'child b']),
      );
      views.set(view, { openMs: opens.slice(1), keystrokes, heapMb: await heapMb(page) });
    }
    const figures = Object.fromEntries(
      [...views].map(([view, measuredView]) => {
        const worstOpen = Math.max(...measuredView.openMs);
        const p95 = percentile(measuredView.keystrokes, 95);
        return [
          view,
          {
            openToFirstCaseMs: {
              each: measuredView.openMs,
              worst: worstOpen,
              budget: AUTHORITY_BUDGET.openMs,
            },
            searchKeystrokeUntilDrawnMs: {
              count: measuredView.keystrokes.length,
              p50: percentile(measuredView.keystrokes, 50),
              p95,
              max: percentile(measuredView.keystrokes, 100),
              budgetP95: AUTHORITY_BUDGET.keystrokeP95Ms,
            },
            heapMb: { used: measuredView.heapMb, budget: AUTHORITY_BUDGET.heapMb },
            withinBudget:
              worstOpen <= AUTHORITY_BUDGET.openMs &&
              p95 <= AUTHORITY_BUDGET.keystrokeP95Ms &&
              measuredView.heapMb <= AUTHORITY_BUDGET.heapMb,
          },
        ];
      }),
    );
    report('board-authority', {
      cases: AUTHORITY.cases,
      records: seeded.records,
      seedMs: seeded.ms,
      ...figures,
    });
    // Generating ten times the usual team takes most of this on a busy machine; the measuring itself, minutes.
  }, 2_700_000);
});
