/**
 * The PC-level database (`joinedup-pc`, IndexedDB): which teams this PC holds, when each was last opened, who last
 * used it here, and each team's data key wrapped with its passphrase (the passphrase itself is never stored; see
 * shared/keys/teamKey.ts). The team's name stays readable here, so the start screen can say which team to unlock;
 * everything of the team itself is sealed in its own database. From version 2 it also holds each person's PIN
 * check for this PC (see pins.ts).
 */
import Dexie, { type Table } from 'dexie';
import type { TryRecord } from '../../shared/access/backoff';
import type { PinHash } from '../../shared/access/pinHash';
import type { WrappedKey } from '../../shared/keys/teamKey';
import type { LegacyPassphraseCheck } from './keys/legacyCheck';
import { deleteTeamDb } from './teamDb';

export const PC_DB_NAME = 'joinedup-pc';

export interface PcTeamRow {
  id: string;
  name: string;
  createdAt: string;
  lastOpenedAt: string;
  /** The team's data key, wrapped with the team passphrase. Missing only on a team set up by an older version. */
  wrappedKey?: WrappedKey;
  /** What older versions kept instead: read once to accept the passphrase that locks the team's records. */
  passphraseCheck?: LegacyPassphraseCheck;
  /**
   * The passphrases the team used before its current one, newest first, sealed under the data key
   * (shared/keys/passphraseChange.ts): kept to open files made before the change, and to recognise files made
   * after it with an old one. Missing until the passphrase is first changed.
   */
  olderPassphrases?: string;
  /** Which change of passphrase (the team record's `passphraseGeneration`) the wrapped key is at; 0 when missing. */
  passphraseGeneration?: number;
  /**
   * Desktop only, when a team leader chose it: the data key protected by the operating system for this PC's user,
   * so that Joined Up opens the team here without the passphrase.
   */
  osProtectedKey?: string;
  /** A made-up team to explore the app: its passphrase is known to all, so it opens by itself. */
  demo?: boolean;
  /** The person last signed in to this team on this PC; null until someone picks themselves. */
  currentPersonId: string | null;
}

/** One person's PIN on this PC for one team, and their wrong tries (read and written by pins.ts only). */
export interface PinRow extends TryRecord {
  /** `teamId:memberId`. */
  key: string;
  teamId: string;
  memberId: string;
  pin: PinHash;
  setAt: string;
}

class PcDb extends Dexie {
  declare teams: Table<PcTeamRow, string>;
  declare pins: Table<PinRow, string>;

  constructor() {
    super(PC_DB_NAME);
    this.version(1).stores({ teams: 'id, lastOpenedAt' });
    // Version 2 adds personal PINs as a new table, so no stored data needs moving: existing teams keep their rows,
    // and as nobody has a PIN yet, everyone chooses one the next time they sign in on this PC.
    this.version(2).stores({ pins: 'key, teamId' });
  }
}

let pcDb: PcDb | null = null;

function db(): PcDb {
  pcDb ??= new PcDb();
  return pcDb;
}

/** The PIN table, for renderer/db/pins.ts only. */
export function pinTable(): Table<PinRow, string> {
  return db().pins;
}

/** Teams on this PC, most recently opened first. */
export async function listTeams(): Promise<PcTeamRow[]> {
  return db().teams.orderBy('lastOpenedAt').reverse().toArray();
}

export async function getPcTeam(teamId: string): Promise<PcTeamRow | undefined> {
  return db().teams.get(teamId);
}

export interface AddTeamInput {
  id: string;
  name: string;
  wrappedKey: WrappedKey;
  currentPersonId: string | null;
  demo?: boolean;
}

export async function addTeam(input: AddTeamInput): Promise<PcTeamRow> {
  const now = new Date().toISOString();
  const row: PcTeamRow = {
    id: input.id,
    name: input.name,
    createdAt: now,
    lastOpenedAt: now,
    wrappedKey: input.wrappedKey,
    currentPersonId: input.currentPersonId,
    ...(input.demo ? { demo: true } : {}),
  };
  await db().teams.put(row);
  return row;
}

/** Notes that the team was opened now, and optionally who is using it or its new name. */
export async function touchTeam(
  teamId: string,
  changes: Partial<Pick<PcTeamRow, 'name' | 'currentPersonId'>> = {},
): Promise<void> {
  await db().teams.update(teamId, { ...changes, lastOpenedAt: new Date().toISOString() });
}

export type TeamKeyChanges = Partial<
  Pick<
    PcTeamRow,
    'wrappedKey' | 'passphraseCheck' | 'osProtectedKey' | 'olderPassphrases' | 'passphraseGeneration'
  >
>;

/**
 * Stores how the team's data key is protected on this PC. A field given as undefined is removed (the older
 * version's check once the records are locked; the operating system's copy when a leader turns it off).
 */
export async function updateTeamKeys(teamId: string, changes: TeamKeyChanges): Promise<void> {
  await db().teams.update(teamId, changes);
}

/** Removes the team and all its data from this PC (other PCs keep theirs). */
export async function removeTeamFromPc(teamId: string): Promise<void> {
  await db().transaction('rw', [db().teams, db().pins], async () => {
    await db().teams.delete(teamId);
    await db().pins.where('teamId').equals(teamId).delete();
  });
  await deleteTeamDb(teamId);
}
