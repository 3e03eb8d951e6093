import { useLiveQuery } from 'dexie-react-hooks';
import type { Member } from '../../../shared/domain/directory';
import { useTeamDb } from './useTeamDb';

/** The team's members who have not left and are not deleted, by name; undefined while loading. */
export function useTeamMembers(): Member[] | undefined {
  const db = useTeamDb();
  return useLiveQuery(async () => {
    const rows = await db.rows('members').toArray();
    return rows
      .filter((member) => !member.deleted && member.status !== 'left')
      .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  }, [db]);
}
