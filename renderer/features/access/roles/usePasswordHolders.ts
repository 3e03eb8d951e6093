import { useLiveQuery } from 'dexie-react-hooks';
import { useTeamDb } from '../../../app/team/useTeamDb';

/** The members who have set a personal password (never the password, nor its check); undefined while loading. */
export function usePasswordHolders(): Set<string> | undefined {
  const db = useTeamDb();
  return useLiveQuery(async () => {
    const rows = await db.rows('passwords').toArray();
    return new Set(rows.filter((row) => !row.deleted && row.verifier !== null).map((row) => row.id));
  }, [db]);
}
