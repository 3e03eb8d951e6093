import { useLiveQuery } from 'dexie-react-hooks';
import type { SavedView } from '../../../shared/domain/board';
import { useTeamDb } from '../../app/team/useTeamDb';

/** The person's own saved board views, by name; undefined while loading. */
export function useSavedViews(personId: string | null): SavedView[] | undefined {
  const db = useTeamDb();
  return useLiveQuery(async () => {
    if (personId === null) return [];
    const rows = await db.rows('savedViews').where('ownerId').equals(personId).toArray();
    return rows.filter((view) => !view.deleted).sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  }, [db, personId]);
}
