/** A suggested reference for a new case: the next free "JU-0001" style number. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useTeamDb } from '../../../app/team/useTeamDb';
import { nextFreeReference } from '../caseCommands';

export function useNextReference(): string | undefined {
  const db = useTeamDb();
  return useLiveQuery(() => nextFreeReference(db), [db]);
}
