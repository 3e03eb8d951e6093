/** The arithmetic of an agenda item's time box: how long is left, or how far over time it has run. */

export interface TimerReading {
  /** Milliseconds left; 0 once over time. */
  leftMs: number;
  /** Milliseconds past the time box; 0 until then. */
  overMs: number;
  over: boolean;
  /** 0 to 1: how much of the time box has gone (1 once over). */
  fraction: number;
  /** Plain words: "4:30 left", "1:05 over time", or "2:10 so far" without a time box. */
  text: string;
}

/** "m:ss" (or "h:mm:ss" for an hour or more), rounding so the display reaches 0:00 exactly at the end. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

export function readTimer(minutes: number | null, elapsedMs: number): TimerReading {
  const elapsed = Math.max(0, elapsedMs);
  if (minutes === null) {
    return { leftMs: 0, overMs: 0, over: false, fraction: 0, text: `${formatClock(elapsed)} so far` };
  }
  const boxMs = minutes * 60_000;
  const leftMs = Math.max(0, boxMs - elapsed);
  const overMs = Math.max(0, elapsed - boxMs);
  const over = overMs >= 1000;
  return {
    leftMs,
    overMs,
    over,
    fraction: boxMs === 0 ? 1 : Math.min(1, elapsed / boxMs),
    text: over ? `${formatClock(overMs)} over time` : `${formatClock(leftMs)} left`,
  };
}

/** A running stopwatch reduced to numbers, so pausing and restarting never loses time. */
export interface StopwatchState {
  /** Time counted before the current run. */
  accumulatedMs: number;
  /** When the current run started (ms since epoch), or null while paused. */
  runningSince: number | null;
}

export const STOPPED: StopwatchState = { accumulatedMs: 0, runningSince: null };

export function elapsed(state: StopwatchState, now: number): number {
  return state.accumulatedMs + (state.runningSince === null ? 0 : Math.max(0, now - state.runningSince));
}

export function start(state: StopwatchState, now: number): StopwatchState {
  return state.runningSince === null ? { ...state, runningSince: now } : state;
}

export function pause(state: StopwatchState, now: number): StopwatchState {
  return state.runningSince === null ? state : { accumulatedMs: elapsed(state, now), runningSince: null };
}

/** Total agenda minutes in hours, rounded to the quarter hour (for a training record of the session). */
export function agendaHours(minutes: readonly (number | null)[]): number {
  const total = minutes.reduce<number>((sum, value) => sum + (value ?? 0), 0);
  return Math.round((total / 60) * 4) / 4;
}
