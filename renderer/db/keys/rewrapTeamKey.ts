/**
 * Changing the team passphrase on this PC, as far as the records locked on disk are concerned: the team's data key
 * (held, because the team is open) is wrapped again with the new passphrase and the new wrap replaces the old one in
 * the PC database (`joinedup-pc`). The data key itself does not change, so no record is sealed again and a key the
 * operating system keeps for this PC (osKey.ts) goes on opening the team. What the team agrees and how other PCs
 * learn the new passphrase are not decided here.
 */
import { KEY_WORK_FACTOR } from '../../../shared/keys/teamKey';
import { getPcTeam, updateTeamKeys } from '../pcDb';
import { heldKey, isTeamUnlocked, rememberPassphrase, TeamLockedError } from './heldKeys';
import { wrapWithPassphrase } from './newTeamKey';

export const EMPTY_PASSPHRASE = 'The new team passphrase must not be empty.';

/**
 * Wraps this team's data key with `newPassphrase`; from then on only the new passphrase opens the team on this PC.
 * Throws TeamLockedError when the team is not open here, and an Error in plain words for an empty passphrase or a
 * team this PC does not hold; in each case nothing is changed.
 */
export async function rewrapTeamKey(
  teamId: string,
  newPassphrase: string,
  workFactor: number = KEY_WORK_FACTOR,
): Promise<void> {
  if (newPassphrase.length === 0) throw new Error(EMPTY_PASSPHRASE);
  const held = isTeamUnlocked(teamId) ? heldKey(teamId) : null;
  if (!held) throw new TeamLockedError(teamId);
  if (!(await getPcTeam(teamId))) throw new Error('This team is not on this PC, so nothing was changed.');
  // Wrapped before anything is stored: the slow derivation runs outside any database transaction.
  const { wrappedKey } = await wrapWithPassphrase(teamId, newPassphrase, workFactor, held.key);
  await updateTeamKeys(teamId, { wrappedKey });
  rememberPassphrase(teamId, newPassphrase);
}
