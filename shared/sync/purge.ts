/**
 * Removal for good is final, whatever happens elsewhere at the same time. PC A purges a deleted action while PC B,
 * not having seen that, brings it back (or brings it back and changes its text): by stamps alone B's restore is the
 * later write of `deleted`, A's emptied text the later write of `text`, and the merge would revive an action with
 * no text. So `purged` is a fact of the record that only ever becomes true, and merges as "true wins" rather than
 * by stamp; and after every merge a purged record is settled: deleted, its personal fields empty, whatever the
 * stamps of those fields say. Settling depends only on the merged record, so any order of imports still gives the
 * same records, and importing twice changes nothing (docs/decisions/0014-purge-is-final.md).
 */
import type { TableDef } from '../domain/tableDef';
import type { SyncedRecord } from './record';
import { deepEqual } from './values';

/** What a purge leaves in each personal field of a table: the first empty value the field's schema accepts. */
export type PurgeClears = Readonly<Record<string, unknown>>;

const EMPTY_CANDIDATES: readonly unknown[] = ['', null, [], 0, false];
const known = new WeakMap<object, PurgeClears>();

export function purgeClearsOf(def: Pick<TableDef, 'name' | 'schema' | 'personalFields'>): PurgeClears {
  const cached = known.get(def);
  if (cached) return cached;
  const clears: Record<string, unknown> = {};
  for (const field of def.personalFields) {
    const schema = def.schema.shape[field];
    const empty = EMPTY_CANDIDATES.find((candidate) => schema?.safeParse(candidate).success === true);
    if (empty === undefined)
      throw new Error(`The personal field ${def.name}.${field} has no empty value its schema accepts.`);
    clears[field] = empty;
  }
  known.set(def, clears);
  return clears;
}

export function isPurged(record: Pick<SyncedRecord, 'purged'>): boolean {
  return record.purged === true;
}

/** The record as removal for good leaves it: unchanged unless purged, then deleted with its personal fields empty. */
export function settlePurge(record: SyncedRecord, clears: PurgeClears = {}): SyncedRecord {
  if (!isPurged(record)) return record;
  const settled =
    record.deleted === true &&
    Object.entries(clears).every(([field, empty]) => deepEqual(record[field], empty));
  if (settled) return record;
  const emptied = Object.fromEntries(
    Object.entries(clears).map(([field, empty]) => [field, Array.isArray(empty) ? [] : empty]),
  );
  return { ...record, ...emptied, deleted: true };
}
