import { afterEach, describe, expect, it, vi } from 'vitest';

const keychain = vi.hoisted(() => ({
  available: true,
  backend: 'gnome_libsecret',
  platform: 'win32' as NodeJS.Platform,
}));

vi.mock('electron', () => ({
  safeStorage: {
    isEncryptionAvailable: () => keychain.available,
    getSelectedStorageBackend: () => keychain.backend,
    // Stands in for the operating system: reversible only by this "login".
    encryptString: (text: string) => Buffer.from(`sealed:${text}`),
    decryptString: (sealed: Buffer) => {
      const text = sealed.toString();
      if (!text.startsWith('sealed:')) throw new Error('Error while decrypting the ciphertext provided');
      return text.slice('sealed:'.length);
    },
  },
}));

const { NO_OS_PROTECTION, osProtect, osProtectionAvailable, osUnprotect } = await import('./osKeys');

function on(platform: NodeJS.Platform, backend = 'gnome_libsecret', available = true) {
  Object.assign(keychain, { platform, backend, available });
  vi.spyOn(process, 'platform', 'get').mockReturnValue(platform);
}

afterEach(() => vi.restoreAllMocks());

describe('keeping a team’s key for this PC’s login', () => {
  it('seals the key with the operating system and opens it again', () => {
    on('win32');
    expect(osProtectionAvailable()).toBe(true);
    const sealed = osProtect('AAECAwQ=');
    expect(sealed).not.toContain('AAECAwQ=');
    expect(osUnprotect(sealed)).toBe('AAECAwQ=');
  });

  it('does not count a Linux desktop without a keyring, where the seal would protect nothing', () => {
    on('linux', 'basic_text');
    expect(osProtectionAvailable()).toBe(false);
    expect(() => osProtect('AAECAwQ=')).toThrow(NO_OS_PROTECTION);
    on('linux', 'kwallet5');
    expect(osProtectionAvailable()).toBe(true);
  });

  it('opens nothing sealed for another login, or when the keychain has gone', () => {
    on('darwin');
    expect(osUnprotect(Buffer.from('someone else’s').toString('base64'))).toBeNull();
    const sealed = osProtect('AAECAwQ=');
    on('darwin', 'gnome_libsecret', false);
    expect(osUnprotect(sealed)).toBeNull();
  });
});
