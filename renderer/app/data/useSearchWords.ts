/** The team's own words for "Who can help with…", by abbreviation, live; undefined while loading. */
import type { RowOf } from '../../../shared/domain/registry';
import { compareText } from '../../../shared/people/members';
import { useLiveRows } from './useLiveRows';

const byShort = (a: RowOf<'searchWords'>, b: RowOf<'searchWords'>) => compareText(a.short, b.short);

export function useSearchWords(): RowOf<'searchWords'>[] | undefined {
  return useLiveRows('searchWords', { order: byShort });
}
