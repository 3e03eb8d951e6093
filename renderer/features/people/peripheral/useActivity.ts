import { useLiveQuery } from 'dexie-react-hooks';
import { isTableName } from '../../../../shared/domain/registry';
import { ACTIVITY_TABLES, activityFromRows, type ActivityTable } from '../../../../shared/people/activity';
import type { Activity } from '../../../../shared/people/peripheral';
import { useTeamDb } from '../../../app/team/useTeamDb';

/**
 * What members took part in (cases, reflection sessions, training) for the peripheral view. Reads each table only
 * if this version of the app has it, so the view works whichever modules are present.
 */
export function useActivity(): Activity | undefined {
  const db = useTeamDb();
  return useLiveQuery(async () => {
    const tables = {} as Record<ActivityTable, unknown[]>;
    for (const name of ACTIVITY_TABLES) {
      tables[name] = isTableName(name) ? await db.table<unknown, string>(name).toArray() : [];
    }
    return activityFromRows(tables);
  }, [db]);
}
