/**
 * Typed access to the team database's `meta` table: this PC's device id, the clock's high-water mark, the version
 * vectors (per area, for each device, the latest change stamp this PC has seen from it), what was last exchanged
 * with each other PC, and the team folder's state. Stored per team, in IndexedDB, beside the team's records.
 */
import type { Area } from '../../shared/domain/tableDef';
import type { FolderState } from '../../shared/folder/state';
import { maxHlc, type Hlc } from '../../shared/sync/hlc';
import { highestStamp, mergeVectors, type VersionVectors } from '../../shared/sync/versionVector';
import type { TeamDb } from './teamDb';

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

export interface MetaValues {
  deviceId: string;
  /** The latest stamp this PC has issued or seen; a restarted app never issues an older one. */
  clock: Hlc;
  versionVectors: VersionVectors;
  peers: Record<string, PeerExchange>;
  /** The latest files saved on this PC, newest last (a short list). */
  exports: ExportNote[];
  /** What this PC remembers about the team folder (shared/folder/state.ts). */
  folder: FolderState;
  /** Present while this PC uses a team folder for the team: writes are then noted for it (folderJournal.ts). */
  folderJournal: { since: string };
  /** The areas this PC puts in the team folder (all, unless the person chose fewer). */
  folderScope: Area[];
}
export type MetaKey = keyof MetaValues;

export interface MetaRow {
  key: MetaKey;
  value: unknown;
}

export async function getMeta<K extends MetaKey>(db: TeamDb, key: K): Promise<MetaValues[K] | undefined> {
  const row = await db.meta.get(key);
  // Only setMeta writes this table, always with the value type that belongs to the key.
  return row?.value as MetaValues[K] | undefined;
}

export async function setMeta<K extends MetaKey>(db: TeamDb, key: K, value: MetaValues[K]): Promise<void> {
  await db.meta.put({ key, value });
}

export async function readVersionVectors(db: TeamDb): Promise<VersionVectors> {
  return (await getMeta(db, 'versionVectors')) ?? {};
}

/**
 * Notes what an import brought (the merged-in records' vectors, or the bundle's): raises the version vectors and
 * the clock high-water mark so this PC's next change sorts after them. Call inside the import's transaction (an
 * `async` scope function, so that Dexie follows the awaits).
 */
export async function recordSeenVectors(db: TeamDb, seen: VersionVectors): Promise<void> {
  const vectors = mergeVectors(await readVersionVectors(db), seen);
  await setMeta(db, 'versionVectors', vectors);
  const mark = maxHlc(await getMeta(db, 'clock'), highestStamp(seen));
  if (mark !== undefined) await setMeta(db, 'clock', mark);
}
