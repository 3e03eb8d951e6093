/** The team's agencies that are not deleted, by name; undefined while loading. */
import type { Agency } from '../../../shared/domain/directory';
import { compareText } from '../../../shared/people/members';
import { useLiveRows } from './useLiveRows';

const byName = (a: Agency, b: Agency) => compareText(a.name, b.name);

export function useAgencies(): Agency[] | undefined {
  return useLiveRows('agencies', { order: byName });
}
