/**
 * Locks every record of a team database on the PC's disk: a Dexie DBCore middleware that seals each value as it is
 * written and opens it as it is read, below every other layer, so the write path, imports, live queries and the
 * board's change log all see plain records and need to know nothing of it. What IndexedDB stores for a record is its
 * primary key and the fields its indexes need, in the clear (readableOnDisk.ts says which they may be, and tests
 * that none is a name or free text), beside `$sealed`: the whole record, sealed with the team's data key and bound
 * to its table and key (shared/keys/sealed.ts). Sealing is synchronous, so a transaction never waits on anything
 * but IndexedDB (docs/decisions/0022-records-locked-on-disk.md).
 */
import type { DBCore, DBCoreCursor, DBCoreTable, DBCoreTableSchema, Middleware } from 'dexie';
import { contextBytes, openJson, sealJson } from '../../shared/keys/sealed';

export const SEALED_FIELD = '$sealed';

/** A stored record that does not open: its bytes were changed on disk, or it was sealed with another key. */
export class UnreadableRecordError extends Error {
  constructor(readonly table: string) {
    super(
      'A record stored on this PC could not be read: it may have been damaged on the disk. Nothing has been changed.',
    );
    this.name = 'UnreadableRecordError';
  }
}

/** The fields a table's stored records keep in the clear: its primary key and every field an index reads. */
export function readableFieldsOf(schema: DBCoreTableSchema): string[] {
  const fields = new Set<string>();
  for (const index of [schema.primaryKey, ...schema.indexes]) {
    const path = index.keyPath;
    if (path === null) continue;
    for (const field of typeof path === 'string' ? [path] : path) fields.add(field);
  }
  return [...fields];
}

function keyText(key: unknown): string {
  return typeof key === 'string' ? key : JSON.stringify(key);
}

/** Also true for bytes made in another realm (a test's IndexedDB stand-in clones with Node's own arrays). */
function isBytes(value: unknown): value is Uint8Array {
  return ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === '[object Uint8Array]';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** During a database upgrade the records are still as the older version stored them: plain. */
function upgrading(trans: unknown): boolean {
  return (
    typeof IDBTransaction !== 'undefined' && trans instanceof IDBTransaction && trans.mode === 'versionchange'
  );
}

function lockedTable(table: DBCoreTable, key: Uint8Array): DBCoreTable {
  const { name } = table;
  const readable = readableFieldsOf(table.schema);
  const extractKey = table.schema.primaryKey.extractKey;

  const seal = (value: unknown, outboundKey: unknown): unknown => {
    if (!isRecord(value)) return value;
    const primaryKey = outboundKey ?? extractKey?.(value);
    const stored: Record<string, unknown> = {};
    for (const field of readable) if (field in value) stored[field] = value[field];
    stored[SEALED_FIELD] = sealJson(key, value, contextBytes(name, keyText(primaryKey)));
    return stored;
  };

  const open = (stored: unknown, primaryKey: unknown, trans: unknown): unknown => {
    if (!isRecord(stored)) return stored;
    const sealed = stored[SEALED_FIELD];
    if (!isBytes(sealed)) {
      if (upgrading(trans)) return stored;
      throw new UnreadableRecordError(name);
    }
    const opened = openJson(key, sealed, contextBytes(name, keyText(primaryKey)));
    if (!opened.ok) throw new UnreadableRecordError(name);
    return opened.value;
  };

  const keyOf = (stored: unknown): unknown => (isRecord(stored) ? extractKey?.(stored) : undefined);

  const openCursor = (cursor: DBCoreCursor): DBCoreCursor => {
    let from: unknown;
    let opened: unknown;
    // The cursor is IndexedDB's own object, which Dexie moves along; its getters must be read on it, not on a copy.
    return Object.create(cursor, {
      key: { get: () => cursor.key },
      primaryKey: { get: () => cursor.primaryKey },
      value: {
        get: () => {
          const stored: unknown = cursor.value;
          if (stored !== from) {
            from = stored;
            opened = stored === undefined ? undefined : open(stored, cursor.primaryKey, cursor.trans);
          }
          return opened;
        },
      },
    });
  };

  return {
    ...table,
    mutate(req) {
      if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
      const values = req.values.map((value, index) => seal(value, req.keys?.[index]));
      return table.mutate({ ...req, values });
    },
    // `then` on the promise the layer below returns, never `async`: a native promise would lose the Dexie
    // transaction that the layers above carry on with (Collection.modify writes after reading, in that transaction).
    get(req) {
      return table.get(req).then((row) => open(row, req.key, req.trans));
    },
    getMany(req) {
      return table
        .getMany(req)
        .then((rows) => rows.map((row, index) => open(row, req.keys[index], req.trans)));
    },
    query(req) {
      return table
        .query(req)
        .then((response) =>
          req.values
            ? { ...response, result: response.result.map((row) => open(row, keyOf(row), req.trans)) }
            : response,
        );
    },
    openCursor(req) {
      return table
        .openCursor(req)
        .then((cursor) => (cursor && req.values !== false ? openCursor(cursor) : cursor));
    },
  };
}

/** The middleware for one team database and its data key (held in memory while the team is unlocked). */
export function lockedAtRest(key: Uint8Array): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'lockedAtRest',
    // Below Dexie's own layers (the lowest is -1), so that every one of them sees plain records.
    level: -10,
    create: (down) => ({
      ...down,
      table: (name) => (name.startsWith('$') ? down.table(name) : lockedTable(down.table(name), key)),
    }),
  };
}
