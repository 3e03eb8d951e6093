import { useLiveQuery } from 'dexie-react-hooks';
import { passwordOf } from '../../db/passwords';
import type { TeamDb } from '../../db/teamDb';

/** Whether the member has set a personal password (on any PC whose changes reached this one); undefined while loading. */
export function useHasPassword(db: TeamDb, memberId: string): boolean | undefined {
  return useLiveQuery(async () => (await passwordOf(db, memberId)) !== null, [db, memberId]);
}
