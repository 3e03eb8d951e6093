import { useLiveQuery } from 'dexie-react-hooks';
import { isTableName, tableByName } from '../../../shared/domain/registry';
import { hlcWallTime } from '../../../shared/sync/hlc';
import type { SyncedRecord } from '../../../shared/sync/record';
import { listDecisions } from '../../db/decisions';
import type { TeamDb } from '../../db/teamDb';
import { fieldWords } from '../../../shared/access/auditWords';
import { describeRecord } from './describe';
import { useTeamDb } from '../../app/team/useTeamDb';

export interface DecisionItem {
  id: string;
  /** e.g. "Case JU-0042 — next review date". */
  title: string;
  field: string;
  keptValue: unknown;
  keptBy: string;
  keptAt: number;
  otherValue: unknown;
  otherBy: string;
  otherAt: number;
}

async function whoWrote(db: TeamDb, stamp: string, memberId: string | null): Promise<string> {
  const audit = await db.audit.where('stamp').equals(stamp).first();
  if (audit && audit.personName !== '') return audit.personName;
  if (memberId) {
    const member = await db.rows('members').get(memberId);
    if (member) return member.name;
  }
  return 'someone on another PC';
}

/** The "needs a decision" list in plain words; undefined while loading. */
export function useDecisionItems(): DecisionItem[] | undefined {
  const db = useTeamDb();
  return useLiveQuery(async () => {
    const decisions = await listDecisions(db);
    const items: DecisionItem[] = [];
    for (const decision of decisions) {
      const def = isTableName(decision.table) ? tableByName(decision.table) : undefined;
      const record = def ? await db.table<SyncedRecord, string>(def.name).get(decision.recordId) : undefined;
      const recordName = await describeRecord(db, decision.table, record);
      const keptStamp = record?.stamps[decision.field] ?? decision.keptStamp;
      items.push({
        id: decision.id,
        title: `${recordName} — ${fieldWords(decision.field)}`,
        field: decision.field,
        // What the record holds now: a later change may have replaced the value kept when this was found.
        keptValue:
          record && Object.hasOwn(record, decision.field) ? record[decision.field] : decision.keptValue,
        keptBy: await whoWrote(db, keptStamp, record?.updatedBy ?? null),
        keptAt: hlcWallTime(keptStamp),
        otherValue: decision.otherValue,
        otherBy: await whoWrote(db, decision.otherStamp, decision.otherBy),
        otherAt: hlcWallTime(decision.otherStamp),
      });
    }
    return items;
  }, [db]);
}
