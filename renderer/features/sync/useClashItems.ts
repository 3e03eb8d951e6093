import { useLiveQuery } from 'dexie-react-hooks';
import { ruleById } from '../../../shared/domain/recordRules';
import { isTableName } from '../../../shared/domain/registry';
import type { SyncedRecord } from '../../../shared/sync/record';
import { listClashes } from '../../db/clashes';
import { useTeamDb } from '../../app/team/useTeamDb';
import { fieldWords } from '../../../shared/access/auditWords';
import { describeRecord } from './describe';
import { settleHref } from './recordLinks';

export interface ClashItem {
  id: string;
  /** e.g. "Priya Shah (people in the directory)". */
  title: string;
  /** e.g. "Secondment ends before it starts: two changes made on different PCs". */
  clash: string;
  /** The fields that no longer fit together, with their values now. */
  fields: { label: string; value: unknown }[];
  /** Where the record can be changed to settle it, when the app has such a page. */
  href: string | null;
}

/** Records whose fields no longer fit together after changes from different PCs met; undefined while loading. */
export function useClashItems(): ClashItem[] | undefined {
  const db = useTeamDb();
  return useLiveQuery(async () => {
    const items: ClashItem[] = [];
    for (const clash of await listClashes(db)) {
      if (!isTableName(clash.table)) continue;
      const record = await db.table<SyncedRecord, string>(clash.table).get(clash.recordId);
      const rule = ruleById(clash.table, clash.rule);
      if (!record || !rule) continue;
      items.push({
        id: `${clash.table}|${clash.recordId}|${clash.rule}`,
        title: await describeRecord(db, clash.table, record),
        clash: rule.clash,
        fields: rule.fields.map((field) => ({ label: fieldWords(field), value: record[field] })),
        href: settleHref(clash.table, record),
      });
    }
    return items;
  }, [db]);
}
