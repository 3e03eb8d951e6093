/**
 * The day the team was set up in the app (YYYY-MM-DD), from its team record; null when there is none, undefined
 * while loading. People entered then were already in the team, not new starters.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { recordCreatedOn } from '../../../shared/training/coverage';
import { useTeamDb } from '../../app/team/useTeamDb';

export function useTeamSetUpOn(): string | null | undefined {
  const db = useTeamDb();
  return useLiveQuery(async () => {
    const [record] = await db.rows('team').toArray();
    return record ? recordCreatedOn(record) : null;
  }, [db]);
}
