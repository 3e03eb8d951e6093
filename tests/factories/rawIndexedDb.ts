/**
 * IndexedDB read the way anyone with a copy of the PC's profile could: a plain connection, no Dexie, no keys. Used to
 * show what a team database keeps readable on disk, and to make databases as an older version of the app stored them.
 */
import Dexie from 'dexie';
import { MIGRATIONS, SEALED_FROM_VERSION } from '../../renderer/db/migrations';
import { teamDbName } from '../../renderer/db/teamDb';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB refused the request.'));
  });
}

/** Every stored value of every object store, as IndexedDB holds it. */
export async function readRaw(
  name: string,
  factory: IDBFactory = indexedDB,
): Promise<Record<string, Record<string, unknown>[]>> {
  const db = await request(factory.open(name));
  try {
    const stores: Record<string, Record<string, unknown>[]> = {};
    for (const store of Array.from(db.objectStoreNames)) {
      const rows: unknown[] = await request(db.transaction(store).objectStore(store).getAll());
      stores[store] = rows.filter(
        (row): row is Record<string, unknown> => typeof row === 'object' && row !== null,
      );
    }
    return stores;
  } finally {
    db.close();
  }
}

/** Replaces one stored value as it is on disk (no sealing): what someone editing a copied profile could do. */
export async function writeRaw(name: string, store: string, value: unknown): Promise<void> {
  const db = await request(indexedDB.open(name));
  try {
    const tx = db.transaction(store, 'readwrite');
    tx.objectStore(store).put(value);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('The write failed.'));
    });
  } finally {
    db.close();
  }
}

/** The index names of one object store. */
export async function rawIndexNames(name: string, store: string): Promise<string[]> {
  const db = await request(indexedDB.open(name));
  try {
    return Array.from(db.transaction(store).objectStore(store).indexNames);
  } finally {
    db.close();
  }
}

/** All stored text, bytes included (read as Latin-1, so text inside them would show): what a search of the files finds. */
export function allStoredText(stores: Record<string, unknown[]>): string {
  return JSON.stringify(stores, (_key, value: unknown) =>
    ArrayBuffer.isView(value) ? new TextDecoder('latin1').decode(value) : value,
  );
}

/**
 * A team database as versions of the app before records were locked on disk left it: the tables of the last such
 * version (held files and personal passwords included), each record stored plain. Closed again when it returns.
 */
export async function makePlainTeamDb(teamId: string, rows: Record<string, unknown[]>): Promise<void> {
  const db = new Dexie(teamDbName(teamId));
  for (const step of MIGRATIONS.filter((version) => version.version < SEALED_FROM_VERSION))
    db.version(step.version).stores(step.stores);
  await db.open();
  await db.transaction('rw', db.tables, async () => {
    for (const [table, values] of Object.entries(rows)) await db.table(table).bulkPut(values);
  });
  db.close();
}
