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

export async function requirePermission(
  writer: WriteContext,
  permission: Permission,
  words: string,
): Promise<void> {
  const me = await writer.db.rows('members').get(writer.person.id);
  if (!can(me ?? null, permission)) throw new WriteError(`Only a team leader can ${words}.`);
}

/** Gives a member a new team role; refuses to leave the team without an active leader. */
export async function changeTeamRole(
  writer: WriteContext,
  memberId: string,
  role: TeamRole,
): Promise<boolean> {
  await requirePermission(writer, 'manage-roles', 'change people’s roles');
  return inOneWrite(writer, async () => {
    const members: RoleMember[] = await writer.db.rows('members').toArray();
    const problem = roleChangeProblem(members, memberId, role);
    if (problem) throw new WriteError(problem);
    return updateRecord(writer, 'members', memberId, { teamRole: role });
  });
}

/**
 * Clears a member's PIN on this PC; the next time they sign in here they show it is them again (their password,
 * or a leader vouching) and choose a new one. The change history notes who cleared it, where and when.
 */
export async function resetPin(writer: WriteContext, teamId: string, memberId: string): Promise<void> {
  await requirePermission(writer, 'reset-pins', 'clear someone’s PIN');
  await clearPin(teamId, memberId);
  await recordAccessEvent(writer, 'clear-pin', memberId);
}

/** How many months closed cases are kept. */
export async function setClosedCaseRetention(
  writer: WriteContext,
  teamId: string,
  months: number,
): Promise<boolean> {
  await requirePermission(writer, 'purge', 'change how long closed cases are kept');
  return updateRecord(writer, 'team', teamId, { closedCaseRetentionMonths: months });
}

/**
 * Removes a closed case's personal details for good once it is past the team's retention time: it is deleted (if
 * not already) and purged in one write, which keeps the stamped stub and records the purge in the history.
 */
export async function purgeClosedCase(writer: WriteContext, caseId: string): Promise<boolean> {
  await requirePermission(writer, 'purge', 'remove records for good');
  return inOneWrite(writer, async () => {
    const record = await writer.db.rows('cases').get(caseId);
    if (!record) throw new WriteError('This case is no longer on this PC.');
    if (record.status !== 'closed') throw new WriteError('Only closed cases can be removed this way.');
    if (!record.deleted) await deleteRecord(writer, 'cases', caseId);
    return purgeRecord(writer, 'cases', caseId);
  });
}

/** The team's privacy choices (team leaders only). */
export async function setTeamPrivacy(
  writer: WriteContext,
  teamId: string,
  choices: Partial<Pick<Team, 'supervisorSeesReflections' | 'unsavedKeptHours'>>,
): Promise<boolean> {
  await requirePermission(writer, 'change-team-settings', 'change the team’s settings');
  return updateRecord(writer, 'team', teamId, choices);
}

/** Notes that a leader has looked at a change from another PC that broke the team's rules. */
export async function markChangeReviewed(writer: WriteContext, auditId: string): Promise<void> {
  await requirePermission(writer, 'review-changes', 'mark a change as reviewed');
  await markReviewed(writer.db, auditId, writer.person);
}

/** Removes a deleted record for good from the "Recently deleted" list (leaders only). */
export async function purgeDeletedItem(
  writer: WriteContext,
  item: Pick<DeletedItem, 'table' | 'id'>,
): Promise<boolean> {
  await requirePermission(writer, 'purge', 'remove records for good');
  return purgeDeleted(writer, item);
}
