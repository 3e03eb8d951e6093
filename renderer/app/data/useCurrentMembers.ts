/** The members who can be chosen now (not deleted, not left), by name; undefined while loading. */
import { useMemo } from 'react';
import type { Member } from '../../../shared/domain/directory';
import { isCurrentMember } from '../../../shared/people/members';
import { useMembers } from './useMembers';

export function useCurrentMembers(): Member[] | undefined {
  const members = useMembers();
  return useMemo(() => members?.filter(isCurrentMember), [members]);
}
