/**
 * What the board's saved snapshot (boardSnapshot.ts) asks of every change to the team database, as an extension
 * of it (teamDbExtension.ts). After each write to a table the board reads, a change note in the `meta` table, in
 * the same transaction, names the records touched and the parts of the snapshot they feed, so each part can be
 * brought up to date by reading only those records again. Notes are written blind (a fresh key each, never
 * read-modify-write), so two writes in one transaction cannot lose each other's note; a part's save strikes
 * itself off the notes it took in, and the last one removes the note. After a purge, both parts (and the cards built
 * from them) are dropped.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import { CARDS_PART } from '../../shared/board/boardSource';
import { SEARCH_PART } from '../../shared/board/searchSource';
import type { SnapshotPart, SnapshotPartName } from '../../shared/board/snapshotPart';
import type { TableName } from '../../shared/domain/registry';
import { newId } from '../../shared/sync/record';
import { BOARD_CHANGE_PREFIX, deleteMeta, type BoardChangeRow, type MetaKey, type MetaStore } from './meta';
import type { TeamDbExtension } from './teamDbExtension';

/** Where each part of the snapshot is kept in `meta`. */
export const PART_KEYS = {
  cards: 'board-snapshot',
  search: 'board-search',
} as const satisfies Record<SnapshotPartName, MetaKey>;

/** Where the cards built from the cards part are kept, beside it (builtBoard.ts). */
export const BUILT_CARDS_KEY = 'board-cards' satisfies MetaKey;

/** Past this many records in one write (an import, a new team), the note says the whole table changed. */
const MAX_IDS_PER_NOTE = 200;

const SNAPSHOT_PARTS: readonly SnapshotPart[] = [CARDS_PART, SEARCH_PART];

/** The parts each table feeds, by table name: a write to any other table needs no note. */
const FEEDS = new Map<string, { table: TableName; parts: SnapshotPartName[] }>();
for (const part of SNAPSHOT_PARTS) {
  for (const table of part.tables) {
    FEEDS.set(table, { table, parts: [...(FEEDS.get(table)?.parts ?? []), part.name] });
  }
}

/** The ids a write touches, or null when they cannot be told apart (a range delete, more than `max` records). */
export function touchedIds(
  table: DBCoreTable,
  req: DBCoreMutateRequest,
  max: number = MAX_IDS_PER_NOTE,
): string[] | null {
  let keys: readonly unknown[];
  if (req.type === 'deleteRange') return null;
  if (req.type === 'delete') keys = req.keys;
  else {
    const extract = table.schema.primaryKey.extractKey;
    if (req.keys) keys = req.keys;
    else if (extract) keys = req.values.map((value) => extract(value));
    else return null;
    if (req.type === 'put' && req.updates) keys = [...keys, ...req.updates.keys];
  }
  if (keys.length > max) return null;
  const ids: string[] = [];
  for (const key of keys) {
    if (typeof key !== 'string') return null;
    ids.push(key);
  }
  return ids;
}

function withNotes(
  down: DBCore,
  table: DBCoreTable,
  name: TableName,
  parts: readonly SnapshotPartName[],
): DBCoreTable {
  return {
    ...table,
    async mutate(req) {
      // A write that cannot note itself is refused before it is made: the board would go on showing the old record.
      if (req.trans instanceof IDBTransaction && !req.trans.objectStoreNames.contains('meta')) {
        throw new Error(`A change to ${name} must be written in a transaction that includes the meta table.`);
      }
      const result = await table.mutate(req);
      const note: BoardChangeRow = {
        key: `${BOARD_CHANGE_PREFIX}${newId()}`,
        value: { table: name, ids: touchedIds(table, req), parts: [...parts] },
      };
      await down.table('meta').mutate({ type: 'put', trans: req.trans, values: [note] });
      return result;
    },
  };
}

const boardChangeLog: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'boardChangeLog',
  create: (down) => ({
    ...down,
    table(name) {
      const table = down.table(name);
      const feeds = FEEDS.get(name);
      return feeds ? withNotes(down, table, feeds.table, feeds.parts) : table;
    },
  }),
};

/**
 * Drops both saved parts and the cards built from them, so the next opening reads the tables: a record removed for
 * good leaves no copy of its names in the board's snapshot.
 */
export async function forgetBoardSnapshot(db: MetaStore): Promise<void> {
  await deleteMeta(db, [...Object.values(PART_KEYS), BUILT_CARDS_KEY]);
}

/** Drops everything of the snapshot: both parts, the cards built from them, and every change note. */
export async function dropBoardSnapshot(db: MetaStore): Promise<void> {
  await forgetBoardSnapshot(db);
  await db.meta.where('key').startsWith(BOARD_CHANGE_PREFIX).delete();
}

export const boardSnapshotExtension: TeamDbExtension = {
  name: 'the board’s saved snapshot',
  afterWrite: boardChangeLog,
  afterPurge: forgetBoardSnapshot,
};
