import { useLiveQuery } from 'dexie-react-hooks';
import type { TeamDb } from '../../db/teamDb';

/**
 * The name of a member, including one who has left or was removed (their name still signs what they did);
 * undefined while loading, null when no such member is known on this PC.
 */
export function useMemberName(db: TeamDb, memberId: string): string | null | undefined {
  return useLiveQuery(async () => (await db.rows('members').get(memberId))?.name ?? null, [db, memberId]);
}
