import { describe, expect, it } from 'vitest';
import { makeAuditRow } from '../../tests/factories/audit';
import {
  mayPublishProcedure,
  mayRemoveEntry,
  maySeeReflections,
  mayWriteReflection,
  reviewReason,
  type Actor,
} from './permissions';

const leader: Actor = { id: 'lee', teamRole: 'leader', status: 'active', deleted: false };
const sam: Actor = { id: 'sam', teamRole: 'member', status: 'active', deleted: false };
const ali: Actor = { id: 'ali', teamRole: 'member', status: 'active', deleted: false };

describe('removing a chronology entry, a case note or a view of the child', () => {
  it('is for the person who wrote it', () => {
    expect(mayRemoveEntry(sam, 'sam')).toBe(true);
  });

  it('is not for a colleague who did not write it', () => {
    expect(mayRemoveEntry(ali, 'sam')).toBe(false);
  });

  it('is for a team leader, whoever wrote it', () => {
    expect(mayRemoveEntry(leader, 'sam')).toBe(true);
    expect(mayRemoveEntry(leader, null)).toBe(true);
  });

  it('is not for a member when nobody is named as its author', () => {
    expect(mayRemoveEntry(sam, null)).toBe(false);
  });

  it('is for nobody the app does not know, nor a leader who has left', () => {
    expect(mayRemoveEntry(null, 'sam')).toBe(false);
    expect(mayRemoveEntry({ ...leader, status: 'left' } as Actor, 'sam')).toBe(false);
  });
});

describe('a person’s own training reflections', () => {
  const owner = { id: 'sam', supervisorId: 'ali' };

  it('are seen by their owner', () => {
    expect(maySeeReflections(sam, owner, { supervisorSeesReflections: false })).toBe(true);
  });

  it('are not seen by colleagues, leaders included', () => {
    expect(maySeeReflections(leader, owner, { supervisorSeesReflections: true })).toBe(false);
    expect(maySeeReflections(null, owner, { supervisorSeesReflections: true })).toBe(false);
  });

  it('are seen by their supervisor only where the team has said so', () => {
    expect(maySeeReflections(ali, owner, { supervisorSeesReflections: false })).toBe(false);
    expect(maySeeReflections(ali, owner, { supervisorSeesReflections: true })).toBe(true);
  });

  it('are written by their owner alone', () => {
    expect(mayWriteReflection(sam, 'sam')).toBe(true);
    expect(mayWriteReflection(leader, 'sam')).toBe(false);
  });
});

describe('publishing a version of a procedure', () => {
  it('is for team leaders', () => {
    expect(mayPublishProcedure(leader)).toBe(true);
    expect(mayPublishProcedure(sam)).toBe(false);
  });
});

describe('changes that arrive from another PC', () => {
  const entry = { authorId: 'ali' };

  it('are fine when their maker was allowed to make them', () => {
    expect(reviewReason(makeAuditRow({ table: 'cases' }), { actor: sam, record: {} })).toBeNull();
    const own = makeAuditRow({ table: 'chronology', action: 'delete', fields: ['deleted'] });
    expect(reviewReason(own, { actor: sam, record: { authorId: 'sam' } })).toBeNull();
    expect(reviewReason(own, { actor: leader, record: entry })).toBeNull();
  });

  it('are listed when a member removed a colleague’s chronology entry or view', () => {
    const removal = makeAuditRow({ table: 'chronology', action: 'delete', fields: ['deleted'] });
    expect(reviewReason(removal, { actor: sam, record: entry })).toBe(
      'removed a chronology entry someone else wrote',
    );
    const view = makeAuditRow({ table: 'views', action: 'delete', fields: ['deleted'] });
    expect(reviewReason(view, { actor: sam, record: { recordedBy: 'ali' } })).toMatch(/view of the child/);
  });

  it('are listed when a member published a procedure, changed a role or the columns, or purged', () => {
    const publish = makeAuditRow({
      table: 'procedureVersions',
      fields: ['status', 'publishedAt', 'publishedBy'],
      changes: [{ field: 'status', before: 'draft', after: 'in-force' }],
    });
    expect(reviewReason(publish, { actor: sam, record: {} })).toBe(
      'published a version of a procedure, which only a team leader may do',
    );
    expect(reviewReason(publish, { actor: leader, record: {} })).toBeNull();
    const role = makeAuditRow({
      table: 'members',
      fields: ['teamRole'],
      changes: [{ field: 'teamRole', before: 'member', after: 'leader' }],
    });
    expect(reviewReason(role, { actor: sam, record: {} })).toMatch(/^changed someone’s role/);
    const joined = makeAuditRow({
      table: 'members',
      action: 'create',
      fields: ['name', 'teamRole'],
      changes: [{ field: 'teamRole', before: null, after: 'member' }],
    });
    expect(reviewReason(joined, { actor: sam, record: {} })).toBeNull();
    expect(reviewReason(makeAuditRow({ table: 'boardColumns' }), { actor: sam, record: {} })).toMatch(
      /columns/,
    );
    expect(reviewReason(makeAuditRow({ action: 'purge' }), { actor: sam, record: {} })).toMatch(/for good/);
  });

  it('are listed when someone not known here vouched, or a member vouched', () => {
    const vouch = makeAuditRow({ table: 'members', action: 'vouch' });
    expect(reviewReason(vouch, { actor: null, record: {} })).toMatch(/^vouched/);
    expect(reviewReason(vouch, { actor: sam, record: {} })).toMatch(/^vouched/);
    expect(reviewReason(vouch, { actor: leader, record: {} })).toBeNull();
  });

  it('are listed when someone wrote another person’s own training reflection or password', () => {
    const reflection = makeAuditRow({ table: 'trainingAttendance', fields: ['learnt'] });
    expect(reviewReason(reflection, { actor: sam, record: { memberId: 'ali' } })).toMatch(/reflection/);
    expect(reviewReason(reflection, { actor: ali, record: { memberId: 'ali' } })).toBeNull();
    const password = makeAuditRow({
      table: 'passwords',
      recordId: 'ali',
      personId: 'sam',
      fields: ['verifier'],
    });
    expect(reviewReason(password, { actor: sam, record: {} })).toMatch(/password/);
    expect(reviewReason({ ...password, personId: 'ali' }, { actor: ali, record: {} })).toBeNull();
  });

  it('do not count attendance marked by a colleague as writing their reflection', () => {
    const marked = makeAuditRow({ table: 'trainingAttendance', fields: ['attended'] });
    expect(reviewReason(marked, { actor: sam, record: { memberId: 'ali' } })).toBeNull();
  });
});
