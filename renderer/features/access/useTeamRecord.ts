import { useLiveQuery } from 'dexie-react-hooks';
import type { Team } from '../../../shared/domain/team';
import type { TeamDb } from '../../db/teamDb';

/** The team's own record (its name and retention time); null if missing, undefined while loading. */
export function useTeamRecord(db: TeamDb, teamId: string): Team | null | undefined {
  return useLiveQuery(async () => (await db.rows('team').get(teamId)) ?? null, [db, teamId]);
}
