/**
 * Keeping a team's data key for the person logged in to this PC, when a team leader chose to let the PC open the
 * team without the passphrase: Electron's safeStorage, which seals it with the operating system's own protection
 * for that login (DPAPI on Windows, the Keychain on macOS, the desktop keyring on Linux). The sealed key is stored by
 * the interface (its PC database), so this module keeps nothing itself.
 */
import { safeStorage } from 'electron';

export const NO_OS_PROTECTION =
  'This PC cannot keep the team’s key for you, so Joined Up will go on asking for the team passphrase when it starts.';

/**
 * On Linux without a keyring, Electron falls back to a password written into Chromium itself: that protects
 * nothing, so it does not count as available.
 */
export function osProtectionAvailable(): boolean {
  if (!safeStorage.isEncryptionAvailable()) return false;
  return process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text';
}

export function osProtect(secret: string): string {
  if (!osProtectionAvailable()) throw new Error(NO_OS_PROTECTION);
  return safeStorage.encryptString(secret).toString('base64');
}

/** Null when it cannot be opened here: sealed for another login or PC, or the keychain is not there any more. */
export function osUnprotect(sealed: string): string | null {
  if (!osProtectionAvailable()) return null;
  try {
    return safeStorage.decryptString(Buffer.from(sealed, 'base64'));
  } catch {
    return null;
  }
}
