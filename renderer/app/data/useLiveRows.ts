/**
 * Live rows of one of the open team's tables, deleted ones left out: optionally only those whose index equals a
 * value, and in an order. Undefined while loading. The shared read hooks in this folder are built on it.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { IndexableType } from 'dexie';
import type { RowOf, TableName } from '../../../shared/domain/registry';
import { useTeamDb } from '../team/useTeamDb';

export interface LiveRowsOptions<Row> {
  where?: { index: string; equals: IndexableType };
  /** Sorts inside the query, so the list keeps its identity until the table changes. Define it once, outside. */
  order?: (a: Row, b: Row) => number;
}

export function useLiveRows<Name extends TableName>(
  table: Name,
  { where, order }: LiveRowsOptions<RowOf<Name>> = {},
): RowOf<Name>[] | undefined {
  const db = useTeamDb();
  const index = where?.index;
  const equals = where?.equals;
  return useLiveQuery(async () => {
    const rows = db.rows(table);
    const collection =
      index === undefined || equals === undefined ? rows.toCollection() : rows.where(index).equals(equals);
    const live = await collection.filter((row) => !row.deleted).toArray();
    return order ? live.sort(order) : live;
  }, [db, table, index, equals, order]);
}
