/**
 * Sealing the records of a team database made before records were locked on disk: run once, as the upgrade to
 * version 6 (migrations.ts), inside Dexie's upgrade transaction. Every record is read as stored (plain) and written
 * back through the at-rest layer (atRest.ts), which seals it. The board's saved snapshot and its change notes are
 * dropped rather than rewritten: the next opening of the board reads the records and saves a sealed one.
 */
import type { Transaction } from 'dexie';
import { dropBoardSnapshot } from './boardChangeLog';

/** Rows per write request. */
const PAGE = 2000;

export async function sealEveryRecord(tx: Transaction): Promise<void> {
  // Dexie's own bookkeeping tables start with "$" and hold no records of the team.
  for (const name of tx.storeNames.filter((store) => !store.startsWith('$'))) {
    const table = tx.table(name);
    const rows: unknown[] = await table.toArray();
    for (let start = 0; start < rows.length; start += PAGE) {
      await table.bulkPut(rows.slice(start, start + PAGE));
    }
  }
  await dropBoardSnapshot({ meta: tx.table('meta') });
}
