import { useLiveQuery } from 'dexie-react-hooks';
import type { TeamDb } from '../../db/teamDb';

export const DEFAULT_UNSAVED_KEPT_HOURS = 8;

/**
 * How long the team keeps a person's unsaved text in memory for them (hours); the default while loading. It takes the
 * database because TeamProvider, which opens it, reads this before the team's contexts exist.
 */
export function useUnsavedKeptHours(db: TeamDb | null, teamId: string): number {
  return (
    useLiveQuery(
      async () => (db ? (await db.rows('team').get(teamId))?.unsavedKeptHours : undefined),
      [db, teamId],
    ) ?? DEFAULT_UNSAVED_KEPT_HOURS
  );
}
