/** The team's procedures (from the charter) as id and title, for a review of forms and procedures. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useTeamDb } from '../../../app/team/useTeamDb';

export interface ProcedureTitle {
  id: string;
  title: string;
}

export function useProcedureTitles(): ProcedureTitle[] | undefined {
  const db = useTeamDb();
  return useLiveQuery(async () => {
    const rows = await db.rows('procedures').toArray();
    return rows
      .filter((row) => !row.deleted)
      .map((row) => ({ id: row.id, title: row.title }))
      .sort((a, b) => a.title.localeCompare(b.title, 'en-GB'));
  }, [db]);
}
