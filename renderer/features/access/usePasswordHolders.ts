import { useLiveQuery } from 'dexie-react-hooks';
import type { TeamDb } from '../../db/teamDb';

/** The members who have set a personal password (never the password, nor its check); undefined while loading. */
export function usePasswordHolders(db: TeamDb): Set<string> | undefined {
  return useLiveQuery(async () => {
    const rows = await db.rows('passwords').toArray();
    return new Set(rows.filter((row) => !row.deleted && row.verifier !== null).map((row) => row.id));
  }, [db]);
}
