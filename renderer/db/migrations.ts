/**
 * The versions of a team database, oldest first. Versions are only ever appended: a PC may hold a database made by
 * any earlier release, and Dexie walks it forward through every later version in order.
 *
 * Until the first release, version 1 derives its stores from the table registry, so a module that adds a table
 * needs no migration. From the first release on, version 1 is frozen as a literal and every change to a table or
 * index appends a version here with its upgrade function (docs/decisions/0005-data-layer.md).
 */
import type { Transaction } from 'dexie';
import type { AuditRow } from '../../shared/domain/audit';
import { AUDIT_TABLE, TABLES, isTableName } from '../../shared/domain/registry';
import type { SyncedRecord } from '../../shared/sync/record';

/** Dexie store strings: primary key first, then indexes; null deletes a table. */
export type Stores = Record<string, string | null>;

export interface DbVersion {
  version: number;
  stores: Stores;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/** Tables this PC keeps for itself beside the synced ones. */
export const LOCAL_STORES: Stores = {
  [AUDIT_TABLE.name]: ['id', ...AUDIT_TABLE.indexes].join(', '),
  decisions: 'id, [table+recordId], foundAt',
  receipts: 'bundleId, importedAt',
  meta: 'key',
};

export function storesFromRegistry(): Stores {
  const stores: Stores = {};
  for (const def of TABLES) stores[def.name] = ['id', ...def.indexes].join(', ');
  return { ...stores, ...LOCAL_STORES };
}

/** Tables whose indexes changed in a later version: version 1 keeps them as they first were. */
const VERSION_1_STORES: Stores = { chronology: 'id, caseId, date, [caseId+date]' };

/**
 * Records removed for good before records carried `purged` are known by their `purge` row in the change history:
 * mark them, stamped with that row's stamp (the same on every PC), so that a restore from a PC that had not seen the
 * purge can never bring them back (shared/sync/purge.ts).
 */
async function markPurgedRecords(tx: Transaction): Promise<void> {
  const purges = await tx.table<AuditRow, string>(AUDIT_TABLE.name).where('action').equals('purge').toArray();
  for (const purge of purges) {
    if (!isTableName(purge.table)) continue;
    const table = tx.table<SyncedRecord, string>(purge.table);
    const record = await table.get(purge.recordId);
    if (!record || record.purged === true) continue;
    await table.put({
      ...record,
      purged: true,
      deleted: true,
      stamps: { ...record.stamps, purged: purge.stamp },
    });
  }
}

export const MIGRATIONS: readonly DbVersion[] = [
  { version: 1, stores: { ...storesFromRegistry(), ...VERSION_1_STORES } },
  // "Does it make a difference" counts the reviews held in a period: `[type+date]` finds them without reading every
  // chronology entry of the period. IndexedDB builds the new index over the entries already stored.
  { version: 2, stores: { chronology: storesFromRegistry()['chronology'] ?? null } },
  { version: 3, stores: {}, upgrade: markPurgedRecords },
  // Files held back because a PC's clock is ahead, until they can be brought in (heldFiles.ts).
  { version: 4, stores: { heldFiles: 'bundleId, heldAt' } },
];
