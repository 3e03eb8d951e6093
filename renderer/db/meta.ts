/**
 * Typed access to the team database's `meta` table: this PC's device id, the clock's high-water mark, the version
 * vectors (per area, for each device, the latest change stamp this PC has seen from it) and what was last
 * exchanged with each other PC. Stored per team, in IndexedDB, beside the team's records.
 */
import type { TryRecord } from '../../shared/access/backoff';
import { maxHlc, type Hlc } from '../../shared/sync/hlc';
import { highestStamp, mergeVectors, type VersionVectors } from '../../shared/sync/versionVector';
import type { TeamDb } from './teamDb';

export interface PeerExchange {
  personName: string;
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
