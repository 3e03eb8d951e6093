/**
 * The team database's `meta` table (IndexedDB, beside the team's records, kept on this PC only and never in a
 * bundle), every key typed with its value: this PC's device id, the clock's high-water mark, the version vectors
 * (per area, for each device, the latest change stamp this PC has seen from it), what was last exchanged with each
 * other PC, the clashes waiting for a person, the board's saved snapshot with its change notes (decision 0013), and
 * the team folder's state with its change notes (decision 0018).
 */
import type { Table } from 'dexie';
import type { TryRecord } from '../../shared/access/backoff';
import type { PackedRows } from '../../shared/board/packedRows';
import type { SnapshotPartName } from '../../shared/board/snapshotPart';
import type { TableName } from '../../shared/domain/registry';
import type { Area } from '../../shared/domain/tableDef';
import type { FolderState } from '../../shared/folder/state';
import { maxHlc, type Hlc } from '../../shared/sync/hlc';
import { highestStamp, mergeVectors, type VersionVectors } from '../../shared/sync/versionVector';

export interface PeerExchange {
  personName: string;
  /** The PC's readable name, from its latest file (older files carried none). */
  deviceName?: string;
  lastSentAt: string | null;
  lastReceivedAt: string | null;
  /** What that PC had seen when it last sent us a bundle: lets the next export leave out what it already has. */
  lastReceivedVectors: VersionVectors | null;
}

/** A file this PC saved for others: lets a later receipt tell which of this PC's changes reached the other PC. */
export interface ExportNote {
  bundleId: string;
  at: string;
  /** This PC's own latest change stamp carried by that file, if it had made any. */
  ownStamp: Hlc | null;
}

/** A change from another PC that broke the team's rules, kept for a leader to review (forReview.ts). */
export interface ReviewItem {
  /** The line of the change history this is about. */
  auditId: string;
  /** What the maker was not allowed to do, in words: "removed a chronology entry someone else wrote". */
  reason: string;
  personId: string;
  personName: string;
  deviceId: string;
  /** When the change was made (as its PC said). */
  at: string;
  table: string;
  recordId: string;
  /** The case the record belongs to, for a link to it; null for records of no case. */
  caseId: string | null;
  /** The file it came in, and when that was brought in here. */
  bundleId: string;
  receivedAt: string;
  /** Set once a leader has looked at it. */
  reviewedBy: string | null;
  reviewedAt: string | null;
}

/**
 * A part of the board's saved snapshot as stored. A part saved by another release may have another shape, so a
 * reader checks `format` before trusting the rest (renderer/db/boardSnapshot.ts).
 */
export interface SavedBoardPart {
  format: number;
  /** Changes with each save, so a save can tell whether another window saved the part since it began. */
  id: string;
  /** The day it was read: records kept only on some days (overdue actions) are those of that day. */
  today: string;
  /** The part's rows, packed (shared/board/packedRows.ts): the whole value is sealed, so its size is paid on opening. */
  packed: PackedRows;
}

/**
 * The board's cards as built from the cards part of its snapshot (shared/board/builtBoard.ts), so that opening an
 * unchanged board does not build them again. Written and removed only in the same transaction as that part, so
 * whenever both are stored they agree (renderer/db/boardSnapshot.ts).
 */
export interface SavedBoardCards {
  format: number;
  /** The id of the cards part they were built from. */
  partId: string;
  /** The day they were built for: whether a card's actions are overdue depends on it. */
  today: string;
  packed: PackedRows;
}

/** One write to a table the board reads, not yet taken in by every part of its snapshot. */
export interface BoardChangeNote {
  table: TableName;
  /** The records written, or null when the whole table is to be read again. */
  ids: string[] | null;
  /** The parts of the snapshot that have not taken the change in yet. */
  parts: SnapshotPartName[];
}

/** A live record that breaks a rule tying its fields together, after changes from different PCs met (clashes.ts). */
export interface StoredClash {
  table: string;
  recordId: string;
  /** The broken rule's id within its table (shared/domain/recordRules.ts). */
  rule: string;
  /** When this PC first found it. */
  foundAt: string;
}

export interface MetaValues {
  deviceId: string;
  /** The latest stamp this PC has issued or seen; a restarted app never issues an older one. */
  clock: Hlc;
  versionVectors: VersionVectors;
  peers: Record<string, PeerExchange>;
  /** The latest files saved on this PC, newest last (a short list). */
  exports: ExportNote[];
  /** Changes from other PCs that broke the team's rules, for a leader to review (forReview.ts). */
  forReview: ReviewItem[];
  /** Wrong tries of each member's personal password on this PC (passwords.ts). */
  passwordTries: Record<string, TryRecord>;
  /** The board's cards, cut down to what they show. */
  'board-snapshot': SavedBoardPart;
  /** The aims and actions text the board searches. */
  'board-search': SavedBoardPart;
  /** The board's cards as built from `board-snapshot`. */
  'board-cards': SavedBoardCards;
  /** Records that break a rule tying their fields together, kept in step with the records by every write. */
  clashes: StoredClash[];
  /** What this PC remembers about the team folder (shared/folder/state.ts). */
  folder: FolderState;
  /** Present while this PC uses a team folder for the team: writes are then noted for it (folderJournal.ts). */
  folderJournal: { since: string };
  /** The areas this PC puts in the team folder (all, unless the person chose fewer). */
  folderScope: Area[];
}
export type MetaKey = keyof MetaValues;

/** Change notes are written blind, each under a key of its own, so two writes never overwrite each other's note. */
export const BOARD_CHANGE_PREFIX = 'board-change:';
export type BoardChangeKey = `${typeof BOARD_CHANGE_PREFIX}${string}`;

export interface BoardChangeRow {
  key: BoardChangeKey;
  value: BoardChangeNote;
}

/** What folderJournal.ts notes of each write, for the team folder's next change file. */
export interface FolderChangeNote {
  table: string;
  /** The records written, or null when the whole table is to be read again. */
  ids: string[] | null;
  /** Brought in from another PC's file rather than made here. */
  received: boolean;
  at: number;
}

/** The team folder's change notes (folderJournal.ts), likewise each under a key of its own. */
export interface FolderChangeRow {
  key: `folder-change:${string}`;
  value: FolderChangeNote;
}

export type MetaRow =
  { [K in MetaKey]: { key: K; value: MetaValues[K] } }[MetaKey] | BoardChangeRow | FolderChangeRow;

/** Whatever holds the `meta` table: the team database, or a transaction's view of it. */
export interface MetaStore {
  meta: Table<MetaRow, string>;
}

// For a generic key, TypeScript cannot pair `key` and `value` within the union of rows; these two functions do, by
// their signatures, and are the only ones that read or write a single key's value.

export async function getMeta<K extends MetaKey>(db: MetaStore, key: K): Promise<MetaValues[K] | undefined> {
  const row = await db.meta.get(key);
  return row?.value as MetaValues[K] | undefined;
}

export async function setMeta<K extends MetaKey>(db: MetaStore, key: K, value: MetaValues[K]): Promise<void> {
  await db.meta.put({ key, value } as MetaRow);
}

export async function deleteMeta(db: MetaStore, keys: readonly MetaKey[]): Promise<void> {
  await db.meta.bulkDelete([...keys]);
}

export function isBoardChangeRow(row: MetaRow | undefined): row is BoardChangeRow {
  return row !== undefined && row.key.startsWith(BOARD_CHANGE_PREFIX);
}

export async function readVersionVectors(db: MetaStore): Promise<VersionVectors> {
  return (await getMeta(db, 'versionVectors')) ?? {};
}

/**
 * Notes what an import brought (the merged-in records' vectors, or the bundle's): raises the version vectors and
 * the clock high-water mark so this PC's next change sorts after them. Call inside the import's transaction (an
 * `async` scope function, so that Dexie follows the awaits).
 */
export async function recordSeenVectors(db: MetaStore, seen: VersionVectors): Promise<void> {
  const vectors = mergeVectors(await readVersionVectors(db), seen);
  await setMeta(db, 'versionVectors', vectors);
  const mark = maxHlc(await getMeta(db, 'clock'), highestStamp(seen));
  if (mark !== undefined) await setMeta(db, 'clock', mark);
}
