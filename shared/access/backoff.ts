/**
 * Slowing down someone guessing a PIN. The first few wrong tries are free (everyone mistypes); after that each
 * wrong try makes the next wait longer. The count and time of the last wrong try are kept on the PC, so closing or
 * reloading the app does not start the count again.
 */
export const FREE_TRIES = 3;
/** Waits after the 3rd, 4th, 5th… wrong try; the last one repeats. */
export const WAITS_MS: readonly number[] = [5_000, 15_000, 60_000, 5 * 60_000, 15 * 60_000];

export interface TryRecord {
  /** Wrong tries since the last right one. */
  failures: number;
  /** When the last wrong try was made (ms since 1970), null if none. */
  lastFailureAt: number | null;
}

export const NO_TRIES: TryRecord = { failures: 0, lastFailureAt: null };

/** How long to wait after this many wrong tries in a row. */
export function waitAfter(failures: number): number {
  if (failures < FREE_TRIES) return 0;
  const index = Math.min(failures - FREE_TRIES, WAITS_MS.length - 1);
  return WAITS_MS[index] ?? 0;
}

/** When the next try may be made (ms since 1970); tries are allowed at once when this is in the past. */
export function nextTryAt(record: TryRecord): number {
  if (record.lastFailureAt === null) return 0;
  return record.lastFailureAt + waitAfter(record.failures);
}

/** Milliseconds still to wait before another try; 0 when a try may be made now. */
export function waitLeft(record: TryRecord, now: number): number {
  return Math.max(0, nextTryAt(record) - now);
}

export function afterWrongTry(record: TryRecord, now: number): TryRecord {
  return { failures: record.failures + 1, lastFailureAt: now };
}

/** "12 seconds", "1 minute", "4 minutes and 30 seconds": how long is left, rounded up to the second. */
export function describeWait(ms: number): string {
  const totalSeconds = Math.max(1, Math.ceil(ms / 1000));
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  const part = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;
  if (minutes === 0) return part(seconds, 'second');
  if (seconds === 0) return part(minutes, 'minute');
  return `${part(minutes, 'minute')} and ${part(seconds, 'second')}`;
}
