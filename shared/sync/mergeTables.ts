/**
 * Merging a whole bundle's worth of tables against what this PC holds, without touching any storage: the importer
 * reads the local rows, calls `mergeTables`, shows the preview (counts and decisions) and then writes `upserts`,
 * the merged vectors and the decisions in one transaction. Tables outside the bundle's scope are never touched.
 */
import type { Area, TableDef } from '../domain/tableDef';
import { CLOCK_AHEAD_TOLERANCE_MS } from './clockCheck';
import type { Decision } from './decision';
import { hlcDevice, hlcWallTime, maxHlc, type Hlc } from './hlc';
import { mergeRecord } from './merge';
import { purgeClearsOf } from './purge';
import type { SyncedRecord } from './record';
import { mergeVectors, restrictVectors, vectorsOfRecords, type VersionVectors } from './versionVector';

/** How far ahead of this PC's clock a stamp may be before it is reported as coming from a PC with a wrong clock. */
export const FUTURE_STAMP_TOLERANCE_MS = CLOCK_AHEAD_TOLERANCE_MS;

export type RowsByTable = Readonly<Record<string, readonly SyncedRecord[] | undefined>>;

export interface MergeTablesOptions {
  tables: readonly TableDef[];
  /** The bundle's scope: tables of other areas in `incoming` are left alone. */
  scope: readonly Area[];
  localVectors: VersionVectors;
  incomingVectors: VersionVectors;
  /** This PC's wall clock in ms, for spotting stamps from the future. */
  now: number;
  futureToleranceMs?: number;
}

export interface TableMergeSummary {
  /** Records to write (new ones, and ones where a value or a stamp moved), already merged. */
  upserts: SyncedRecord[];
  counts: { new: number; changed: number; unchanged: number };
  /** For each changed record, the fields whose value changes: enough for a preview to say what is different. */
  changedFields: Map<string, string[]>;
}

export interface FutureStamp {
  device: string;
  /** The furthest-ahead stamp from that device. */
  stamp: Hlc;
  wallTime: number;
}

export interface MergeTablesResult {
  tables: Record<string, TableMergeSummary>;
  decisions: Decision[];
  /** What this PC has seen once the import is applied; store it with the data. */
  vectors: VersionVectors;
  /** The highest stamp in the incoming rows: move the clock past it (`clock.receive`). */
  maxStamp: Hlc | undefined;
  futureStamps: FutureStamp[];
}

function emptySummary(): TableMergeSummary {
  return { upserts: [], counts: { new: 0, changed: 0, unchanged: 0 }, changedFields: new Map() };
}

export function mergeTables(
  local: RowsByTable,
  incoming: RowsByTable,
  options: MergeTablesOptions,
): MergeTablesResult {
  const scope = new Set(options.scope);
  const horizon = options.now + (options.futureToleranceMs ?? FUTURE_STAMP_TOLERANCE_MS);
  let incomingVectors = restrictVectors(options.incomingVectors, options.scope);
  // A bundle's vectors should already cover its own rows; adding them again costs little and guards against a
  // sender that forgot, which would otherwise make every one of its writes look unseen.
  for (const def of options.tables) {
    const rows = incoming[def.name];
    if (rows && scope.has(def.area))
      incomingVectors = mergeVectors(incomingVectors, vectorsOfRecords(def.area, rows));
  }

  // Likewise the stamps this PC holds count as seen, even if its stored vectors missed one of its own writes.
  let localVectors = options.localVectors;
  for (const def of options.tables) {
    const rows = local[def.name];
    if (rows && scope.has(def.area))
      localVectors = mergeVectors(localVectors, vectorsOfRecords(def.area, rows));
  }

  const tables: Record<string, TableMergeSummary> = {};
  const decisions: Decision[] = [];
  const future = new Map<string, Hlc>();
  let maxStamp: Hlc | undefined;

  for (const def of options.tables) {
    if (!scope.has(def.area)) continue;
    const summary = emptySummary();
    tables[def.name] = summary;
    const rows = incoming[def.name];
    if (!rows) continue;
    const held = new Map((local[def.name] ?? []).map((row) => [row.id, row]));
    const ctx = {
      table: def.name,
      area: def.area,
      localVectors,
      incomingVectors,
      quietFields: new Set(def.quietFields ?? []),
      purgeClears: purgeClearsOf(def),
    };
    for (const row of rows) {
      for (const stamp of Object.values(row.stamps)) {
        maxStamp = maxHlc(maxStamp, stamp);
        if (hlcWallTime(stamp) > horizon) {
          const device = hlcDevice(stamp);
          future.set(device, maxHlc(future.get(device), stamp) ?? stamp);
        }
      }
      // A bundle never holds two rows with one id (validation refuses it); earlier merged rows still count here so
      // that the outcome would not depend on order even if it did.
      const merged = mergeRecord(held.get(row.id), row, ctx);
      summary.counts[merged.status] += 1;
      if (merged.needsWrite) {
        summary.upserts.push(merged.record);
        held.set(row.id, merged.record);
      }
      if (merged.changedFields.length > 0) summary.changedFields.set(row.id, merged.changedFields);
      decisions.push(...merged.conflicts);
    }
  }

  return {
    tables,
    decisions,
    vectors: mergeVectors(localVectors, incomingVectors),
    maxStamp,
    futureStamps: [...future].map(([device, stamp]) => ({ device, stamp, wallTime: hlcWallTime(stamp) })),
  };
}
