/**
 * Everyone in the directory who is not deleted, including people who have left: the training log keeps their
 * history. By name; undefined while loading.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Member } from '../../../shared/domain/directory';
import { useTeamDb } from '../../app/team/useTeamDb';

export function useAllMembers(): Member[] | undefined {
  const db = useTeamDb();
  return useLiveQuery(async () => {
    const rows = await db.rows('members').toArray();
    return rows.filter((row) => !row.deleted).sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  }, [db]);
}
