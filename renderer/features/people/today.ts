import { format } from 'date-fns';

/** Today's calendar date on this PC, as YYYY-MM-DD. */
export function todayDate(): string {
  return format(new Date(), 'yyyy-MM-dd');
}
