/**
 * Every member ever in the directory, by id, so that a name still shows on rows written by someone who has left.
 * Deleted members keep their name too: the audit trail names them anyway.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Member } from '../../../shared/domain/directory';
import { useTeamDb } from '../../app/team/useTeamDb';

export function useMemberNames(): ReadonlyMap<string, Member> | undefined {
  const db = useTeamDb();
  return useLiveQuery(async () => {
    const rows = await db.rows('members').toArray();
    return new Map(rows.map((row) => [row.id, row]));
  }, [db]);
}
