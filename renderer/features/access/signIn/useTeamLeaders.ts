import { isActiveLeader } from '../../../../shared/domain/roles';
import type { Member } from '../../../../shared/domain/directory';
import { useCurrentMembers } from '../../../app/data/useCurrentMembers';

/** The team's active leaders by name, who may vouch for someone at this PC; undefined while loading. */
export function useTeamLeaders(): Member[] | undefined {
  return useCurrentMembers()?.filter((member) => isActiveLeader(member));
}
