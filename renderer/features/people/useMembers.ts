import { useLiveQuery } from 'dexie-react-hooks';
import type { Member } from '../../../shared/domain/directory';
import type { TeamDb } from '../../db/teamDb';
import { compareText } from '../../../shared/people/members';

/** Every member not deleted, people who have left included (their names stay on what they wrote), by name. */
export function useMembers(db: TeamDb): Member[] | undefined {
  return useLiveQuery(async () => {
    const rows = await db.rows('members').toArray();
    return rows.filter((member) => !member.deleted).sort((a, b) => compareText(a.name, b.name));
  }, [db]);
}
