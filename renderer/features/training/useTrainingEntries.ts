/** The training log's entries that are not deleted, newest first; undefined while loading. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { TrainingEntry } from '../../../shared/domain/training';
import { useTeamDb } from '../../app/team/useTeamDb';

export function useTrainingEntries(): TrainingEntry[] | undefined {
  const db = useTeamDb();
  return useLiveQuery(async () => {
    const rows = await db.rows('trainingEntries').toArray();
    return rows
      .filter((row) => !row.deleted)
      .sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title, 'en-GB'));
  }, [db]);
}
