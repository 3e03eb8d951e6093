/**
 * The day the team was set up in the app (YYYY-MM-DD), from its team record; null when there is none, undefined
 * while loading. People entered then were already in the team, not new starters.
 */
import { recordCreatedOn } from '../../../shared/training/coverage';
import { useTeamRecord } from '../../app/data/useTeamRecord';

export function useTeamSetUpOn(): string | null | undefined {
  const record = useTeamRecord();
  return record && recordCreatedOn(record);
}
