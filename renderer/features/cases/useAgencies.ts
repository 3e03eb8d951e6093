/** The team's agencies that are not deleted, by name; undefined while loading. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Agency } from '../../../shared/domain/directory';
import { useTeam } from '../../app/team/useTeam';

export function useAgencies(): Agency[] | undefined {
  const { db } = useTeam();
  return useLiveQuery(async () => {
    const rows = await db.rows('agencies').toArray();
    return rows.filter((row) => !row.deleted).sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  }, [db]);
}
