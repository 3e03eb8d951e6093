import { useLiveQuery } from 'dexie-react-hooks';
import type { Agency } from '../../../shared/domain/directory';
import type { TeamDb } from '../../db/teamDb';

/** The agencies in the directory (not deleted), by name. */
export function useAgencies(db: TeamDb): Agency[] | undefined {
  return useLiveQuery(async () => {
    const rows = await db.rows('agencies').toArray();
    return rows.filter((agency) => !agency.deleted).sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  }, [db]);
}
