/** Leaders' commands for who-is-working: roles, PIN resets on this PC, the retention time, and purging. */
import { roleChangeProblem, type RoleMember } from '../../../shared/access/roleChange';
import type { TeamRole } from '../../../shared/domain/directory';
import { can, type Permission } from '../../../shared/domain/roles';
import type { Team } from '../../../shared/domain/team';
import { markReviewed } from '../../db/forReview';
import { clearPin } from '../../db/pins';
import { purgeDeleted, type DeletedItem } from '../../db/recentlyDeleted';
import {
  deleteRecord,
  inOneWrite,
  purgeRecord,
  recordAccessEvent,
  updateRecord,
  WriteError,
  type WriteContext,
} from '../../db/writer';

async function requirePermission(ctx: WriteContext, permission: Permission, words: string): Promise<void> {
  const me = await ctx.db.rows('members').get(ctx.person.id);
  if (!can(me ?? null, permission)) throw new WriteError(`Only a team leader can ${words}.`);
}

/** Gives a member a new team role; refuses to leave the team without an active leader. */
export async function changeTeamRole(ctx: WriteContext, memberId: string, role: TeamRole): Promise<boolean> {
  await requirePermission(ctx, 'manage-roles', 'change people’s roles');
  return inOneWrite(ctx, async () => {
    const members: RoleMember[] = await ctx.db.rows('members').toArray();
    const problem = roleChangeProblem(members, memberId, role);
    if (problem) throw new WriteError(problem);
    return updateRecord(ctx, 'members', memberId, { teamRole: role });
  });
}

/**
 * Clears a member's PIN on this PC; the next time they sign in here they show it is them again (their password,
 * or a leader vouching) and choose a new one. The change history notes who cleared it, where and when.
 */
export async function resetPin(ctx: WriteContext, teamId: string, memberId: string): Promise<void> {
  await requirePermission(ctx, 'reset-pins', 'clear someone’s PIN');
  await clearPin(teamId, memberId);
  await recordAccessEvent(ctx, 'clear-pin', memberId);
}

/** How many months closed cases are kept. */
export async function setClosedCaseRetention(
  ctx: WriteContext,
  teamId: string,
  months: number,
): Promise<boolean> {
  await requirePermission(ctx, 'purge', 'change how long closed cases are kept');
  return updateRecord(ctx, 'team', teamId, { closedCaseRetentionMonths: months });
}

/**
 * Removes a closed case's personal details for good once it is past the team's retention time: it is deleted (if
 * not already) and purged in one write, which keeps the stamped stub and records the purge in the history.
 */
export async function purgeClosedCase(ctx: WriteContext, caseId: string): Promise<boolean> {
  await requirePermission(ctx, 'purge', 'remove records for good');
  return inOneWrite(ctx, async () => {
    const record = await ctx.db.rows('cases').get(caseId);
    if (!record) throw new WriteError('This case is no longer on this PC.');
    if (record.status !== 'closed') throw new WriteError('Only closed cases can be removed this way.');
    if (!record.deleted) await deleteRecord(ctx, 'cases', caseId);
    return purgeRecord(ctx, 'cases', caseId);
  });
}

/** The team's privacy choices (team leaders only). */
export async function setTeamPrivacy(
  ctx: WriteContext,
  teamId: string,
  choices: Partial<Pick<Team, 'supervisorSeesReflections' | 'unsavedKeptHours'>>,
): Promise<boolean> {
  await requirePermission(ctx, 'change-team-settings', 'change the team’s settings');
  return updateRecord(ctx, 'team', teamId, choices);
}

/** Notes that a leader has looked at a change from another PC that broke the team's rules. */
export async function markChangeReviewed(ctx: WriteContext, auditId: string): Promise<void> {
  await requirePermission(ctx, 'review-changes', 'mark a change as reviewed');
  await markReviewed(ctx.db, auditId, ctx.person);
}

/** Removes a deleted record for good from the "Recently deleted" list (leaders only). */
export async function purgeDeletedItem(
  ctx: WriteContext,
  item: Pick<DeletedItem, 'table' | 'id'>,
): Promise<boolean> {
  await requirePermission(ctx, 'purge', 'remove records for good');
  return purgeDeleted(ctx, item);
}
