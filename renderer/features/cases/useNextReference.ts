/** A suggested reference for a new case: the next free "JU-0001" style number. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useTeam } from '../../app/team/useTeam';
import { nextFreeReference } from './caseCommands';

export function useNextReference(): string | undefined {
  const { db } = useTeam();
  return useLiveQuery(() => nextFreeReference(db), [db]);
}
