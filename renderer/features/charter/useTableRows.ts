/** Live, not-deleted rows of one of the team's tables (optionally those whose index equals a value). */
import type { IndexableType } from 'dexie';
import type { RowOf, TableName } from '../../../shared/domain/registry';
import { useTeamDb } from '../../app/team/useTeamDb';
import { useLiveRows } from '../../db/useLiveRows';

export function useTableRows<Name extends TableName>(
  table: Name,
  where?: { index: string; equals: IndexableType },
): RowOf<Name>[] | undefined {
  const db = useTeamDb();
  return useLiveRows(db, table, where);
}
