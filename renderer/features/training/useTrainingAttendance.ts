/** Every attendance row that is not deleted (all entries); undefined while loading. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { TrainingAttendance } from '../../../shared/domain/training';
import { useTeamDb } from '../../app/team/useTeamDb';

export function useTrainingAttendance(): TrainingAttendance[] | undefined {
  const db = useTeamDb();
  return useLiveQuery(async () => {
    const rows = await db.rows('trainingAttendance').toArray();
    return rows.filter((row) => !row.deleted);
  }, [db]);
}
