/**
 * Changing the team passphrase (team leaders only), and adopting the new one on a PC that learns of a change from a
 * file. On this PC the team's key is wrapped again (db/keys/passphraseKeys.ts); the change itself goes into the
 * team record through the write path, so that every PC learns when it happened and who made it; the team folder's
 * remembered list takes the new passphrase first and keeps the older ones for files made before (decision 0023).
 */
import type { AppApi } from '../../../../shared/api/appApi';
import { can } from '../../../../shared/domain/roles';
import { adoptedMessage, isOlderPassphrase } from '../../../../shared/keys/passphraseChange';
import {
  adoptPassphraseHere,
  changePassphraseHere,
  olderPassphrasesOf,
  passphraseGenerationHere,
  type PassphraseKeyOptions,
} from '../../../db/keys/passphraseKeys';
import type { TeamDb } from '../../../db/teamDb';
import { updateRecord, WriteError, type WriteContext } from '../../../db/writer';

export const WRONG_CURRENT =
  'That is not the team’s current passphrase on this PC. Check it (capital letters count) and try again.';

/** The team folder, if this PC uses one, opens new files with the new passphrase and older ones with the old. */
async function rememberForFolder(api: AppApi, teamId: string, next: string): Promise<void> {
  const earlier = await api.keys.recall(teamId);
  if (earlier === null) return;
  const passphrases = [next, ...earlier.filter((each) => each.normalize('NFC') !== next.normalize('NFC'))];
  await api.keys.remember(teamId, passphrases.slice(0, 3));
}

export type ChangeResult = { ok: true } | { ok: false; field: 'current'; message: string };

export async function changeTeamPassphrase(
  writer: WriteContext,
  api: AppApi,
  input: { current: string; next: string },
  options: PassphraseKeyOptions = {},
): Promise<ChangeResult> {
  const teamId = writer.db.teamId;
  const me = await writer.db.rows('members').get(writer.person.id);
  if (!can(me ?? null, 'change-passphrase')) {
    throw new WriteError('Only a team leader can change the team passphrase.');
  }
  const team = await writer.db.rows('team').get(teamId);
  if (!team) throw new WriteError('This team’s details are not on this PC.');
  if (team.demo)
    throw new WriteError('The demo team’s passphrase is known to everyone and cannot be changed.');
  const generation = team.passphraseGeneration + 1;
  const changed = await changePassphraseHere(teamId, input.current, input.next, generation, options);
  if (!changed.ok) return { ok: false, field: 'current', message: WRONG_CURRENT };
  // This PC already locks with the new passphrase; if this write fails, trying again (with it as the current
  // one) records the change with the same number.
  await updateRecord(writer, 'team', teamId, {
    passphraseGeneration: generation,
    passphraseChangedAt: new Date().toISOString(),
    passphraseChangedBy: writer.person.id,
  });
  await rememberForFolder(api, teamId, input.next);
  return { ok: true };
}

/**
 * After a file typed open with `typed` was brought in: if it told this PC of a change of passphrase newer than the
 * one it uses, and `typed` is not an old passphrase, this PC takes it as the team's passphrase from now on. Says
 * what happened, in words for the person, or null when nothing changed.
 */
export async function adoptIfChanged(
  db: TeamDb,
  api: AppApi,
  typed: string,
  options: PassphraseKeyOptions = {},
): Promise<string | null> {
  const teamId = db.teamId;
  const team = await db.rows('team').get(teamId);
  if (!team || typed === '') return null;
  if (team.passphraseGeneration <= (await passphraseGenerationHere(teamId))) return null;
  if (isOlderPassphrase(typed, await olderPassphrasesOf(teamId))) return null;
  const adopted = await adoptPassphraseHere(teamId, typed, team.passphraseGeneration, options);
  if (!adopted.ok) return null;
  await rememberForFolder(api, teamId, typed);
  const by = team.passphraseChangedBy ? await db.rows('members').get(team.passphraseChangedBy) : undefined;
  return adoptedMessage(by?.name ?? null, team.passphraseChangedAt);
}
