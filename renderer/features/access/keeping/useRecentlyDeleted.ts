import { useLiveQuery } from 'dexie-react-hooks';
import { listRecentlyDeleted, type DeletedItem } from '../../../db/recentlyDeleted';
import { useTeamDb } from '../../../app/team/useTeamDb';

/** Deleted records not yet removed for good, newest first; undefined while loading. */
export function useRecentlyDeleted(): DeletedItem[] | undefined {
  const db = useTeamDb();
  return useLiveQuery(() => listRecentlyDeleted(db), [db]);
}
