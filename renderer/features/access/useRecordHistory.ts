import { useLiveQuery } from 'dexie-react-hooks';
import type { TeamDb } from '../../db/teamDb';
import { recordHistory, type AuditEntry } from './auditSearch';

/** The changes to one record, newest first; undefined while loading. */
export function useRecordHistory(db: TeamDb, table: string, recordId: string): AuditEntry[] | undefined {
  return useLiveQuery(() => recordHistory(db, table, recordId), [db, table, recordId]);
}
