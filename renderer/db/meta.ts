/**
 * Typed access to the team database's `meta` table: this PC's device id, the clock's high-water mark, the version
 * vector (for each device, the latest change stamp this PC has seen from it) and what was last exchanged with
 * each other PC. Stored per team, in IndexedDB, beside the team's records.
 */
import { hlcDevice, maxHlc, type Hlc } from '../../shared/sync/hlc';
import type { TeamDb } from './teamDb';

export type VersionVector = Record<string, Hlc>;

export interface PeerExchange {
  personName: string;
  lastSentAt: string | null;
  lastReceivedAt: string | null;
  /** What that PC had seen when it last sent us a bundle: lets the next export leave out what it already has. */
  lastReceivedVector: VersionVector | null;
}

export interface MetaValues {
  deviceId: string;
  /** The latest stamp this PC has issued or seen; a restarted app never issues an older one. */
  clock: Hlc;
  versionVector: VersionVector;
  peers: Record<string, PeerExchange>;
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

export async function readVersionVector(db: TeamDb): Promise<VersionVector> {
  return (await getMeta(db, 'versionVector')) ?? {};
}

/** Raises each device's entry to the given stamps; never lowers one. */
export function advanceVector(
  vector: VersionVector,
  stamps: Iterable<Hlc>,
  deviceOf: (stamp: Hlc) => string,
): boolean {
  let changed = false;
  for (const stamp of stamps) {
    const device = deviceOf(stamp);
    const current = vector[device];
    if (current === undefined || stamp > current) {
      vector[device] = stamp;
      changed = true;
    }
  }
  return changed;
}

/**
 * Notes stamps that arrived from elsewhere (an import): raises the version vector and the clock high-water mark so
 * this PC's next change sorts after them. Call inside the import's transaction (an `async` scope function, so that
 * Dexie follows the awaits).
 */
export async function recordSeenStamps(db: TeamDb, stamps: Iterable<Hlc>): Promise<void> {
  const vector = await readVersionVector(db);
  const seen = [...stamps];
  if (advanceVector(vector, seen, hlcDevice)) await setMeta(db, 'versionVector', vector);
  let mark = await getMeta(db, 'clock');
  for (const stamp of seen) mark = maxHlc(mark, stamp);
  if (mark !== undefined) await setMeta(db, 'clock', mark);
}
