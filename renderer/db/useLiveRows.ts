/** Live rows of one table (deleted ones left out), optionally those whose index equals a value. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { IndexableType } from 'dexie';
import type { RowOf, TableName } from '../../shared/domain/registry';
import type { TeamDb } from './teamDb';

export function useLiveRows<Name extends TableName>(
  db: TeamDb | null,
  table: Name,
  where?: { index: string; equals: IndexableType },
): RowOf<Name>[] | undefined {
  const index = where?.index;
  const equals = where?.equals;
  return useLiveQuery(async () => {
    if (!db) return [];
    const rows = db.rows(table);
    const collection =
      index === undefined || equals === undefined ? rows.toCollection() : rows.where(index).equals(equals);
    return collection.filter((row) => !row.deleted).toArray();
  }, [db, table, index, equals]);
}
