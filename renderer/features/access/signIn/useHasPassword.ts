import { useLiveQuery } from 'dexie-react-hooks';
import { passwordOf } from '../../../db/passwords';
import { useTeamDb } from '../../../app/team/useTeamDb';

/** Whether the member has set a personal password (on any PC whose changes reached this one); undefined while loading. */
export function useHasPassword(memberId: string): boolean | undefined {
  const db = useTeamDb();
  return useLiveQuery(async () => (await passwordOf(db, memberId)) !== null, [db, memberId]);
}
