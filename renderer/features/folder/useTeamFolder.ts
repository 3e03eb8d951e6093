import { useContext } from 'react';
import { TeamFolderContext, type TeamFolderValue } from './TeamFolderContext';

/** The open team's folder on this PC: its phase, status and commands. */
export function useTeamFolder(): TeamFolderValue {
  const value = useContext(TeamFolderContext);
  if (!value) throw new Error('useTeamFolder is used outside TeamFolderProvider.');
  return value;
}
