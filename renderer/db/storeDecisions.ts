/**
 * The "needs a decision" list kept on this PC (the team database's `decisions` table, IndexedDB), as a file is
 * brought in: the differences the merge found are added, and every entry is weighed against what its field holds
 * once the file's records and change history are stored (shared/sync/decision.ts, `stillToDecide`). Runs inside the
 * import's one read-write transaction, after the records and history rows are written.
 */
import { isTableName } from '../../shared/domain/registry';
import { addDecisions, type Decision, type FieldNow } from '../../shared/sync/decision';
import { hlcDevice } from '../../shared/sync/hlc';
import { isPurged } from '../../shared/sync/purge';
import { stampOf, type SyncedRecord } from '../../shared/sync/record';
import { getMeta } from './meta';
import type { DecisionRow, TeamDb } from './teamDb';

export interface FoundDecisions {
  bundleId: string;
  /** The records the file brings, by table, as they will be stored. */
  upserts: Record<string, SyncedRecord[]>;
  decisions: Decision[];
}

function recordKey(table: string, id: string): string {
  return `${table}|${id}`;
}

/** Adds the plan's decisions to this PC's list and drops any that the incoming changes have settled. */
export async function storeDecisions(db: TeamDb, plan: FoundDecisions, foundAt: string): Promise<void> {
  const existing = await db.decisions.toArray();
  if (existing.length === 0 && plan.decisions.length === 0) return;
  const merged = new Map<string, SyncedRecord>();
  for (const [name, rows] of Object.entries(plan.upserts)) {
    for (const row of rows) merged.set(recordKey(name, row.id), row);
  }
  const wanted = [...existing, ...plan.decisions];
  const current = new Map<string, FieldNow | undefined>();
  const purged = new Set<string>();
  for (const decision of wanted) {
    const key = recordKey(decision.table, decision.recordId);
    if (current.has(`${key}|${decision.field}`)) continue;
    let row = merged.get(key);
    if (!row && isTableName(decision.table)) {
      row = await db.table<SyncedRecord, string>(decision.table).get(decision.recordId);
    }
    if (row && isPurged(row)) purged.add(key);
    const stamp = row ? stampOf(row.stamps, decision.field) : undefined;
    current.set(
      `${key}|${decision.field}`,
      row && stamp !== undefined ? { stamp, value: row[decision.field] } : undefined,
    );
  }
  const ownDevice = await getMeta(db, 'deviceId');
  const fieldNow = (decision: Decision) =>
    current.get(`${recordKey(decision.table, decision.recordId)}|${decision.field}`);
  // A newer value settles a decision only when its writer knew of it: a person here (where it was listed), or a
  // person elsewhere whose choice names it in its history row. A change made elsewhere without that knowledge
  // overwrote the set-aside value unseen too, so the question stays (`stillToDecide`).
  const answered = new Set<string>();
  for (const decision of existing) {
    const now = fieldNow(decision)?.stamp;
    if (now === undefined || now <= decision.keptStamp || now <= decision.otherStamp) continue;
    for (const row of await db.audit.where('stamp').equals(now).toArray()) {
      for (const id of row.settles ?? []) answered.add(id);
    }
  }
  const knew = (decision: Decision, id: string) => {
    const now = fieldNow(decision)?.stamp;
    if (now !== undefined && ownDevice !== undefined && hlcDevice(now) === ownDevice) return true;
    return answered.has(id);
  };
  // Nothing about a record removed for good is left for anyone to decide.
  const kept = addDecisions(existing, plan.decisions, fieldNow, knew).filter(
    (decision) => !purged.has(recordKey(decision.table, decision.recordId)),
  );
  const keptIds = new Set(kept.map((decision) => decision.id));
  const gone = existing.filter((decision) => !keptIds.has(decision.id)).map((decision) => decision.id);
  if (gone.length > 0) await db.decisions.bulkDelete(gone);
  const before = new Map(existing.map((decision) => [decision.id, decision]));
  const changed: DecisionRow[] = kept
    .filter((decision) => {
      const was = before.get(decision.id);
      return (
        was === undefined || was.keptStamp !== decision.keptStamp || was.otherStamp !== decision.otherStamp
      );
    })
    .map((decision) => {
      const was = before.get(decision.id);
      return was
        ? { ...decision, bundleId: was.bundleId, foundAt: was.foundAt }
        : { ...decision, bundleId: plan.bundleId, foundAt };
    });
  if (changed.length > 0) await db.decisions.bulkPut(changed);
}
