/**
 * Clashes: live records that break a rule tying their fields together (shared/domain/recordRules.ts), which only a
 * merge of two PCs' changes can bring about. Stored on this PC only, in the team database's `meta` table under
 * `clashes`, as an index of the records: the write path and the import each recompute the entries of every record
 * they write, in the same transaction, so the list is always what the records themselves say (`clashesIn` derives
 * it from scratch, and the tests hold the stored list to it).
 */
import { brokenRules, rulesOf } from '../../shared/domain/recordRules';
import type { SyncedRecord } from '../../shared/sync/record';
import { getMeta, setMeta, type StoredClash } from './meta';
import type { TeamDb } from './teamDb';

export type { StoredClash };

export interface WrittenRecord {
  table: string;
  record: SyncedRecord;
}

function recordKey(table: string, recordId: string): string {
  return `${table}|${recordId}`;
}

/** The clashes of some records, found now. */
export function clashesIn(written: Iterable<WrittenRecord>, foundAt: string): StoredClash[] {
  const found: StoredClash[] = [];
  for (const { table, record } of written) {
    for (const rule of brokenRules(table, record))
      found.push({ table, recordId: record.id, rule: rule.id, foundAt });
  }
  return found;
}

/**
 * Brings the stored list up to date with records just written, inside the caller's read-write transaction (which
 * must include `meta`). Entries of other records stay as they are; a clash still there keeps the time it was found.
 */
export async function noteClashes(
  db: TeamDb,
  written: readonly WrittenRecord[],
  at: string = new Date().toISOString(),
): Promise<void> {
  const relevant = written.filter(({ table }) => rulesOf(table).length > 0);
  if (relevant.length === 0) return;
  const stored = (await getMeta(db, 'clashes')) ?? [];
  const found = clashesIn(relevant, at);
  if (stored.length === 0 && found.length === 0) return;
  const rewritten = new Set(relevant.map(({ table, record }) => recordKey(table, record.id)));
  const before = new Map(
    stored.map((clash) => [`${recordKey(clash.table, clash.recordId)}|${clash.rule}`, clash]),
  );
  const kept = stored.filter((clash) => !rewritten.has(recordKey(clash.table, clash.recordId)));
  const next = [
    ...kept,
    ...found.map((clash) => before.get(`${recordKey(clash.table, clash.recordId)}|${clash.rule}`) ?? clash),
  ];
  if (next.length === stored.length && next.every((clash, index) => clash === stored[index])) return;
  await setMeta(db, 'clashes', next);
}

/** Every clash on this PC, oldest first. */
export async function listClashes(db: TeamDb): Promise<StoredClash[]> {
  const stored = (await getMeta(db, 'clashes')) ?? [];
  return [...stored].sort((a, b) => a.foundAt.localeCompare(b.foundAt));
}
