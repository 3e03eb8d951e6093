/**
 * Searching the change history (the team database's `audit` table, read only): by person, by kind of record and
 * the record's reference or name, and by date, newest first, a page at a time so a long history stays quick.
 */
import type { AuditRow } from '../../../../shared/domain/audit';
import { tableByName, TABLES } from '../../../../shared/domain/registry';
import type { SyncedRecord } from '../../../../shared/sync/record';
import { describeRecord } from '../../../db/recentlyDeleted';
import type { TeamDb } from '../../../db/teamDb';

export interface AuditFilters {
  personId: string;
  table: string;
  /** Part of the record's reference, name or title. */
  record: string;
  /** YYYY-MM-DD, inclusive; '' for no limit. */
  from: string;
  to: string;
}

export const NO_FILTERS: AuditFilters = { personId: '', table: '', record: '', from: '', to: '' };

export interface AuditEntry {
  row: AuditRow;
  /** The record's reference, name or first words, as it is now. */
  title: string;
  tableLabel: string;
}

export interface AuditPage {
  entries: AuditEntry[];
  hasMore: boolean;
}

function knownTable(name: string): boolean {
  return TABLES.some((def) => def.name === name);
}

async function matchingRecordIds(db: TeamDb, tables: readonly string[], text: string): Promise<Set<string>> {
  const needle = text.trim().toLowerCase();
  const ids = new Set<string>();
  for (const name of tables) {
    const keys = await db
      .table<SyncedRecord, string>(name)
      .filter((row) => describeRecord(row).toLowerCase().includes(needle))
      .primaryKeys();
    for (const key of keys) ids.add(key);
  }
  return ids;
}

/** Titles of the records a page of history is about, looked up table by table. */
export async function describeRows(db: TeamDb, rows: readonly AuditRow[]): Promise<AuditEntry[]> {
  const byTable = new Map<string, string[]>();
  for (const row of rows) byTable.set(row.table, [...(byTable.get(row.table) ?? []), row.recordId]);
  const titles = new Map<string, string>();
  for (const [table, ids] of byTable) {
    if (!knownTable(table)) continue;
    const records = await db.table<SyncedRecord, string>(table).bulkGet(ids);
    for (const record of records) if (record) titles.set(`${table}/${record.id}`, describeRecord(record));
  }
  return rows.map((row) => ({
    row,
    title: titles.get(`${row.table}/${row.recordId}`) ?? '',
    tableLabel: knownTable(row.table)
      ? tableByName(row.table as Parameters<typeof tableByName>[0]).label
      : row.table,
  }));
}

export async function searchAudit(
  db: TeamDb,
  filters: AuditFilters,
  offset: number,
  limit: number,
): Promise<AuditPage> {
  const tables = filters.table ? [filters.table] : TABLES.map((def) => def.name);
  const recordIds = filters.record.trim() ? await matchingRecordIds(db, tables, filters.record) : null;
  // Newest first by change stamp, which orders changes made in the same millisecond too.
  const lower = filters.from ? new Date(`${filters.from}T00:00:00`).toISOString() : '';
  const upper = filters.to ? new Date(`${filters.to}T23:59:59.999`).toISOString() : '\uffff';
  const rows = await db.audit
    .orderBy('stamp')
    .reverse()
    .filter(
      (row) =>
        row.at >= lower &&
        row.at <= upper &&
        (!filters.personId || row.personId === filters.personId) &&
        (!filters.table || row.table === filters.table) &&
        (recordIds === null || recordIds.has(row.recordId)),
    )
    .offset(offset)
    .limit(limit + 1)
    .toArray();
  return { entries: await describeRows(db, rows.slice(0, limit)), hasMore: rows.length > limit };
}

/** One record's own history, newest first. */
export async function recordHistory(db: TeamDb, table: string, recordId: string): Promise<AuditEntry[]> {
  const rows = await db.audit.where('[table+recordId]').equals([table, recordId]).toArray();
  rows.sort((a, b) => (a.stamp < b.stamp ? 1 : a.stamp > b.stamp ? -1 : 0));
  return describeRows(db, rows);
}
