/** The open team's own record (its name, when it was set up, how long closed cases are kept), live. */
import type { Team } from '../../../shared/domain/team';
import { useTeam } from '../team/useTeam';
import { useRecord } from './useRecord';

export function useTeamRecord(): Team | null | undefined {
  const { team } = useTeam();
  return useRecord('team', team.id);
}
