import { useLiveQuery } from 'dexie-react-hooks';
import type { TeamDb } from '../../db/teamDb';
import { searchAudit, type AuditFilters, type AuditPage } from './auditSearch';

/** One page of the change history matching the filters; undefined while loading. */
export function useAuditSearch(
  db: TeamDb,
  filters: AuditFilters,
  offset: number,
  limit: number,
): AuditPage | undefined {
  return useLiveQuery(
    () => searchAudit(db, filters, offset, limit),
    [db, filters.personId, filters.table, filters.record, filters.from, filters.to, offset, limit],
  );
}
