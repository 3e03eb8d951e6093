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
import { decisionFromOlderCase } from '../../shared/domain/sharing';
import { requirementInChosenShape } from '../../shared/domain/training';
import { dropBoardSnapshot } from './boardChangeLog';
import { sealEveryRecord } from './sealInPlace';

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
const VERSION_1_STORES: Stores = {
  chronology: 'id, caseId, date, [caseId+date]',
  agencies: 'id, name, type',
  members: 'id, name, profession, status, employingAgencyId, hostAgencyId, *skills',
  cases: 'id, reference, columnId, leadMemberId, status, nextReviewDate, *concerns',
  requiredTraining: 'id, title',
  reflectionTemplates: 'id, name, kind',
};

function latest(...tables: string[]): Stores {
  const all = storesFromRegistry();
  return Object.fromEntries(tables.map((table) => [table, all[table] ?? null]));
}

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

/**
 * Each case's basis for sharing becomes a decision of its own (shared/domain/sharing.ts), with the same id and
 * stamps a file from an older version turns it into, so PCs upgraded apart still agree.
 */
async function sharingDecisionsFromCases(tx: Transaction): Promise<void> {
  const cases = await tx.table<SyncedRecord, string>('cases').toArray();
  const decisions: Record<string, unknown>[] = [];
  for (const caseRow of cases) {
    const decision = decisionFromOlderCase(caseRow);
    if (decision) decisions.push(decision);
  }
  await tx.table<Record<string, unknown>, string>('sharingDecisions').bulkPut(decisions);
}

/** Required training from before choices, in the shape a file from then is given (decision 0027). */
async function requirementsInChosenShape(tx: Transaction): Promise<void> {
  const table = tx.table<SyncedRecord, string>('requiredTraining');
  const rows = await table.toArray();
  await table.bulkPut(rows.filter((row) => requirementInChosenShape(row)));
}

/** The first version whose records are sealed on disk; every earlier one stored them plain. */
export const SEALED_FROM_VERSION = 6;

export const MIGRATIONS: readonly DbVersion[] = [
  { version: 1, stores: { ...storesFromRegistry(), ...VERSION_1_STORES } },
  // "Does it make a difference" counts the reviews held in a period: `[type+date]` finds them without reading every
  // chronology entry of the period. IndexedDB builds the new index over the entries already stored.
  { version: 2, stores: latest('chronology') },
  { version: 3, stores: {}, upgrade: markPurgedRecords },
  // Files held back because a PC's clock is ahead, until they can be brought in (heldFiles.ts).
  { version: 4, stores: { heldFiles: 'bundleId, heldAt' } },
  // Personal passwords' verifiers (a directory table): a database made before them gains the table.
  { version: 5, stores: latest('passwords') },
  // Records are sealed on disk from version 6 (docs/decisions/0022-records-locked-on-disk.md). An index keeps what
  // it reads in the clear, so the indexes on names, references and titles go; those searches read the records. The
  // upgrade seals every record already stored (held files and the change history too), in the one upgrade
  // transaction: a start that is cut short leaves the database exactly as it was, and the next start does it again.
  {
    version: SEALED_FROM_VERSION,
    stores: latest('agencies', 'members', 'cases', 'requiredTraining', 'reflectionTemplates'),
    upgrade: sealEveryRecord,
  },
  // Agencies' own reference numbers for a case, indexed by case only: the numbers themselves stay sealed.
  { version: 7, stores: latest('caseReferences') },
  // A case's basis for sharing, from one set of fields to a history of decisions (decision 0026).
  { version: 8, stores: latest('sharingDecisions'), upgrade: sharingDecisionsFromCases },
  // A required training names the training it accepts, chosen from a list (decision 0027).
  { version: 9, stores: {}, upgrade: requirementsInChosenShape },
  // The team's own wellbeing indicators (decision 0028).
  { version: 10, stores: latest('wellbeingIndicators') },
  // The team's own words for "Who can help with…" (decision 0029).
  { version: 11, stores: latest('searchWords') },
  // The board keeps its cards as built beside its saved snapshot (decision 0031). The snapshot saved before is
  // dropped, to be read afresh; and a release before this one, which would save a snapshot without the cards that
  // go with it, can no longer open the database.
  { version: 12, stores: {}, upgrade: (tx) => dropBoardSnapshot({ meta: tx.table('meta') }) },
];
