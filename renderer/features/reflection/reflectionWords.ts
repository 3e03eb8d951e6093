/** How reflection screens name people, in one place (dates: shared/dates.ts). */
import type { Member } from '../../../shared/domain/directory';

export function nameOf(names: ReadonlyMap<string, Member> | undefined, id: string | null): string {
  if (id === null) return '';
  return names?.get(id)?.name ?? 'Someone no longer in the directory';
}
