/** The quarters a target's trend is drawn over: back-to-back three-month periods ending today. */
import { format, parseISO } from 'date-fns';
import type { Period } from '../outcomes/boardOutcomes';
import { lastMonths } from '../outcomes/period';

export interface Quarter extends Period {
  /** "Sep to Nov 2026": the months the quarter covers, for the table and the chart's text alternative. */
  label: string;
}

function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

function quarterLabel(period: Period): string {
  const from = parseISO(period.from);
  const to = parseISO(period.to);
  const sameYear = from.getFullYear() === to.getFullYear();
  return `${format(from, sameYear ? 'MMM' : 'MMM yyyy')} to ${format(to, 'MMM yyyy')}`;
}

/** The last `count` quarters up to and including `today`, oldest first. */
export function lastQuarters(today: string, count = 4): Quarter[] {
  const quarters: Quarter[] = [];
  let end = today;
  for (let index = 0; index < count; index += 1) {
    const period = lastMonths(end, 3);
    quarters.unshift({ ...period, label: quarterLabel(period) });
    end = dayBefore(period.from);
  }
  return quarters;
}
