/**
 * Rules for what agencies commit to the team: which commitments are in force, which stand out (vacant posts and
 * commitments ending soon), and the team's capacity by agency with totals.
 */
import type { AgencyCommitment } from '../domain/charter';
import type { Agency } from '../domain/directory';
import { daysBetween } from '../outcomes/boardOutcomes';

/** How far ahead an ending commitment is flagged. */
export const ENDING_SOON_DAYS = 90;

/** Plain words for a date problem, or null. An end on the same day as the start is a one-day commitment. */
export function commitmentDateProblem(start: string, end: string | null): string | null {
  if (end !== null && end !== '' && end < start) return 'The end date must be on or after the start.';
  return null;
}

export function isInForce(commitment: Pick<AgencyCommitment, 'start' | 'end'>, today: string): boolean {
  return commitment.start <= today && (commitment.end === null || commitment.end >= today);
}

/** Still running today and ending within the next 90 days (today included). */
export function isEndingSoon(commitment: Pick<AgencyCommitment, 'start' | 'end'>, today: string): boolean {
  return (
    commitment.end !== null &&
    commitment.end >= today &&
    daysBetween(today, commitment.end) <= ENDING_SOON_DAYS
  );
}

export function isVacancy(commitment: Pick<AgencyCommitment, 'kind' | 'filled'>): boolean {
  return commitment.kind === 'staff' && !commitment.filled;
}

export interface Capacity {
  posts: number;
  filled: number;
  vacant: number;
  seconded: number;
  hoursPerWeek: number;
  /** Pounds. */
  funding: number;
}

export interface AgencyCapacity extends Capacity {
  agencyId: string;
  agencyName: string;
}

function emptyCapacity(): Capacity {
  return { posts: 0, filled: 0, vacant: 0, seconded: 0, hoursPerWeek: 0, funding: 0 };
}

function add(into: Capacity, commitment: AgencyCommitment): void {
  if (commitment.kind === 'staff') {
    into.posts += commitment.posts;
    if (commitment.filled) into.filled += commitment.posts;
    else into.vacant += commitment.posts;
    if (commitment.seconded) into.seconded += commitment.posts;
    into.hoursPerWeek += commitment.hoursPerWeek;
  }
  if (commitment.kind === 'funding') into.funding += commitment.amount;
}

/** Rounds away the float noise of adding half posts and part hours. */
function tidy<T extends Capacity>(capacity: T): T {
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    ...capacity,
    posts: round(capacity.posts),
    filled: round(capacity.filled),
    vacant: round(capacity.vacant),
    seconded: round(capacity.seconded),
    hoursPerWeek: round(capacity.hoursPerWeek),
    funding: round(capacity.funding),
  };
}

/**
 * The team's capacity today: commitments in force, summed per agency (by agency name) and in total. Deleted
 * commitments, and those not started or already ended, are left out.
 */
export function capacityByAgency(
  commitments: readonly AgencyCommitment[],
  agencies: readonly Pick<Agency, 'id' | 'name'>[],
  today: string,
): { rows: AgencyCapacity[]; total: Capacity } {
  const names = new Map(agencies.map((agency) => [agency.id, agency.name]));
  const rows = new Map<string, AgencyCapacity>();
  const total = emptyCapacity();
  for (const commitment of commitments) {
    if (commitment.deleted || !isInForce(commitment, today)) continue;
    const row = rows.get(commitment.agencyId) ?? {
      agencyId: commitment.agencyId,
      agencyName: names.get(commitment.agencyId) ?? 'Agency no longer in the directory',
      ...emptyCapacity(),
    };
    add(row, commitment);
    add(total, commitment);
    rows.set(commitment.agencyId, row);
  }
  return {
    rows: [...rows.values()].map(tidy).sort((a, b) => a.agencyName.localeCompare(b.agencyName, 'en-GB')),
    total: tidy(total),
  };
}

/** "£12,500" */
export function formatPounds(amount: number): string {
  return `£${amount.toLocaleString('en-GB', { maximumFractionDigits: 2 })}`;
}
