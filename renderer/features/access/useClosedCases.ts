import { useLiveQuery } from 'dexie-react-hooks';
import type { RowOf } from '../../../shared/domain/registry';
import type { TeamDb } from '../../db/teamDb';

/** Closed cases that are not deleted; undefined while loading. */
export function useClosedCases(db: TeamDb): RowOf<'cases'>[] | undefined {
  return useLiveQuery(
    () =>
      db
        .rows('cases')
        .where('status')
        .equals('closed')
        .filter((row) => !row.deleted)
        .toArray(),
    [db],
  );
}
