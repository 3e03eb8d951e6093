/** Today on this PC's calendar as YYYY-MM-DD (local time, not UTC: training happens on the local day). */
import { format } from 'date-fns';

export function todayIso(now: Date = new Date()): string {
  return format(now, 'yyyy-MM-dd');
}

/** "3 March 2026". */
export function showDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return date;
  return format(new Date(year, month - 1, day), 'd MMMM yyyy');
}

/** The query part of the address (`#/training/new?fromSession=…`), which the router leaves aside. */
export function hashQuery(hash: string): URLSearchParams {
  const index = hash.indexOf('?');
  return new URLSearchParams(index === -1 ? '' : hash.slice(index + 1));
}
