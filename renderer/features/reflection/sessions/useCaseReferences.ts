/** Open cases as id and reference only: a case reflection never shows a child's display name. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useTeamDb } from '../../../app/team/useTeamDb';

export interface CaseReference {
  id: string;
  reference: string;
}

export function useCaseReferences(): CaseReference[] | undefined {
  const db = useTeamDb();
  return useLiveQuery(async () => {
    const rows = await db.rows('cases').toArray();
    return rows
      .filter((row) => !row.deleted)
      .map((row) => ({ id: row.id, reference: row.reference }))
      .sort((a, b) => a.reference.localeCompare(b.reference, 'en-GB'));
  }, [db]);
}
