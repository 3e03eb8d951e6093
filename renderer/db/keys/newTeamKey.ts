/** A new team's data key, and the passphrase wrap that the PC database keeps of it. */
import { newKey } from '../../../shared/keys/sealed';
import { KEY_WORK_FACTOR, newKdf, wrapKey, type WrappedKey } from '../../../shared/keys/teamKey';
import { deriveKey } from './deriveKey';

export interface TeamKey {
  key: Uint8Array;
  wrappedKey: WrappedKey;
}

/** Wraps `key` (a new one when left out) with the passphrase, at the given scrypt work factor (tests use a low one). */
export async function wrapWithPassphrase(
  teamId: string,
  passphrase: string,
  workFactor: number = KEY_WORK_FACTOR,
  key: Uint8Array = newKey(),
): Promise<TeamKey> {
  const kdf = newKdf(workFactor);
  const derived = await deriveKey(passphrase, kdf);
  try {
    return { key, wrappedKey: wrapKey(key, derived, kdf, teamId) };
  } finally {
    derived.fill(0);
  }
}
