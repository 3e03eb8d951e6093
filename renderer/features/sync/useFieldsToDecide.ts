import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { TeamDb } from '../../db/teamDb';

/** The fields of one record on which two values wait for a person's decision on this PC. */
export function useFieldsToDecide(db: TeamDb, table: string, recordId: string): ReadonlySet<string> {
  const rows = useLiveQuery(
    () => db.decisions.where('[table+recordId]').equals([table, recordId]).toArray(),
    [db, table, recordId],
  );
  return useMemo(() => new Set((rows ?? []).map((row) => row.field)), [rows]);
}
