/**
 * The team folder's key. Files a PC leaves in the team folder every few seconds are locked to an age X25519 key
 * worked out once from the team passphrase and the team's id, instead of each running scrypt again: opening a
 * passphrase-locked file costs about a second of a PC's processor, which a team folder busy with small files would
 * pay all day on every PC (docs/decisions/0018-team-folder.md). Full files stay passphrase-locked so that a PC
 * arriving later can join from them with the passphrase alone.
 */
import { scryptAsync } from '@noble/hashes/scrypt.js';
import { bech32 } from '@scure/base';
import { identityToRecipient } from 'age-encryption';

/**
 * scrypt work factor (log2 N) for the folder key: paid once per PC each time the app starts, not per file, so
 * it can be age's own default, one step above a bundle's (crypto.ts DEFAULT_WORK_FACTOR).
 */
export const FOLDER_KEY_WORK_FACTOR = 18;

const LABEL = 'joined-up.team-folder.v1';

export interface FolderKey {
  /** An age identity (`AGE-SECRET-KEY-1…`): opens the folder's small files. */
  identity: string;
  /** Its age recipient (`age1…`): locks them. */
  recipient: string;
}

export interface FolderKeyOptions {
  /** Tests pass a low one to stay fast. */
  workFactor?: number;
}

/**
 * The team's folder key: scrypt of the passphrase (as text, NFC), salted with the team's id so that no two teams
 * share a key even with the same passphrase, used as an X25519 secret. Every PC of the team works out the same key.
 */
export async function deriveFolderKey(
  passphrase: string,
  teamId: string,
  options: FolderKeyOptions = {},
): Promise<FolderKey> {
  const logN = options.workFactor ?? FOLDER_KEY_WORK_FACTOR;
  const secret = await scryptAsync(passphrase.normalize('NFC'), `${LABEL}\n${teamId}`, {
    N: 2 ** logN,
    r: 8,
    p: 1,
    dkLen: 32,
    // Yield to the event loop now and then so a worker can still answer while the key is made.
    asyncTick: 50,
  });
  const identity = bech32.encodeFromBytes('AGE-SECRET-KEY-', secret).toUpperCase();
  return { identity, recipient: await identityToRecipient(identity) };
}
