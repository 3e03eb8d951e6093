/** "Who is in today": members expected in the shared office on a given day, from their office days. */
import { getISODay, parseISO } from 'date-fns';
import type { Member, Weekday } from '../domain/directory';
import { WEEKDAYS } from '../domain/directory';
import { compareText } from './members';

/** The weekday of a YYYY-MM-DD date, or null at the weekend (the team's office days are Monday to Friday). */
export function weekdayOf(date: string): Weekday | null {
  const day = getISODay(parseISO(date));
  return WEEKDAYS[day - 1] ?? null;
}

export interface DayInOffice {
  /** Expected in, by name. */
  inOffice: Member[];
  /** Would be in on this day but are on leave. */
  onLeave: Member[];
}

/** Live members whose office days include the weekday; people on leave are listed apart, people who left not at all. */
export function whoIsIn(members: readonly Member[], day: Weekday | null): DayInOffice {
  const inOffice: Member[] = [];
  const onLeave: Member[] = [];
  if (day === null) return { inOffice, onLeave };
  for (const member of members) {
    if (member.deleted || member.status === 'left' || !member.officeDays.includes(day)) continue;
    (member.status === 'on-leave' ? onLeave : inOffice).push(member);
  }
  const byName = (a: Member, b: Member) => compareText(a.name, b.name);
  return { inOffice: inOffice.sort(byName), onLeave: onLeave.sort(byName) };
}
