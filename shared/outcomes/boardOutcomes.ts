/**
 * "Does it make a difference": the board's outcome measures, as pure functions over rows and a period. The case
 * board's outcomes page shows them, and the charter module shows some of them as measured targets, so both read
 * the same definitions:
 *
 * - services: of the services recommended in the period, how many were obtained, and the median days it took;
 * - reviews: of the reviews held in the period, how many were held on or before the date they were due;
 * - actions: of the actions due in the period, how many were done on or before their due date, per agency of the
 *   person who owns them (dropped actions are left out: nobody is still expected to do them);
 * - cases per lead professional: open cases now, whatever the period.
 *
 * Deleted rows never count. Dates are calendar dates `YYYY-MM-DD`; both ends of a period are included.
 */
import { median } from '../median';
import type { Action, Case, ChronologyEntry, Service } from '../domain/cases';
import type { Member } from '../domain/directory';

export interface Period {
  /** First day included, YYYY-MM-DD. */
  from: string;
  /** Last day included, YYYY-MM-DD. */
  to: string;
}

/** A share between 0 and 1, or null when there is nothing to divide by (never a misleading 0%). */
export type Share = number | null;

type Live = { deleted: boolean };

export function inPeriod(date: string | null, period: Period): boolean {
  return date !== null && date >= period.from && date <= period.to;
}

function share(part: number, whole: number): Share {
  return whole === 0 ? null : part / whole;
}

/** Whole days from one calendar date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export interface ServicesObtained {
  recommended: number;
  obtained: number;
  share: Share;
  /** Null when no service recommended in the period has been obtained. */
  medianDaysToObtain: number | null;
}

export function servicesObtained(
  services: readonly (Pick<Service, 'recommendedOn' | 'status' | 'obtainedOn'> & Live)[],
  period: Period,
): ServicesObtained {
  const recommended = services.filter(
    (service) => !service.deleted && inPeriod(service.recommendedOn, period),
  );
  const days: number[] = [];
  let obtained = 0;
  for (const service of recommended) {
    if (service.status !== 'obtained') continue;
    obtained += 1;
    // A service recorded as obtained before it was recommended is a typing slip; it counts, but not its wait.
    if (service.recommendedOn !== null && service.obtainedOn !== null) {
      const wait = daysBetween(service.recommendedOn, service.obtainedOn);
      if (wait >= 0) days.push(wait);
    }
  }
  return {
    recommended: recommended.length,
    obtained,
    share: share(obtained, recommended.length),
    medianDaysToObtain: median(days),
  };
}

export interface ReviewsOnTime {
  held: number;
  onTime: number;
  share: Share;
}

/**
 * A review held with no due date recorded had no date to miss, so it counts as on time; a review held later than
 * the day it was due does not.
 */
export function reviewsOnTime(
  cases: readonly (Pick<Case, 'id'> & Live)[],
  chronology: readonly (Pick<ChronologyEntry, 'caseId' | 'type' | 'date' | 'reviewDue'> & Live)[],
  period: Period,
): ReviewsOnTime {
  const liveCases = new Set(cases.filter((row) => !row.deleted).map((row) => row.id));
  let held = 0;
  let onTime = 0;
  for (const entry of chronology) {
    if (entry.deleted || entry.type !== 'review' || !liveCases.has(entry.caseId)) continue;
    if (!inPeriod(entry.date, period)) continue;
    held += 1;
    if (entry.reviewDue === null || entry.date <= entry.reviewDue) onTime += 1;
  }
  return { held, onTime, share: share(onTime, held) };
}

export interface AgencyActions {
  /** The employing agency of the action's owner; null for actions with no owner or an owner with no agency. */
  agencyId: string | null;
  due: number;
  doneOnTime: number;
  share: Share;
}

/** The calendar day an action was marked done, in the time zone it was recorded in. */
function doneDay(doneAt: string | null): string | null {
  return doneAt === null ? null : doneAt.slice(0, 10);
}

export function actionsOnTimeByAgency(
  actions: readonly (Pick<Action, 'ownerId' | 'dueDate' | 'status' | 'doneAt'> & Live)[],
  members: readonly Pick<Member, 'id' | 'employingAgencyId'>[],
  period: Period,
): AgencyActions[] {
  const agencyOf = new Map(members.map((member) => [member.id, member.employingAgencyId]));
  const rows = new Map<string | null, AgencyActions>();
  for (const action of actions) {
    if (action.deleted || action.status === 'dropped' || !inPeriod(action.dueDate, period)) continue;
    const agencyId = action.ownerId === null ? null : (agencyOf.get(action.ownerId) ?? null);
    const row = rows.get(agencyId) ?? { agencyId, due: 0, doneOnTime: 0, share: null };
    row.due += 1;
    const done = doneDay(action.doneAt);
    if (action.status === 'done' && done !== null && action.dueDate !== null && done <= action.dueDate) {
      row.doneOnTime += 1;
    }
    rows.set(agencyId, row);
  }
  return [...rows.values()]
    .map((row) => ({ ...row, share: share(row.doneOnTime, row.due) }))
    .sort((a, b) => b.due - a.due || String(a.agencyId).localeCompare(String(b.agencyId)));
}

export interface LeadCases {
  /** Null for open cases with no lead professional yet. */
  memberId: string | null;
  /** The member's name, or '' when there is no lead or the member is not in the directory. */
  name: string;
  openCases: number;
}

export function casesPerLead(
  cases: readonly (Pick<Case, 'leadMemberId' | 'status'> & Live)[],
  members: readonly Pick<Member, 'id' | 'name'>[],
): LeadCases[] {
  const nameOf = new Map(members.map((member) => [member.id, member.name]));
  const counts = new Map<string | null, number>();
  for (const row of cases) {
    if (row.deleted || row.status !== 'open') continue;
    counts.set(row.leadMemberId, (counts.get(row.leadMemberId) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([memberId, openCases]) => ({
      memberId,
      name: memberId === null ? '' : (nameOf.get(memberId) ?? ''),
      openCases,
    }))
    .sort((a, b) => b.openCases - a.openCases || a.name.localeCompare(b.name));
}
