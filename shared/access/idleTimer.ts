/**
 * Deciding when the app should lock itself. Two clocks are combined: the last time the person used this app
 * (keys, pointer, wheel, focus — reported by the interface) and, in the desktop app, how long the whole PC has been
 * left alone. The app locks only when both have been quiet for the chosen time, so someone typing in another
 * program at the same desk is not locked out, while a walked-away PC always locks.
 */
export interface IdleTimerOptions {
  timeoutMs: number;
  onIdle: () => void;
  /** Seconds since the PC was last used anywhere; null where the platform cannot tell (a web browser). */
  systemIdleSeconds?: () => Promise<number | null>;
  /** How often to check. Short enough that the lock comes within seconds of the chosen time. */
  checkEveryMs?: number;
  /** Activity reported more often than this is ignored, so a moving pointer costs next to nothing. */
  throttleMs?: number;
  now?: () => number;
}

/** Has nobody used the app (and, where known, the PC) for at least `timeoutMs`? */
export function isIdle(input: {
  now: number;
  lastActivityAt: number;
  systemIdleSeconds: number | null;
  timeoutMs: number;
}): boolean {
  const appIdle = input.now - input.lastActivityAt;
  const idle = input.systemIdleSeconds === null ? appIdle : Math.min(appIdle, input.systemIdleSeconds * 1000);
  return idle >= input.timeoutMs;
}

export class IdleTimer {
  private lastActivityAt: number;
  private interval: ReturnType<typeof setInterval> | null = null;
  private checking = false;
  private readonly now: () => number;
  private timeoutMs: number;

  constructor(private readonly options: IdleTimerOptions) {
    this.now = options.now ?? (() => Date.now());
    this.timeoutMs = options.timeoutMs;
    this.lastActivityAt = this.now();
  }

  /** Starts watching; the quiet time counts from now. */
  start(): void {
    this.stop();
    this.lastActivityAt = this.now();
    this.interval = setInterval(() => void this.check(), this.options.checkEveryMs ?? 5_000);
  }

  stop(): void {
    if (this.interval !== null) clearInterval(this.interval);
    this.interval = null;
  }

  get running(): boolean {
    return this.interval !== null;
  }

  setTimeoutMs(timeoutMs: number): void {
    this.timeoutMs = timeoutMs;
  }

  /** The person did something in the app. */
  noteActivity(): void {
    const now = this.now();
    if (now - this.lastActivityAt < (this.options.throttleMs ?? 1_000)) return;
    this.lastActivityAt = now;
  }

  private async check(): Promise<void> {
    if (this.checking || !this.running) return;
    if (this.now() - this.lastActivityAt < this.timeoutMs) return;
    this.checking = true;
    try {
      let systemIdleSeconds: number | null = null;
      try {
        systemIdleSeconds = (await this.options.systemIdleSeconds?.()) ?? null;
      } catch {
        // If the PC cannot say, the app's own quiet time decides: locking too readily beats never locking.
        systemIdleSeconds = null;
      }
      const idle = isIdle({
        now: this.now(),
        lastActivityAt: this.lastActivityAt,
        systemIdleSeconds,
        timeoutMs: this.timeoutMs,
      });
      if (idle && this.running) {
        this.stop();
        this.options.onIdle();
      }
    } finally {
      this.checking = false;
    }
  }
}
