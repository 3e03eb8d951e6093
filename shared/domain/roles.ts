/**
 * Who may do what in a team. Leaders look after the team's shape (columns, templates, roles, PINs on a shared PC),
 * may purge deleted records for good and may bring in a file from a PC whose clock is ahead; members do everything
 * else. Kept pure so every module and the tests share one rule.
 */
import type { Member } from './directory';

export const PERMISSIONS = [
  'manage-columns',
  'manage-templates',
  'manage-roles',
  'reset-pins',
  'purge',
  'bring-in-ahead',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** What a permission lets someone do, in plain words (for messages that explain why a button is missing). */
export const PERMISSION_LABELS: Record<Permission, string> = {
  'manage-columns': "change the board's columns",
  'manage-templates': 'change templates',
  'manage-roles': "change people's roles",
  'reset-pins': "clear someone's PIN on this PC",
  purge: 'remove deleted records for good',
  'bring-in-ahead': 'bring in a file from a PC whose clock is ahead',
};

export type RoleHolder = Pick<Member, 'teamRole' | 'status' | 'deleted'>;

/** A leader who has left or been deleted keeps no powers: only an active leader counts. */
export function isActiveLeader(member: RoleHolder | null | undefined): boolean {
  return member != null && !member.deleted && member.status === 'active' && member.teamRole === 'leader';
}

export function can(member: RoleHolder | null, permission: Permission): boolean {
  // Every permission today belongs to leaders; the switch keeps a new permission from silently defaulting.
  switch (permission) {
    case 'manage-columns':
    case 'manage-templates':
    case 'manage-roles':
    case 'reset-pins':
    case 'purge':
    case 'bring-in-ahead':
      return isActiveLeader(member);
  }
}
