/**
 * Calendar dates on case pages: today in this computer's time zone, dates shown as "3 March 2026", and the
 * day / month / year boxes of a date field turned into YYYY-MM-DD, refusing dates that do not exist.
 */
import { format, isValid, parseISO } from 'date-fns';

export function todayIso(now: Date = new Date()): string {
  return format(now, 'yyyy-MM-dd');
}

export function showDate(date: string | null, empty = 'Not set'): string {
  if (date === null || date === '') return empty;
  const parsed = parseISO(date);
  return isValid(parsed) ? format(parsed, 'd MMMM yyyy') : date;
}

export function showDateTime(iso: string): string {
  const parsed = parseISO(iso);
  return isValid(parsed) ? format(parsed, "d MMMM yyyy 'at' HH:mm") : iso;
}

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

export function partsFromIso(date: string | null): DateParts {
  if (date === null) return EMPTY_DATE;
  const [year = '', month = '', day = ''] = date.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}

export type ParsedDate = { ok: true; date: string | null } | { ok: false; message: string };

/** Empty boxes mean no date; anything else must be a date that exists, such as 29 2 2028 but not 30 2 2028. */
export function isoFromParts(parts: DateParts, label: string): ParsedDate {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (day === '' && month === '' && year === '') return { ok: true, date: null };
  if (day === '' || month === '' || year === '') {
    return { ok: false, message: `${label} must include a day, month and year.` };
  }
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) {
    return { ok: false, message: `${label} must be a real date, such as 27 3 2026.` };
  }
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const parsed = parseISO(iso);
  if (!isValid(parsed) || format(parsed, 'yyyy-MM-dd') !== iso) {
    return { ok: false, message: `${label} must be a real date, such as 27 3 2026.` };
  }
  return { ok: true, date: iso };
}

/** A date before today: allowed when recording what already happened, but worth pointing out. */
export function hasPassed(date: string | null, today: string): boolean {
  return date !== null && date < today;
}
