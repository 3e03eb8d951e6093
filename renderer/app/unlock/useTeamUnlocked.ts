import { useCallback, useSyncExternalStore } from 'react';
import { isTeamUnlocked, subscribeToKeys } from '../../db/keys/heldKeys';

/** Whether the team's data key is held in this window, so its database can be opened. */
export function useTeamUnlocked(teamId: string | null): boolean {
  const read = useCallback(() => (teamId === null ? false : isTeamUnlocked(teamId)), [teamId]);
  return useSyncExternalStore(subscribeToKeys, read);
}
