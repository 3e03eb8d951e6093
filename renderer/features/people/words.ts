/** Plain words for member states and small formats used across the People screens. */
import type { MemberStatus, Weekday } from '../../../shared/domain/directory';
import { WEEKDAYS, WEEKDAY_LABELS } from '../../../shared/domain/directory';

export const STATUS_LABELS: Record<MemberStatus, string> = {
  active: 'Active',
  'on-leave': 'On leave',
  left: 'Has left the team',
};

/** "Mon, Tue, Thu", or "Every weekday", or plain words when none. */
export function showDays(days: readonly Weekday[]): string {
  if (days.length === 0) return 'No regular days in the office';
  if (days.length === WEEKDAYS.length) return 'Every weekday';
  return days.map((day) => WEEKDAY_LABELS[day].slice(0, 3)).join(', ');
}

export function showHours(hours: number | null): string {
  return hours === null ? 'Not recorded' : `${hours} hours a week`;
}
