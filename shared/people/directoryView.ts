/** Filtering and sorting the directory table: pure, so the table and its tests agree on the order. */
import type { Agency, Member, Weekday } from '../domain/directory';
import { WEEKDAYS } from '../domain/directory';
import { professionLabel, compareText } from './members';

export interface DirectoryFilters {
  agencyId: string;
  profession: string;
  skill: string;
  day: Weekday | '';
  /** Also show people who have left. */
  includeLeft: boolean;
}

export const NO_FILTERS: DirectoryFilters = {
  agencyId: '',
  profession: '',
  skill: '',
  day: '',
  includeLeft: false,
};

export const SORT_COLUMNS = ['name', 'profession', 'roleTitle', 'agency', 'days', 'status'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';

export function filterMembers(members: readonly Member[], filters: DirectoryFilters): Member[] {
  const skill = filters.skill.toLowerCase();
  return members.filter(
    (member) =>
      !member.deleted &&
      (filters.includeLeft || member.status !== 'left') &&
      (filters.agencyId === '' ||
        member.employingAgencyId === filters.agencyId ||
        member.hostAgencyId === filters.agencyId) &&
      (filters.profession === '' || member.profession === filters.profession) &&
      (skill === '' || member.skills.some((item) => item.toLowerCase() === skill)) &&
      (filters.day === '' || member.officeDays.includes(filters.day)),
  );
}

function sortKey(member: Member, column: SortColumn, agencies: ReadonlyMap<string, Agency>): string | number {
  switch (column) {
    case 'name':
      return member.name;
    case 'profession':
      return professionLabel(member);
    case 'roleTitle':
      return member.roleTitle;
    case 'agency':
      return member.employingAgencyId === null ? '' : (agencies.get(member.employingAgencyId)?.name ?? '');
    case 'days':
      // Fewest days first, then earliest in the week, so "Mon, Tue" comes before "Thu, Fri".
      return (
        member.officeDays.length * 10 + (member.officeDays[0] ? WEEKDAYS.indexOf(member.officeDays[0]) : 9)
      );
    case 'status':
      return member.status;
  }
}

export function sortMembers(
  members: readonly Member[],
  column: SortColumn,
  direction: SortDirection,
  agencies: ReadonlyMap<string, Agency>,
): Member[] {
  const keyed = members.map((member) => ({ member, key: sortKey(member, column, agencies) }));
  const sign = direction === 'ascending' ? 1 : -1;
  keyed.sort((a, b) => {
    const order =
      typeof a.key === 'number' && typeof b.key === 'number'
        ? a.key - b.key
        : compareText(String(a.key), String(b.key));
    return sign * order || compareText(a.member.name, b.member.name);
  });
  return keyed.map((entry) => entry.member);
}
