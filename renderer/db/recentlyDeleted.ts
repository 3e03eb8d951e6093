/**
 * The "Recently deleted" list: records deleted in any table of the team database that have not yet been removed
 * for good, newest first, with the means to bring one back or remove it for good (through the write path).
 */
import { TABLES, type TableName } from '../../shared/domain/registry';
import { isPurged } from '../../shared/sync/purge';
import type { SyncedRecord } from '../../shared/sync/record';
import type { TeamDb } from './teamDb';
import { purgeRecord, restoreRecord, type WriteContext } from './writer';

export interface DeletedItem {
  table: TableName;
  /** Plain words for the kind of record: "cases", "actions". */
  kind: string;
  id: string;
  /** A short description a person recognises: the case reference, a person's name, the first words of a note. */
  title: string;
  deletedAt: string;
  /** The member id of the person who deleted it. */
  deletedBy: string;
  /** Why, where the removal asked (a chronology entry, a view of the child): empty otherwise. */
  reason: string;
}

const TITLE_FIELDS = ['reference', 'name', 'title', 'text', 'role'] as const;

export function describeRecord(record: SyncedRecord): string {
  if (typeof record['reference'] === 'string') {
    const name = typeof record['displayName'] === 'string' ? record['displayName'] : '';
    return `${record['reference']} ${name}`.trim();
  }
  for (const field of TITLE_FIELDS) {
    const value = record[field];
    if (typeof value === 'string' && value.trim() !== '') {
      return value.length > 80 ? `${value.slice(0, 79)}…` : value;
    }
  }
  return 'Untitled';
}

/** Deleted records not yet removed for good, newest first. Scans every table: it is opened rarely. */
export async function listRecentlyDeleted(db: TeamDb, limit = 500): Promise<DeletedItem[]> {
  const purgeRows = await db.audit.where('action').equals('purge').toArray();
  const purged = new Set(purgeRows.map((row) => `${row.table}/${row.recordId}`));
  const items: DeletedItem[] = [];
  for (const def of TABLES) {
    const rows = await db
      .table<SyncedRecord, string>(def.name)
      .filter((row) => row.deleted && !isPurged(row) && !purged.has(`${def.name}/${row.id}`))
      .toArray();
    for (const row of rows) {
      items.push({
        // The registry lists exactly the table names TableName names.
        table: def.name as TableName,
        kind: def.label,
        id: row.id,
        title: describeRecord(row),
        deletedAt: row.updatedAt,
        deletedBy: row.updatedBy,
        reason: typeof row['removedReason'] === 'string' ? row['removedReason'] : '',
      });
    }
  }
  items.sort((a, b) => (a.deletedAt < b.deletedAt ? 1 : a.deletedAt > b.deletedAt ? -1 : 0));
  return items.slice(0, limit);
}

export function restoreDeleted(
  writer: WriteContext,
  item: Pick<DeletedItem, 'table' | 'id'>,
): Promise<boolean> {
  return restoreRecord(writer, item.table, item.id);
}

export function purgeDeleted(
  writer: WriteContext,
  item: Pick<DeletedItem, 'table' | 'id'>,
): Promise<boolean> {
  return purgeRecord(writer, item.table, item.id);
}
