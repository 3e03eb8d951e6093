import { useLiveQuery } from 'dexie-react-hooks';
import { searchAudit, type AuditFilters, type AuditPage } from './auditSearch';
import { useTeamDb } from '../../../app/team/useTeamDb';

/** One page of the change history matching the filters; undefined while loading. */
export function useAuditSearch(filters: AuditFilters, offset: number, limit: number): AuditPage | undefined {
  const db = useTeamDb();
  return useLiveQuery(
    () => searchAudit(db, filters, offset, limit),
    [db, filters.personId, filters.table, filters.record, filters.from, filters.to, offset, limit],
  );
}
