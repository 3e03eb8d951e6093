/**
 * Every member ever in the directory, by id, deleted ones included: a name still shows on what someone who has
 * left or was removed wrote (the change history names them anyway). Undefined while loading.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Member } from '../../../shared/domain/directory';
import { useTeamDb } from '../team/useTeamDb';

export function useMembersById(): ReadonlyMap<string, Member> | undefined {
  const db = useTeamDb();
  return useLiveQuery(async () => {
    const rows = await db.rows('members').toArray();
    return new Map(rows.map((row) => [row.id, row]));
  }, [db]);
}
