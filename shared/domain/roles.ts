/**
 * The tasks that are for team leaders. Leaders look after the team's shape (columns, templates, roles, the team's
 * settings, PINs on a shared PC and vouching for newcomers there), publish procedures, may purge deleted records
 * for good and may bring in a file from a PC whose clock is ahead; members do everything else. The rules that
 * depend on whose record it is, and the review of changes made elsewhere, are in ../access/permissions.ts. Kept
 * pure so every module and the tests share one rule.
 */
import type { Member } from './directory';

export const PERMISSIONS = [
  'manage-columns',
  'manage-templates',
  'manage-roles',
  'reset-pins',
  'vouch',
  'purge',
  'publish-procedures',
  'change-team-settings',
  'review-changes',
  'bring-in-ahead',
  'keep-key-on-pc',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** What a permission lets someone do, in plain words (for messages that explain why a button is missing). */
export const PERMISSION_LABELS: Record<Permission, string> = {
  'manage-columns': "change the board's columns",
  'manage-templates': 'change templates',
  'manage-roles': "change people's roles",
  'reset-pins': "clear someone's PIN on this PC",
  vouch: 'vouch for someone signing in on this PC for the first time',
  purge: 'remove deleted records for good',
  'publish-procedures': 'publish a version of a procedure',
  'change-team-settings': "change the team's settings",
  'review-changes': 'mark changes from other PCs as reviewed',
  'bring-in-ahead': 'bring in a file from a PC whose clock is ahead',
  'keep-key-on-pc': 'let a PC open the team without the passphrase',
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
    case 'vouch':
    case 'purge':
    case 'publish-procedures':
    case 'change-team-settings':
    case 'review-changes':
    case 'bring-in-ahead':
    case 'keep-key-on-pc':
      return isActiveLeader(member);
  }
}
