/**
 * Runs the folder engine's rounds at the right moments: at start, when the folder says something changed (and
 * every few seconds anyway, since network drives often say nothing), when a change is made on this PC, and when
 * this PC's next file is due. One round at a time; a reason to look again during a round runs one more after it.
 */
import type { CycleResult } from './engine';
import type { FolderPort } from './folderPort';
import type { FolderStatus } from './status';

export interface Timers {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface RunnerOptions {
  engine: { cycle(): Promise<CycleResult> };
  port: FolderPort;
  timers: Timers;
  /** Looking at the folder this often even when it says nothing. */
  pollMs?: number;
  /** The folder's own change notices come in bursts: wait this long after the last one. */
  settleMs?: number;
  onStatus: (status: FolderStatus) => void;
}

export const POLL_MS = 10_000;
const SETTLE_MS = 400;

export class FolderRunner {
  private timer: unknown = null;
  private timerAt = Number.POSITIVE_INFINITY;
  private running: Promise<void> | null = null;
  /** The earliest wake-up asked for while a round was running. */
  private requestedAt = Number.POSITIVE_INFINITY;
  private stopped = true;
  private unwatch: (() => void) | null = null;

  constructor(private readonly options: RunnerOptions) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.unwatch = this.options.port.watch?.(() => this.soon()) ?? null;
    this.wakeAt(this.options.timers.now());
  }

  /** Stops, and waits for a round under way to finish (so nothing is written after). */
  async stop(): Promise<void> {
    this.stopped = true;
    this.unwatch?.();
    this.unwatch = null;
    this.clear();
    await this.running;
  }

  /** Something may have changed (in the folder, or on this PC): look again shortly. */
  soon(): void {
    this.wakeAt(this.options.timers.now() + (this.options.settleMs ?? SETTLE_MS));
  }

  /** Look again now (the person asked). */
  now(): Promise<void> {
    this.clear();
    return this.run();
  }

  private clear(): void {
    if (this.timer !== null) this.options.timers.clearTimeout(this.timer);
    this.timer = null;
    this.timerAt = Number.POSITIVE_INFINITY;
  }

  private wakeAt(at: number): void {
    if (this.stopped) return;
    if (this.running) {
      this.requestedAt = Math.min(this.requestedAt, at);
      return;
    }
    if (at >= this.timerAt) return;
    this.clear();
    const { timers } = this.options;
    this.timerAt = at;
    this.timer = timers.setTimeout(
      () => {
        this.timer = null;
        this.timerAt = Number.POSITIVE_INFINITY;
        void this.run();
      },
      Math.max(0, at - timers.now()),
    );
  }

  private run(): Promise<void> {
    if (this.running) {
      this.requestedAt = Math.min(this.requestedAt, this.options.timers.now());
      return this.running;
    }
    const round = async () => {
      let nextWriteAt: number | null = null;
      try {
        const result = await this.options.engine.cycle();
        nextWriteAt = result.nextWriteAt;
        this.options.onStatus(result.status);
      } catch (error) {
        // The engine turns every folder and file problem into its status; anything else must not stop the runner.
        console.error('The team folder round failed', error);
      }
      this.running = null;
      const { timers } = this.options;
      const poll = timers.now() + (this.options.pollMs ?? POLL_MS);
      const requested = this.requestedAt;
      this.requestedAt = Number.POSITIVE_INFINITY;
      this.wakeAt(Math.min(poll, requested, nextWriteAt ?? poll));
    };
    this.running = round();
    return this.running;
  }
}
