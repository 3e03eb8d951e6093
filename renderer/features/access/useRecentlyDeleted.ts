import { useLiveQuery } from 'dexie-react-hooks';
import { listRecentlyDeleted, type DeletedItem } from '../../db/recentlyDeleted';
import type { TeamDb } from '../../db/teamDb';

/** Deleted records not yet removed for good, newest first; undefined while loading. */
export function useRecentlyDeleted(db: TeamDb): DeletedItem[] | undefined {
  return useLiveQuery(() => listRecentlyDeleted(db), [db]);
}
