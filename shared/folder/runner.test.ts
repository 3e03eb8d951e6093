import { describe, expect, it } from 'vitest';
import type { CycleResult } from './engine';
import type { FolderPort } from './folderPort';
import { FolderRunner, type Timers } from './runner';
import type { FolderStatus } from './status';

const STATUS: FolderStatus = {
  checkedAt: null,
  troubles: [],
  peers: [],
  lastChange: null,
  waitingToGoSince: null,
  busy: null,
};

/** A clock that only moves when the test says, with timers that fire as it passes them. */
function manualTimers() {
  let now = 0;
  let next = 0;
  const due = new Map<number, { at: number; run: () => void }>();
  const timers: Timers = {
    now: () => now,
    setTimeout(run, ms) {
      next += 1;
      due.set(next, { at: now + ms, run });
      return next;
    },
    clearTimeout(handle) {
      if (typeof handle === 'number') due.delete(handle);
    },
  };
  async function pass(ms: number) {
    const until = now + ms;
    for (;;) {
      const [id, soonest] = [...due].sort((a, b) => a[1].at - b[1].at)[0] ?? [];
      if (id === undefined || !soonest || soonest.at > until) break;
      due.delete(id);
      now = soonest.at;
      soonest.run();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    now = until;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return { timers, pass, pending: () => due.size };
}

function setUp(nextWriteAt: () => number | null = () => null) {
  const clock = manualTimers();
  const rounds: number[] = [];
  let notify: () => void = () => undefined;
  const port = {
    watch(onChange: () => void) {
      notify = onChange;
      return () => {
        notify = () => undefined;
      };
    },
  } as Pick<FolderPort, 'watch'> as FolderPort;
  const engine = {
    async cycle(): Promise<CycleResult> {
      rounds.push(clock.timers.now());
      return { status: STATUS, nextWriteAt: nextWriteAt() };
    },
  };
  const runner = new FolderRunner({
    engine,
    port,
    timers: clock.timers,
    pollMs: 10_000,
    onStatus: () => undefined,
  });
  return { clock, rounds, runner, notify: () => notify() };
}

describe('running the team folder', () => {
  it('looks at once, then every few seconds even when the folder says nothing', async () => {
    const { clock, rounds, runner } = setUp();
    runner.start();
    await clock.pass(35_000);
    expect(rounds).toEqual([0, 10_000, 20_000, 30_000]);
    await runner.stop();
  });

  it('looks again soon after the folder says something changed', async () => {
    const { clock, rounds, runner, notify } = setUp();
    runner.start();
    await clock.pass(1_000);
    notify();
    notify();
    await clock.pass(1_000);
    expect(rounds).toEqual([0, 1_400]);
    await runner.stop();
  });

  it('wakes when this PC’s next file is due', async () => {
    const { clock, rounds, runner } = setUp(() => (clock.timers.now() < 5_000 ? 5_000 : null));
    runner.start();
    await clock.pass(6_000);
    expect(rounds).toEqual([0, 5_000]);
    await runner.stop();
  });

  it('does nothing more once stopped', async () => {
    const { clock, rounds, runner, notify } = setUp();
    runner.start();
    await clock.pass(1);
    await runner.stop();
    notify();
    await clock.pass(60_000);
    expect(rounds).toEqual([0]);
    expect(clock.pending()).toBe(0);
  });
});
