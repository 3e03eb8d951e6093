import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useTeamDb } from '../../app/team/useTeamDb';

/** The fields of one record on which two values wait for a person's decision on this PC. */
export function useFieldsToDecide(table: string, recordId: string): ReadonlySet<string> {
  const db = useTeamDb();
  const rows = useLiveQuery(
    () => db.decisions.where('[table+recordId]').equals([table, recordId]).toArray(),
    [db, table, recordId],
  );
  return useMemo(() => new Set((rows ?? []).map((row) => row.field)), [rows]);
}
