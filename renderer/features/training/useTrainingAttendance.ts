/** Every attendance row that is not deleted (all entries); undefined while loading. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { TrainingAttendance } from '../../../shared/domain/training';
import { useTeam } from '../../app/team/useTeam';

export function useTrainingAttendance(): TrainingAttendance[] | undefined {
  const { db } = useTeam();
  return useLiveQuery(async () => {
    const rows = await db.rows('trainingAttendance').toArray();
    return rows.filter((row) => !row.deleted);
  }, [db]);
}
