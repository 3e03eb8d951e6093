/** Leaders' commands for who-is-working: roles, PIN resets on this PC, the retention time, and purging. */
import { roleChangeProblem, type RoleMember } from '../../../shared/access/roleChange';
import type { TeamRole } from '../../../shared/domain/directory';
import { can, type Permission } from '../../../shared/domain/roles';
import { clearPin } from '../../db/pins';
import { purgeDeleted, type DeletedItem } from '../../db/recentlyDeleted';
import {
  deleteRecord,
  inOneWrite,
  purgeRecord,
  updateRecord,
  WriteError,
  type WriteContext,
} from '../../db/writer';

async function requirePermission(writer: WriteContext, permission: Permission, words: string): Promise<void> {
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

/** Clears a member's PIN on this PC; they choose a new one the next time they sign in here. */
export async function resetPin(writer: WriteContext, teamId: string, memberId: string): Promise<void> {
  await requirePermission(writer, 'reset-pins', 'clear someone’s PIN');
  await clearPin(teamId, memberId);
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

/** Removes a deleted record for good from the "Recently deleted" list (leaders only). */
export async function purgeDeletedItem(
  writer: WriteContext,
  item: Pick<DeletedItem, 'table' | 'id'>,
): Promise<boolean> {
  await requirePermission(writer, 'purge', 'remove records for good');
  return purgeDeleted(writer, item);
}
