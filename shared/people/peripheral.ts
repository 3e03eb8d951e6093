/**
 * Peripheral members: people at risk of being left out of the team's life — part-time, seconded or not in the
 * shared office — plus secondments about to end and anyone with no part in a case, reflection session or joint
 * training lately. Pure rules over plain arrays, so the date edges can be tested exactly.
 */
import { addDays, differenceInCalendarDays, parseISO } from 'date-fns';
import { isoDay, showDate } from '../dates';
import type { Member } from '../domain/directory';
import { isSeconded, compareText } from './members';

/** Fewer hours than this a week counts as part-time. */
export const FULL_TIME_HOURS = 30;
export const ENDING_SOON_DAYS = 30;
export const INVOLVED_WITHIN_DAYS = 60;

export type PeripheralKind = 'part-time' | 'seconded' | 'not-co-located';

export interface PeripheralReason {
  kind: PeripheralKind;
  text: string;
}

export interface InvolvementLike {
  memberId: string | null;
  until: string | null;
  deleted: boolean;
}
export interface DatedLike {
  id: string;
  date: string;
  deleted: boolean;
}
export interface SessionAttendanceLike {
  sessionId: string;
  memberId: string | null;
  status: string;
  deleted: boolean;
}
export interface TrainingEntryLike extends DatedLike {
  status: string;
}
export interface TrainingAttendanceLike {
  entryId: string;
  memberId: string | null;
  deleted: boolean;
}

/** What counts as taking part. Tables another module has not added yet are simply empty. */
export interface Activity {
  involvements: readonly InvolvementLike[];
  sessions: readonly DatedLike[];
  sessionAttendance: readonly SessionAttendanceLike[];
  trainingEntries: readonly TrainingEntryLike[];
  trainingAttendance: readonly TrainingAttendanceLike[];
}

export const NO_ACTIVITY: Activity = {
  involvements: [],
  sessions: [],
  sessionAttendance: [],
  trainingEntries: [],
  trainingAttendance: [],
};

function days(count: number): string {
  return `${count} ${count === 1 ? 'day' : 'days'}`;
}

/** Why a member may be on the edge of the team; empty when they are not. */
export function peripheralReasons(member: Member): PeripheralReason[] {
  const reasons: PeripheralReason[] = [];
  if (member.hoursPerWeek !== null && member.hoursPerWeek < FULL_TIME_HOURS) {
    reasons.push({ kind: 'part-time', text: `Part-time: ${member.hoursPerWeek} hours a week` });
  } else if (member.coLocated && member.officeDays.length < 5) {
    const count = member.officeDays.length;
    reasons.push({
      kind: 'part-time',
      text: count === 0 ? 'No regular days in the office' : `In the office ${days(count)} a week`,
    });
  }
  if (isSeconded(member)) {
    reasons.push({
      kind: 'seconded',
      text: member.secondmentEnd ? `Seconded until ${showDate(member.secondmentEnd)}` : 'Seconded',
    });
  }
  if (!member.coLocated) reasons.push({ kind: 'not-co-located', text: 'Not based in the shared office' });
  return reasons;
}

/**
 * The latest day each member took part in something, up to and including today: a case they are involved in (an
 * open involvement counts as today), a reflection session they attended, or training done that they attended.
 */
export function lastActiveByMember(activity: Activity, today: string): Map<string, string> {
  const latest = new Map<string, string>();
  const note = (memberId: string | null, date: string) => {
    if (memberId === null || date > today) return;
    const known = latest.get(memberId);
    if (known === undefined || date > known) latest.set(memberId, date);
  };
  for (const row of activity.involvements) if (!row.deleted) note(row.memberId, row.until ?? today);
  const sessionDates = new Map(activity.sessions.filter((s) => !s.deleted).map((s) => [s.id, s.date]));
  for (const row of activity.sessionAttendance) {
    const date = sessionDates.get(row.sessionId);
    if (!row.deleted && row.status === 'attended' && date !== undefined) note(row.memberId, date);
  }
  const entryDates = new Map(
    activity.trainingEntries.filter((e) => !e.deleted && e.status === 'done').map((e) => [e.id, e.date]),
  );
  for (const row of activity.trainingAttendance) {
    const date = entryDates.get(row.entryId);
    if (!row.deleted && date !== undefined) note(row.memberId, date);
  }
  return latest;
}

export interface PeripheralMember {
  member: Member;
  reasons: PeripheralReason[];
}
export interface EndingSecondment {
  member: Member;
  end: string;
  /** 0 when it ends today. */
  daysLeft: number;
}
export interface QuietMember {
  member: Member;
  /** The last day they took part in anything, or null when never. */
  lastActive: string | null;
}

export interface PeripheralView {
  peripheral: PeripheralMember[];
  endingSoon: EndingSecondment[];
  notInvolved: QuietMember[];
}

/** The first day that still counts as "lately" for involvement. */
export function involvedSince(today: string): string {
  return isoDay(addDays(parseISO(today), -INVOLVED_WITHIN_DAYS));
}

/** The leader's view. Members who have left or were deleted are not shown; people on leave are. */
export function peripheralView(
  members: readonly Member[],
  activity: Activity,
  today: string,
): PeripheralView {
  const current = members
    .filter((member) => !member.deleted && member.status !== 'left')
    .sort((a, b) => compareText(a.name, b.name));
  const soonest = isoDay(addDays(parseISO(today), ENDING_SOON_DAYS));
  const since = involvedSince(today);
  const lastActive = lastActiveByMember(activity, today);
  const view: PeripheralView = { peripheral: [], endingSoon: [], notInvolved: [] };
  for (const member of current) {
    const reasons = peripheralReasons(member);
    if (reasons.length > 0) view.peripheral.push({ member, reasons });
    const end = member.secondmentEnd;
    if (end !== null && end >= today && end <= soonest) {
      view.endingSoon.push({
        member,
        end,
        daysLeft: differenceInCalendarDays(parseISO(end), parseISO(today)),
      });
    }
    const last = lastActive.get(member.id) ?? null;
    if (last === null || last < since) view.notInvolved.push({ member, lastActive: last });
  }
  view.endingSoon.sort((a, b) => a.end.localeCompare(b.end));
  return view;
}
