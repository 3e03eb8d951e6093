/**
 * Required training: what a profession must renew (an annual child-protection refresher, say), and when each
 * member is next due. The due date is the last matching done training plus the renewal interval, by calendar
 * months (date-fns keeps month ends sensible: 31 January plus one month is the end of February).
 */
import { addDays, addMonths, parseISO } from 'date-fns';
import type { Member } from '../domain/directory';
import type { RequiredTraining, TrainingAttendance, TrainingEntry } from '../domain/training';
import { takenPart } from './attendance';
import { isoDay } from '../dates';

export const DUE_SOON_DAYS = 30;

export function matchesRequirement(requirement: RequiredTraining, entry: TrainingEntry): boolean {
  if (requirement.matchType !== null && entry.type !== requirement.matchType) return false;
  const text = requirement.matchText.trim().toLocaleLowerCase('en-GB');
  return text === '' || entry.title.toLocaleLowerCase('en-GB').includes(text);
}

/** The date a renewal falls due after training done on `lastDone`. */
export function dueAfter(lastDone: string, renewEveryMonths: number): string {
  return isoDay(addMonths(parseISO(lastDone), renewEveryMonths));
}

export type DueState = 'never' | 'overdue' | 'due-soon' | 'up-to-date';

export interface DueRow {
  requirement: RequiredTraining;
  member: Member;
  /** The latest matching done training this member attended; null when never. */
  lastDone: string | null;
  /** Null when never done: due now. */
  dueOn: string | null;
  state: DueState;
}

export function dueState(dueOn: string | null, today: string, soonDays = DUE_SOON_DAYS): DueState {
  if (dueOn === null) return 'never';
  if (dueOn < today) return 'overdue';
  if (dueOn <= isoDay(addDays(parseISO(today), soonDays))) return 'due-soon';
  return 'up-to-date';
}

/**
 * For every live requirement and every member still in the team whose current profession it applies to: the last
 * time they did it and when they are next due. Sorted soonest due first (never done comes first).
 */
export function dueDates(
  requirements: readonly RequiredTraining[],
  members: readonly Member[],
  entries: readonly TrainingEntry[],
  attendance: readonly TrainingAttendance[],
  today: string,
): DueRow[] {
  const taken = takenPart(entries, attendance).filter(({ entry }) => entry.date <= today);
  const rows: DueRow[] = [];
  for (const requirement of requirements) {
    if (requirement.deleted) continue;
    const latest = new Map<string, string>();
    for (const { entry, attendance: row } of taken) {
      if (!matchesRequirement(requirement, entry)) continue;
      const seen = latest.get(row.memberId);
      if (seen === undefined || entry.date > seen) latest.set(row.memberId, entry.date);
    }
    for (const member of members) {
      if (member.deleted || member.status === 'left') continue;
      if (!requirement.appliesToProfessions.includes(member.profession)) continue;
      const lastDone = latest.get(member.id) ?? null;
      const dueOn = lastDone === null ? null : dueAfter(lastDone, requirement.renewEveryMonths);
      rows.push({ requirement, member, lastDone, dueOn, state: dueState(dueOn, today) });
    }
  }
  return rows.sort(
    (a, b) =>
      (a.dueOn ?? '').localeCompare(b.dueOn ?? '') || a.member.name.localeCompare(b.member.name, 'en-GB'),
  );
}
