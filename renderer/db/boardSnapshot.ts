/**
 * The board's saved snapshot, in the team database's `meta` table under `board-snapshot`: what the board last read
 * (shared/board/boardSource.ts), so that opening the board reads one record rather than every case and
 * involvement. With the change log (boardChangeLog.ts) it is exact: a load reads the snapshot, the notes written
 * since, and each noted record again, all in one read-only transaction; a table noted as wholly changed is read
 * whole, and without a usable snapshot every table is. Only this PC reads it; it never travels in a bundle.
 */
import Dexie from 'dexie';
import {
  BOARD_SOURCE_TABLES,
  patchTable,
  slimBoardSource,
  slimTable,
  type BoardSource,
  type BoardSourceTable,
  type RowIn,
} from '../../shared/board/boardSource';
import { newId } from '../../shared/sync/record';
import { BOARD_CHANGE_PREFIX, type BoardChangeRow } from './boardChangeLog';
import type { TeamDb } from './teamDb';

const SNAPSHOT_KEY = 'board-snapshot';
/** Raised whenever the snapshot's shape changes: an older one is then read afresh rather than misread. */
const SNAPSHOT_FORMAT = 1;
/** Past this many noted records, reading every table again is quicker than reading each record. */
const MAX_NOTED_RECORDS = 2000;

interface StoredSnapshot {
  format: number;
  id: string;
  /** The day it was read: its actions are those overdue on that day. */
  today: string;
  source: BoardSource;
}

/** The `meta` rows this module reads and writes, typed for their own keys (meta.ts types the others). */
interface SnapshotRow {
  key: string;
  value: unknown;
}

export interface LoadedBoard {
  source: BoardSource;
  today: string;
  /** The change notes this load has taken in. */
  notes: readonly string[];
  /** The snapshot the load started from, or null if there was none it could use. */
  baseId: string | null;
  /** True when the snapshot should be saved again: it was missing, unusable, or notes were taken in. */
  stale: boolean;
}

function metaRows(db: TeamDb) {
  return db.table<SnapshotRow, string>('meta');
}

function noteRows(db: TeamDb) {
  return db.table<BoardChangeRow, string>('meta');
}

/** The keys of the change notes not yet taken into the snapshot: a live query of these sees every change. */
export function listBoardChangeKeys(db: TeamDb): Promise<string[]> {
  return noteRows(db).where('key').startsWith(BOARD_CHANGE_PREFIX).primaryKeys();
}

/** A stored snapshot if it is one this release can use; anything else is ignored and read afresh. */
function usableSnapshot(row: SnapshotRow | undefined): StoredSnapshot | null {
  const value: unknown = row?.value;
  if (typeof value !== 'object' || value === null) return null;
  if (!('format' in value) || value.format !== SNAPSHOT_FORMAT) return null;
  if (!('id' in value) || typeof value.id !== 'string') return null;
  if (!('today' in value) || typeof value.today !== 'string') return null;
  if (!('source' in value) || typeof value.source !== 'object' || value.source === null) return null;
  const source = value.source;
  if (!BOARD_SOURCE_TABLES.every((table) => table in source && Array.isArray(Reflect.get(source, table)))) {
    return null;
  }
  // Written only by saveBoardSnapshot below, in this shape, for this format.
  return { format: value.format, id: value.id, today: value.today, source: source as BoardSource };
}

/** A table the board reads, typed by the board's own rows (the registry's rows hold every field they name). */
function sourceTable<Table extends BoardSourceTable>(db: TeamDb, table: Table) {
  return db.table<RowIn<Table>, string>(table);
}

function readWhole<Table extends BoardSourceTable>(
  db: TeamDb,
  table: Table,
  today: string,
): Promise<RowIn<Table>[]> {
  const rows = sourceTable(db, table);
  // Of the actions, only the open ones due before today, through their index: most actions are not overdue.
  return table === 'actions'
    ? rows.where('[status+dueDate]').between(['open', Dexie.minKey], ['open', today], true, false).toArray()
    : rows.toArray();
}

async function readWholeSource(db: TeamDb, today: string): Promise<BoardSource> {
  const [cases, boardColumns, members, agencies, involvements, actions] = await Promise.all([
    readWhole(db, 'cases', today),
    readWhole(db, 'boardColumns', today),
    readWhole(db, 'members', today),
    readWhole(db, 'agencies', today),
    readWhole(db, 'involvements', today),
    readWhole(db, 'actions', today),
  ]);
  return slimBoardSource({ cases, boardColumns, members, agencies, involvements, actions }, today);
}

/** Per table, the records the notes name, or 'whole' when a note could not name them. */
type Plan = Map<BoardSourceTable, Set<string> | 'whole'>;

function planFromNotes(notes: readonly BoardChangeRow[], snapshotDay: string, today: string): Plan | null {
  const plan: Plan = new Map();
  // Actions overdue on another day are not those overdue today.
  if (snapshotDay !== today) plan.set('actions', 'whole');
  let named = 0;
  for (const { value: note } of notes) {
    const seen = plan.get(note.table);
    if (seen === 'whole') continue;
    if (note.ids === null) {
      plan.set(note.table, 'whole');
      continue;
    }
    const ids = seen ?? new Set<string>();
    for (const id of note.ids) ids.add(id);
    named += note.ids.length;
    plan.set(note.table, ids);
  }
  return named > MAX_NOTED_RECORDS ? null : plan;
}

interface Reading {
  db: TeamDb;
  plan: Plan;
  today: string;
}

async function brought<Table extends BoardSourceTable>(
  { db, plan, today }: Reading,
  table: Table,
  kept: readonly RowIn<Table>[],
): Promise<readonly RowIn<Table>[]> {
  const changed = plan.get(table);
  if (changed === undefined) return kept;
  if (changed === 'whole') return slimTable(table, await readWhole(db, table, today), today);
  const ids = [...changed];
  const rows = await sourceTable(db, table).bulkGet(ids);
  return patchTable(table, kept, new Map(ids.map((id, index) => [id, rows[index]])), today);
}

async function broughtUpToDate(reading: Reading, kept: BoardSource): Promise<BoardSource> {
  const [cases, boardColumns, members, agencies, involvements, actions] = await Promise.all([
    brought(reading, 'cases', kept.cases),
    brought(reading, 'boardColumns', kept.boardColumns),
    brought(reading, 'members', kept.members),
    brought(reading, 'agencies', kept.agencies),
    brought(reading, 'involvements', kept.involvements),
    brought(reading, 'actions', kept.actions),
  ]);
  return { cases, boardColumns, members, agencies, involvements, actions };
}

/**
 * What the board shows now (`today` being the date that decides which actions are overdue): from the snapshot and
 * the records changed since, or from every table.
 */
export async function loadBoardSource(db: TeamDb, today: string): Promise<LoadedBoard> {
  return db.transaction('r', [...BOARD_SOURCE_TABLES, 'meta'], async () => {
    const [row, notes] = await Promise.all([
      metaRows(db).get(SNAPSHOT_KEY),
      noteRows(db).where('key').startsWith(BOARD_CHANGE_PREFIX).toArray(),
    ]);
    const snapshot = usableSnapshot(row);
    const keys = notes.map((note) => note.key);
    const plan = snapshot ? planFromNotes(notes, snapshot.today, today) : null;
    if (snapshot && plan) {
      const source =
        plan.size === 0 ? snapshot.source : await broughtUpToDate({ db, plan, today }, snapshot.source);
      return { source, today, notes: keys, baseId: snapshot.id, stale: plan.size > 0 };
    }
    const source = await readWholeSource(db, today);
    return { source, today, notes: keys, baseId: snapshot?.id ?? null, stale: true };
  });
}

/**
 * Saves what a load read as the new snapshot and removes the notes it took in. Changes written since that load
 * keep their own notes, so the next load still reads them. Nothing is saved if another window saved a snapshot
 * since this load began: theirs stands, and this one might be older. Returns whether it saved.
 */
export async function saveBoardSnapshot(db: TeamDb, loaded: LoadedBoard): Promise<boolean> {
  return db.transaction('rw', ['meta'], async () => {
    const current = usableSnapshot(await metaRows(db).get(SNAPSHOT_KEY));
    if ((current?.id ?? null) !== loaded.baseId) return false;
    const snapshot: StoredSnapshot = {
      format: SNAPSHOT_FORMAT,
      id: newId(),
      today: loaded.today,
      source: loaded.source,
    };
    await metaRows(db).put({ key: SNAPSHOT_KEY, value: snapshot });
    await metaRows(db).bulkDelete([...loaded.notes]);
    return true;
  });
}
