import { useLiveQuery } from 'dexie-react-hooks';
import type { RowOf } from '../../../../shared/domain/registry';
import { useTeamDb } from '../../../app/team/useTeamDb';

/** Closed cases that are not deleted; undefined while loading. */
export function useClosedCases(): RowOf<'cases'>[] | undefined {
  const db = useTeamDb();
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
