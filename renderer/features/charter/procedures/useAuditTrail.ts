/** The change history of some records (a procedure and its versions), newest first, from the audit trail. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { AuditRow } from '../../../../shared/domain/audit';
import { useTeamDb } from '../../../app/team/useTeamDb';

export interface AuditKey {
  table: string;
  recordId: string;
}

export function useAuditTrail(keys: readonly AuditKey[]): AuditRow[] | undefined {
  const db = useTeamDb();
  const signature = keys.map((key) => `${key.table}:${key.recordId}`).join('|');
  return useLiveQuery(
    async () => {
      const pairs = keys.map((key) => [key.table, key.recordId]);
      if (pairs.length === 0) return [];
      const rows = await db.audit.where('[table+recordId]').anyOf(pairs).toArray();
      return rows.sort((a, b) => b.stamp.localeCompare(a.stamp));
    },
    // The keys are compared by content: a new array with the same records must not start a new query.
    [db, signature],
  );
}
