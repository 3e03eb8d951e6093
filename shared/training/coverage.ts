/**
 * The team's joint-training coverage: which professions have trained together, who has had no joint training
 * lately, which professions never have, and which new starters have had no induction to the partner agencies.
 * Professions come from the attendance rows (the profession at the time), so history stays true when someone
 * changes profession or leaves.
 */
import { addDays, parseISO, subDays } from 'date-fns';
import type { Member, Profession } from '../domain/directory';
import { PROFESSIONS } from '../domain/directory';
import type { TrainingAttendance, TrainingEntry } from '../domain/training';
import { hlcWallTime } from '../sync/hlc';
import { takenPart } from './attendance';
import { inPeriod, last12Months, type Period } from './period';
import { isoDay } from '../dates';

/** How recently a new starter joined for the induction check. */
export const NEW_STARTER_DAYS = 90;

/** For each member, the dates of the done joint training they attended, oldest first. */
export function jointTrainingByMember(
  entries: readonly TrainingEntry[],
  attendance: readonly TrainingAttendance[],
): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const { entry, attendance: row } of takenPart(entries, attendance)) {
    if (entry.type !== 'joint') continue;
    const dates = map.get(row.memberId) ?? [];
    dates.push(entry.date);
    map.set(row.memberId, dates);
  }
  for (const dates of map.values()) dates.sort();
  return map;
}

/** For each done joint entry in the period, the professions (at the time) of the people who attended it. */
export function professionsPerJointEntry(
  entries: readonly TrainingEntry[],
  attendance: readonly TrainingAttendance[],
  period: Period | null,
): Map<string, Set<Profession>> {
  const map = new Map<string, Set<Profession>>();
  for (const { entry, attendance: row } of takenPart(entries, attendance)) {
    if (entry.type !== 'joint' || (period && !inPeriod(entry.date, period))) continue;
    const set = map.get(entry.id) ?? new Set<Profession>();
    set.add(row.professionAtTheTime);
    map.set(entry.id, set);
  }
  return map;
}

export function pairKey(a: Profession, b: Profession): string {
  return PROFESSIONS.indexOf(a) <= PROFESSIONS.indexOf(b) ? `${a}|${b}` : `${b}|${a}`;
}

export interface CoverageGrid {
  /** Row and column headings, in the directory's order of professions. */
  professions: Profession[];
  /** How many joint trainings each pair took part in together; a profession with itself: how many it took part in. */
  count: (a: Profession, b: Profession) => number;
}

/**
 * The professions × professions grid for a period (the last 12 months on the coverage screen). `include` adds
 * professions to show even with no training (the team's current professions), so gaps are visible.
 */
export function coverageGrid(
  entries: readonly TrainingEntry[],
  attendance: readonly TrainingAttendance[],
  period: Period,
  include: readonly Profession[] = [],
): CoverageGrid {
  const counts = new Map<string, number>();
  const seen = new Set<Profession>(include);
  for (const professions of professionsPerJointEntry(entries, attendance, period).values()) {
    const list = [...professions];
    for (const profession of list) seen.add(profession);
    for (let i = 0; i < list.length; i += 1) {
      for (let j = i; j < list.length; j += 1) {
        const a = list[i];
        const b = list[j];
        if (a === undefined || b === undefined) continue;
        const key = pairKey(a, b);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  return {
    professions: PROFESSIONS.filter((profession) => seen.has(profession)),
    count: (a, b) => counts.get(pairKey(a, b)) ?? 0,
  };
}

/** Members still in the team with no joint training in the 12 months up to today. */
export function membersWithoutRecentJointTraining(
  members: readonly Member[],
  entries: readonly TrainingEntry[],
  attendance: readonly TrainingAttendance[],
  today: string,
): Member[] {
  const period = last12Months(today);
  const joint = jointTrainingByMember(entries, attendance);
  return members.filter(
    (member) =>
      !member.deleted &&
      member.status !== 'left' &&
      !(joint.get(member.id) ?? []).some((date) => inPeriod(date, period)),
  );
}

/** Pairs of different professions, among `professions`, that have never been at a joint training together. */
export function professionsNeverTrainedTogether(
  professions: readonly Profession[],
  entries: readonly TrainingEntry[],
  attendance: readonly TrainingAttendance[],
): [Profession, Profession][] {
  const together = new Set<string>();
  for (const set of professionsPerJointEntry(entries, attendance, null).values()) {
    const list = [...set];
    for (const a of list) for (const b of list) if (a !== b) together.add(pairKey(a, b));
  }
  const ordered = PROFESSIONS.filter((profession) => professions.includes(profession));
  const pairs: [Profession, Profession][] = [];
  for (let i = 0; i < ordered.length; i += 1) {
    for (let j = i + 1; j < ordered.length; j += 1) {
      const a = ordered[i];
      const b = ordered[j];
      if (a !== undefined && b !== undefined && !together.has(pairKey(a, b))) pairs.push([a, b]);
    }
  }
  return pairs;
}

/**
 * When a member joined the team: the secondment start when there is one, otherwise when their directory entry was
 * first written (the earliest stamp on the record: every field is stamped when it is created).
 */
export function memberStartDate(member: Member): string {
  return member.secondmentStart ?? recordCreatedOn(member);
}

export interface NewStarter {
  member: Member;
  startedOn: string;
}

/** People entered within this many days of the team being set up in the app were already in the team. */
export const SETUP_GRACE_DAYS = 14;

/** When the team was set up in the app: the earliest stamp on its team record. */
export function recordCreatedOn(record: { stamps: Record<string, string>; updatedAt: string }): string {
  const walls = Object.values(record.stamps).map(hlcWallTime);
  return isoDay(new Date(walls.length > 0 ? Math.min(...walls) : Date.parse(record.updatedAt)));
}

/**
 * Members who joined in the last 90 days and have not attended an induction to another agency's work. A member
 * without a secondment start who was entered while the team was being set up in the app (`teamSetUpOn` plus two
 * weeks) was already in the team, not a new starter.
 */
export function newStartersWithoutInduction(
  members: readonly Member[],
  entries: readonly TrainingEntry[],
  attendance: readonly TrainingAttendance[],
  today: string,
  teamSetUpOn: string | null = null,
): NewStarter[] {
  const since = isoDay(subDays(parseISO(today), NEW_STARTER_DAYS));
  const setUpUntil = teamSetUpOn === null ? null : isoDay(addDays(parseISO(teamSetUpOn), SETUP_GRACE_DAYS));
  const inducted = new Set(
    takenPart(entries, attendance)
      .filter(({ entry }) => entry.type === 'induction')
      .map(({ attendance: row }) => row.memberId),
  );
  const result: NewStarter[] = [];
  for (const member of members) {
    if (member.deleted || member.status === 'left') continue;
    const startedOn = memberStartDate(member);
    if (member.secondmentStart === null && setUpUntil !== null && startedOn <= setUpUntil) continue;
    if (startedOn >= since && startedOn <= today && !inducted.has(member.id)) {
      result.push({ member, startedOn });
    }
  }
  return result;
}

export interface AgencyTotals {
  /** Null for people recorded without an agency. */
  agencyId: string | null;
  people: number;
  hours: number;
  jointHours: number;
}

/**
 * Hours of done training per agency in a period, by the agency each person was with when they attended; each
 * attendee's hours count once for their agency.
 */
export function totalsByAgency(
  entries: readonly TrainingEntry[],
  attendance: readonly TrainingAttendance[],
  period: Period,
): AgencyTotals[] {
  const totals = new Map<string | null, { people: Set<string>; hours: number; jointHours: number }>();
  for (const { entry, attendance: row } of takenPart(entries, attendance)) {
    if (!inPeriod(entry.date, period)) continue;
    const key = row.agencyIdAtTheTime;
    const total = totals.get(key) ?? { people: new Set<string>(), hours: 0, jointHours: 0 };
    total.people.add(row.memberId);
    total.hours += entry.hours;
    if (entry.type === 'joint') total.jointHours += entry.hours;
    totals.set(key, total);
  }
  return [...totals.entries()].map(([agencyId, total]) => ({
    agencyId,
    people: total.people.size,
    hours: total.hours,
    jointHours: total.jointHours,
  }));
}
