/**
 * The team's data key and how a passphrase protects it. Each team database on a PC has one random data key that
 * seals its records (sealed.ts). The key is stored only wrapped: sealed with a key derived from the team passphrase
 * by scrypt, with the team's id bound in, so the right passphrase unwraps it and any other fails authentication —
 * the unwrap is the passphrase check. Changing the passphrase wraps the same data key again and nothing else is
 * sealed again; the passphrases used before are kept sealed under the data key itself (passphraseChange.ts), so an
 * old passphrase alone never opens it (docs/decisions/0022-records-locked-on-disk.md and 0023-changing-the-team-passphrase.md).
 */
import { scrypt } from '@noble/hashes/scrypt.js';
import { z } from 'zod';
import { fromBase64, randomBytes, toBase64 } from './bytes';
import { KEY_BYTES, contextBytes, openBytes, sealBytes } from './sealed';

/**
 * scrypt work factor (log2 N) for the key that wraps a team's data key: the bundles' own (128 MiB, about 0.7 s on an
 * ordinary PC), paid once when Joined Up starts on a PC. Guessing the passphrase from a copied profile costs at
 * least as much per guess as guessing it from a team file (a test holds it to the bundles' figure; it is not
 * imported from there so that the interface's first file does not carry the age library).
 */
export const KEY_WORK_FACTOR = 17;
/** age's own ceiling (1 GiB of memory), as for bundles. */
const MAX_WORK_FACTOR = 20;
const SALT_BYTES = 16;
const WRAP_LABEL = 'joined-up.team-data-key.v1';

const base64Schema = z.string().refine((text) => fromBase64(text) !== null, { message: 'Must be base64.' });

export const kdfSchema = z.strictObject({
  name: z.literal('scrypt'),
  logN: z.int().min(1).max(MAX_WORK_FACTOR),
  salt: base64Schema,
});
export type KdfParams = z.infer<typeof kdfSchema>;

export const wrappedKeySchema = z.strictObject({
  format: z.literal(1),
  kdf: kdfSchema,
  sealed: base64Schema,
});
export type WrappedKey = z.infer<typeof wrappedKeySchema>;

export function newKdf(logN: number = KEY_WORK_FACTOR): KdfParams {
  return { name: 'scrypt', logN, salt: toBase64(randomBytes(SALT_BYTES)) };
}

/**
 * The key scrypt derives from a passphrase. Synchronous and slow on purpose (about 0.7 s at the default work
 * factor): the app runs it in a worker (renderer/db/keys/deriveKey.ts). Passphrases are compared as text, so the same
 * letters typed on different keyboards give the same key, as in the bundles.
 */
export function deriveFromPassphrase(passphrase: string, kdf: KdfParams): Uint8Array {
  const salt = fromBase64(kdf.salt);
  if (!salt) throw new Error('The stored key settings are damaged.');
  return scrypt(passphrase.normalize('NFC'), salt, { N: 2 ** kdf.logN, r: 8, p: 1, dkLen: KEY_BYTES });
}

function wrapContext(teamId: string): Uint8Array {
  return contextBytes(WRAP_LABEL, teamId);
}

export function wrapKey(
  dataKey: Uint8Array,
  derived: Uint8Array,
  kdf: KdfParams,
  teamId: string,
): WrappedKey {
  return { format: 1, kdf, sealed: toBase64(sealBytes(derived, dataKey, wrapContext(teamId))) };
}

/** The data key, or null when the passphrase the key was derived from is not the one it was wrapped with. */
export function unwrapKey(wrapped: WrappedKey, derived: Uint8Array, teamId: string): Uint8Array | null {
  const sealed = fromBase64(wrapped.sealed);
  if (!sealed) return null;
  const key = openBytes(derived, sealed, wrapContext(teamId));
  return key?.length === KEY_BYTES ? key : null;
}
