/** One record of the open team, live: undefined while loading, null when it is missing or deleted. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { RowOf, TableName } from '../../../shared/domain/registry';
import { useTeamDb } from '../team/useTeamDb';

export function useRecord<Name extends TableName>(
  table: Name,
  id: string | null,
): RowOf<Name> | null | undefined {
  const db = useTeamDb();
  return useLiveQuery(async () => {
    if (id === null) return null;
    const row = await db.rows(table).get(id);
    return row && !row.deleted ? row : null;
  }, [db, table, id]);
}
