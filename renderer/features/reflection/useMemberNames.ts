/** Every member's name by id, including those who have left, so old sessions still name people. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useTeamDb } from '../../app/team/useTeamDb';

export function useMemberNames(): Map<string, string> | undefined {
  const db = useTeamDb();
  return useLiveQuery(async () => {
    const rows = await db.rows('members').toArray();
    return new Map(rows.map((row) => [row.id, row.name]));
  }, [db]);
}
