/**
 * One IndexedDB database per team (`joinedup-team-<teamId>`): the synced tables from the registry, the audit trail,
 * and tables this PC keeps for itself — differences waiting for a person's decision, receipts of imported bundles,
 * files held back because a PC's clock is ahead, and meta (device id, clock, version vector, exchanges with other
 * PCs, clashes, the board's saved snapshot and the team folder's notes: meta.ts). Every record is sealed on disk
 * with the team's data key (atRest.ts), so a database can only be opened while that key is held (keys/heldKeys.ts).
 */
import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { AuditRow } from '../../shared/domain/audit';
import type { RowOf, TableName } from '../../shared/domain/registry';
import type { Decision } from '../../shared/sync/decision';
import type { MetaRow } from './meta';
import { lockedAtRest } from './atRest';
import { boardSnapshotExtension } from './boardChangeLog';
import { folderJournalExtension } from './folderJournal';
import { beforeKeyDropped, heldKey, TeamLockedError } from './keys/heldKeys';
import { MIGRATIONS } from './migrations';
import { plainForBench } from './plainForBench';
import type { TeamDbExtension } from './teamDbExtension';

export const TEAM_DB_PREFIX = 'joinedup-team-';

/** The stores kept beside the team's records that must hear of every write and purge (teamDbExtension.ts). */
const EXTENSIONS: readonly TeamDbExtension[] = [boardSnapshotExtension, folderJournalExtension];

/**
 * A field where an import met a value written on another PC without either side having seen the other's change.
 * The record holds the later value; the other waits here, on this PC only, until a person keeps one or writes a
 * new one. The merge (shared/sync/decision.ts) finds them; the import adds where and when.
 */
export interface DecisionRow extends Decision {
  /** The bundle that brought the difference. */
  bundleId: string | null;
  foundAt: string;
}

/** A file held back for a clock ahead (heldFiles.ts keeps and lists them). */
export interface HeldClock {
  deviceId: string;
  /** The person who uses that PC, where this PC or the file knows. */
  personName: string | null;
  /** The furthest-ahead time from that PC in the file, in ms. */
  wallTime: number;
}

export interface HeldFileRow {
  bundleId: string;
  /** The unlocked contents: the gzip layer, checked once already. */
  contents: Uint8Array;
  fromDeviceId: string;
  fromPersonName: string;
  /** When the file was made, as it says. */
  createdAt: string;
  heldAt: string;
  /** The PCs whose clocks are ahead, furthest first. */
  clocks: HeldClock[];
  /** The latest time in the file, in ms: it can come in once this PC's clock is within a day of it. */
  until: number;
  /** Why a later attempt could not bring it in for another reason, if one failed. */
  problem: string | null;
}

/** One imported bundle: importing the same bundle again is recognised and changes nothing. */
export interface ReceiptRow {
  bundleId: string;
  fromDeviceId: string;
  /** The sending PC's readable name, when its file carried one. */
  fromDeviceName?: string;
  fromPersonId: string;
  fromPersonName: string;
  /** When the bundle was made. */
  createdAt: string;
  importedAt: string;
  /** Per table: records new, changed, unchanged, and fields waiting for a decision. */
  counts: Record<string, { added: number; changed: number; unchanged: number; decisions: number }>;
}

export interface TeamDbOptions extends DexieOptions {
  /** The team's data key; left out, the key held for the team is used. */
  key?: Uint8Array;
}

export class TeamDb extends Dexie {
  declare audit: Table<AuditRow, string>;
  declare decisions: Table<DecisionRow, string>;
  declare receipts: Table<ReceiptRow, string>;
  declare meta: Table<MetaRow, string>;
  declare heldFiles: Table<HeldFileRow, string>;

  /**
   * Opens with `options.key`, else the key held for the team; throws TeamLockedError when there is neither. The
   * other options let tests give each simulated PC its own IndexedDB.
   */
  constructor(
    readonly teamId: string,
    options: TeamDbOptions = {},
  ) {
    const { key, ...dexieOptions } = options;
    super(teamDbName(teamId), dexieOptions);
    const dataKey = key ?? heldKey(teamId)?.key;
    if (!dataKey) throw new TeamLockedError(teamId);
    for (const step of MIGRATIONS) {
      const version = this.version(step.version).stores(step.stores);
      if (step.upgrade) version.upgrade(step.upgrade);
    }
    if (!plainForBench(teamId)) this.use(lockedAtRest(dataKey));
    for (const extension of EXTENSIONS) if (extension.afterWrite) this.use(extension.afterWrite);
  }

  /** Tells each extension of a purge. Call inside the purge's transaction, which must include `meta`. */
  async afterPurge(): Promise<void> {
    for (const extension of EXTENSIONS) await extension.afterPurge?.(this);
  }

  /** A synced table, typed by its registry entry. */
  rows<Name extends TableName>(name: Name): Table<RowOf<Name>, string> {
    return this.table(name);
  }
}

export function teamDbName(teamId: string): string {
  return `${TEAM_DB_PREFIX}${teamId}`;
}

const open = new Map<string, TeamDb>();

/** The team's database, opened once per app session and shared by every caller. */
export function openTeamDb(teamId: string): TeamDb {
  let db = open.get(teamId);
  if (!db) {
    db = new TeamDb(teamId);
    open.set(teamId, db);
  }
  return db;
}

// A team whose key is dropped (the app locked while another team was open, or closed) has its database closed first.
beforeKeyDropped((teamId) => closeTeamDb(teamId));

/** Closes and forgets a cached database (when switching teams, or before deleting it). */
export function closeTeamDb(teamId: string): void {
  open.get(teamId)?.close();
  open.delete(teamId);
}

/** Removes the team's database from this PC for good. */
export async function deleteTeamDb(teamId: string): Promise<void> {
  closeTeamDb(teamId);
  await Dexie.delete(teamDbName(teamId));
}
