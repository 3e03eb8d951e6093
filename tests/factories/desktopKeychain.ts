/**
 * The app API of a desktop whose operating system keeps secrets for the person logged in (as Electron's
 * safeStorage does), for tests of a team that opens without its passphrase. `login` stands for who is logged in:
 * a key kept for one login does not open for another.
 */
import type { AppApi } from '../../shared/api/appApi';
import { createWebApi } from '../../renderer/bridge/webApi';
import { setAppApi } from '../../renderer/bridge/appApi';

export interface DesktopKeychain {
  /** Who is logged in to the PC now. */
  login: string;
  /** False for a PC with no keychain (a Linux desktop without a keyring). */
  available: boolean;
}

export function useDesktopKeychain(
  keychain: DesktopKeychain = { login: 'sam', available: true },
): DesktopKeychain {
  const web = createWebApi(window.sessionStorage);
  const api: AppApi = {
    ...web,
    keys: {
      ...web.keys,
      osProtectionAvailable: async () => keychain.available,
      osProtect: async (key) => {
        if (!keychain.available) throw new Error('This PC cannot keep the team’s key for you.');
        return btoa(`${keychain.login}:${key}`);
      },
      osUnprotect: async (sealed) => {
        const [login, key] = atob(sealed).split(':');
        return keychain.available && login === keychain.login && key !== undefined ? key : null;
      },
    },
  };
  setAppApi(api);
  return keychain;
}
