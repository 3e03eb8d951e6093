import { describe, expect, it } from 'vitest';
import { PERMISSIONS, can, isActiveLeader } from './roles';

const leader = { teamRole: 'leader', status: 'active', deleted: false } as const;
const member = { teamRole: 'member', status: 'active', deleted: false } as const;

describe('role rules', () => {
  it('lets an active leader do every leader task', () => {
    for (const permission of PERMISSIONS) expect(can(leader, permission)).toBe(true);
  });

  it('lets a member do none of the leader tasks', () => {
    for (const permission of PERMISSIONS) expect(can(member, permission)).toBe(false);
  });

  it('refuses every leader task when nobody is signed in', () => {
    for (const permission of PERMISSIONS) expect(can(null, permission)).toBe(false);
  });

  it('takes leader tasks away from a leader who has left or is on leave', () => {
    expect(can({ ...leader, status: 'left' }, 'purge')).toBe(false);
    expect(can({ ...leader, status: 'on-leave' }, 'manage-roles')).toBe(false);
  });

  it('takes leader tasks away from a deleted leader', () => {
    expect(can({ ...leader, deleted: true }, 'manage-columns')).toBe(false);
    expect(isActiveLeader({ ...leader, deleted: true })).toBe(false);
  });
});
