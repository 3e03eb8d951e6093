/**
 * Opening a team on this PC without its passphrase, where a team leader chose it: the team's data key is sealed by
 * the operating system for the person logged in to the PC (the desktop app's safeStorage, through the app API),
 * and only that sealed copy is kept, in the PC database. Anyone who can log in to the PC as that person can then
 * open the team here (and still needs their own PIN to work in it); a copy of the PC's files taken elsewhere cannot.
 */
import { fromBase64, toBase64 } from '../../../shared/keys/bytes';
import { KEY_BYTES } from '../../../shared/keys/sealed';
import { getAppApi } from '../../bridge/appApi';
import { getPcTeam, updateTeamKeys, type PcTeamRow } from '../pcDb';
import { openTeamDb } from '../teamDb';
import { dropTeamKey, heldKey, holdTeamKey, TeamLockedError } from './heldKeys';

/** Whether this PC can keep a team's key for its login (false in a browser, or without a keychain). */
export function canKeepKeyOnThisPc(): Promise<boolean> {
  return getAppApi()
    .keys.osProtectionAvailable()
    .catch(() => false);
}

/** Lets the PC open the team without the passphrase. The team must be open (its key held). */
export async function keepKeyOnThisPc(teamId: string): Promise<void> {
  const key = heldKey(teamId)?.key;
  if (!key) throw new TeamLockedError(teamId);
  const sealed = await getAppApi().keys.osProtect(toBase64(key));
  await updateTeamKeys(teamId, { osProtectedKey: sealed });
}

/** From now on the passphrase is asked for again when Joined Up starts on this PC. */
export async function stopKeepingKeyOnThisPc(teamId: string): Promise<void> {
  await updateTeamKeys(teamId, { osProtectedKey: undefined });
}

export async function keepsKeyOnThisPc(teamId: string): Promise<boolean> {
  return (await getPcTeam(teamId))?.osProtectedKey !== undefined;
}

/**
 * Opens the team with the key the operating system kept. False when it cannot (another login, a new keychain, a
 * key that no longer opens the records): the passphrase is asked for instead, and nothing is changed.
 */
export async function unlockWithOsKey(team: PcTeamRow): Promise<boolean> {
  if (team.osProtectedKey === undefined) return false;
  const text = await getAppApi()
    .keys.osUnprotect(team.osProtectedKey)
    .catch(() => null);
  const key = text === null ? null : fromBase64(text);
  if (!key || key.length !== KEY_BYTES) return false;
  holdTeamKey(team.id, key, null);
  try {
    // A key that opens nothing is found out here, by reading one record, not later by a screen.
    await openTeamDb(team.id).table('meta').limit(1).toArray();
    return true;
  } catch {
    dropTeamKey(team.id);
    return false;
  }
}
