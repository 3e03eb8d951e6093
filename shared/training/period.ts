/** Periods a person chooses for their training record, as inclusive `YYYY-MM-DD` bounds. */
import { addDays, parseISO, subMonths } from 'date-fns';
import { isoDay } from '../dates';

export interface Period {
  from: string;
  to: string;
}

/** The twelve months up to and including today: from the day after the same date last year. */
export function last12Months(today: string): Period {
  return { from: isoDay(addDays(subMonths(parseISO(today), 12), 1)), to: today };
}

/**
 * The CPD year that holds today. Social Work England's registration year runs from 1 December to 30 November, so
 * that is the default start; another regulator's year can be asked for with `startMonth` (1 = January).
 */
export function cpdYear(today: string, startMonth = 12): Period {
  const date = parseISO(today);
  const month = date.getMonth() + 1;
  const startYear = month >= startMonth ? date.getFullYear() : date.getFullYear() - 1;
  const start = new Date(startYear, startMonth - 1, 1);
  const end = addDays(new Date(startYear + 1, startMonth - 1, 1), -1);
  return { from: isoDay(start), to: isoDay(end) };
}

export function inPeriod(date: string, period: Period): boolean {
  return date >= period.from && date <= period.to;
}

/** Plain words for a period problem, or null when the period is usable. */
export function periodProblem(period: Period): { field: 'from' | 'to'; message: string } | null {
  const valid = (value: string) =>
    /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(parseISO(value).getTime());
  if (!valid(period.from)) return { field: 'from', message: 'Enter the start date as a real date.' };
  if (!valid(period.to)) return { field: 'to', message: 'Enter the end date as a real date.' };
  if (period.to < period.from)
    return { field: 'to', message: 'The end date must not be before the start date.' };
  return null;
}
