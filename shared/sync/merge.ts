/**
 * Per-field last-writer-wins merge by change stamp. For each field the value with the higher stamp wins, so merging
 * is commutative, associative and idempotent: whatever the order of imports, the records come out the same, and importing twice
 * changes nothing. When the two values differ and neither side had seen the other's write (judged with each side's
 * version vector for the table's area), the losing value is handed back as a Decision rather than silently dropped.
 */
import type { Area } from '../domain/tableDef';
import { decisionId, type Decision } from './decision';
import type { Hlc } from './hlc';
import { isPurged, settlePurge, type PurgeClears } from './purge';
import { FORBIDDEN_KEYS, stampOf, type SyncedRecord } from './record';
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
  /** What a purge leaves in the table's personal fields (purgeClearsOf), applied to a purged merged record. */
  purgeClears?: PurgeClears;
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
/**
 * Bookkeeping that differs on every write (the later one is kept, but nobody is asked to choose), and `purged`,
 * which only ever becomes true.
 */
export const FIELDS_WITHOUT_DECISIONS: ReadonlySet<string> = new Set(['updatedBy', 'updatedAt', 'purged']);

function sideOf(record: SyncedRecord, field: string): Side {
  return {
    value: Object.hasOwn(record, field) ? record[field] : undefined,
    stamp: stampOf(record.stamps, field),
    present: Object.hasOwn(record, field),
  };
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

/** `purged` only ever becomes true: a true value beats a false one whatever the stamps (shared/sync/purge.ts). */
function winsPurged(a: Side, b: Side): boolean {
  const aPurged = a.value === true;
  if (aPurged !== (b.value === true)) return aPurged;
  return wins(a, b);
}

function sameStamps(a: Readonly<Record<string, Hlc>>, b: Readonly<Record<string, Hlc>>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => stampOf(b, key) === a[key]);
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

function copyRecord(record: SyncedRecord, clears: PurgeClears | undefined): SyncedRecord {
  return settlePurge({ ...record, stamps: { ...record.stamps } }, clears);
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
    const record = copyRecord(incoming, ctx.purgeClears);
    const changedFields = Object.keys(record).filter((key) => !NOT_FIELDS.has(key));
    return { record, status: 'new', changedFields, needsWrite: true, conflicts: [] };
  }
  const record: Record<string, unknown> = { id: local.id };
  const stamps: Record<string, Hlc> = {};
  const conflicts: Decision[] = [];
  const fields = fieldsOf(local, incoming);

  for (const field of fields) {
    const mine = sideOf(local, field);
    const theirs = sideOf(incoming, field);
    const incomingWins = field === 'purged' ? winsPurged(theirs, mine) : wins(theirs, mine);
    const winner = incomingWins ? theirs : mine;
    const loser = incomingWins ? mine : theirs;
    if (winner.present) record[field] = winner.value;
    if (winner.stamp !== undefined) stamps[field] = winner.stamp;

    const sameValue = mine.present === theirs.present && deepEqual(mine.value, theirs.value);
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
  // Built from two records' envelopes and fields, so it is a record of the same table.
  const merged = settlePurge(record as SyncedRecord, ctx.purgeClears);
  // Judged after settling: a purge that swallows a restore changes nothing a person would see.
  const changedFields = [...fields].filter((field) => {
    // A row stored before `purged` existed lacks it, which means the same as false.
    if (field === 'purged') return isPurged(local) !== isPurged(merged);
    const mine = sideOf(local, field);
    const now = sideOf(merged, field);
    return mine.present !== now.present || !deepEqual(mine.value, now.value);
  });
  const needsWrite = changedFields.length > 0 || !sameStamps(merged.stamps, local.stamps);
  const status: MergeStatus = changedFields.length > 0 ? 'changed' : 'unchanged';
  // Nothing about a record removed for good is left for anyone to decide.
  const questions = isPurged(merged) ? [] : conflicts;
  return { record: needsWrite ? merged : local, status, changedFields, needsWrite, conflicts: questions };
}
