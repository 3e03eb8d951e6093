import { useContext } from 'react';
import { TeamContext, type TeamValue } from './teamContexts';

/** The open team, the other teams on this PC, and opening or adding one. */
export function useTeam(): TeamValue {
  const value = useContext(TeamContext);
  if (!value) throw new Error('useTeam is used outside TeamProvider.');
  return value;
}
