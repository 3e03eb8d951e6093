/** The board's columns (stages) in board order, retired ones included so a case in one still shows its stage. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { BoardColumn } from '../../../shared/domain/team';
import { useTeamDb } from '../../app/team/useTeamDb';

export function useStages(): BoardColumn[] | undefined {
  const db = useTeamDb();
  return useLiveQuery(async () => {
    const rows = await db.rows('boardColumns').orderBy('position').toArray();
    return rows.filter((row) => !row.deleted);
  }, [db]);
}
