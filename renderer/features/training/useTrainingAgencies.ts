/** The team's agencies that are not deleted, by name, for totals by agency; undefined while loading. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Agency } from '../../../shared/domain/directory';
import { useTeamDb } from '../../app/team/useTeamDb';

export function useTrainingAgencies(): Agency[] | undefined {
  const db = useTeamDb();
  return useLiveQuery(async () => {
    const rows = await db.rows('agencies').toArray();
    return rows.filter((row) => !row.deleted).sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  }, [db]);
}
