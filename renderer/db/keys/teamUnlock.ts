/**
 * Opening a team on this PC: its data key is unwrapped with the team passphrase (for the made-up demo team, with
 * the passphrase everyone knows) and held in memory while Joined Up runs (heldKeys.ts). A team an older version set
 * up has no data key yet: its old passphrase check accepts the passphrase, a data key is made and wrapped, and
 * opening the database then seals its records in place (migrations.ts). Each step is stored before the next
 * begins, so a start cut short anywhere carries on at the next start (decision 0022).
 */
import { sameBytes } from '../../../shared/keys/bytes';
import { unwrapKey } from '../../../shared/keys/teamKey';
import { getPcTeam, updateTeamKeys, type PcTeamRow } from '../pcDb';
import { openTeamDb } from '../teamDb';
import { DEMO_PASSPHRASE } from '../teams';
import { deriveKey } from './deriveKey';
import { dropTeamKey, heldKey, holdTeamKey } from './heldKeys';
import { legacyPassphraseMatches } from './legacyCheck';
import { unlockWithOsKey } from './osKey';
import { wrapWithPassphrase } from './newTeamKey';

export type UnlockOutcome =
  | { ok: true }
  /** The passphrase does not open this team's key. Nothing was changed. */
  | { ok: false; reason: 'wrongPassphrase' }
  /** The team's records could not be opened (a failed upgrade, a full disk). Nothing was changed. */
  | { ok: false; reason: 'failed' };

/** Steps of a first start after an older version, named so tests can cut the start short after each. */
export type UnlockStage = 'key-stored' | 'records-sealed';

export interface UnlockOptions {
  /** scrypt work factor for a data key made now (tests pass a low one). */
  workFactor?: number;
  /** Tests only: called after each stored step. */
  afterStage?: (stage: UnlockStage) => Promise<void> | void;
}

const encoder = new TextEncoder();

/** The team's data key if the passphrase is its current one on this PC, else null. */
export async function unwrapTeamKey(team: PcTeamRow, passphrase: string): Promise<Uint8Array | null> {
  if (!team.wrappedKey) return null;
  const derived = await deriveKey(passphrase, team.wrappedKey.kdf);
  try {
    return unwrapKey(team.wrappedKey, derived, team.id);
  } finally {
    derived.fill(0);
  }
}

/** Opens the database (which runs any upgrade) and tidies what an older version left. */
async function openRecords(team: PcTeamRow, options: UnlockOptions): Promise<UnlockOutcome> {
  try {
    await openTeamDb(team.id).open();
    await options.afterStage?.('records-sealed');
    if (team.passphraseCheck) await updateTeamKeys(team.id, { passphraseCheck: undefined });
    return { ok: true };
  } catch {
    dropTeamKey(team.id);
    return { ok: false, reason: 'failed' };
  }
}

export async function unlockWithPassphrase(
  teamId: string,
  passphrase: string,
  options: UnlockOptions = {},
): Promise<UnlockOutcome> {
  const team = await getPcTeam(teamId);
  if (!team) return { ok: false, reason: 'failed' };
  let key = await unwrapTeamKey(team, passphrase);
  if (!key && !team.wrappedKey) {
    if (!team.passphraseCheck || !(await legacyPassphraseMatches(team.passphraseCheck, passphrase))) {
      return { ok: false, reason: 'wrongPassphrase' };
    }
    const made = await wrapWithPassphrase(teamId, passphrase, options.workFactor);
    await updateTeamKeys(teamId, { wrappedKey: made.wrappedKey });
    await options.afterStage?.('key-stored');
    key = made.key;
  }
  if (!key) return { ok: false, reason: 'wrongPassphrase' };
  holdTeamKey(teamId, key, passphrase);
  return openRecords(team, options);
}

/**
 * A team that opens without anyone typing: the demo team, or a team whose key this PC's login keeps (osKey.ts).
 * False when the team needs its passphrase typed.
 */
export async function unlockWithoutTyping(team: PcTeamRow): Promise<boolean> {
  if (team.demo) return (await unlockWithPassphrase(team.id, DEMO_PASSPHRASE)).ok;
  return unlockWithOsKey(team);
}

/** Is this the passphrase of an unlocked team on this PC? Used before a file is locked with it. */
export async function passphraseOpensTeam(teamId: string, passphrase: string): Promise<boolean> {
  const known = heldKey(teamId)?.passphrase;
  if (known != null) {
    return sameBytes(encoder.encode(known.normalize('NFC')), encoder.encode(passphrase.normalize('NFC')));
  }
  const team = await getPcTeam(teamId);
  const key = team ? await unwrapTeamKey(team, passphrase) : null;
  key?.fill(0);
  return key !== null;
}
