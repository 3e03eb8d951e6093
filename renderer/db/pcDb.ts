/**
 * The PC-level database (`joinedup-pc`, IndexedDB): which teams this PC holds, when each was last opened, who last
 * used it here, and a salted PBKDF2 check of each team's passphrase so that an export can catch a mistyped one.
 * The passphrase itself is never stored. From version 2 it also holds each person's PIN check for this PC (see
 * pins.ts).
 */
import Dexie, { type Table } from 'dexie';
import type { TryRecord } from '../../shared/access/backoff';
import type { PinHash } from '../../shared/access/pinHash';
import { deleteTeamDb } from './teamDb';

export const PC_DB_NAME = 'joinedup-pc';
/** OWASP's 2023 figure for PBKDF2-SHA256: slow enough to resist guessing from a copied profile. */
export const PASSPHRASE_ITERATIONS = 600_000;

export interface PassphraseCheck {
  /** Base64. */
  salt: string;
  /** Base64 of the derived 256-bit key. */
  hash: string;
  iterations: number;
}

export interface PcTeamRow {
  id: string;
  name: string;
  createdAt: string;
  lastOpenedAt: string;
  passphraseCheck: PassphraseCheck;
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

function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

async function derive(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    key,
    256,
  );
  return new Uint8Array(bits);
}

export async function makePassphraseCheck(
  passphrase: string,
  iterations = PASSPHRASE_ITERATIONS,
): Promise<PassphraseCheck> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return { salt: toBase64(salt), hash: toBase64(await derive(passphrase, salt, iterations)), iterations };
}

export async function passphraseMatches(check: PassphraseCheck, passphrase: string): Promise<boolean> {
  const derived = await derive(passphrase, fromBase64(check.salt), check.iterations);
  const expected = fromBase64(check.hash);
  if (derived.length !== expected.length) return false;
  // Compare every byte so the time taken does not hint at how much matched.
  let difference = 0;
  for (let index = 0; index < derived.length; index += 1)
    difference |= (derived[index] ?? 0) ^ (expected[index] ?? 0);
  return difference === 0;
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
  passphrase: string;
  currentPersonId: string | null;
  /** Tests pass a small number; real use keeps the default. */
  iterations?: number;
}

export async function addTeam(input: AddTeamInput): Promise<PcTeamRow> {
  if (input.passphrase.length === 0) throw new Error('The team passphrase must not be empty.');
  // Derive before the write: awaiting WebCrypto inside an IndexedDB transaction would let it commit early.
  const passphraseCheck = await makePassphraseCheck(input.passphrase, input.iterations);
  const now = new Date().toISOString();
  const row: PcTeamRow = {
    id: input.id,
    name: input.name,
    createdAt: now,
    lastOpenedAt: now,
    passphraseCheck,
    currentPersonId: input.currentPersonId,
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

/** Does the passphrase match the one this team was set up with on this PC? False for a team not on this PC. */
export async function checkPassphrase(teamId: string, passphrase: string): Promise<boolean> {
  const team = await db().teams.get(teamId);
  if (!team) return false;
  return passphraseMatches(team.passphraseCheck, passphrase);
}

/** Records a new team passphrase (after the team agreed to change it). */
export async function setPassphrase(teamId: string, passphrase: string, iterations?: number): Promise<void> {
  if (passphrase.length === 0) throw new Error('The team passphrase must not be empty.');
  const passphraseCheck = await makePassphraseCheck(passphrase, iterations);
  await db().teams.update(teamId, { passphraseCheck });
}

/** Removes the team and all its data from this PC (other PCs keep theirs). */
export async function removeTeamFromPc(teamId: string): Promise<void> {
  await db().transaction('rw', [db().teams, db().pins], async () => {
    await db().teams.delete(teamId);
    await db().pins.where('teamId').equals(teamId).delete();
  });
  await deleteTeamDb(teamId);
}
