import { useLiveQuery } from 'dexie-react-hooks';
import { ruleById } from '../../../shared/domain/recordRules';
import { listClashes } from '../../db/clashes';
import { useTeamDb } from '../../app/team/useTeamDb';

/** The clashes waiting on one record, as the plain sentences a person reads; undefined while loading. */
export function useRecordClashes(table: string, recordId: string): string[] | undefined {
  const db = useTeamDb();
  return useLiveQuery(async () => {
    const clashes = await listClashes(db);
    return clashes
      .filter((clash) => clash.table === table && clash.recordId === recordId)
      .map(
        (clash) =>
          ruleById(table, clash.rule)?.clash ?? 'Two changes made on different PCs do not fit together',
      );
  }, [db, table, recordId]);
}
