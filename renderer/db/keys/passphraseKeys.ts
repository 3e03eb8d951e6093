/**
 * A new team passphrase on this PC: the team's data key is wrapped again with it (the records are not re-sealed,
 * the key is the same), and the passphrase it replaces joins the older ones, sealed under the data key in the PC
 * database (`joinedup-pc`, the team's row), so that files made before the change still open here. Both scrypt
 * runs go through the key worker (deriveKey.ts). Each change is one update of the team's row: a start cut short
 * finds either the old wrap and list or the new ones (decision 0023).
 */
import {
  olderAfterChange,
  openOlderPassphrases,
  sealOlderPassphrases,
} from '../../../shared/keys/passphraseChange';
import { getPcTeam, updateTeamKeys } from '../pcDb';
import { heldKey, rememberPassphrase } from './heldKeys';
import { wrapWithPassphrase } from './newTeamKey';
import { unwrapTeamKey } from './teamUnlock';

export interface PassphraseKeyOptions {
  /** scrypt work factor of the new wrap (tests pass a low one). */
  workFactor?: number;
}

/** The passphrases the team used before its current one on this PC, newest first; none while it is locked. */
export async function olderPassphrasesOf(teamId: string): Promise<string[]> {
  const key = heldKey(teamId)?.key;
  if (!key) return [];
  const team = await getPcTeam(teamId);
  return openOlderPassphrases(key, teamId, team?.olderPassphrases);
}

/** Which change of passphrase this PC's wrap is at (0 before any). */
export async function passphraseGenerationHere(teamId: string): Promise<number> {
  return (await getPcTeam(teamId))?.passphraseGeneration ?? 0;
}

async function rewrap(
  teamId: string,
  dataKey: Uint8Array,
  retiring: string | null,
  next: string,
  generation: number,
  options: PassphraseKeyOptions,
): Promise<void> {
  const team = await getPcTeam(teamId);
  const older = openOlderPassphrases(dataKey, teamId, team?.olderPassphrases);
  const kept = retiring === null ? older : olderAfterChange(retiring, older, next);
  const { wrappedKey } = await wrapWithPassphrase(teamId, next, options.workFactor, dataKey);
  await updateTeamKeys(teamId, {
    wrappedKey,
    olderPassphrases: sealOlderPassphrases(dataKey, teamId, kept),
    passphraseGeneration: generation,
  });
  rememberPassphrase(teamId, next);
}

export type ChangeOutcome = { ok: true } | { ok: false; reason: 'wrongPassphrase' | 'locked' };

/**
 * A team leader's change on this PC: the current passphrase must open the team's key here (proof that whoever
 * changes it knows it), then the key is wrapped with the new one.
 */
export async function changePassphraseHere(
  teamId: string,
  current: string,
  next: string,
  generation: number,
  options: PassphraseKeyOptions = {},
): Promise<ChangeOutcome> {
  const team = await getPcTeam(teamId);
  if (!team) return { ok: false, reason: 'locked' };
  const key = await unwrapTeamKey(team, current);
  if (!key) return { ok: false, reason: 'wrongPassphrase' };
  try {
    await rewrap(teamId, key, current, next, generation, options);
  } finally {
    // The held key is another copy of the same bytes: this one is no longer needed.
    if (heldKey(teamId)?.key !== key) key.fill(0);
  }
  return { ok: true };
}

/**
 * This PC learned from a file that the team changed its passphrase, and the passphrase typed to open that file is
 * the new one: the team's key (held, since the team is open) is wrapped with it, and the one this PC used joins
 * the older ones when it is known (a PC that opens by the operating system's key may not know it).
 */
export async function adoptPassphraseHere(
  teamId: string,
  next: string,
  generation: number,
  options: PassphraseKeyOptions = {},
): Promise<ChangeOutcome> {
  const held = heldKey(teamId);
  if (!held) return { ok: false, reason: 'locked' };
  await rewrap(teamId, held.key, held.passphrase, next, generation, options);
  return { ok: true };
}
