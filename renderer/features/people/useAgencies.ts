import { useLiveQuery } from 'dexie-react-hooks';
import type { Agency } from '../../../shared/domain/directory';
import type { TeamDb } from '../../db/teamDb';
import { compareText } from '../../../shared/people/members';

/** The agencies in the directory (not deleted), by name. */
export function useAgencies(db: TeamDb): Agency[] | undefined {
  return useLiveQuery(async () => {
    const rows = await db.rows('agencies').toArray();
    return rows.filter((agency) => !agency.deleted).sort((a, b) => compareText(a.name, b.name));
  }, [db]);
}
