/**
 * The board's saved snapshot, in two parts in the team database's `meta` table: `board-snapshot`, what the cards
 * show (shared/board/boardSource.ts), and `board-search`, the aims and actions text for search (searchSource.ts).
 * Opening the board reads these few records rather than every case, involvement, aim and action. With the change
 * log (boardChangeLog.ts) each part is exact: a load reads the part and the notes written since (together, in one
 * transaction), then each noted record again; a table noted as wholly changed is read whole, and without a usable
 * part every table is. Beside the cards part, `board-cards` keeps the cards built from it, saved and removed with it
 * (builtBoard.ts reads them). Only this PC reads these; they never travel in a bundle (decision 0013).
 */
import Dexie from 'dexie';
import {
  patchRows,
  slimRows,
  type KeptRow,
  type PartSource,
  type SnapshotPart,
  type SnapshotPartName,
} from '../../shared/board/snapshotPart';
import { packRows, unpackRows, type PackedRows } from '../../shared/board/packedRows';
import type { TableName } from '../../shared/domain/registry';
import { newId } from '../../shared/sync/record';
import { BUILT_CARDS_KEY, PART_KEYS } from './boardChangeLog';
import {
  BOARD_CHANGE_PREFIX,
  deleteMeta,
  getMeta,
  isBoardChangeRow,
  setMeta,
  type BoardChangeRow,
  type SavedBoardPart,
} from './meta';
import type { TeamDb } from './teamDb';

/** Raised whenever a part's shape changes: an older one is then read afresh rather than misread. */
const SNAPSHOT_FORMAT = 4;
/** Raised whenever the built cards' shape changes (shared/board/builtBoard.ts). */
export const BUILT_FORMAT = 1;
/** Past this many noted records, reading every table again is quicker than reading each record. */
const MAX_NOTED_RECORDS = 2000;
/**
 * Rows per read when the search part is read whole. Its tables are the largest the board needs; read in slices,
 * a keystroke typed meanwhile waits only for the slice in hand.
 */
const SLICE = 400;

export interface LoadedPart<Source extends PartSource> {
  part: SnapshotPart<Source>;
  source: Source;
  today: string;
  /** The change notes this load has taken in. */
  notes: readonly string[];
  /** The saved part the load started from, or null if there was none it could use. */
  baseId: string | null;
  /** True when the part should be saved again: it was missing, unusable, or notes were taken in. */
  stale: boolean;
}

async function readNotes(db: TeamDb): Promise<BoardChangeRow[]> {
  const rows = await db.meta.where('key').startsWith(BOARD_CHANGE_PREFIX).toArray();
  return rows.filter(isBoardChangeRow);
}

/** Whether this PC has saved the part at all, found without reading (or unsealing) it. */
export async function hasSavedPart(db: TeamDb, part: SnapshotPartName): Promise<boolean> {
  return (await db.meta.where('key').equals(PART_KEYS[part]).count()) > 0;
}

/** The keys of the change notes a part has not taken in yet: a live query of these sees every change it needs. */
export async function listPartChangeKeys(db: TeamDb, part: SnapshotPartName): Promise<string[]> {
  return (await readNotes(db)).filter((note) => note.value.parts.includes(part)).map((note) => note.key);
}

/** The parts of a stored part a load needs, the rows unpacked. */
interface UsablePart {
  id: string;
  today: string;
  source: PartSource;
}

/** The id of a stored part, if it is of a shape this release writes; saving compares ids, not rows. */
function savedId(saved: SavedBoardPart | undefined): string | null {
  // Typed as this release writes it, but a part saved by another release may hold anything.
  const value: unknown = saved;
  if (typeof value !== 'object' || value === null) return null;
  if (!('format' in value) || value.format !== SNAPSHOT_FORMAT) return null;
  return 'id' in value && typeof value.id === 'string' ? value.id : null;
}

/** A stored part if it is one this release can use; anything else is ignored and read afresh. */
function usablePart(saved: SavedBoardPart | undefined, part: SnapshotPart): UsablePart | null {
  const id = savedId(saved);
  const value: unknown = saved;
  if (id === null || typeof value !== 'object' || value === null) return null;
  if (!('today' in value) || typeof value.today !== 'string' || !('packed' in value)) return null;
  const source = unpackRows(value.packed);
  if (!source || !part.tables.every((table) => Array.isArray(source[table]))) return null;
  return { id, today: value.today, source };
}

async function readInSlices(db: TeamDb, table: TableName): Promise<KeptRow[]> {
  const rows: KeptRow[] = [];
  let after: string | null = null;
  for (;;) {
    const all = db.table<KeptRow, string>(table);
    const slice: KeptRow[] = await (after === null ? all.toCollection() : all.where(':id').above(after))
      .limit(SLICE)
      .toArray();
    rows.push(...slice);
    after = slice.at(-1)?.id ?? null;
    if (slice.length < SLICE || after === null) return rows;
  }
}

function readWhole(db: TeamDb, part: SnapshotPart, table: TableName, today: string) {
  if (part.name === 'search') return readInSlices(db, table);
  if (table === 'actions') {
    // The cards keep only actions open and due before today: read those through their index, not every action.
    return db
      .table<KeptRow, string>(table)
      .where('[status+dueDate]')
      .between(['open', Dexie.minKey], ['open', today], true, false)
      .toArray();
  }
  return db.table<KeptRow, string>(table).toArray();
}

/** Per table, the records the notes name, or 'whole' when a note could not name them. */
type Plan = Map<TableName, Set<string> | 'whole'>;

function planFromNotes(notes: readonly BoardChangeRow[], wholeTables: readonly TableName[]): Plan | null {
  const plan: Plan = new Map(wholeTables.map((table) => [table, 'whole']));
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

async function readTable(
  db: TeamDb,
  part: SnapshotPart,
  table: TableName,
  today: string,
  kept: readonly KeptRow[] | undefined,
  plan: Plan | null,
): Promise<readonly KeptRow[]> {
  const whole = async () => slimRows(part, table, await readWhole(db, part, table, today), today);
  if (!kept || !plan) return whole();
  const changed = plan.get(table);
  if (changed === undefined) return kept;
  if (changed === 'whole') return whole();
  const ids = [...changed];
  const rows = await db.table<KeptRow, string>(table).bulkGet(ids);
  return patchRows(part, table, kept, new Map(ids.map((id, index) => [id, rows[index]])), today);
}

/**
 * What a part of the board shows now (`today` decides which actions are overdue): from the saved part and the
 * records changed since, or from its tables. The part and its notes are read in one transaction; records read
 * after that are as new as the notes or newer, and a change after it leaves a note the next load reads.
 */
export async function loadPart<Source extends PartSource>(
  db: TeamDb,
  part: SnapshotPart<Source>,
  today: string,
): Promise<LoadedPart<Source>> {
  const [row, notes] = await db.transaction('r', ['meta'], () =>
    Promise.all([getMeta(db, PART_KEYS[part.name]), readNotes(db)]),
  );
  const mine = notes.filter((note) => note.value.parts.includes(part.name));
  const saved = usablePart(row, part);
  const plan = saved ? planFromNotes(mine, saved.today === today ? [] : part.dayBound) : null;
  const tables = await Promise.all(
    part.tables.map(async (table) => {
      const rows = await readTable(db, part, table, today, saved?.source[table], plan);
      return [table, rows] as const;
    }),
  );
  // Built table by table from the part's own tables, each row cut down by the part's own slimmer.
  const source = Object.fromEntries(tables) as Source;
  return {
    part,
    source,
    today,
    notes: mine.map((note) => note.key),
    baseId: saved?.id ?? null,
    stale: !saved || !plan || plan.size > 0,
  };
}

/**
 * Saves what a load read as the new part, and strikes the part off the notes it took in (a note no part still
 * needs is removed). Changes written since that load keep their notes, so the next load still reads them. Nothing
 * is saved if another window saved this part since the load began: theirs stands, and this one might be older.
 * Returns whether it saved. For the cards part, `built` is the board's cards built from what was read
 * (shared/board/builtBoard.ts), saved with it; without them, any cards built from an earlier part are removed.
 */
export async function savePart(
  db: TeamDb,
  loaded: LoadedPart<PartSource>,
  built?: PackedRows,
): Promise<boolean> {
  const name = loaded.part.name;
  return db.transaction('rw', ['meta'], async () => {
    if (savedId(await getMeta(db, PART_KEYS[name])) !== loaded.baseId) return false;
    const saved: SavedBoardPart = {
      format: SNAPSHOT_FORMAT,
      id: newId(),
      today: loaded.today,
      packed: packRows(loaded.source),
    };
    await setMeta(db, PART_KEYS[name], saved);
    if (name === 'cards') {
      if (built) {
        const cards = { format: BUILT_FORMAT, partId: saved.id, today: loaded.today, packed: built };
        await setMeta(db, BUILT_CARDS_KEY, cards);
      } else await deleteMeta(db, [BUILT_CARDS_KEY]);
    }
    const notes = (await db.meta.bulkGet([...loaded.notes])).filter(isBoardChangeRow);
    const stillNeeded: BoardChangeRow[] = [];
    const done: string[] = [];
    for (const note of notes) {
      const parts = note.value.parts.filter((part) => part !== name);
      if (parts.length > 0) stillNeeded.push({ key: note.key, value: { ...note.value, parts } });
      else done.push(note.key);
    }
    await db.meta.bulkPut(stillNeeded);
    await db.meta.bulkDelete(done);
    return true;
  });
}
