/**
 * Per-field last-writer-wins merge by change stamp. For each field the value with the higher stamp wins, so merging
 * is commutative, associative and idempotent: whatever the order of imports, the records come out the same, and importing twice
 * changes nothing. When the two values differ and neither side had seen the other's write (judged with each side's
 * version vector for the table's area), the losing value is handed back as a Decision rather than silently dropped.
 */
import type { Area } from '../domain/tableDef';
import { decisionId, type Decision } from './decision';
import type { Hlc } from './hlc';
import { FORBIDDEN_KEYS, type SyncedRecord } from './record';
import { canonicalJson, deepEqual } from './values';
import { hasSeen, type VersionVectors } from './versionVector';

export interface MergeContext {
  table: string;
  area: Area;
  /** What this PC had seen before the import. */
  localVectors: VersionVectors;
  /** What the sending PC had seen, as its bundle says (restricted to the bundle's scope). */
  incomingVectors: VersionVectors;
  /** The table's fields where the later write simply wins and nobody is asked to decide (TableDef.quietFields). */
  quietFields?: ReadonlySet<string>;
}

export type MergeStatus = 'new' | 'changed' | 'unchanged';

export interface RecordMerge {
  record: SyncedRecord;
  /** 'changed' when any field's value differs from the local record; stamps alone do not count. */
  status: MergeStatus;
  /** Fields whose value differs from the local record. */
  changedFields: string[];
  /** Whether the stored record must be written: a value or a stamp moved. */
  needsWrite: boolean;
  conflicts: Decision[];
}

interface Side {
  value: unknown;
  stamp: Hlc | undefined;
  present: boolean;
}

const NOT_FIELDS = new Set(['id', 'stamps']);
/** Bookkeeping that differs on every write: the later one is kept, but nobody is asked to choose. */
export const FIELDS_WITHOUT_DECISIONS: ReadonlySet<string> = new Set(['updatedBy', 'updatedAt']);

function sideOf(record: SyncedRecord, field: string): Side {
  return { value: record[field], stamp: record.stamps[field], present: Object.hasOwn(record, field) };
}

/** True when `a` beats `b`. Every rule here is symmetric, so the outcome does not depend on argument order. */
function wins(a: Side, b: Side): boolean {
  if (a.stamp !== b.stamp) {
    if (a.stamp === undefined) return false;
    if (b.stamp === undefined) return true;
    return a.stamp > b.stamp;
  }
  // Same stamp (or none on either side): normally the same write. Should the values still differ (a damaged copy),
  // a stable ordering of the values keeps every PC on the same answer.
  return canonicalJson(a.value) > canonicalJson(b.value);
}

function fieldsOf(local: SyncedRecord, incoming: SyncedRecord): Set<string> {
  const fields = new Set<string>();
  for (const record of [local, incoming]) {
    for (const key of Object.keys(record)) if (!NOT_FIELDS.has(key)) fields.add(key);
    for (const key of Object.keys(record.stamps)) fields.add(key);
  }
  for (const key of FORBIDDEN_KEYS) fields.delete(key);
  return fields;
}

function copyRecord(record: SyncedRecord): SyncedRecord {
  return { ...record, stamps: { ...record.stamps } };
}

export function mergeRecord(
  local: SyncedRecord | undefined,
  incoming: SyncedRecord,
  ctx: MergeContext,
): RecordMerge {
  if (local !== undefined && local.id !== incoming.id) {
    throw new Error('Only two copies of the same record can be merged.');
  }
  if (local === undefined) {
    const changedFields = Object.keys(incoming).filter((key) => !NOT_FIELDS.has(key));
    return { record: copyRecord(incoming), status: 'new', changedFields, needsWrite: true, conflicts: [] };
  }
  const record: Record<string, unknown> = { id: local.id };
  const stamps: Record<string, Hlc> = {};
  const changedFields: string[] = [];
  const conflicts: Decision[] = [];
  let needsWrite = false;

  for (const field of fieldsOf(local, incoming)) {
    const mine = sideOf(local, field);
    const theirs = sideOf(incoming, field);
    const incomingWins = wins(theirs, mine);
    const winner = incomingWins ? theirs : mine;
    const loser = incomingWins ? mine : theirs;
    if (winner.present) record[field] = winner.value;
    if (winner.stamp !== undefined) stamps[field] = winner.stamp;

    const sameValue = mine.present === theirs.present && deepEqual(mine.value, theirs.value);
    if (incomingWins) {
      needsWrite = true;
      if (!sameValue) changedFields.push(field);
    }
    if (
      !sameValue &&
      !FIELDS_WITHOUT_DECISIONS.has(field) &&
      !ctx.quietFields?.has(field) &&
      mine.stamp !== undefined &&
      theirs.stamp !== undefined &&
      mine.stamp !== theirs.stamp &&
      !hasSeen(ctx.incomingVectors, ctx.area, mine.stamp) &&
      !hasSeen(ctx.localVectors, ctx.area, theirs.stamp) &&
      winner.stamp !== undefined &&
      loser.stamp !== undefined
    ) {
      const losingRecord = incomingWins ? local : incoming;
      conflicts.push({
        id: decisionId(ctx.table, local.id, field, loser.stamp),
        table: ctx.table,
        recordId: local.id,
        field,
        keptValue: winner.value,
        keptStamp: winner.stamp,
        otherValue: loser.value,
        otherStamp: loser.stamp,
        otherBy: losingRecord.updatedBy,
        otherAt: losingRecord.updatedAt,
      });
    }
  }
  record.stamps = stamps;
  const merged = record as SyncedRecord;
  const status: MergeStatus = changedFields.length > 0 ? 'changed' : 'unchanged';
  return { record: needsWrite ? merged : local, status, changedFields, needsWrite, conflicts };
}
