/**
 * Everyone in the directory who is not deleted, people who have left included (their names stay on what they
 * did), by name; undefined while loading. For people who can still be chosen, useCurrentMembers.
 */
import type { Member } from '../../../shared/domain/directory';
import { compareText } from '../../../shared/people/members';
import { useLiveRows } from './useLiveRows';

const byName = (a: Member, b: Member) => compareText(a.name, b.name);

export function useMembers(): Member[] | undefined {
  return useLiveRows('members', { order: byName });
}
