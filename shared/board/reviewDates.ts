/** When a date counts as overdue or due soon: the same rule for review dates on cards and in filters. */
import { addDays, format, parseISO } from 'date-fns';

export const DUE_SOON_DAYS = 14;

export type DueState = 'overdue' | 'due-soon' | 'later' | 'none';

/** Today as YYYY-MM-DD in this computer's time zone. */
export function todayIso(now: Date = new Date()): string {
  return format(now, 'yyyy-MM-dd');
}

/** The last day that still counts as "due soon": today plus 14 days. */
export function dueSoonLimit(today: string): string {
  return format(addDays(parseISO(today), DUE_SOON_DAYS), 'yyyy-MM-dd');
}

/**
 * Overdue when the date is before today; due soon from today to 14 days ahead inclusive. Calendar dates compare
 * as strings because they are all YYYY-MM-DD.
 */
export function dueState(date: string | null, today: string, limit: string = dueSoonLimit(today)): DueState {
  if (date === null) return 'none';
  if (date < today) return 'overdue';
  if (date <= limit) return 'due-soon';
  return 'later';
}
