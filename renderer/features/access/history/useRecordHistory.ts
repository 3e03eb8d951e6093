import { useLiveQuery } from 'dexie-react-hooks';
import { recordHistory, type AuditEntry } from './auditSearch';
import { useTeamDb } from '../../../app/team/useTeamDb';

/** The changes to one record, newest first; undefined while loading. */
export function useRecordHistory(table: string, recordId: string): AuditEntry[] | undefined {
  const db = useTeamDb();
  return useLiveQuery(() => recordHistory(db, table, recordId), [db, table, recordId]);
}
