import { describe, expect, it } from 'vitest';
import { roleChangeProblem, type RoleMember } from './roleChange';

const person = (
  id: string,
  teamRole: 'leader' | 'member',
  status: RoleMember['status'] = 'active',
): RoleMember => ({
  id,
  teamRole,
  status,
  deleted: false,
});

describe('changing team roles', () => {
  it('refuses to take the role from the last team leader, in plain words', () => {
    const members = [person('a', 'leader'), person('b', 'member')];
    expect(roleChangeProblem(members, 'a', 'member')).toMatch(/at least one team leader/);
  });

  it('does not count a leader who has left as the one who remains', () => {
    const members = [person('a', 'leader'), person('b', 'leader', 'left')];
    expect(roleChangeProblem(members, 'a', 'member')).not.toBeNull();
  });

  it('lets a leader step down when another active leader remains', () => {
    const members = [person('a', 'leader'), person('b', 'leader')];
    expect(roleChangeProblem(members, 'a', 'member')).toBeNull();
  });

  it('always lets someone become a leader', () => {
    expect(roleChangeProblem([person('b', 'member')], 'b', 'leader')).toBeNull();
  });
});
