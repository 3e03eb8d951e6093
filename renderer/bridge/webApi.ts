/**
 * The app API for a plain browser. Settings live in this browser's localStorage; files are saved as downloads and
 * opened through a file picker; printing uses the browser's own print dialog; the team folder goes through the File
 * System Access API (webFolder.ts).
 */
import type { AppApi, OpenedFile, SaveResult } from '../../shared/api/appApi';
import {
  defaultSettings,
  settingsPatchSchema,
  settingsSchema,
  type Settings,
} from '../../shared/api/settings';
import { createSessionKeys, createWebFolder } from './webFolder';

const SETTINGS_KEY = 'joinedup.settings';
const BROKEN_KEY_PREFIX = 'joinedup.settings.broken-';
const NOTICE =
  'Your settings in this browser could not be read, so they were set back to the usual ones. A copy of the old settings was kept.';

const noop = () => () => undefined;

function readStoredSettings(storage: Storage): { settings: Settings; notice: string | null } {
  const raw = storage.getItem(SETTINGS_KEY);
  if (raw === null) {
    const fresh = defaultSettings();
    storage.setItem(SETTINGS_KEY, JSON.stringify(fresh));
    return { settings: fresh, notice: null };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  const result = settingsSchema.safeParse(parsed);
  if (result.success) return { settings: result.data, notice: null };
  // Keep the unreadable copy so nothing is silently thrown away, and keep the device id if it survived.
  storage.setItem(`${BROKEN_KEY_PREFIX}${Date.now()}`, raw);
  const oldDeviceId = settingsSchema.shape.deviceId.safeParse(
    (parsed as { deviceId?: unknown } | undefined)?.deviceId,
  );
  const fresh = oldDeviceId.success ? defaultSettings(oldDeviceId.data) : defaultSettings();
  storage.setItem(SETTINGS_KEY, JSON.stringify(fresh));
  return { settings: fresh, notice: NOTICE };
}

function download(name: string, blob: Blob): SaveResult {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke on a later turn: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { saved: true, name };
}

function pickFile(accept: string): Promise<OpenedFile | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) {
        resolve(null);
        return;
      }
      file
        .arrayBuffer()
        .then((buffer) => resolve({ name: file.name, bytes: new Uint8Array(buffer) }), reject);
    });
    input.addEventListener('cancel', () => resolve(null));
    input.click();
  });
}

export function createWebApi(storage: Storage = window.localStorage): AppApi {
  let pendingNotice: string | null = null;
  let current: Settings | null = null;

  const load = (): Settings => {
    if (current) return current;
    const { settings, notice } = readStoredSettings(storage);
    pendingNotice = notice;
    current = settings;
    return settings;
  };

  return {
    async info() {
      return {
        name: 'Joined Up',
        version: import.meta.env.VITE_APP_VERSION ?? '0.0.0',
        shell: 'web',
        platform: navigator.platform || 'web',
        deviceId: load().deviceId,
      };
    },
    settings: {
      async get() {
        const settings = load();
        const notice = pendingNotice;
        pendingNotice = null;
        return { settings, notice };
      },
      async set(patch) {
        const parsed = settingsPatchSchema.safeParse(patch);
        if (!parsed.success) throw new Error('That setting is not one this app understands.');
        const next = settingsSchema.parse({ ...load(), ...parsed.data });
        storage.setItem(SETTINGS_KEY, JSON.stringify(next));
        current = next;
        return next;
      },
    },
    files: {
      openBundle: () => pickFile('.joinedup'),
      async saveBundle(name, bytes) {
        return download(name, new Blob([bytes.slice().buffer], { type: 'application/octet-stream' }));
      },
      async saveText(name, text) {
        return download(name, new Blob([text], { type: 'text/csv;charset=utf-8' }));
      },
    },
    print: {
      async toPdf(name) {
        // The browser's dialog offers "Save as PDF"; it blocks until the person closes it.
        const previousTitle = document.title;
        document.title = name.replace(/\.pdf$/i, '');
        window.print();
        document.title = previousTitle;
        return { saved: true, name };
      },
    },
    // A browser has no safe place of its own for a key: the team passphrase is asked for at every start.
    system: {
      async idleSeconds() {
        return null;
      },
      onLock: noop,
      onMenuCommand: noop,
      // A browser has no application menu to grey out.
      async setMenuState() {},
      onBundleOpened: noop,
    },
    folder: createWebFolder(),
    keys: {
      ...createSessionKeys(),
      // A browser has no keychain of the logged-in person: the team passphrase is always typed at start.
      async osProtectionAvailable() {
        return false;
      },
      async osProtect() {
        throw new Error(
          'A web browser cannot keep the team’s key: Joined Up asks for the team passphrase instead.',
        );
      },
      async osUnprotect() {
        return null;
      },
    },
  } satisfies AppApi;
}
