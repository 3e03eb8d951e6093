/** The periods the outcomes page offers: the last 3, 6 or 12 months up to today, or any from/to a person types. */
import type { Period } from './boardOutcomes';

export const PERIOD_MONTHS = [3, 6, 12] as const;
export type PeriodMonths = (typeof PERIOD_MONTHS)[number];

/**
 * The `months` months ending on `today`, both ends included: from the day after the same date `months` months
 * earlier. When that month is shorter (31 May less three months), the date falls back to its last day.
 */
export function lastMonths(today: string, months: number): Period {
  const [year = 0, month = 1, day = 1] = today.split('-').map(Number);
  const targetMonth = month - 1 - months;
  const lastDay = new Date(Date.UTC(year, targetMonth + 1, 0)).getUTCDate();
  const start = new Date(Date.UTC(year, targetMonth, Math.min(day, lastDay)) + 86_400_000);
  return { from: start.toISOString().slice(0, 10), to: today };
}
