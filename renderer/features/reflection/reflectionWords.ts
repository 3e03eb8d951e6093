/** How reflection screens show dates and people, in one place. */
import type { Member } from '../../../shared/domain/directory';
import { format, parseISO } from 'date-fns';

/** "3 March 2026"; '' for no date. */
export function showDate(date: string | null): string {
  return date ? format(parseISO(date), 'd MMMM yyyy') : '';
}

export function todayIso(): string {
  return format(new Date(), 'yyyy-MM-dd');
}

export function nameOf(names: ReadonlyMap<string, Member> | undefined, id: string | null): string {
  if (id === null) return '';
  return names?.get(id)?.name ?? 'Someone no longer in the directory';
}
