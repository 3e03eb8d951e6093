/**
 * Required training: what a profession must renew (an annual child-protection refresher, say), and when each
 * member is next due. The due date is the last matching done training plus the renewal interval, by calendar
 * months (date-fns keeps month ends sensible: 31 January plus one month is the end of February). Which training counts
 * is chosen from the team's own log, by title or by type, never a word found inside a title.
 */
import { addDays, addMonths, parseISO } from 'date-fns';
import type { Member } from '../domain/directory';
import type { RequiredTraining, TrainingAttendance, TrainingEntry, TrainingType } from '../domain/training';
import { takenPart } from './attendance';
import { isoDay } from '../dates';

export const DUE_SOON_DAYS = 30;

/**
 * A training title as it is compared: the same name typed with other capitals, spaces, curly quotes or dashes is
 * the same training, so a refresher logged next year under the same name counts.
 */
export function titleKey(title: string): string {
  return title
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .toLocaleLowerCase('en-GB')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Nothing has been chosen from the list: the requirement still says what counts as it did before data version 5. */
export function countsByOldWords(requirement: RequiredTraining): boolean {
  return (
    requirement.acceptsTitles.length === 0 &&
    requirement.acceptsTypes.length === 0 &&
    requirement.matchText.trim() !== ''
  );
}

/** Whether done training counts for a requirement; built once per requirement, then asked of every entry. */
export function requirementMatcher(requirement: RequiredTraining): (entry: TrainingEntry) => boolean {
  const { acceptsTitles, acceptsTypes, matchText, matchType } = requirement;
  if (acceptsTitles.length > 0 || acceptsTypes.length > 0) {
    const titles = new Set(acceptsTitles.map(titleKey));
    const types = new Set<TrainingType>(acceptsTypes);
    return (entry) => types.has(entry.type) || titles.has(titleKey(entry.title));
  }
  // The reading of a requirement set before choices, kept exactly (decision 0027).
  const text = matchText.trim().toLocaleLowerCase('en-GB');
  if (text === '' && matchType === null) return () => false;
  return (entry) =>
    (matchType === null || entry.type === matchType) &&
    (text === '' || entry.title.toLocaleLowerCase('en-GB').includes(text));
}

export function matchesRequirement(requirement: RequiredTraining, entry: TrainingEntry): boolean {
  return requirementMatcher(requirement)(entry);
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
    const matches = requirementMatcher(requirement);
    for (const { entry, attendance: row } of taken) {
      if (!matches(entry)) continue;
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
