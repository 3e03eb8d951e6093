/**
 * No clock can hold the team hostage. A PC whose wall clock says a wrong year writes stamps from that year; a PC
 * that took them in would move its own clock there, and every change it made afterwards would carry that time too,
 * beating every colleague's real later change. So before a file's times are taken into this PC's clock — its
 * records' change stamps and its version vectors alike — they are compared with this PC's clock, and a file with
 * any time more than a day ahead is held back rather than applied (docs/decisions/0015-no-clock-holds-the-team-
 * hostage.md). Learnt from Actual Budget's clock, which refuses a remote time more than its maximum drift ahead.
 */
import { hlcDevice, hlcWallTime, type Hlc } from './hlc';
import type { SyncedRecord } from './record';
import type { VersionVectors } from './versionVector';

/** How far ahead of this PC's clock a time may be before the file carrying it is held back. */
export const CLOCK_AHEAD_TOLERANCE_MS = 24 * 60 * 60 * 1000;

export interface ClockAhead {
  /** The PC whose change carries the time (not necessarily the PC that made the file). */
  device: string;
  /** Its furthest-ahead stamp in the file. */
  stamp: Hlc;
  wallTime: number;
  /** How far past this PC's clock, in ms. */
  aheadMs: number;
}

/**
 * This PC's clock for the check: the later of its wall clock and the latest time it has already taken in (once a
 * team leader brought a file in on purpose, files of that time flow again).
 */
export function clockReference(now: number, latestTaken: number): number {
  return Math.max(now, latestTaken);
}

/** Every time a file would move this PC's clock to: its rows' stamps and its vectors. */
export function* timesIn(
  tables: Readonly<Record<string, readonly Pick<SyncedRecord, 'stamps'>[] | undefined>>,
  vectors: VersionVectors,
): Generator<Hlc> {
  for (const rows of Object.values(tables)) {
    for (const row of rows ?? []) yield* Object.values(row.stamps);
  }
  for (const vector of Object.values(vectors)) yield* Object.values(vector ?? {});
}

/** The PCs with a time more than the tolerance ahead of `reference`, furthest ahead first; empty when none. */
export function clocksAhead(
  times: Iterable<Hlc>,
  reference: number,
  tolerance: number = CLOCK_AHEAD_TOLERANCE_MS,
): ClockAhead[] {
  const horizon = reference + tolerance;
  const furthest = new Map<string, Hlc>();
  for (const stamp of times) {
    if (hlcWallTime(stamp) <= horizon) continue;
    const device = hlcDevice(stamp);
    const seen = furthest.get(device);
    if (seen === undefined || stamp > seen) furthest.set(device, stamp);
  }
  return [...furthest]
    .map(([device, stamp]) => {
      const wallTime = hlcWallTime(stamp);
      return { device, stamp, wallTime, aheadMs: wallTime - reference };
    })
    .sort((a, b) => b.aheadMs - a.aheadMs);
}
