/** The training professions must renew, by title; undefined while loading. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { RequiredTraining } from '../../../shared/domain/training';
import { useTeamDb } from '../../app/team/useTeamDb';

export function useRequiredTraining(): RequiredTraining[] | undefined {
  const db = useTeamDb();
  return useLiveQuery(async () => {
    const rows = await db.rows('requiredTraining').toArray();
    return rows.filter((row) => !row.deleted).sort((a, b) => a.title.localeCompare(b.title, 'en-GB'));
  }, [db]);
}
