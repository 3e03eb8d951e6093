/** Changing someone's team role: a team always keeps at least one active leader, or nobody could manage it. */
import type { Member, TeamRole } from '../domain/directory';
import { isActiveLeader } from '../domain/roles';

export type RoleMember = Pick<Member, 'id' | 'teamRole' | 'status' | 'deleted'>;

/** Plain words for why this change is refused, or null when it may go ahead. */
export function roleChangeProblem(
  members: readonly RoleMember[],
  memberId: string,
  role: TeamRole,
): string | null {
  const member = members.find((candidate) => candidate.id === memberId);
  if (!member || member.deleted) return 'This person is no longer in the team.';
  if (role === 'leader' || member.teamRole !== 'leader') return null;
  const otherLeaders = members.filter((candidate) => candidate.id !== memberId && isActiveLeader(candidate));
  if (otherLeaders.length === 0) {
    return 'The team must keep at least one team leader. Make someone else a team leader first.';
  }
  return null;
}
