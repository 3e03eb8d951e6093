/** When a date counts as overdue or due soon: the same rule for review dates on cards and in filters. */
import { addDays, parseISO } from 'date-fns';
import { isoDay } from '../dates';

export const DUE_SOON_DAYS = 14;

export type DueState = 'overdue' | 'due-soon' | 'later' | 'none';

/** The last day that still counts as "due soon": today plus 14 days. */
export function dueSoonLimit(today: string): string {
  return isoDay(addDays(parseISO(today), DUE_SOON_DAYS));
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
