import { useLiveQuery } from 'dexie-react-hooks';
import { membersWithPins } from '../../../db/pins';

/** The members of the team who have a PIN on this PC; undefined while loading. */
export function usePinHolders(teamId: string): Set<string> | undefined {
  return useLiveQuery(async () => new Set(await membersWithPins(teamId)), [teamId]);
}
