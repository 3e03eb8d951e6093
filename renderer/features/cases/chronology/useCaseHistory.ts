/**
 * The audit trail of one case: its own changes and those of every row that belongs to it (deleted rows included,
 * so their deletion shows), newest first. Read through the `caseId` and `[table+recordId]` indexes.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { AuditRow } from '../../../../shared/domain/audit';
import { useTeamDb } from '../../../app/team/useTeamDb';

const CHILD_TABLES = [
  'involvements',
  'aims',
  'actions',
  'services',
  'views',
  'chronology',
  'caseReferences',
  'sharingDecisions',
] as const;

export function useCaseHistory(caseId: string): AuditRow[] | undefined {
  const db = useTeamDb();
  return useLiveQuery(async () => {
    const pairs: [string, string][] = [['cases', caseId]];
    const ids = await Promise.all(
      CHILD_TABLES.map((table) => db.rows(table).where('caseId').equals(caseId).primaryKeys()),
    );
    CHILD_TABLES.forEach((table, index) => {
      for (const id of ids[index] ?? []) pairs.push([table, String(id)]);
    });
    const rows = await db.audit.where('[table+recordId]').anyOf(pairs).toArray();
    return rows.sort((a, b) => b.stamp.localeCompare(a.stamp));
  }, [db, caseId]);
}
