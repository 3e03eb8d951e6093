/**
 * Calendar days and times, one way everywhere. A calendar day is stored as `YYYY-MM-DD` and means that day on this
 * PC's calendar (local time, not UTC: a visit on the evening of 3 March happened on 3 March); a moment is stored
 * as an ISO date-time. Shown, a day reads "3 March 2026" and a moment "3 March 2026 at 14:05". A missing date
 * reads `NO_DATE`, unless a sentence needs other words; a stored value that is not a real date is shown as
 * stored, never as an error, so one bad value from another PC cannot stop a page from opening. date-fns does the
 * calendar work.
 */
import { format, isValid, parseISO } from 'date-fns';

/** What a missing date reads, unless a sentence needs its own words ("no date set"). */
export const NO_DATE = 'Not recorded';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A moment as the calendar day it fell on here, `YYYY-MM-DD`. */
export function isoDay(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}

/** Today on this PC's calendar, `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  return isoDay(now);
}

/** True for a `YYYY-MM-DD` day that exists (29 February only in a leap year). */
export function isRealDay(text: string): boolean {
  if (!DAY.test(text)) return false;
  const parsed = parseISO(text);
  return isValid(parsed) && isoDay(parsed) === text;
}

/** A day or a moment as a Date, or null when it is not a real one. */
function parsed(value: string | number): Date | null {
  const date = typeof value === 'number' ? new Date(value) : parseISO(value);
  return isValid(date) ? date : null;
}

/** "3 March 2026"; `empty` when there is no date; anything that is not a date, as stored. */
export function showDate(date: string | null | undefined, empty: string = NO_DATE): string {
  if (date === null || date === undefined || date === '') return empty;
  const day = parsed(date);
  return day ? format(day, 'd MMMM yyyy') : date;
}

/** "3 March 2026 at 14:05" in this PC's time; anything that is not a moment, as stored. */
export function showDateTime(at: string | number): string {
  const moment = parsed(at);
  return moment ? format(moment, "d MMMM yyyy 'at' HH:mm") : String(at);
}

/** A date before today: allowed when recording what already happened, but worth pointing out. */
export function hasPassed(date: string | null, today: string): boolean {
  return date !== null && date < today;
}

/** The day, month and year boxes of a date field (GOV.UK's date input), as typed. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

/** The boxes filled in from a stored day; empty for none. */
export function partsFromDay(date: string | null): DateParts {
  if (date === null) return EMPTY_DATE;
  const [year = '', month = '', day = ''] = date.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}

export type ParsedDay = { ok: true; date: string | null } | { ok: false; message: string };

/**
 * What a person typed in the boxes as a day. Empty boxes mean no date; anything else must be a day that exists,
 * such as 29 2 2028 but not 30 2 2028. `label` names the field in the message ("The review date must …").
 */
export function dayFromParts(parts: DateParts, label: string): ParsedDay {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (day === '' && month === '' && year === '') return { ok: true, date: null };
  if (day === '' || month === '' || year === '') {
    return { ok: false, message: `${label} must include a day, month and year.` };
  }
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year) || !isRealDay(iso)) {
    return { ok: false, message: `${label} must be a real date, such as 27 3 2026.` };
  }
  return { ok: true, date: iso };
}
