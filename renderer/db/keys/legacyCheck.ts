/**
 * The passphrase check that versions of the app before records were locked kept for each team (PBKDF2-SHA256,
 * 600,000 rounds, in the PC database). It is read once more, at the first start of this version, to accept the
 * passphrase that makes the team's data key; then it is removed (teamUnlock.ts).
 */
import { fromBase64, sameBytes } from '../../../shared/keys/bytes';

export interface LegacyPassphraseCheck {
  /** Base64. */
  salt: string;
  /** Base64 of the derived 256-bit key. */
  hash: string;
  iterations: number;
}

export async function legacyPassphraseMatches(
  check: LegacyPassphraseCheck,
  passphrase: string,
): Promise<boolean> {
  const salt = fromBase64(check.salt);
  const expected = fromBase64(check.hash);
  if (!salt || !expected) return false;
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: check.iterations },
    key,
    256,
  );
  return sameBytes(new Uint8Array(bits), expected);
}
