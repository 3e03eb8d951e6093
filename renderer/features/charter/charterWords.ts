/** Small wording helpers the charter screens share: dates in words, today's date, times of day. */
import { format, parseISO } from 'date-fns';

/** "3 March 2026" */
export function dayInWords(date: string): string {
  return format(parseISO(date), 'd MMMM yyyy');
}

/** "3 March 2026 at 14:05" */
export function timeInWords(iso: string): string {
  return format(parseISO(iso), "d MMMM yyyy 'at' HH:mm");
}

/** Today on this PC's calendar, YYYY-MM-DD. */
export function todayIso(): string {
  return format(new Date(), 'yyyy-MM-dd');
}

/** A number typed in a form: null when empty or not a number. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(/,/g, '');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

export function isRealDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(parseISO(text).getTime());
}
