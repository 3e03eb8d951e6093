import { useLiveQuery } from 'dexie-react-hooks';
import type { Agency, Member } from '../../../../shared/domain/directory';
import { compareText } from '../../../../shared/people/members';
import { useTeamDb } from '../../../app/team/useTeamDb';

export interface Directory {
  members: Member[];
  agencies: Agency[];
}

/**
 * Members (people who left included) and agencies, not deleted, by name — read in one query so a large directory
 * renders once rather than once per table.
 */
export function useDirectory(): Directory | undefined {
  const db = useTeamDb();
  return useLiveQuery(async () => {
    const [members, agencies] = await Promise.all([
      db.rows('members').toArray(),
      db.rows('agencies').toArray(),
    ]);
    return {
      members: members.filter((row) => !row.deleted).sort((a, b) => compareText(a.name, b.name)),
      agencies: agencies.filter((row) => !row.deleted).sort((a, b) => compareText(a.name, b.name)),
    };
  }, [db]);
}
