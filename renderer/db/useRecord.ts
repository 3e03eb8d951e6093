/** One record, live: undefined while loading, null when it is missing or deleted. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { RowOf, TableName } from '../../shared/domain/registry';
import type { TeamDb } from './teamDb';

export function useRecord<Name extends TableName>(
  db: TeamDb | null,
  table: Name,
  id: string | null,
): RowOf<Name> | null | undefined {
  return useLiveQuery(async () => {
    if (!db || id === null) return null;
    const row = await db.rows(table).get(id);
    return row && !row.deleted ? row : null;
  }, [db, table, id]);
}
