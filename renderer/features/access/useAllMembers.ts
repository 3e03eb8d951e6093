import { useLiveQuery } from 'dexie-react-hooks';
import type { Member } from '../../../shared/domain/directory';
import type { TeamDb } from '../../db/teamDb';

/** Every member not deleted (including those who have left), by name; undefined while loading. */
export function useAllMembers(db: TeamDb): Member[] | undefined {
  return useLiveQuery(async () => {
    const rows = await db.rows('members').toArray();
    return rows.filter((row) => !row.deleted).sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  }, [db]);
}
