import { useContext } from 'react';
import { TeamContext, type TeamValue } from './TeamProvider';

/** The open team, its database and the person working. */
export function useTeam(): TeamValue {
  const value = useContext(TeamContext);
  if (!value) throw new Error('useTeam is used outside TeamProvider.');
  return value;
}
