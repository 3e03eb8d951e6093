import { useEffect } from 'react';
import { dropTeamKeys } from '../../db/keys/heldKeys';

/**
 * Lock means locked: while the app is covered (locked, or someone is choosing who they are), only the open team's
 * key stays in memory; closing or reloading the window drops every key (the next start asks for the passphrase).
 */
export function useKeysLockedAway(openTeamId: string | null, covered: boolean): void {
  useEffect(() => {
    if (covered && openTeamId !== null) dropTeamKeys(openTeamId);
  }, [covered, openTeamId]);
  useEffect(() => {
    const dropAll = () => dropTeamKeys();
    window.addEventListener('pagehide', dropAll);
    return () => window.removeEventListener('pagehide', dropAll);
  }, []);
}
