/**
 * The data key of the team a file belongs to, held before that team's database is opened to compare the file with
 * it (the records are sealed on disk: docs/decisions/0022-records-locked-on-disk.md). Keeps nothing itself: the
 * key is held in memory by keys/heldKeys.ts, for as long as the caller needs it.
 */
import { deleteTeamDb } from '../../db/teamDb';
import { heldKey, holdTeamKey } from '../../db/keys/heldKeys';
import { unwrapTeamKey } from '../../db/keys/teamUnlock';
import { getPcTeam } from '../../db/pcDb';

export interface FileKeys {
  /** The typed team passphrase, when there is one: it unwraps the key of a team this PC already holds. */
  passphrase?: string;
  /** The data keys of the teams unlocked on this PC (in a worker, nothing is held until they are given). */
  dataKeys?: Readonly<Record<string, Uint8Array>>;
  /** Joining: the data key for the team's new database, if the file's team is not on this PC yet. */
  newTeamKey?: Uint8Array;
}

/**
 * Holds the key of the file's team, so its database can be opened: one given by the interface, else (joining a team
 * this PC already holds) the one the typed passphrase unwraps, else (a team new to this PC) the new team's key, for
 * a database made afresh. False when none is had.
 */
export async function holdKeyOf(teamId: string, keys: FileKeys): Promise<boolean> {
  // A key already held stays: work under way may seal with those very bytes (the team's key is the same).
  for (const [id, key] of Object.entries(keys.dataKeys ?? {})) if (!heldKey(id)) holdTeamKey(id, key, null);
  if (heldKey(teamId)) return true;
  const team = await getPcTeam(teamId);
  if (team) {
    if (keys.passphrase === undefined) return false;
    const key = await unwrapTeamKey(team, keys.passphrase);
    if (key) holdTeamKey(teamId, key, keys.passphrase);
    return key !== null;
  }
  if (!keys.newTeamKey) return false;
  // A database no team on this PC owns is what a join cut short leaves behind: its key is gone, so it goes too.
  await deleteTeamDb(teamId);
  holdTeamKey(teamId, keys.newTeamKey.slice(), null);
  return true;
}
