import { useLiveQuery } from 'dexie-react-hooks';
import { CLOCK_AHEAD_TOLERANCE_MS } from '../../../shared/sync/clockCheck';
import { hlcWallTime } from '../../../shared/sync/hlc';
import { getMeta } from '../../db/meta';
import { useTeamDb } from '../../app/team/useTeamDb';

export interface ClockBehind {
  /** What this PC's wall clock says, in ms. */
  now: number;
  /** The newest change this PC holds (made here or brought in), in ms. */
  latest: number;
}

/**
 * Whether this PC's own clock is implausible: behind the newest change it holds by more than a day (a flat
 * battery, a wrong year). Null when it is not (or while loading).
 */
export function useOwnClockBehind(): ClockBehind | null {
  const db = useTeamDb();
  return (
    useLiveQuery(async () => {
      const mark = await getMeta(db, 'clock');
      if (mark === undefined) return null;
      const latest = hlcWallTime(mark);
      const now = Date.now();
      return latest - now > CLOCK_AHEAD_TOLERANCE_MS ? { now, latest } : null;
    }, [db]) ?? null
  );
}
