/**
 * How long closed cases are kept. A team chooses a number of months; a closed case whose closing date plus that
 * many months has passed is due for review, and a leader may then remove its personal details for good.
 */
import { addMonths, isBefore, parseISO } from 'date-fns';
import { isoDay } from '../dates';

export interface ClosedCaseLike {
  status: string;
  closedAt: string | null;
  deleted: boolean;
}

/** The date (YYYY-MM-DD) until which a case closed on `closedAt` is kept. */
export function keptUntil(closedAt: string, months: number): string {
  return isoDay(addMonths(parseISO(closedAt), months));
}

/** Has a closed case been kept longer than the team's chosen time? `today` is YYYY-MM-DD. */
export function isPastRetention(record: ClosedCaseLike, months: number, today: string): boolean {
  if (record.status !== 'closed' || record.closedAt === null) return false;
  return isBefore(parseISO(keptUntil(record.closedAt, months)), parseISO(today));
}

/** Closed cases past the team's time, the longest overdue first. Deleted ones are left out (they have their own list). */
export function casesPastRetention<Row extends ClosedCaseLike>(
  rows: readonly Row[],
  months: number,
  today: string,
): Row[] {
  return rows
    .filter((row) => !row.deleted && isPastRetention(row, months, today))
    .sort((a, b) => ((a.closedAt ?? '') < (b.closedAt ?? '') ? -1 : 1));
}
