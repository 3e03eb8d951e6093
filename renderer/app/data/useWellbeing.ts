/** The team's wellbeing framework and its own indicators (retired ones too, which still name cases), live. */
import { useMemo } from 'react';
import type { WellbeingIndicator, WellbeingSetting } from '../../../shared/domain/wellbeing';
import { useLiveRows } from './useLiveRows';
import { useTeamRecord } from './useTeamRecord';

const byPosition = (a: WellbeingIndicator, b: WellbeingIndicator) =>
  a.position - b.position || a.id.localeCompare(b.id);

/** Undefined while loading, so that no screen names an indicator in the wrong framework's words meanwhile. */
export function useWellbeing(): WellbeingSetting | undefined {
  const team = useTeamRecord();
  const own = useLiveRows('wellbeingIndicators', { order: byPosition });
  return useMemo(
    () =>
      team === undefined || own === undefined
        ? undefined
        : { framework: team?.wellbeingFramework ?? 'shanarri', own },
    [team, own],
  );
}
