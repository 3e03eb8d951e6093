import { describe, expect, it } from 'vitest';
import { makeMember } from '../../tests/factories/records';
import { makeProcedureRead, makeProcedureVersion } from '../../tests/factories/charter';
import {
  canEditVersion,
  hasRead,
  membersNotRead,
  nextVersionNumber,
  publishChanges,
  shownStatus,
  versionInForce,
  versionsNewestFirst,
} from './versions';

describe('procedure versions', () => {
  it('publishing a draft brings it into force and replaces the version that was in force', () => {
    const v1 = makeProcedureVersion({ number: 1, status: 'superseded' });
    const v2 = makeProcedureVersion({ number: 2, status: 'in-force' });
    const v3 = makeProcedureVersion({ number: 3, status: 'draft', publishedAt: null, publishedBy: null });
    expect(publishChanges([v1, v2, v3], v3.id)).toEqual([
      { id: v2.id, status: 'superseded' },
      { id: v3.id, status: 'in-force' },
    ]);
  });

  it('refuses to publish a version twice', () => {
    const v1 = makeProcedureVersion({ status: 'in-force' });
    expect(() => publishChanges([v1], v1.id)).toThrow('already been published');
  });

  it('when two PCs each published a version, the later publication is in force and the other reads as replaced', () => {
    const early = makeProcedureVersion({ number: 2, publishedAt: '2026-03-01T10:00:00.000Z' });
    const late = makeProcedureVersion({ number: 3, publishedAt: '2026-03-02T10:00:00.000Z' });
    expect(versionInForce([late, early])?.id).toBe(late.id);
    expect(shownStatus(early, [early, late])).toBe('superseded');
    expect(shownStatus(late, [early, late])).toBe('in-force');
  });

  it('never reuses a version number, even one whose draft was deleted', () => {
    const kept = makeProcedureVersion({ number: 1 });
    const deletedDraft = makeProcedureVersion({ number: 2, status: 'draft', deleted: true });
    expect(nextVersionNumber([kept, deletedDraft])).toBe(3);
    expect(nextVersionNumber([])).toBe(1);
  });

  it('lets only drafts be edited', () => {
    expect(canEditVersion({ status: 'draft' })).toBe(true);
    expect(canEditVersion({ status: 'in-force' })).toBe(false);
    expect(canEditVersion({ status: 'superseded' })).toBe(false);
  });

  it('lists live versions newest first', () => {
    const v1 = makeProcedureVersion({ number: 1 });
    const v2 = makeProcedureVersion({ number: 2 });
    const gone = makeProcedureVersion({ number: 3, deleted: true });
    expect(versionsNewestFirst([v1, gone, v2]).map((v) => v.number)).toEqual([2, 1]);
  });
});

describe('who has read the version in force', () => {
  it('a read of an earlier version does not count for the new one', () => {
    const member = makeMember({ name: 'Ruth' });
    const read = makeProcedureRead({ versionId: 'v1', memberId: member.id });
    expect(hasRead([read], 'v1', member.id)).toBe(true);
    expect(hasRead([read], 'v2', member.id)).toBe(false);
    expect(membersNotRead([member], [read], 'v2')).toEqual([member]);
  });

  it('lists only active members, by name, and ignores deleted reads', () => {
    const ann = makeMember({ name: 'Ann' });
    const zed = makeMember({ name: 'Zed' });
    const away = makeMember({ name: 'Away', status: 'on-leave' });
    const left = makeMember({ name: 'Gone', status: 'left' });
    const withdrawn = makeProcedureRead({ versionId: 'v', memberId: ann.id, deleted: true });
    const zedRead = makeProcedureRead({ versionId: 'v', memberId: zed.id });
    expect(membersNotRead([zed, away, left, ann], [withdrawn, zedRead], 'v').map((m) => m.name)).toEqual([
      'Ann',
    ]);
  });
});
